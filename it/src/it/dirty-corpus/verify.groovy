// shared by these checks: the build log, and no stack trace in it
File log = new File(basedir, 'build.log')
assert log.isFile()
String all = log.getText('UTF-8')
// with several invocations (invoker.goals.N) build.log holds them all: check the last one
String text = all.split(/\[INFO\] Scanning for projects\.\.\./)[-1]
assert !(all =~ /(?m)^\s+at [a-z]+\.[\w.$]+\(/) : 'a stack trace in build.log'
assert !(all =~ /(?m)^Caused by/) : 'a stack trace in build.log'

assert text.contains('BUILD FAILURE')
// every finding as path:line:col relative to the project, with its rule id, at its own level
assert text =~ /\[ERROR\] corpus\/dirty-encoding\.txt:5:\d+: \[encoding\.invalid-utf8\]/
assert text =~ /\[ERROR\] corpus\/dirty-newsletter\.txt:6:1: \[boilerplate\.newsletter\]/
assert text =~ /\[ERROR\] corpus\/dirty-nodate\.txt:\d+:\d+: \[date\.missing\]/
assert !(text =~ /\[ERROR\] corpus\/clean-/) : 'a clean article was reported as an error'
// summary by category and severity, then a failure message with counts and the report
assert text =~ /Corpus QA: 6 documents, \d+ findings \(5 errors, /
assert text =~ /\[INFO\]   encoding +2 errors/
assert text =~ /\[INFO\]   date +1 errors/
assert text =~ /Corpus QA failed: 5 finding\(s\) at or above error in 6 documents \(5 errors, .*; see target\/corpus-qa\/report\.(html|json)/
assert new File(basedir, 'target/corpus-qa/report.json').isFile()
assert new File(basedir, 'target/corpus-qa/db').isDirectory() : 'the default H2 store lives under the output directory'
