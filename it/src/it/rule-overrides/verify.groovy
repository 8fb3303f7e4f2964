// shared by these checks: the build log, and no stack trace in it
File log = new File(basedir, 'build.log')
assert log.isFile()
String all = log.getText('UTF-8')
// with several invocations (invoker.goals.N) build.log holds them all: check the last one
String text = all.split(/\[INFO\] Scanning for projects\.\.\./)[-1]
assert !(all =~ /(?m)^\s+at [a-z]+\.[\w.$]+\(/) : 'a stack trace in build.log'
assert !(all =~ /(?m)^Caused by/) : 'a stack trace in build.log'

// build.log holds the last invocation (4): failOn=warning fails on the downgraded encoding finding
assert text =~ /\[WARNING\] corpus\/dirty-encoding\.txt:5:\d+: \[encoding\.invalid-utf8\]/
assert !text.contains('[date.missing]')
assert !text.contains('[boilerplate.newsletter]')
assert text =~ /Corpus QA failed: \d+ finding\(s\) at or above warning/
