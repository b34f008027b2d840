"""The parts of os that need no operating system: path manipulation (os.path is CPython's
posixpath), the constants programs read, an empty environment and a root working directory.
The sandbox has no files, processes or system calls, so what would reach them (listdir, stat,
system, getpid...) is absent or raises as a missing file would."""

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

# The flags of os.open, for code that computes them (glob): the sandbox opens no files.
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


def fspath(path):
    if isinstance(path, (str, bytes)):
        return path
    method = getattr(type(path), '__fspath__', None)
    if method is None:
        raise TypeError("expected str, bytes or os.PathLike object, not "
                        + type(path).__name__)
    result = method(path)
    if isinstance(result, (str, bytes)):
        return result
    raise TypeError("expected {}.__fspath__() to return str or bytes, not {}".format(
        type(path).__name__, type(result).__name__))


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


def getcwd():
    return '/'


def getcwdb():
    return b'/'


def cpu_count():
    return 1


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


def _no_file(path):
    """The error a lookup of `path` meets: the sandbox has no file system."""
    raise FileNotFoundError(2, 'No such file or directory', path)


def stat(path, *, dir_fd=None, follow_symlinks=True):
    _no_file(fspath(path))


def lstat(path, *, dir_fd=None):
    _no_file(fspath(path))


def listdir(path='.'):
    _no_file(fspath(path))


def scandir(path='.'):
    _no_file(fspath(path))


def access(path, mode, *, dir_fd=None, effective_ids=False, follow_symlinks=True):
    return False


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
              'chroot', 'chdir', 'nice'):
    globals()[_name] = _refused(_name)
del _name
