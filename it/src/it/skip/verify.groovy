// shared by these checks: the build log, and no stack trace in it
File log = new File(basedir, 'build.log')
assert log.isFile()
String text = log.getText('UTF-8')
assert !(text =~ /(?m)^\s+at [a-z]+\.[\w.$]+\(/) : 'a stack trace in build.log'

assert text.contains('BUILD SUCCESS')
assert text.contains('Corpus QA is skipped')
assert !new File(basedir, 'target/corpus-qa').exists()
