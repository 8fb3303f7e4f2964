// shared by these checks: the build log, and no stack trace in it
File log = new File(basedir, 'build.log')
assert log.isFile()
String all = log.getText('UTF-8')
// with several invocations (invoker.goals.N) build.log holds them all: check the last one
String text = all.split(/\[INFO\] Scanning for projects\.\.\./)[-1]
assert !(all =~ /(?m)^\s+at [a-z]+\.[\w.$]+\(/) : 'a stack trace in build.log'
assert !(all =~ /(?m)^Caused by/) : 'a stack trace in build.log'

assert text.contains('BUILD SUCCESS')
// the findings are still logged at their level
assert text =~ /\[ERROR\] corpus\/dirty-newsletter\.txt:6:1: \[boilerplate\.newsletter\]/
assert text.contains('Corpus QA passed')
// every report the run announced exists
def reports = (text =~ /report \((\w+)\): (\S+)/).collect { [it[1], it[2]] }
assert reports.find { it[0] == 'json' } : 'no JSON report announced'
reports.each { fmt, path -> assert new File(basedir, path).isFile() : "report $fmt missing: $path" }
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/corpus-qa/report.json'))
assert json.gate.failOn == 'never'
assert json.summary.bySeverity.error == 5
assert json.corpus.documents == 6
