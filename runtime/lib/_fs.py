"""The interpreter's own file system, in memory: the system calls under os, io and posix.

Every interpreter imports its own copy of this module, so its tree and its file descriptors
live in that interpreter's heap and no other interpreter can reach them. A directory is a
dict of name -> node, a file's contents a bytearray (so the heap limit counts file bytes).
The program runs as root: modes are kept and reported, never enforced. There are no symbolic
links or hard links.

A directory the embedder mounted (`isola run --mount HOST:GUEST`, `RuntimeBuilder::mount`) is a
`_Mount` node in the tree: a walk that reaches it goes on as a `_Host` place (the mount and a
path relative to it), and each operation there is one request to the host through `_mount`,
which resolves the path beneath the mounted directory and enforces read-only mounts. Open host
files are host handles; their position is kept here."""

import time as _time
import _mount
from _os import fspath

S_IFDIR = 0o040000
S_IFREG = 0o100000

O_ACCMODE = 3
O_WRONLY = 1
O_RDWR = 2
O_CREAT = 0o100
O_EXCL = 0o200
O_TRUNC = 0o1000
O_APPEND = 0o2000
O_DIRECTORY = 0o200000

_DEV = 2049


def _not_found(path):
    return FileNotFoundError(2, 'No such file or directory', path)


def _not_dir(path):
    return NotADirectoryError(20, 'Not a directory', path)


def _is_dir(path):
    return IsADirectoryError(21, 'Is a directory', path)


def _exists(path):
    return FileExistsError(17, 'File exists', path)


def _invalid(path=None):
    if path is None:
        return OSError(22, 'Invalid argument')
    return OSError(22, 'Invalid argument', path)


def _bad_fd():
    return OSError(9, 'Bad file descriptor')


class _Node:
    """A file (`data` a bytearray) or a directory (`entries` a dict); `parent` is the directory
    holding it, the root's own."""

    __slots__ = ('mode', 'ino', 'atime', 'mtime', 'ctime', 'data', 'entries', 'parent')

    def __init__(self, mode, parent):
        now = _time.time_ns()
        self.mode = mode
        self.ino = _state.next_ino
        _state.next_ino += 1
        self.atime = self.mtime = self.ctime = now
        self.data = None
        self.entries = None
        self.parent = parent

    def is_dir(self):
        return self.entries is not None

    def touch(self):
        self.mtime = self.ctime = _time.time_ns()


class _State:
    pass


_state = _State()
_state.next_ino = 2
_state.umask = 0o022
_state.fds = {}
_root = _Node(S_IFDIR | 0o755, None)
_root.parent = _root
_root.entries = {}
_state.cwd = '/'


def _new_dir(parent, name, mode):
    node = _Node(S_IFDIR | (mode & 0o7777 & ~_state.umask), parent)
    node.entries = {}
    parent.entries[name] = node
    parent.touch()
    return node


def _new_file(parent, name, mode):
    node = _Node(S_IFREG | (mode & 0o7777 & ~_state.umask), parent)
    node.data = bytearray()
    parent.entries[name] = node
    parent.touch()
    return node


_tmp = _Node(S_IFDIR | 0o1777, _root)
_tmp.entries = {}
_root.entries['tmp'] = _tmp


class _Mount:
    """A host directory mounted at `guest` (its place in the tree): a walk through it becomes a
    `_Host`. `index` names it in requests to the host."""

    __slots__ = ('index', 'guest', 'read_only', 'parent', 'dev')

    def __init__(self, index, guest, read_only, parent):
        self.index = index
        self.guest = guest
        self.read_only = read_only
        self.parent = parent
        self.dev = _DEV + 1 + index


