// shared by these checks: the build log, and no stack trace in it
File log = new File(basedir, 'build.log')
assert log.isFile()
String all = log.getText('UTF-8')
// with several invocations (invoker.goals.N) build.log holds them all: check the last one
String text = all.split(/\[INFO\] Scanning for projects\.\.\./)[-1]
assert !(all =~ /(?m)^\s+at [a-z]+\.[\w.$]+\(/) : 'a stack trace in build.log'
assert !(all =~ /(?m)^Caused by/) : 'a stack trace in build.log'

assert text.contains('BUILD FAILURE')
def line = text.readLines().find { it.contains('Failed to execute goal dev.corpusqa:corpus-qa-maven-plugin') }
assert line : 'no goal failure line'
assert line.contains('Corpus QA configuration error: ') : line
assert line =~ /corpus directory does not exist: .*articles/
assert !line.contains('Exception') : 'an exception name leaked into the message: ' + line
