"""The file objects of io over the interpreter's own file system (`_fs`): FileIO (raw),
BufferedWriter and BufferedRandom, TextIOWrapper and open() with CPython's mode checks and
messages. The buffered classes write through to the file at once: the file lives in memory,
so there is nothing to gain from holding bytes back."""

import codecs
import _fs
from io import (RawIOBase, BufferedIOBase, TextIOBase, BufferedReader,
                UnsupportedOperation, DEFAULT_BUFFER_SIZE)


def _name_repr(obj):
    try:
        name = obj.name
    except (AttributeError, ValueError):
        return ''
    return ' name=%r' % (name,)


class FileIO(RawIOBase):
    """A file descriptor of the interpreter's file system, read and written as bytes."""

    def __init__(self, file, mode='r', closefd=True, opener=None):
        self._fd = -1
        self._closefd = closefd
        if isinstance(file, float):
            raise TypeError('integer argument expected, got float')
        if isinstance(file, int):
            if file < 0:
                raise ValueError('negative file descriptor')
        elif not isinstance(file, (str, bytes)):
            file = _fs.fspath(file)
        if not isinstance(mode, str):
            raise TypeError("FileIO() argument 'mode' must be str, not %s" % type(mode).__name__)
        if len(set(mode)) != len(mode) or not set(mode) <= set('rwxab+'):
            raise ValueError('invalid mode: %s' % mode)
        if sum(c in 'rwxa' for c in mode) != 1:
            raise ValueError('Must have exactly one of create/read/write/append mode and at '
                             'most one plus')
        plus = '+' in mode
        self._readable = 'r' in mode or plus
        self._writable = 'r' not in mode or plus
        self._appending = 'a' in mode
        if 'x' in mode:
            flags, self.mode = _fs.O_CREAT | _fs.O_EXCL, 'xb+' if plus else 'xb'
        elif 'w' in mode:
            flags, self.mode = _fs.O_CREAT | _fs.O_TRUNC, 'rb+' if plus else 'wb'
        elif 'a' in mode:
            flags, self.mode = _fs.O_CREAT | _fs.O_APPEND, 'ab+' if plus else 'ab'
        else:
            flags, self.mode = 0, 'rb+' if plus else 'rb'
        flags |= _fs.O_RDWR if plus else _fs.O_WRONLY if self._writable else 0
        if isinstance(file, int):
            fd = file
        else:
            if not closefd:
                raise ValueError('Cannot use closefd=False with file name')
            if opener is None:
                fd = _fs.open(file, flags, 0o666)
            else:
                fd = opener(file, flags)
                if not isinstance(fd, int):
                    raise TypeError('expected integer from opener')
                if fd < 0:
                    raise ValueError('opener returned %d' % fd)
        self._fd = fd
        self.name = file
        try:
            st = _fs.fstat(fd)
        except OSError:
            self._fd = -1
            raise
        if st.st_mode & 0o170000 == _fs.S_IFDIR:
            if closefd:
                _fs.close(fd)
            self._fd = -1
            raise IsADirectoryError(21, 'Is a directory', file)
        if self._appending:
            _fs.lseek(fd, 0, 2)

    @property
    def closed(self):
        return self._fd < 0

    @property
    def closefd(self):
        return self._closefd

    def _checked(self):
        if self._fd < 0:
            raise ValueError('I/O operation on closed file')
        return self._fd

    def _check_readable(self):
        if not self._readable:
            raise UnsupportedOperation('File not open for reading')

    def _check_writable(self):
        if not self._writable:
            raise UnsupportedOperation('File not open for writing')

    def close(self):
        if self._fd >= 0:
            fd, self._fd = self._fd, -1
            if self._closefd:
                _fs.close(fd)

    def fileno(self):
        return self._checked()

    def isatty(self):
        self._checked()
        return False

    def readable(self):
        self._checked()
        return self._readable

    def writable(self):
        self._checked()
        return self._writable

    def seekable(self):
        self._checked()
        return True

    def read(self, size=-1):
        fd = self._checked()
        self._check_readable()
        if size is None or size < 0:
            return _fs.readall(fd)
        return _fs.read(fd, size)

    def readall(self):
        fd = self._checked()
        self._check_readable()
        return _fs.readall(fd)

    def readline(self, size=-1):
        fd = self._checked()
        self._check_readable()
        return _fs.readline(fd, -1 if size is None else size)

    def readinto(self, b):
        data = self.read(len(b))
        n = len(data)
        b[:n] = data
        return n

    def write(self, b):
        fd = self._checked()
        self._check_writable()
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        return _fs.write(fd, b)

    def seek(self, pos, whence=0):
        if isinstance(pos, float):
            raise TypeError('an integer is required')
        return _fs.lseek(self._checked(), pos, whence)

    def tell(self):
        return _fs.lseek(self._checked(), 0, 1)

    def truncate(self, size=None):
        fd = self._checked()
        self._check_writable()
        if size is None:
            size = self.tell()
        _fs.ftruncate(fd, size)
        return size

    def __repr__(self):
        if self._fd < 0:
            return '<_io.FileIO [closed]>'
        return '<_io.FileIO%s mode=%r closefd=%r>' % (_name_repr(self), self.mode,
                                                       self._closefd)