class _Host:
    """A place in a mounted directory: the mount and the path beneath it ('' for its root)."""

    __slots__ = ('mount', 'rel')

    def __init__(self, mount, rel):
        self.mount = mount
        self.rel = rel

    def child(self, name):
        return _Host(self.mount, self.rel + '/' + name if self.rel else name)

    def stat(self, shown):
        return _host_call(_mount.stat, shown, self.mount.index, self.rel)

    def is_dir(self, shown):
        return self.stat(shown)[0] & 0o170000 == S_IFDIR

    def guest_path(self):
        return self.mount.guest + ('/' + self.rel if self.rel else '')


class _HostFile:
    """An open file of a mount, as a descriptor's node: the host's handle."""

    __slots__ = ('mount', 'handle')

    def __init__(self, mount, handle):
        self.mount = mount
        self.handle = handle


def _host_call(func, shown, *args):
    """`func(*args)` of `_mount`, its OSError completed with the file name the program used."""
    try:
        return func(*args)
    except OSError as e:
        if shown is None or e.errno is None:
            raise
        raise OSError(e.errno, e.strerror, shown) from None


def _mount_all():
    for index, (guest, read_only) in enumerate(_mount.mounts()):
        names = [p for p in guest.split('/') if p]
        parent = _root
        for name in names[:-1]:
            child = parent.entries.get(name)
            if type(child) is not _Node or child.entries is None:
                child = _new_dir(parent, name, 0o755)
            parent = child
        parent.entries[names[-1]] = _Mount(index, guest, read_only, parent)


_mount_all()


def _path(path, func, fds=False):
    """`path` as os functions take it (str or bytes, a descriptor where `fds`), with the
    TypeError CPython's argument converter gives for anything else."""
    if isinstance(path, (str, bytes)) or fds and isinstance(path, int):
        return path
    if getattr(type(path), '__fspath__', None) is not None:
        return fspath(path)
    raise TypeError('%s: path should be string, bytes%s, not %s' % (
        func, ', os.PathLike or integer' if fds else ' or os.PathLike', type(path).__name__))


def _text(path):
    """`path` as str: os functions take str, bytes or a path-like object."""
    path = fspath(path)
    if isinstance(path, bytes):
        path = path.decode('utf-8', 'surrogateescape')
    if '\0' in path:
        raise ValueError('embedded null byte')
    return path


def _parts(path):
    """The names of `path` from the root, '.' and '..' resolved lexically (with no symbolic
    links, that is what the kernel's walk gives, once each step has been checked)."""
    if not path.startswith('/'):
        path = _state.cwd.rstrip('/') + '/' + path
    return [p for p in path.split('/') if p and p != '.']


def _walk(path, shown):
    """The node that `path` names (a `_Host` in a mount); `shown` is what an error reports as
    the file name."""
    if path == '':
        raise _not_found(shown)
    node = _descend(_parts(path), shown)
    if path.endswith('/'):
        if type(node) is _Host:
            if not node.is_dir(shown):
                raise _not_dir(shown)
        elif node.entries is None:
            raise _not_dir(shown)
    return node


def _descend(names, shown):
    """The node reached from the root through `names`, or the `_Host` place when they lead
    into a mount; `shown` is what an error reports. Within a mount the host checks each name,
    and '..' is taken lexically; '..' at a mount's root leaves it."""
    node = _root
    rel = None
    for name in names:
        if rel is not None:
            if name != '..':
                rel.append(name)
            elif rel:
                rel.pop()
            else:
                node, rel = node.parent, None
            continue
        if node.entries is None:
            raise _not_dir(shown)
        if name == '..':
            node = node.parent
            continue
        child = node.entries.get(name)
        if child is None:
            raise _not_found(shown)
        node = child
        if type(node) is _Mount:
            rel = []
    if rel is not None:
        return _Host(node, '/'.join(rel))
    return node


def _lookup(path):
    return _walk(_text(path), path)


