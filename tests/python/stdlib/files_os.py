# os over the interpreter's own file system: descriptors, stat, directories, walk and the
# errors CPython gives for each.
import os
import stat
import tempfile

os.chdir(tempfile.mkdtemp())
here = os.getcwd()
print(os.path.isabs(here), os.path.isdir(here), os.listdir())


def attempt(f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename, e.filename2)
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print('ok', r)


# Descriptors.
fd = os.open('f.txt', os.O_RDWR | os.O_CREAT, 0o644)
print(fd >= 3, os.write(fd, b'hello world'), os.lseek(fd, 0, os.SEEK_CUR))
print(os.lseek(fd, 0, os.SEEK_SET), os.read(fd, 5), os.read(fd, 100), os.read(fd, 10))
print(os.lseek(fd, -5, os.SEEK_END), os.read(fd, 5))
os.lseek(fd, 15, os.SEEK_SET)
os.write(fd, b'!')
print(os.fstat(fd).st_size, os.isatty(fd))
os.ftruncate(fd, 5)
os.lseek(fd, 0, 0)
print(os.read(fd, 100))
os.close(fd)
attempt(os.close, fd)
attempt(os.read, fd, 1)
attempt(os.lseek, 99, 0, 0)
attempt(os.open, 'f.txt', os.O_CREAT | os.O_EXCL | os.O_WRONLY)
attempt(os.open, 'nope.txt', os.O_RDONLY)
attempt(os.open, '.', os.O_WRONLY)
attempt(os.open, 'f.txt', os.O_RDONLY | os.O_DIRECTORY)
fd = os.open('f.txt', os.O_WRONLY | os.O_TRUNC)
attempt(os.read, fd, 1)
os.close(fd)
print(os.path.getsize('f.txt'))
fd = os.open('f.txt', os.O_WRONLY | os.O_APPEND)
os.write(fd, b'ab')
os.lseek(fd, 0, 0)
os.write(fd, b'cd')
os.close(fd)
fd = os.open('f.txt', os.O_RDONLY)
print(os.read(fd, 10))
attempt(os.write, fd, b'x')
os.close(fd)