class _Through(BufferedIOBase):
    """The buffered object of a file opened for writing: every call goes to the raw file at
    once."""

    _kind = 'BufferedWriter'

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if buffer_size <= 0:
            raise ValueError('buffer size must be strictly positive')
        self.raw = raw

    name = property(lambda self: self.raw.name)
    mode = property(lambda self: self.raw.mode)
    closed = property(lambda self: self.raw.closed)

    def _check(self, what):
        if self.raw.closed:
            raise ValueError('%s of closed file' % what)

    def close(self):
        self.raw.close()

    def detach(self):
        raw, self.raw = self.raw, None
        return raw

    def fileno(self):
        return self.raw.fileno()

    def isatty(self):
        return self.raw.isatty()

    def readable(self):
        return self.raw.readable()

    def writable(self):
        return self.raw.writable()

    def seekable(self):
        return self.raw.seekable()

    def flush(self):
        self._check('flush')

    def read(self, size=-1):
        self._check('read')
        if not self.raw.readable():
            raise UnsupportedOperation('read')
        return self.raw.read(-1 if size is None else size)

    read1 = read

    def peek(self, size=0):
        pos = self.tell()
        data = self.read(max(size, DEFAULT_BUFFER_SIZE))
        self.seek(pos)
        return data

    def readline(self, size=-1):
        self._check('readline')
        if not self.raw.readable():
            raise UnsupportedOperation('readline')
        return self.raw.readline(size)

    def readinto(self, b):
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    readinto1 = readinto

    def write(self, b):
        self._check('write')
        if not self.raw.writable():
            raise UnsupportedOperation('write')
        return self.raw.write(b)

    def seek(self, pos, whence=0):
        self._check('seek')
        if whence not in (0, 1, 2):
            raise ValueError('whence value %r unsupported' % (whence,))
        return self.raw.seek(pos, whence)

    def tell(self):
        return self.raw.tell()

    def truncate(self, pos=None):
        self._check('truncate')
        return self.raw.truncate(pos)

    def __repr__(self):
        return '<_io.%s%s>' % (self._kind, _name_repr(self))


class BufferedWriter(_Through):
    pass


class BufferedRandom(_Through):
    _kind = 'BufferedRandom'


def _closed_error():
    return ValueError('I/O operation on closed file.')