def _parent_of(path):
    """The directory that is to hold the last name of `path`, and that name (None when the
    path ends in '.', '..' or is the root)."""
    text = _text(path)
    if text == '':
        raise _not_found(path)
    parts = _parts(text)
    node = _descend(parts[:-1], path)
    if type(node) is not _Host and node.entries is None:
        raise _not_dir(path)
    last = parts[-1] if parts else None
    if last == '..' or text.rstrip('/').endswith('/.') or text.rstrip('/') == '.':
        last = None
    return node, last


def _host_place(path, parent, name):
    """The `_Host` place `path` names when it is in a mount, else None; `parent` and `name`
    are what `_parent_of(path)` gave."""
    if type(parent) is _Host:
        return parent.child(name) if name is not None else _lookup(path)
    if name is None:
        node = _lookup(path)
        return node if type(node) is _Host else None
    child = parent.entries.get(name)
    if type(child) is _Mount:
        return _Host(child, '')
    return None


def _path_of(node):
    if type(node) is _Host:
        return node.guest_path()
    names = []
    while node is not _root:
        parent = node.parent
        for name, child in parent.entries.items():
            if child is node:
                names.append(name)
                break
        node = parent
    return '/' + '/'.join(reversed(names))


# Files and descriptors.

class _Open:
    """An open file description: the node, the position and the flags of os.open."""

    __slots__ = ('node', 'pos', 'flags')

    def __init__(self, node, flags):
        self.node = node
        self.pos = 0
        self.flags = flags


def _new_fd(desc):
    fd = 3
    while fd in _state.fds:
        fd += 1
    _state.fds[fd] = desc
    return fd


def _desc(fd):
    if not isinstance(fd, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(fd).__name__)
    desc = _state.fds.get(fd)
    if desc is None:
        raise _bad_fd()
    return desc


def open(path, flags, mode=0o777, *, dir_fd=None):
    path = _path(path, 'open')
    access = flags & O_ACCMODE
    parent, name = _parent_of(path)
    place = _host_place(path, parent, name)
    if place is not None:
        handle = _host_call(_mount.open, path, place.mount.index, place.rel, flags,
                            mode & 0o7777 & ~_state.umask)
        return _new_fd(_Open(_HostFile(place.mount, handle), flags))
    node = parent.entries.get(name) if name is not None else _lookup(path)
    if node is None:
        if not flags & O_CREAT:
            raise _not_found(path)
        if _text(path).endswith('/'):
            raise _is_dir(path)
        node = _new_file(parent, name, mode)
    elif flags & O_CREAT and flags & O_EXCL:
        raise _exists(path)
    if node.entries is not None:
        if access != 0 or flags & O_CREAT and name is None:
            raise _is_dir(path)
    elif flags & O_DIRECTORY:
        raise _not_dir(path)
    if flags & O_TRUNC and access != 0 and node.data is not None:
        del node.data[:]
        node.touch()
    return _new_fd(_Open(node, flags))


def close(fd):
    desc = _desc(fd)
    del _state.fds[fd]
    _release(desc)


def _release(desc):
    """Close the host file behind `desc` once no descriptor refers to it."""
    node = desc.node
    if type(node) is _HostFile and node.handle is not None:
        for other in _state.fds.values():
            if other is desc:
                return
        handle, node.handle = node.handle, None
        _mount.close(handle)


def closerange(low, high):
    for fd in range(low, high):
        desc = _state.fds.pop(fd, None)
        if desc is not None:
            _release(desc)


def dup(fd):
    return _new_fd(_desc(fd))


def _readable_file(desc):
    if desc.flags & O_ACCMODE == O_WRONLY:
        raise _bad_fd()
    if desc.node.data is None:
        raise IsADirectoryError(21, 'Is a directory')
    return desc.node.data


# The most bytes one request to the host reads: a larger read is several.
_HOST_CHUNK = 1 << 20


