# OSError's constructor forms, attributes, errno-to-subclass mapping and str().
import errno

for args in [(), ('x',), (2, 'No such file'), (2, 'No such file', 'f.txt'),
             (13, 'denied', 'a', None, 'b'), (17, 'exists'), (99999, 'odd'),
             ('a', 'b'), (1, 2, 3, 4, 5, 6), (2, 'x', None, None, 'g'), (None, 'x'),
             (2.0, 'x'), (True, 'x'), (2, 'x', 'f', 7)]:
    e = OSError(*args)
    print(type(e).__name__, repr(e), '|', str(e), '|', e.args)
    print('   ', e.errno, e.strerror, e.filename, e.filename2)

for cls in [FileNotFoundError, PermissionError, FileExistsError, TimeoutError,
            ConnectionError, IsADirectoryError, NotADirectoryError, InterruptedError,
            BlockingIOError, ChildProcessError, ProcessLookupError, BrokenPipeError,
            ConnectionResetError, ConnectionRefusedError, ConnectionAbortedError]:
    e = cls(5, 'msg', 'fn')
    print(cls.__name__, type(e).__name__, str(e), e.errno, cls.__bases__[0].__name__)
print(IOError is OSError, EnvironmentError is OSError)
for n in [1, 2, 3, 4, 10, 11, 13, 17, 20, 21, 32, 103, 104, 110, 111, 5, 0, -1]:
    print(n, type(OSError(n, 'm')).__name__, type(OSError(n, 'm', 'f')).__name__)
print(type(OSError(2)).__name__, type(OSError(2, 'a', 'b', 'c', 'd', 'e')).__name__)
print(type(FileExistsError(2, 'x')).__name__)

# Attributes can be set afterwards; str() reads them then.
e = OSError(2, 'm')
e.errno = 5
e.filename = 'q'
print(e, e.errno, e.args)
e = OSError(2, 'm')
e.strerror = None
print(e)
e = OSError('only')
e.errno = 3
e.strerror = 's'
print(e)
e = OSError(2, 'x')
e.args = (1, 2, 3)
print(e.args, e)
print(str(FileNotFoundError('just text')), str(FileNotFoundError()))

# BlockingIOError keeps a numeric third argument as characters_written.
e = BlockingIOError(11, 'busy', 5)
print(e.args, e.filename, e.characters_written, e)
e = BlockingIOError(11, 'busy', 'file')
print(e.args, e.filename, e)


# Subclasses: only OSError itself is replaced by the errno's subclass.
class MyErr(OSError):
    pass


class PathErr(OSError):
    def __init__(self, path):
        super().__init__(errno.ENOENT, 'missing', path)


class Quiet(OSError):
    def __init__(self, what):
        self.what = what


e = MyErr(2, 'a', 'b')
print(type(e).__name__, e.args, e.errno, e.filename, e)
e = PathErr('/tmp/x')
print(type(e).__name__, e.args, e.errno, e.filename, e)
e = Quiet('w')
print(e.args, e.errno, repr(str(e)), e.what)

try:
    raise OSError(13, 'Permission denied', 'secret.txt')
except PermissionError as ex:
    print('caught', repr(ex), ex)
try:
    raise ConnectionRefusedError(111, 'refused')
except ConnectionError as ex:
    print('caught', type(ex).__name__, ex.errno, isinstance(ex, OSError))
try:
    OSError(2, 'x', filename='f')
except TypeError as ex:
    print(ex)

print(errno.ENOENT, errno.errorcode[errno.ENOENT], errno.errorcode[errno.EEXIST])
print(errno.EAGAIN == errno.EWOULDBLOCK, errno.errorcode[errno.EWOULDBLOCK])
print(type(OSError(errno.ETIMEDOUT, 't')).__name__)
raise FileNotFoundError(errno.ENOENT, 'No such file or directory', 'data.csv')
