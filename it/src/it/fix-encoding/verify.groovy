File log = new File(basedir, 'build.log')
String all = log.getText('UTF-8')
assert !(all =~ /(?m)^\s+at [a-z]+\.[\w.$]+\(/) : 'a stack trace in build.log'
assert all =~ /fixed corpus\/legacy-latin1\.txt: /
assert !(all =~ /fixed corpus\/clean\.txt/)
assert all =~ /Corpus QA fix-encoding: 2 files, 1 fixed/
byte[] bytes = new File(basedir, 'corpus/legacy-latin1.txt').bytes
String text = new String(bytes, 'UTF-8')
assert text.contains('Ren\u00e9e Fischer') && text.contains('caf\u00e9 below')
assert !text.contains('\uFFFD')
assert all.contains('BUILD SUCCESS')