def _host_read(desc, n):
    """Up to `n` bytes of a host file from the position, fewer only at its end."""
    if desc.flags & O_ACCMODE == O_WRONLY:
        raise _bad_fd()
    node = desc.node
    parts = []
    while n > 0:
        part = _mount.read(node.handle, desc.pos, min(n, _HOST_CHUNK))
        if not part:
            break
        parts.append(part)
        desc.pos += len(part)
        n -= len(part)
    return parts[0] if len(parts) == 1 else b''.join(parts)


def _host_size(desc):
    return _mount.fstat(desc.node.handle)[1]


def read(fd, n):
    desc = _desc(fd)
    if n < 0:
        raise _invalid()
    if type(desc.node) is _HostFile:
        return _host_read(desc, n)
    data = _readable_file(desc)
    out = bytes(data[desc.pos:desc.pos + n])
    desc.pos += len(out)
    desc.node.atime = _time.time_ns()
    return out


def readall(fd):
    """What is left in the file from the position (FileIO.readall)."""
    desc = _desc(fd)
    if type(desc.node) is _HostFile:
        # The size is a hint: a file the host grows meanwhile is read to its new end.
        out = _host_read(desc, max(0, _host_size(desc) - desc.pos))
        more = _host_read(desc, _HOST_CHUNK)
        while more:
            out += more
            more = _host_read(desc, _HOST_CHUNK)
        return out
    return read(fd, max(0, len(_readable_file(desc)) - desc.pos))


def readline(fd, size=-1):
    """A line from the position, at most `size` bytes (FileIO.readline without a read per
    byte)."""
    desc = _desc(fd)
    if type(desc.node) is _HostFile:
        return _host_readline(desc, size)
    data = _readable_file(desc)
    end = data.find(b'\n', desc.pos) + 1 or len(data)
    if size is not None and size >= 0:
        end = min(end, desc.pos + size)
    out = bytes(data[desc.pos:end])
    desc.pos += len(out)
    return out


def _host_readline(desc, size):
    start = desc.pos
    line = b''
    while size is None or size < 0 or len(line) < size:
        want = 8192 if size is None or size < 0 else min(8192, size - len(line))
        part = _mount.read(desc.node.handle, desc.pos, want)
        if not part:
            break
        cut = part.find(b'\n') + 1
        if cut:
            part = part[:cut]
        line += part
        desc.pos += len(part)
        if cut:
            break
    desc.pos = start + len(line)
    return line


