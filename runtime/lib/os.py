"""os over the interpreter's own file system (`_fs`, in memory): files, directories and file
descriptors as on a POSIX system, path manipulation (os.path is CPython's posixpath), the
constants programs read and an empty environment. The sandbox has no processes: what would
start or signal one raises PermissionError."""

import sys
import abc

name = 'posix'
linesep = '\n'
sep = '/'
altsep = None
extsep = '.'
pathsep = ':'
curdir = '.'
pardir = '..'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'
supports_bytes_environ = True

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

# The flags of os.open, with Linux's values.
O_RDONLY = 0
O_WRONLY = 1
O_RDWR = 2
O_CREAT = 0o100
O_EXCL = 0o200
O_TRUNC = 0o1000
O_APPEND = 0o2000
O_NONBLOCK = 0o4000
O_DIRECTORY = 0o200000
O_CLOEXEC = 0o2000000

F_OK = 0
R_OK = 4
W_OK = 2
X_OK = 1

# The sandbox starts with no environment variables; programs may set their own.
environ = {}
environb = {}

error = OSError


class PathLike(abc.ABC):
    """What os.fspath accepts besides str and bytes: an object with __fspath__."""

    @abc.abstractmethod
    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            return hasattr(subclass, '__fspath__')
        return NotImplemented


PathLike.__class_getitem__ = classmethod(type(list[int]))


def fsencode(filename):
    filename = fspath(filename)
    if isinstance(filename, str):
        return filename.encode('utf-8', 'surrogateescape')
    return filename


def fsdecode(filename):
    filename = fspath(filename)
    if isinstance(filename, bytes):
        return filename.decode('utf-8', 'surrogateescape')
    return filename


def getenv(key, default=None):
    return environ.get(key, default)


def putenv(key, value):
    environ[key] = value


def unsetenv(key):
    environ.pop(key, None)


def cpu_count():
    return 1


class terminal_size(tuple):
    """The size of a terminal, as (columns, lines)."""

    def __new__(cls, size):
        return tuple.__new__(cls, size)

    columns = property(lambda self: self[0])
    lines = property(lambda self: self[1])

    def __repr__(self):
        return 'os.terminal_size(columns=%d, lines=%d)' % self


def get_terminal_size(fd=1):
    raise OSError(25, 'Inappropriate ioctl for device')


def urandom(n):
    """`n` random bytes from the host's entropy."""
    import _random
    return _random._urandom(n)


def register_at_fork(*, before=None, after_in_child=None, after_in_parent=None):
    """Accepted and never called: the sandbox cannot fork."""
    for f in (before, after_in_child, after_in_parent):
        if f is not None and not callable(f):
            raise TypeError("'%s' object is not callable" % type(f).__name__)
    if before is None and after_in_child is None and after_in_parent is None:
        raise TypeError("At least one argument is required.")


from _fs import (
    fspath, open, close, closerange, dup, read, write, lseek, ftruncate, truncate, isatty,
    fsync, stat_result, stat, lstat, fstat, access, chmod, utime, umask, getcwd, getcwdb,
    chdir, mkdir, rmdir, unlink, remove, rename, replace, listdir, DirEntry, scandir,
    readlink, symlink, link)


def _as_c_functions(namespace, names=()):
    """Make the system calls in `namespace` (those of `_fs`, and `names`) behave as CPython's
    C functions do where it matters: stored as a class attribute (`_close = os.close`) they do
    not bind to the instance. A staticmethod is callable and unwraps on attribute access."""
    for name, value in list(namespace.items()):
        if type(value).__name__ == 'function' and (
                name in names or not name.startswith('_') and value.__module__ == '_fs'):
            namespace[name] = staticmethod(value)


_as_c_functions(globals())

# What takes a descriptor, a directory descriptor or follow_symlinks=False: nothing, so that
# shutil and glob take their portable paths.
supports_dir_fd = set()
supports_fd = set()
supports_effective_ids = set()
supports_follow_symlinks = set()


def fdopen(fd, mode='r', buffering=-1, encoding=None, *args, **kwargs):
    if not isinstance(fd, int):
        raise TypeError("invalid fd type (%s, expected integer)" % type(fd).__name__)
    import io
    return io.open(fd, mode, buffering, encoding, *args, **kwargs)


def getpid():
    """A fixed number: each interpreter is one process of its own."""
    return 2


def getppid():
    return 1


def getuid():
    return 0


geteuid = getgid = getegid = getuid


def makedirs(name, mode=0o777, exist_ok=False):
    """Creates `name` and the directories above it that are missing."""
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        if tail == (curdir.encode() if isinstance(tail, bytes) else curdir):
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    """Removes `name`, then each directory above it that this leaves empty."""
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def renames(old, new):
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


def walk(top, topdown=True, onerror=None, followlinks=False):
    """The tree under `top` as (dirpath, dirnames, filenames), a directory before what is
    under it when `topdown` (so that the caller may prune `dirnames`), after it otherwise."""
    top = fspath(top)
    try:
        entries = list(scandir(top))
    except OSError as error:
        if onerror is not None:
            onerror(error)
        return
    dirs = [e.name for e in entries if e.is_dir()]
    files = [e.name for e in entries if not e.is_dir()]
    if topdown:
        yield top, dirs, files
    for name in dirs:
        yield from walk(path.join(top, name), topdown, onerror, followlinks)
    if not topdown:
        yield top, dirs, files


def get_exec_path(env=None):
    return defpath.split(pathsep)


import posixpath as path

sys.modules['os.path'] = path


def _refused(name):
    def refused(*args, **kwargs):
        raise PermissionError(1, "Operation not permitted: os.%s is not available in the sandbox" % name)
    refused.__name__ = refused.__qualname__ = name
    return refused


# Process control and signals stay out of reach: the names exist, as on a real system, and
# refuse.
for _name in ('system', 'popen', 'fork', 'forkpty', 'kill', 'killpg', 'execv', 'execve',
              'execl', 'execle', 'execlp', 'execlpe', 'execvp', 'execvpe', 'spawnv', 'spawnve',
              'spawnl', 'spawnle', 'posix_spawn', 'posix_spawnp', 'abort', '_exit', 'setsid',
              'chroot', 'nice'):
    globals()[_name] = _refused(_name)
del _name

_as_c_functions(globals(), (
    'getpid', 'getppid', 'getuid', 'geteuid', 'getgid', 'getegid', 'urandom', 'cpu_count',
    'get_terminal_size', 'putenv', 'unsetenv', 'system', 'popen', 'fork', 'forkpty', 'kill',
    'killpg', 'execv', 'execve', 'spawnv', 'spawnve', 'posix_spawn', 'posix_spawnp', 'abort',
    '_exit', 'setsid', 'chroot', 'nice'))
