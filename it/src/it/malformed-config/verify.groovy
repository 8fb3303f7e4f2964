// shared by these checks: the build log, and no stack trace in it
File log = new File(basedir, 'build.log')
assert log.isFile()
String text = log.getText('UTF-8')
assert !(text =~ /(?m)^\s+at [a-z]+\.[\w.$]+\(/) : 'a stack trace in build.log'

assert text.contains('BUILD FAILURE')
def line = text.readLines().find { it.contains('Failed to execute goal dev.corpusqa:corpus-qa-maven-plugin') }
assert line : 'no goal failure line'
assert line.contains('Corpus QA configuration error: ') : line
assert line =~ /malformed YAML in .*corpus-qa\.yml \(line \d+\)/
assert !text.contains('Exception:') : 'an exception name leaked into the log'
assert !text.contains('Caused by')