def write(fd, data):
    desc = _state.fds.get(fd) if type(fd) is int else None
    if desc is None:
        return _write_elsewhere(fd, data)
    if type(data) is not bytes and type(data) is not bytearray:
        if isinstance(data, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        data = memoryview(data).tobytes()
    if desc.flags & O_ACCMODE == 0:
        raise _bad_fd()
    if type(desc.node) is _HostFile:
        offset = None if desc.flags & O_APPEND else desc.pos
        desc.pos = _mount.write(desc.node.handle, offset, data)
        return len(data)
    node = desc.node
    buf = node.data
    end = len(buf)
    pos = end if desc.flags & O_APPEND else desc.pos
    if pos == end:
        buf += data
    else:
        if pos > end:
            buf.extend(bytes(pos - end))
        buf[pos:pos + len(data)] = data
    desc.pos = pos + len(data)
    node.mtime = node.ctime = _time.time_ns()
    return len(data)


def _write_elsewhere(fd, data):
    """A write to a descriptor the table does not hold: stdout and stderr go to sys's
    streams, anything else is a bad descriptor."""
    if fd not in (1, 2):
        _desc(fd)
    import sys
    stream = sys.stdout if fd == 1 else sys.stderr
    stream.write(bytes(data).decode('utf-8', 'replace'))
    stream.flush()
    return len(data)


def lseek(fd, pos, how):
    desc = _desc(fd)
    if how == 0:
        new = pos
    elif how == 1:
        new = desc.pos + pos
    elif how == 2:
        if type(desc.node) is _HostFile:
            size = _host_size(desc)
        else:
            size = len(desc.node.data) if desc.node.data is not None else 0
        new = size + pos
    else:
        raise _invalid()
    if new < 0:
        raise _invalid()
    desc.pos = new
    return new


def ftruncate(fd, length):
    desc = _desc(fd)
    if type(desc.node) is _HostFile:
        if desc.flags & O_ACCMODE == 0 or length < 0:
            raise _invalid()
        _mount.truncate(desc.node.handle, length)
        return
    if desc.flags & O_ACCMODE == 0 or desc.node.data is None:
        raise _invalid()
    _resize(desc.node, length)


def _resize(node, length):
    if length < 0:
        raise _invalid()
    buf = node.data
    if length < len(buf):
        del buf[length:]
    else:
        buf.extend(bytes(length - len(buf)))
    node.touch()


def truncate(path, length):
    path = _path(path, 'truncate', True)
    if isinstance(path, int):
        return ftruncate(path, length)
    node = _lookup(path)
    if type(node) is _Host:
        if length < 0:
            raise _invalid(path)
        handle = _host_call(_mount.open, path, node.mount.index, node.rel, O_WRONLY, 0)
        try:
            _mount.truncate(handle, length)
        finally:
            _mount.close(handle)
        return
    if node.data is None:
        raise _is_dir(path)
    _resize(node, length)


def isatty(fd):
    return False


def fsync(fd):
    _desc(fd)


# Metadata.

class stat_result(tuple):
    """os.stat_result: ten fields by index (times as ints), more by name."""

    n_sequence_fields = 10
    n_fields = 19
    n_unnamed_fields = 3
    _names = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size',
              'st_atime', 'st_mtime', 'st_ctime')

    def __new__(cls, values, extra=None):
        values = tuple(values)
        if len(values) < 10:
            raise TypeError('os.stat_result() takes an at least 10-sequence (%d-sequence given)'
                            % len(values))
        self = tuple.__new__(cls, values[:10])
        if extra:
            self.__dict__.update(extra)
        return self

    def __repr__(self):
        return 'os.stat_result(%s)' % ', '.join(
            '%s=%r' % (name, value) for name, value in zip(self._names, self))

    def __reduce__(self):
        return (stat_result, (tuple(self),))

    st_mode = property(lambda self: self[0])
    st_ino = property(lambda self: self[1])
    st_dev = property(lambda self: self[2])
    st_nlink = property(lambda self: self[3])
    st_uid = property(lambda self: self[4])
    st_gid = property(lambda self: self[5])
    st_size = property(lambda self: self[6])


