// shared by these checks: the build log, and no stack trace in it
File log = new File(basedir, 'build.log')
assert log.isFile()
String all = log.getText('UTF-8')
// with several invocations (invoker.goals.N) build.log holds them all: check the last one
String text = all.split(/\[INFO\] Scanning for projects\.\.\./)[-1]
assert !(all =~ /(?m)^\s+at [a-z]+\.[\w.$]+\(/) : 'a stack trace in build.log'
assert !(all =~ /(?m)^Caused by/) : 'a stack trace in build.log'

assert text.contains('BUILD SUCCESS')
assert text.contains('Corpus QA: 2 documents, ')
assert text.contains('Corpus QA: 3 documents, ')
assert (text =~ /Corpus QA passed/).size() == 2
assert !text.contains('[ERROR]')
for (m in ['alpha', 'beta']) {
    assert new File(basedir, m + '/target/corpus-qa/report.json').isFile()
    assert new File(basedir, m + '/target/corpus-qa/db').isDirectory()
}
assert !new File(basedir, 'target/corpus-qa').exists() : 'the parent has no corpus and must not run the check'