# stat.
st = os.stat('f.txt')
print(type(st).__name__, len(st), st.st_size, st[6], stat.S_ISREG(st.st_mode), stat.S_ISDIR(st.st_mode))
print(stat.filemode(st.st_mode), oct(st.st_mode & 0o777), st.st_nlink, st.st_uid)
print(isinstance(st.st_mtime, float), isinstance(st[8], int), st.st_mtime_ns // 10**9 == st[8])
print(st == os.stat('f.txt'), tuple(st)[6], st[-4], os.lstat('f.txt').st_size)
d = os.stat('.')
print(stat.S_ISDIR(d.st_mode), stat.filemode(d.st_mode))
os.chmod('f.txt', 0o600)
print(oct(os.stat('f.txt').st_mode & 0o777))
os.utime('f.txt', (1000, 2000))
print(os.stat('f.txt').st_atime, os.stat('f.txt').st_mtime, os.path.getmtime('f.txt'))
os.utime('f.txt', ns=(3 * 10**9, 4 * 10**9))
print(os.stat('f.txt').st_mtime_ns)
attempt(os.stat, 'missing')
attempt(os.stat, 'f.txt/x')
attempt(os.stat, '')
attempt(os.lstat, 'missing')
print(os.access('f.txt', os.F_OK), os.access('missing', os.F_OK), os.access('f.txt', os.R_OK | os.W_OK))
os.truncate('f.txt', 2)
print(open('f.txt', 'rb').read())

# Directories.
os.mkdir('d')
os.mkdir('d/e')
attempt(os.mkdir, 'd')
attempt(os.mkdir, 'x/y')
attempt(os.mkdir, 'f.txt/y')
os.makedirs('m/n/o')
attempt(os.makedirs, 'm/n/o')
os.makedirs('m/n/o', exist_ok=True)
attempt(os.makedirs, 'f.txt', exist_ok=True)
print(sorted(os.listdir()), os.listdir('d'), os.listdir(b'd'))
attempt(os.listdir, 'missing')
attempt(os.listdir, 'f.txt')
attempt(os.rmdir, 'd')
attempt(os.rmdir, 'missing')
attempt(os.rmdir, 'f.txt')
attempt(os.remove, 'd')
attempt(os.remove, 'missing')
attempt(os.unlink, 'd/e')
os.rmdir('d/e')
os.rmdir('d')
os.removedirs('m/n/o')
print(sorted(os.listdir()))

# chdir and relative paths.
os.makedirs('p/q')
os.chdir('p')
print(os.path.relpath(os.getcwd(), here), os.listdir('.'), os.listdir('..'))
with open('q/r.txt', 'w') as f:
    f.write('r')
os.chdir('q')
print(open('r.txt').read(), os.path.exists('../q/r.txt'))
os.chdir('../..')
print(os.getcwd() == here)
attempt(os.chdir, 'missing')
attempt(os.chdir, 'f.txt')

# rename and replace.
with open('g.txt', 'w') as f:
    f.write('g')
os.rename('g.txt', 'h.txt')
print(os.path.exists('g.txt'), open('h.txt').read())
os.rename('h.txt', 'p/h.txt')
print(sorted(os.listdir('p')))
with open('i.txt', 'w') as f:
    f.write('i')
os.replace('i.txt', 'p/h.txt')
print(open('p/h.txt').read())
attempt(os.rename, 'missing', 'x')
attempt(os.rename, 'f.txt', 'p')
attempt(os.rename, 'p', 'p/q/inner')
os.mkdir('empty')
os.rename('p', 'empty')
print(sorted(os.listdir('empty')))
attempt(os.rename, 'f.txt', 'nodir/f.txt')
os.mkdir('full')
open('full/x', 'w').close()
attempt(os.rename, 'empty', 'full')

# scandir.
with os.scandir('empty') as it:
    entries = sorted(it, key=lambda e: e.name)
for e in entries:
    print(e, e.name, e.path, e.is_dir(), e.is_file(), e.is_symlink(), e.stat().st_size,
          e.inode() == e.stat().st_ino, os.fspath(e))
print(sorted(e.name for e in os.scandir()))
print(sorted(e.path for e in os.scandir()))
attempt(os.scandir, 'missing')

# walk.
os.makedirs('w/a/b')
os.makedirs('w/c')
for name in ('w/1.txt', 'w/a/2.txt', 'w/a/b/3.txt', 'w/c/4.txt'):
    open(name, 'w').close()
for top, dirs, files in sorted(os.walk('w')):
    print(top, sorted(dirs), sorted(files))
print([top for top, dirs, files in os.walk('w', topdown=False)][-1])
for top, dirs, files in os.walk('w'):
    dirs[:] = [d for d in dirs if d != 'a']
    print('pruned', top)
errors = []
print(list(os.walk('missing', onerror=errors.append)), errors[0].filename)

# No links, no processes.
attempt(os.readlink, 'f.txt')
attempt(os.readlink, 'missing')
print(isinstance(os.getpid(), int), os.fsencode('x\u00e9'), os.fsdecode(b'x\xc3\xa9'))
print(os.path.realpath('empty/q') == os.path.join(here, 'empty', 'q'), os.path.samefile('f.txt', './f.txt'))
print(os.path.isfile('f.txt'), os.path.isfile('empty'), os.path.lexists('f.txt'), os.path.islink('f.txt'))

# Errors name the path as a string, whatever was passed.
import pathlib
for f in (os.stat, os.listdir, os.rmdir, os.unlink, open, os.chdir, os.scandir):
    attempt(f, pathlib.Path('nope'))
attempt(os.rename, pathlib.Path('nope'), pathlib.Path('b'))
attempt(os.mkdir, pathlib.Path('.'))
attempt(os.listdir, b'nope')
attempt(os.stat, 1.5)
attempt(os.mkdir, None)
