// shared by these checks: the build log, and no stack trace in it
File log = new File(basedir, 'build.log')
assert log.isFile()
String all = log.getText('UTF-8')
// with several invocations (invoker.goals.N) build.log holds them all: check the last one
String text = all.split(/\[INFO\] Scanning for projects\.\.\./)[-1]
assert !(all =~ /(?m)^\s+at [a-z]+\.[\w.$]+\(/) : 'a stack trace in build.log'
assert !(all =~ /(?m)^Caused by/) : 'a stack trace in build.log'

def baseline = new groovy.json.JsonSlurper().parse(new File(basedir, 'corpus-qa-baseline.json'))
assert baseline.findings.size() >= 2
assert baseline.findings.find { it.rule == 'boilerplate.newsletter' && it.path == 'dirty-newsletter.txt' }
assert baseline.findings.find { it.rule == 'date.missing' && it.path == 'dirty-nodate.txt' }
// build.log holds the last invocation: the new file fails, the baselined ones are not reported
assert text =~ /\[ERROR\] corpus-v3\/dirty-encoding\.txt:5:\d+: \[encoding\.invalid-utf8\]/
assert !text.contains('[boilerplate.newsletter]')
assert !text.contains('[date.missing]')
assert text =~ /not counted: [2-9]\d* baselined/
assert text =~ /Corpus QA failed: [12] finding\(s\) at or above error/