class TextIOWrapper(TextIOBase):
    """Text over a binary stream: decoded on reading (the rest of the stream at once, kept
    until a seek or a write), encoded on writing, with the newline translation of `newline`."""

    def __init__(self, buffer, encoding=None, errors=None, newline=None, line_buffering=False,
                 write_through=False):
        for arg, value in (('encoding', encoding), ('errors', errors), ('newline', newline)):
            if value is not None and not isinstance(value, str):
                raise TypeError("TextIOWrapper() argument '%s' must be str or None, not %s"
                                % (arg, type(value).__name__))
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError('illegal newline value: %s' % newline)
        if encoding is None or encoding == 'locale':
            encoding = 'UTF-8'
        info = codecs.lookup(encoding)
        # Codecs whose encoder keeps no state (no BOM, no shift): str.encode does their work.
        self._stateless = info.name in ('utf-8', 'ascii', 'latin-1', 'iso8859-1')
        if getattr(info, '_is_text_encoding', True) is False:
            raise LookupError("%r is not a text encoding; use codecs.open() to handle "
                              "arbitrary codecs" % encoding)
        self.buffer = buffer
        self._encoding = encoding
        self._errors = errors or 'strict'
        self._newline = newline
        self.line_buffering = line_buffering
        self.write_through = write_through
        self._encoder = None
        self._text = None
        self._telling = True
        # Text written, encoded and not yet handed to the buffer: many small writes cost one
        # write of the buffer; every other operation hands them on first.
        self._pending = []
        self._pending_size = 0
        self._can_write = None

    encoding = property(lambda self: self._encoding)
    errors = property(lambda self: self._errors)
    newlines = None

    @property
    def name(self):
        return self.buffer.name

    @property
    def closed(self):
        return self.buffer.closed

    def _check(self):
        if self.buffer is None:
            raise ValueError('underlying buffer has been detached')
        if self.buffer.closed:
            raise _closed_error()

    def close(self):
        self._text = None
        if self.buffer is not None and not self.buffer.closed:
            try:
                self.flush()
            finally:
                self.buffer.close()

    def __del__(self):
        # What was written reaches the buffer even when the program never closes the file,
        # as CPython's finalizer closes it.
        try:
            if self._pending and self.buffer is not None and not self.buffer.closed:
                self._write_pending()
        except Exception:
            pass

    def detach(self):
        self.flush()
        self._text = None
        buffer, self.buffer = self.buffer, None
        return buffer

    def fileno(self):
        return self.buffer.fileno()

    def isatty(self):
        return self.buffer.isatty()

    def readable(self):
        self._check()
        return self.buffer.readable()

    def writable(self):
        self._check()
        return self.buffer.writable()

    def seekable(self):
        self._check()
        return self.buffer.seekable()

    def flush(self):
        self._check()
        if self._pending:
            self._write_pending()
        self.buffer.flush()

    def _write_pending(self):
        data = b''.join(self._pending)
        self._pending = []
        self._pending_size = 0
        self.buffer.write(data)

    def _new_encoder(self):
        encoder = codecs.getincrementalencoder(self._encoding)(self._errors)
        try:
            if self.buffer.seekable() and self.buffer.tell() != 0:
                encoder.setstate(0)
        except (OSError, AttributeError):
            pass
        return encoder

    # Reading: `_raw` is the decoded rest of the stream from byte `_start`, `_text` the same
    # with newlines translated (the very string when there is no translation), `_index` what
    # has been returned of `_text`.

    def _load(self):
        self._check()
        if self._pending:
            self._write_pending()
        if not self.buffer.readable():
            raise UnsupportedOperation('not readable')
        if self._text is None:
            try:
                self._start = self.buffer.tell()
            except (OSError, AttributeError):
                self._start = None
            data = self.buffer.read()
            raw = codecs.decode(bytes(data), self._encoding, self._errors) if data else ''
            self._raw = raw
            if self._newline is None and '\r' in raw:
                raw = raw.replace('\r\n', '\n').replace('\r', '\n')
            self._text = raw
            self._index = 0
        return self._text

    def _drop_text(self):
        self._text = None

    def read(self, size=-1):
        self._telling = True
        text = self._load()
        if size is None or size < 0:
            end = len(text)
        else:
            end = min(len(text), self._index + size)
        out = text[self._index:end]
        self._index = end
        return out

    def readline(self, size=-1):
        text = self._text
        if text is None or self._pending:
            text = self._load()
        start = self._index
        nl = self._newline
        if nl is None or nl == '\n':
            end = text.find('\n', start) + 1
        elif nl == '':
            cr = text.find('\r', start)
            lf = text.find('\n', start)
            if cr < 0 or 0 <= lf < cr:
                end = lf + 1
            else:
                end = cr + (2 if text.startswith('\n', cr + 1) else 1)
        else:
            end = text.find(nl, start)
            end = end + len(nl) if end >= 0 else 0
        if end <= 0:
            end = len(text)
        if size is not None and size >= 0:
            end = min(end, start + size)
        self._index = end
        return text[start:end]

    def __next__(self):
        self._telling = False
        line = self.readline()
        if not line:
            self._telling = True
            raise StopIteration
        return line

    # Writing.

    def write(self, s):
        buffer = self.buffer
        if buffer is None or buffer.closed:
            self._check()
        if not isinstance(s, str):
            raise TypeError('write() argument must be str, not ' + type(s).__name__)
        if self._can_write is None:
            self._can_write = buffer.writable()
        if not self._can_write:
            raise UnsupportedOperation('not writable')
        length = len(s)
        if self._newline in ('\r', '\r\n'):
            s = s.replace('\n', self._newline)
        if self._text is not None:
            self._drop_text()
        if self._stateless:
            data = s.encode(self._encoding, self._errors)
        else:
            if self._encoder is None:
                self._encoder = self._new_encoder()
            data = self._encoder.encode(s)
        self._pending.append(data)
        self._pending_size += len(data)
        if self._pending_size > 8192 or self.write_through:
            self._write_pending()
        if self.line_buffering and ('\n' in s or '\r' in s):
            self.flush()
        return length

    # Positions: a byte offset of the stream, as CPython's cookie is when the decoder has no
    # state to record.

    def tell(self):
        self._check()
        if not self.buffer.seekable():
            raise UnsupportedOperation('underlying stream is not seekable')
        if not self._telling:
            raise OSError('telling position disabled by next() call')
        self.flush()
        if self._text is None:
            return self.buffer.tell()
        raw, count = self._raw, self._index
        if self._text is raw:
            consumed = raw[:count]
        else:
            r = 0
            while count > 0:
                r += 2 if raw.startswith('\r\n', r) else 1
                count -= 1
            consumed = raw[:r]
        return self._start + len(consumed.encode(self._encoding, self._errors))

    def seek(self, cookie, whence=0):
        self._check()
        if not self.buffer.seekable():
            raise UnsupportedOperation('underlying stream is not seekable')
        if whence == 1:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero cur-relative seeks")
            cookie = self.tell()
            whence = 0
        if whence == 2:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero end-relative seeks")
            self.flush()
            self._drop_text()
            pos = self.buffer.seek(0, 2)
            if self._encoder is not None:
                self._encoder.setstate(0)
            return pos
        if whence != 0:
            raise ValueError('invalid whence (%r, should be 0, 1 or 2)' % (whence,))
        if cookie < 0:
            raise ValueError('negative seek position %r' % (cookie,))
        self.flush()
        self._drop_text()
        self._telling = True
        self.buffer.seek(cookie)
        if self._encoder is not None:
            if cookie == 0:
                self._encoder.reset()
            else:
                self._encoder.setstate(0)
        return cookie

    def truncate(self, pos=None):
        self._check()
        self.flush()
        here = self.tell()
        if pos is None:
            pos = here
        if self._text is not None:
            self._drop_text()
            self.buffer.seek(here)
        return self.buffer.truncate(pos)

    def reconfigure(self, *, encoding=None, errors=None, newline=Ellipsis,
                    line_buffering=None, write_through=None):
        if encoding is not None:
            self.flush()
            self._stateless = codecs.lookup(encoding).name in ('utf-8', 'ascii', 'latin-1',
                                                               'iso8859-1')
            self._encoding = encoding
            self._encoder = None
            if errors is None:
                errors = 'strict'
        if errors is not None:
            self._errors = errors
        if newline is not Ellipsis:
            if newline not in (None, '', '\n', '\r', '\r\n'):
                raise ValueError('illegal newline value: %s' % newline)
            self._newline = newline
        if line_buffering is not None:
            self.line_buffering = line_buffering
        if write_through is not None:
            self.write_through = write_through

    def __repr__(self):
        parts = '<_io.TextIOWrapper' + _name_repr(self)
        mode = self.__dict__.get('mode')
        if mode is not None:
            parts += ' mode=%r' % (mode,)
        return parts + ' encoding=%r>' % (self._encoding,)


