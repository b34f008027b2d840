# os.path (CPython's posixpath) and fnmatch: the path arithmetic that needs no file system.
import fnmatch
import os
import os.path
import posixpath

p = os.path
print(p is posixpath, os.sep, os.pathsep, os.curdir, os.pardir, os.linesep == '\n', os.name)
print(p.join('a', 'b', 'c.txt'), p.join('/a', '/b'), p.join('a/', 'b'), p.join('', 'x'))
print(p.split('/x/y/z.py'), p.split('z'), p.splitext('arch.tar.gz'), p.splitext('.bashrc'))
print(p.basename('/a/b'), p.basename('/a/b/'), p.dirname('/a/b'), p.dirname('b'))
print(p.normpath('a/./b/../c//d'), p.normpath('/../x'), p.normpath(''), p.isabs('/x'), p.isabs('x'))
print(p.commonprefix(['abc', 'abd']), p.commonpath(['/a/b/c', '/a/b/d']), p.relpath('/a/b/c', '/a'))
print(p.splitdrive('/x/y'), p.expanduser('x/y'), p.normcase('A/B'))
print(os.fspath('a'), os.fspath(b'b'))


class P:
    def __fspath__(self):
        return '/from/fspath'


print(os.fspath(P()), p.join(P(), 'x'), isinstance(P(), os.PathLike))
try:
    os.fspath(1)
except TypeError as e:
    print('TypeError', e)

print(fnmatch.fnmatch('foo.py', '*.py'), fnmatch.fnmatch('foo.py', '*.c'))
print(fnmatch.fnmatchcase('Foo.PY', '*.py'), fnmatch.fnmatchcase('a1', 'a[0-9]'))
print(fnmatch.filter(['a.c', 'b.h', 'c.c', 'dir/x.c'], '*.c'))
print(fnmatch.translate('[a-z]?.t*'), fnmatch.translate('[!ab]x'))
print([n for n in ['test_a.py', 'a_test.py', 'test_b.txt'] if fnmatch.fnmatch(n, 'test_*.py')])
