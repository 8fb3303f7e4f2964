// shared by these checks: the build log, and no stack trace in it
File log = new File(basedir, 'build.log')
assert log.isFile()
String all = log.getText('UTF-8')
// with several invocations (invoker.goals.N) build.log holds them all: check the last one
String text = all.split(/\[INFO\] Scanning for projects\.\.\./)[-1]
assert !(all =~ /(?m)^\s+at [a-z]+\.[\w.$]+\(/) : 'a stack trace in build.log'
assert !(all =~ /(?m)^Caused by/) : 'a stack trace in build.log'

assert text.contains('BUILD SUCCESS')
assert text.contains('Corpus QA: 3 documents, ')
assert text =~ /Corpus QA: 3 documents, \d+ findings \(0 errors, /
assert text.contains('Corpus QA passed')
assert !text.contains('[ERROR]')
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/corpus-qa/report.json'))
assert json.corpus.documents == 3
assert json.summary.bySeverity.error == 0
assert json.gate.decision != 'fail'
