// shared by these checks: the build log, and no stack trace in it
File log = new File(basedir, 'build.log')
assert log.isFile()
String all = log.getText('UTF-8')
// with several invocations (invoker.goals.N) build.log holds them all: check the last one
String text = all.split(/\[INFO\] Scanning for projects\.\.\./)[-1]
assert !(all =~ /(?m)^\s+at [a-z]+\.[\w.$]+\(/) : 'a stack trace in build.log'
assert !(all =~ /(?m)^Caused by/) : 'a stack trace in build.log'

assert text.contains('MultiThreadedBuilder') : 'not a parallel build'
assert text.contains('BUILD FAILURE')
// alpha passed on its own corpus, beta failed on its own, each with its own store and reports
assert text.contains('Corpus QA: 3 documents, ')
assert (text =~ /Corpus QA passed/).size() == 1
assert text =~ /\[ERROR\] corpus\/dirty-newsletter\.txt:6:1: \[boilerplate\.newsletter\]/
assert text =~ /Failed to execute goal dev\.corpusqa:corpus-qa-maven-plugin:[^ ]+:check \(default\) on project multi-module-parallel-beta: Corpus QA failed: 2 finding/
for (m in ['alpha', 'beta']) {
    def json = new groovy.json.JsonSlurper().parse(new File(basedir, m + '/target/corpus-qa/report.json'))
    assert json.corpus.documents == 3
    assert new File(basedir, m + '/target/corpus-qa/db').isDirectory()
}
assert new groovy.json.JsonSlurper().parse(new File(basedir, 'alpha/target/corpus-qa/report.json')).summary.bySeverity.error == 0
assert new groovy.json.JsonSlurper().parse(new File(basedir, 'beta/target/corpus-qa/report.json')).summary.bySeverity.error == 2