def text_encoding(encoding, stacklevel=2):
    """The encoding a function passes on to open(): 'locale' when none is given."""
    return 'locale' if encoding is None else encoding


def _check_arg(name, value, types, what):
    if value is not None and not isinstance(value, types):
        raise TypeError("open() argument '%s' must be %s, not %s"
                        % (name, what, type(value).__name__))


_MISSING = object()


def open(file=_MISSING, mode='r', buffering=-1, encoding=None, errors=None, newline=None,
         closefd=True, opener=None):
    """Opens a file of the interpreter's file system (or a descriptor), as CPython's
    io.open: raw, buffered or text by `mode` and `buffering`."""
    if file is _MISSING:
        # The wording of CPython's built-in open, whose arguments are parsed in C.
        raise TypeError("open() missing required argument 'file' (pos 1)")
    if not isinstance(file, (str, bytes, int)):
        file = _fs.fspath(file)
    if not isinstance(mode, str):
        raise TypeError("open() argument 'mode' must be str, not %s" % type(mode).__name__)
    if not isinstance(buffering, int):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(buffering).__name__)
    _check_arg('encoding', encoding, str, 'str or None')
    _check_arg('errors', errors, str, 'str or None')
    _check_arg('newline', newline, str, 'str or None')
    for i, c in enumerate(mode):
        if c not in 'xrwa+tb' or c in mode[i + 1:]:
            raise ValueError("invalid mode: '%s'" % mode)
    text, binary = 't' in mode, 'b' in mode
    if text and binary:
        raise ValueError("can't have text and binary mode at once")
    if sum(c in mode for c in 'xrwa') > 1:
        raise ValueError('must have exactly one of create/read/write/append mode')
    if binary:
        for name, value in (('encoding', encoding), ('errors', errors), ('newline', newline)):
            if value is not None:
                raise ValueError("binary mode doesn't take an %s argument" % name
                                 if name != 'newline' else
                                 "binary mode doesn't take a newline argument")
        if buffering == 1:
            import warnings
            warnings.warn("line buffering (buffering=1) isn't supported in binary mode, the "
                          "default buffer size will be used", RuntimeWarning, 2)
    raw = FileIO(file, mode.replace('t', '').replace('b', '') + 'b', closefd, opener=opener)
    try:
        line_buffering = buffering == 1 or buffering < 0 and raw.isatty()
        if buffering == 0:
            if binary:
                return raw
            raise ValueError("can't have unbuffered text I/O")
        size = DEFAULT_BUFFER_SIZE if buffering in (-1, 1) else buffering
        if '+' in mode:
            buffer = BufferedRandom(raw, size)
        elif 'r' in mode:
            buffer = BufferedReader(raw, size)
        else:
            buffer = BufferedWriter(raw, size)
        if binary:
            return buffer
        result = TextIOWrapper(buffer, encoding, errors, newline, line_buffering)
        result.mode = mode
        return result
    except BaseException:
        raw.close()
        raise