def _stat_result(values, dev):
    """os.stat_result of `(mode, size, atime_ns, mtime_ns, ctime_ns, ino, nlink)` on `dev`.
    Times are kept in nanoseconds, and the float fields made from them as CPython makes them,
    so that copying st_mtime_ns to another file (shutil.copy2) gives equal st_mtime."""
    mode, size, atime, mtime, ctime, ino, nlink = values
    times = {}
    for field, ns in (('atime', atime), ('mtime', mtime), ('ctime', ctime)):
        sec, nsec = divmod(ns, 1000000000)
        times['st_' + field] = sec + nsec * 1e-9
        times['st_%s_ns' % field] = ns
    times['st_blksize'] = 4096
    times['st_blocks'] = (size + 511) // 512
    times['st_rdev'] = 0
    return stat_result((mode, ino, dev, nlink, 0, 0, size, atime // 1000000000,
                        mtime // 1000000000, ctime // 1000000000), times)


def _stat_of(node, shown=None):
    kind = type(node)
    if kind is _Host:
        return _stat_result(node.stat(shown), node.mount.dev)
    if kind is _HostFile:
        return _stat_result(_mount.fstat(node.handle), node.mount.dev)
    if kind is _Mount:
        return _stat_of(_Host(node, ''), shown)
    if node.entries is not None:
        nlink = 2 + sum(1 for child in node.entries.values()
                        if type(child) is _Mount or child.entries is not None)
        size = 4096
    else:
        nlink = 1
        size = len(node.data)
    return _stat_result((node.mode, size, node.atime, node.mtime, node.ctime, node.ino, nlink),
                        _DEV)


def stat(path, *, dir_fd=None, follow_symlinks=True):
    path = _path(path, 'stat', True)
    if isinstance(path, int):
        return fstat(path)
    return _stat_of(_lookup(path), path)


def lstat(path, *, dir_fd=None):
    path = _path(path, 'lstat')
    return _stat_of(_lookup(path), path)


def fstat(fd):
    return _stat_of(_desc(fd).node)


def access(path, mode, *, dir_fd=None, effective_ids=False, follow_symlinks=True):
    path = _path(path, 'access', True)
    try:
        node = _lookup(path)
        st_mode = _stat_of(node, path).st_mode if type(node) is _Host else node.mode
    except OSError:
        return False
    if mode & 1 and not st_mode & 0o111:
        return False
    if mode & 2 and type(node) is _Host and node.mount.read_only:
        return False
    return True


def chmod(path, mode, *, dir_fd=None, follow_symlinks=True):
    path = _path(path, 'chmod', True)
    node = _desc(path).node if isinstance(path, int) else _lookup(path)
    if type(node) is _HostFile:
        raise PermissionError(1, 'Operation not permitted')
    if type(node) is _Host:
        _host_call(_mount.chmod, path, node.mount.index, node.rel, mode & 0o7777)
        return
    node.mode = (node.mode & ~0o7777) | (mode & 0o7777)
    node.ctime = _time.time_ns()


def utime(path, times=None, *, ns=None, dir_fd=None, follow_symlinks=True):
    path = _path(path, 'utime', True)
    if times is not None and ns is not None:
        raise ValueError('utime: you may specify either \'times\' or \'ns\' but not both')
    node = _desc(path).node if isinstance(path, int) else _lookup(path)
    if ns is not None:
        if not isinstance(ns, tuple) or len(ns) != 2:
            raise TypeError('utime: \'ns\' must be a tuple of two ints')
        atime, mtime = int(ns[0]), int(ns[1])
    elif times is not None:
        if not isinstance(times, tuple) or len(times) != 2:
            raise TypeError('utime: \'times\' must be either a tuple of two ints or None')
        atime, mtime = (round(float(t) * 1e9) for t in times)
    else:
        atime = mtime = _time.time_ns()
    if type(node) is _HostFile:
        raise PermissionError(1, 'Operation not permitted')
    if type(node) is _Host:
        _host_call(_mount.utime, path, node.mount.index, node.rel, max(atime, 0), max(mtime, 0))
        return
    node.atime, node.mtime = atime, mtime
    node.ctime = _time.time_ns()


def umask(mask):
    old, _state.umask = _state.umask, mask & 0o777
    return old


# Directories.

def getcwd():
    return _state.cwd


def getcwdb():
    return _state.cwd.encode('utf-8', 'surrogateescape')


def chdir(path):
    path = _path(path, 'chdir', True)
    if isinstance(path, int):
        node = _desc(path).node
        if type(node) is _HostFile:
            raise PermissionError(1, 'Operation not permitted')
    else:
        node = _lookup(path)
    if type(node) is _Host:
        if not node.is_dir(path):
            raise _not_dir(path)
    elif node.entries is None:
        raise _not_dir(path)
    _state.cwd = _path_of(node)


def mkdir(path, mode=0o777, *, dir_fd=None):
    path = _path(path, 'mkdir')
    parent, name = _parent_of(path)
    if type(parent) is _Host and name is not None:
        place = parent.child(name)
        _host_call(_mount.mkdir, path, place.mount.index, place.rel,
                   mode & 0o7777 & ~_state.umask)
        return
    if name is None or type(parent) is _Host or name in parent.entries:
        raise _exists(path)
    _new_dir(parent, name, mode)


def rmdir(path, *, dir_fd=None):
    path = _path(path, 'rmdir')
    parent, name = _parent_of(path)
    if name is None:
        text = _text(path).rstrip('/')
        if text.endswith('..'):
            raise OSError(39, 'Directory not empty', path)
        raise _invalid(path) if text else OSError(16, 'Device or resource busy', path)
    if type(parent) is _Host:
        place = parent.child(name)
        _host_call(_mount.rmdir, path, place.mount.index, place.rel)
        return
    node = parent.entries.get(name)
    if node is None:
        raise _not_found(path)
    if type(node) is _Mount:
        raise OSError(16, 'Device or resource busy', path)
    if node.entries is None:
        raise _not_dir(path)
    if node.entries:
        raise OSError(39, 'Directory not empty', path)
    del parent.entries[name]
    parent.touch()


def unlink(path, *, dir_fd=None):
    path = _path(path, 'unlink')
    parent, name = _parent_of(path)
    if type(parent) is _Host and name is not None:
        place = parent.child(name)
        _host_call(_mount.unlink, path, place.mount.index, place.rel)
        return
    node = parent.entries.get(name) if name is not None and type(parent) is _Node \
        else _lookup(path)
    if node is None:
        raise _not_found(path)
    if type(node) is not _Node or node.entries is not None:
        raise _is_dir(path)
    if _text(path).endswith('/'):
        raise _not_dir(path)
    del parent.entries[name]
    parent.touch()


remove = unlink


def rename(src, dst, *, src_dir_fd=None, dst_dir_fd=None):
    src, dst = _path(src, 'rename'), _path(dst, 'rename')
    def fail(cls, errno, strerror):
        return cls(errno, strerror, src, None, dst)
    def parent_and_place(path):
        try:
            parent, name = _parent_of(path)
            return parent, name, _host_place(path, parent, name)
        except OSError as e:
            raise fail(type(e), e.errno, e.strerror) from None
    sparent, sname, splace = parent_and_place(src)
    if splace is not None:
        dplace = parent_and_place(dst)[2]
        if dplace is None or splace.mount is not dplace.mount:
            raise fail(OSError, 18, 'Invalid cross-device link')
        if not splace.rel or not dplace.rel:
            raise fail(OSError, 16, 'Device or resource busy')
        try:
            _mount.rename(splace.mount.index, splace.rel, dplace.rel)
        except OSError as e:
            raise fail(type(e), e.errno, e.strerror) from None
        return
    node = sparent.entries.get(sname) if sname is not None else None
    if node is None:
        if sname is None:
            raise fail(OSError, 16, 'Device or resource busy')
        raise fail(FileNotFoundError, 2, 'No such file or directory')
    dparent, dname, dplace = parent_and_place(dst)
    if dplace is not None:
        raise fail(OSError, 18, 'Invalid cross-device link')
    if dname is None:
        raise fail(OSError, 16, 'Device or resource busy')
    target = dparent.entries.get(dname)
    if target is node:
        return
    ancestor = dparent
    while True:
        if ancestor is node:
            raise fail(OSError, 22, 'Invalid argument')
        if ancestor is _root:
            break
        ancestor = ancestor.parent
    if target is not None:
        if node.entries is not None:
            if target.entries is None:
                raise fail(NotADirectoryError, 20, 'Not a directory')
            if target.entries:
                raise fail(OSError, 39, 'Directory not empty')
        elif target.entries is not None:
            raise fail(IsADirectoryError, 21, 'Is a directory')
    del sparent.entries[sname]
    dparent.entries[dname] = node
    node.parent = dparent
    node.ctime = _time.time_ns()
    sparent.touch()
    dparent.touch()


replace = rename


def listdir(path='.'):
    path = _path(path, 'listdir', True)
    if isinstance(path, int):
        node = _desc(path).node
        if type(node) is _HostFile:
            raise PermissionError(1, 'Operation not permitted')
    else:
        node = _lookup(path)
    if type(node) is _Host:
        names = list(_host_call(_mount.listdir, path, node.mount.index, node.rel))
    elif node.entries is None:
        raise _not_dir(path)
    else:
        names = list(node.entries)
    if isinstance(fspath(path) if not isinstance(path, int) else '', bytes):
        return [n.encode('utf-8', 'surrogateescape') for n in names]
    return names


class DirEntry:
    """One entry of scandir: its name, its path and its node, looked up once."""

    def __init__(self, name, path, node):
        self.name = name
        self.path = path
        if type(node) is _Mount:
            node = _Host(node, '')
        self._node = node
        self._stat = None

    def is_dir(self, *, follow_symlinks=True):
        if type(self._node) is _Host:
            try:
                return self.stat().st_mode & 0o170000 == S_IFDIR
            except OSError:
                return False
        return self._node.entries is not None

    def is_file(self, *, follow_symlinks=True):
        if type(self._node) is _Host:
            try:
                return self.stat().st_mode & 0o170000 == S_IFREG
            except OSError:
                return False
        return self._node.entries is None

    def is_symlink(self):
        return False

    def is_junction(self):
        return False

    def stat(self, *, follow_symlinks=True):
        if type(self._node) is _Host:
            if self._stat is None:
                self._stat = _stat_of(self._node, self.path)
            return self._stat
        return _stat_of(self._node)

    def inode(self):
        if type(self._node) is _Host:
            return self.stat().st_ino
        return self._node.ino

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return '<DirEntry %r>' % self.name


class ScandirIterator:
    """What scandir returns: an iterator over DirEntry objects, closed by `with`."""

    def __init__(self, entries):
        self._entries = iter(entries)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._entries)

    def close(self):
        self._entries = iter(())

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def scandir(path=None):
    if path is not None:
        path = _path(path, 'scandir', True)
    if path is None:
        path = '.'
    node = _desc(path).node if isinstance(path, int) else _lookup(path)
    if type(node) is _HostFile:
        raise PermissionError(1, 'Operation not permitted')
    if type(node) is _Host:
        names = _host_call(_mount.listdir, path, node.mount.index, node.rel)
        children = [(name, node.child(name)) for name in names]
    elif node.entries is None:
        raise _not_dir(path)
    else:
        children = list(node.entries.items())
    base = fspath(path) if not isinstance(path, int) else None
    entries = []
    for name, child in children:
        if isinstance(base, bytes):
            name = name.encode('utf-8', 'surrogateescape')
            full = base + (b'' if base.endswith(b'/') else b'/') + name
        elif base is None:
            full = name
        else:
            full = base + ('' if base.endswith('/') else '/') + name
        entries.append(DirEntry(name, full, child))
    return ScandirIterator(entries)


def readlink(path, *, dir_fd=None):
    path = _path(path, 'readlink')
    _lookup(path)
    raise _invalid(path)


def symlink(src, dst, target_is_directory=False, *, dir_fd=None):
    raise PermissionError(1, 'Operation not permitted', src, None, dst)


def link(src, dst, *, src_dir_fd=None, dst_dir_fd=None, follow_symlinks=True):
    raise PermissionError(1, 'Operation not permitted', src, None, dst)


# The embedder's way in and out (a web page's `writeFile` and `readFile`).

def write_file(path, data):
    """Create or replace the file at `path` with `data`, making its directories as needed."""
    text = _text(path)
    at = '/' if text.startswith('/') else ''
    for name in [p for p in text.split('/') if p][:-1]:
        at += name
        try:
            mkdir(at)
        except FileExistsError:
            pass
        at += '/'
    fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o666)
    try:
        write(fd, bytes(data))
    finally:
        close(fd)


def read_file(path):
    """The bytes of the file at `path`."""
    fd = open(path, 0)
    try:
        return readall(fd)
    finally:
        close(fd)
