# tempfile and shutil (CPython's) over the interpreter's own file system.
import os
import shutil
import tempfile

print(tempfile.gettempdir() == '/tmp' or tempfile.gettempdir())
os.chdir(tempfile.mkdtemp())
here = os.getcwd()

with tempfile.TemporaryFile() as f:
    f.write(b'spam')
    f.seek(0)
    print(f.read(), isinstance(f.name, int))
with tempfile.TemporaryFile('w+') as f:
    f.write('text\n')
    f.seek(0)
    print(repr(f.read()))

with tempfile.NamedTemporaryFile('w', dir='.', suffix='.txt', delete=False) as f:
    f.write('named')
    name = f.name
print(os.path.dirname(name) == here, name.endswith('.txt'), open(name).read())
os.unlink(name)
with tempfile.NamedTemporaryFile(dir='.') as f:
    f.write(b'gone')
    f.flush()
    name = f.name
    print(os.path.exists(name), os.path.getsize(name))
print(os.path.exists(name))

fd, path = tempfile.mkstemp(prefix='pre', suffix='.dat', dir='.')
os.write(fd, b'abc')
os.close(fd)
print(os.path.basename(path).startswith('pre'), path.endswith('.dat'), open(path, 'rb').read())
print(oct(os.stat(path).st_mode & 0o777))
d = tempfile.mkdtemp(dir='.')
print(os.path.isdir(d), oct(os.stat(d).st_mode & 0o777), os.listdir(d))

with tempfile.TemporaryDirectory(dir='.') as t:
    open(os.path.join(t, 'x'), 'w').close()
    os.mkdir(os.path.join(t, 'sub'))
    open(os.path.join(t, 'sub', 'y'), 'w').close()
    print(sorted(os.listdir(t)), os.path.isabs(t))
print(os.path.exists(t))
t = tempfile.TemporaryDirectory()
print(t.name.startswith('/tmp/'), os.path.isdir(t.name))
t.cleanup()
print(os.path.exists(t.name))
with tempfile.SpooledTemporaryFile(max_size=10, mode='w+') as f:
    f.write('spooled text that rolls over')
    f.seek(0)
    print(f.read())

# shutil.
os.chdir(tempfile.mkdtemp())
with open('src.txt', 'w') as f:
    f.write('source\n')
os.chmod('src.txt', 0o640)
print(shutil.copyfile('src.txt', 'dst.txt'), open('dst.txt').read(), oct(os.stat('dst.txt').st_mode & 0o777))
os.mkdir('dir')
print(shutil.copy('src.txt', 'dir'), oct(os.stat('dir/src.txt').st_mode & 0o777))
print(shutil.copy2('src.txt', 'dir/two.txt'), os.stat('dir/two.txt').st_mtime == os.stat('src.txt').st_mtime)
try:
    shutil.copyfile('src.txt', 'src.txt')
except shutil.SameFileError as e:
    print('SameFileError', e)
try:
    shutil.copyfile('missing', 'x')
except FileNotFoundError as e:
    print('FileNotFoundError', e)
os.makedirs('tree/a/b')
for name in ('tree/1.txt', 'tree/a/2.txt', 'tree/a/b/3.log'):
    with open(name, 'w') as f:
        f.write(name)
print(shutil.copytree('tree', 'copy'))
print(sorted(os.path.join(top, n) for top, dirs, files in os.walk('copy') for n in files))
print(open('copy/a/b/3.log').read())
shutil.copytree('tree', 'filtered', ignore=shutil.ignore_patterns('*.log'))
print(sorted(os.path.join(top, n) for top, dirs, files in os.walk('filtered') for n in files))
try:
    shutil.copytree('tree', 'copy')
except FileExistsError as e:
    print('FileExistsError', e)
shutil.copytree('tree', 'copy', dirs_exist_ok=True)
shutil.rmtree('copy')
print(os.path.exists('copy'))
try:
    shutil.rmtree('copy')
except FileNotFoundError as e:
    print('FileNotFoundError', e.filename)
shutil.rmtree('copy', ignore_errors=True)
print(shutil.move('dst.txt', 'moved.txt'), os.path.exists('dst.txt'))
print(shutil.move('moved.txt', 'dir'), sorted(os.listdir('dir')))
print(shutil.move('filtered', 'tree'), sorted(os.listdir('tree')))
print(sorted(os.listdir()))
with open('src.txt') as a, open('out.txt', 'w') as b:
    shutil.copyfileobj(a, b)
print(open('out.txt').read(), end='')
print(shutil.which('no-such-program-here'), shutil.get_terminal_size((80, 24)).columns)
