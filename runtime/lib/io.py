"""The stream classes of io: the bases, in-memory streams (StringIO, BytesIO) and a
BufferedReader here; files of the interpreter's own file system and TextIOWrapper in
`_fileio`, whose open() is also builtins.open."""

__all__ = ['StringIO', 'BytesIO', 'BufferedReader', 'BufferedWriter', 'BufferedRandom',
           'FileIO', 'TextIOWrapper', 'IOBase', 'TextIOBase', 'BufferedIOBase', 'RawIOBase',
           'UnsupportedOperation', 'SEEK_SET', 'SEEK_CUR', 'SEEK_END', 'DEFAULT_BUFFER_SIZE',
           'open', 'open_code', 'text_encoding']

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192


class UnsupportedOperation(OSError, ValueError):
    pass


class IOBase:
    closed = False

    def _check_closed(self):
        if self.closed:
            raise ValueError('I/O operation on closed file')

    def close(self):
        self.closed = True

    def __enter__(self):
        self._check_closed()
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        self._check_closed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readable(self):
        return True

    def writable(self):
        return True

    def seekable(self):
        return True

    def flush(self):
        self._check_closed()

    def isatty(self):
        self._check_closed()
        return False

    def readlines(self, hint=-1):
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    # What a stream that does not override them answers, as CPython's IOBase: positioning
    # through seek, and UnsupportedOperation for what the stream cannot do.
    def seek(self, pos, whence=0):
        raise UnsupportedOperation('seek')

    def tell(self):
        return self.seek(0, 1)

    def truncate(self, size=None):
        raise UnsupportedOperation('truncate')

    def fileno(self):
        raise UnsupportedOperation('fileno')

    def readline(self, size=-1):
        # One byte or character at a time through read(), as CPython's IOBase does without
        # peek.
        if size is None:
            size = -1
        out = []
        n = 0
        while size < 0 or n < size:
            c = self.read(1)
            if not c:
                break
            out.append(c)
            n += 1
            if c in ('\n', b'\n'):
                break
        if not out:
            return self.read(0) if hasattr(self, 'read') else b''
        return out[0][:0].join(out)


class RawIOBase(IOBase):
    def read(self, size=-1):
        if size is None or size < 0:
            return self.readall()
        b = bytearray(size)
        n = self.readinto(b)
        if n is None:
            return None
        return bytes(b[:n])

    def readall(self):
        chunks = []
        while True:
            data = self.read(DEFAULT_BUFFER_SIZE)
            if not data:
                break
            chunks.append(data)
        return b''.join(chunks)

    def readinto(self, b):
        raise UnsupportedOperation('readinto')

    def write(self, b):
        raise UnsupportedOperation('write')


class BufferedIOBase(IOBase):
    def read(self, size=-1):
        raise UnsupportedOperation('read')

    def read1(self, size=-1):
        return self.read(size)

    def readinto(self, b):
        data = self.read(len(b))
        n = len(data)
        b[:n] = data
        return n

    def readinto1(self, b):
        return self.readinto(b)

    def write(self, b):
        raise UnsupportedOperation('write')

    def detach(self):
        raise UnsupportedOperation('detach')


class BufferedReader(BufferedIOBase):
    """A buffer over a raw stream that reads in chunks (what gzip and the compression modules
    wrap their decompressing readers in)."""

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        self.raw = raw
        self._size = buffer_size
        self._buf = b''

    name = property(lambda self: self.raw.name)
    mode = property(lambda self: self.raw.mode)

    def fileno(self):
        return self.raw.fileno()

    def isatty(self):
        return self.raw.isatty()

    def writable(self):
        return False

    def write(self, b):
        self._check_closed()
        raise UnsupportedOperation('write')

    def truncate(self, pos=None):
        self._check_closed()
        raise UnsupportedOperation('truncate')

    def detach(self):
        raw, self.raw = self.raw, None
        return raw

    def __repr__(self):
        try:
            return '<_io.BufferedReader name=%r>' % (self.raw.name,)
        except AttributeError:
            return '<_io.BufferedReader>'

    @property
    def closed(self):
        return self.raw.closed

    def close(self):
        self.raw.close()

    def readable(self):
        return True

    def seekable(self):
        return self.raw.seekable()

    def _fill(self):
        chunk = self.raw.read(self._size)
        if chunk:
            self._buf += chunk
        return bool(chunk)

    def peek(self, size=0):
        if not self._buf:
            self._fill()
        return self._buf

    def read(self, size=-1):
        self._check_closed()
        if size is None or size < 0:
            while self._fill():
                pass
            out, self._buf = self._buf, b''
            return out
        while len(self._buf) < size and self._fill():
            pass
        out, self._buf = self._buf[:size], self._buf[size:]
        return out

    def read1(self, size=-1):
        if not self._buf:
            self._fill()
        if size is None or size < 0:
            size = len(self._buf)
        out, self._buf = self._buf[:size], self._buf[size:]
        return out

    def readinto(self, b):
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    def readline(self, size=-1):
        self._check_closed()
        while b'\n' not in self._buf and (size < 0 or len(self._buf) < size) and self._fill():
            pass
        end = self._buf.find(b'\n') + 1 or len(self._buf)
        if size is not None and size >= 0:
            end = min(end, size)
        out, self._buf = self._buf[:end], self._buf[end:]
        return out

    def tell(self):
        return self.raw.tell() - len(self._buf)

    def seek(self, pos, whence=SEEK_SET):
        if whence == SEEK_CUR:
            pos -= len(self._buf)
        self._buf = b''
        return self.raw.seek(pos, whence)


class TextIOBase(IOBase):
    # What a text stream without an encoding of its own (StringIO) answers.
    encoding = None
    errors = None
    newlines = None


class _Memory:
    # The shared buffer logic: what is written at the end is kept as a list of chunks, joined
    # into one value only when something reads or rewrites the buffer, so that a stream of
    # writes costs time in proportion to what is written (not its square).

    def _init(self, initial, empty):
        self._empty = empty
        # What a write past the end fills the gap with.
        self._zero = '\0' if isinstance(empty, str) else b'\0'
        self._buf = initial
        self._tail = []
        self._size = len(initial)
        self._pos = 0

    def _joined(self):
        if self._tail:
            self._tail.insert(0, self._buf)
            self._buf = self._empty.join(self._tail)
            self._tail = []
        return self._buf

    def getvalue(self):
        self._check_closed()
        return self._joined()

    def read(self, size=-1):
        self._check_closed()
        buf = self._joined()
        if size is None or size < 0:
            end = len(buf)
        else:
            end = min(self._pos + size, len(buf))
        data = buf[self._pos:end]
        self._pos = max(self._pos, end)
        return data

    def readline(self, size=-1):
        self._check_closed()
        buf = self._joined()
        nl = '\n' if isinstance(buf, str) else b'\n'
        i = buf.find(nl, self._pos)
        end = len(buf) if i < 0 else i + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        data = buf[self._pos:end]
        self._pos = max(self._pos, end)
        return data

    def write(self, s):
        self._check_closed()
        self._check_type(s)
        n = len(s)
        if self._pos == self._size:
            if n:
                self._tail.append(s)
                self._size += n
        else:
            buf = self._joined()
            if self._pos > len(buf):
                buf = buf + self._zero * (self._pos - len(buf))
            self._buf = buf[:self._pos] + s + buf[self._pos + n:]
            self._size = len(self._buf)
        self._pos += n
        return n

    def seek(self, pos, whence=0):
        self._check_closed()
        if whence == 0:
            if pos < 0:
                raise ValueError(f'Negative seek position {pos}')
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, self._size + pos)
        else:
            raise ValueError(f'Invalid whence ({whence}, should be 0, 1 or 2)')
        return self._pos

    def tell(self):
        self._check_closed()
        return self._pos

    def truncate(self, size=None):
        self._check_closed()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError(f'Negative size value {size}')
        self._buf = self._joined()[:size]
        self._size = len(self._buf)
        return size


class StringIO(_Memory, TextIOBase):
    """Text I/O implementation using an in-memory buffer."""

    def __init__(self, initial_value='', newline='\n'):
        if initial_value is None:
            initial_value = ''
        if not isinstance(initial_value, str):
            raise TypeError(f'initial_value must be str or None, not '
                            f'{type(initial_value).__name__}')
        self._init(initial_value, '')

    def _check_type(self, s):
        if not isinstance(s, str):
            raise TypeError(f'string argument expected, got {type(s).__name__!r}')

    def write(self, s):
        # An append of a str, the common case (a log handler's stream), without the two
        # checking calls of the shared path.
        if type(s) is str and not self.closed and self._pos == self._size:
            n = len(s)
            if n:
                self._tail.append(s)
                self._size += n
                self._pos += n
            return n
        # As CPython's, the type is checked before whether the stream is closed.
        self._check_type(s)
        return _Memory.write(self, s)

    def __repr__(self):
        return f'<_io.StringIO object at {id(self):#x}>'


class BytesIO(_Memory, BufferedIOBase):
    """Buffered I/O implementation using an in-memory bytes buffer."""

    def __init__(self, initial_bytes=b''):
        self._init(bytes(initial_bytes), b'')

    def _check_type(self, s):
        if isinstance(s, str):
            raise TypeError("a bytes-like object is required, not 'str'")

    def write(self, b):
        return _Memory.write(self, bytes(b))

    def getbuffer(self):
        return self._joined()


class IncrementalNewlineDecoder:
    """Decodes with `decoder` (or takes str when it is None) and, with `translate`, turns
    '\\r\\n' and '\\r' into '\\n'; a '\\r' at the end of a chunk waits for the next one, since
    a '\\n' may follow. `newlines` tells which kinds of line ending were seen."""

    _CR, _LF, _CRLF = 1, 2, 4

    def __init__(self, decoder, translate, errors='strict'):
        self.decoder = decoder
        self.translate = translate
        self.errors = errors
        self._seen = 0
        self._pendingcr = False

    def decode(self, input, final=False):
        output = input if self.decoder is None else self.decoder.decode(input, final=final)
        if self._pendingcr and (output or final):
            output = '\r' + output
            self._pendingcr = False
        if output.endswith('\r') and not final:
            output = output[:-1]
            self._pendingcr = True
        crlf = output.count('\r\n')
        cr = output.count('\r') - crlf
        lf = output.count('\n') - crlf
        self._seen |= (lf and self._LF) | (cr and self._CR) | (crlf and self._CRLF)
        if self.translate:
            if crlf:
                output = output.replace('\r\n', '\n')
            if cr:
                output = output.replace('\r', '\n')
        return output

    def getstate(self):
        if self.decoder is None:
            buf, flag = b'', 0
        else:
            buf, flag = self.decoder.getstate()
        flag <<= 1
        if self._pendingcr:
            flag |= 1
        return buf, flag

    def setstate(self, state):
        buf, flag = state
        self._pendingcr = bool(flag & 1)
        if self.decoder is not None:
            self.decoder.setstate((buf, flag >> 1))

    def reset(self):
        self._seen = 0
        self._pendingcr = False
        if self.decoder is not None:
            self.decoder.reset()

    @property
    def newlines(self):
        return (None, '\n', '\r', ('\r', '\n'), '\r\n', ('\n', '\r\n'), ('\r', '\r\n'),
                ('\r', '\n', '\r\n'))[self._seen]


from _fileio import FileIO, BufferedWriter, BufferedRandom, TextIOWrapper, open, text_encoding


def open_code(path):
    return open(path, 'rb')


import builtins
builtins.open = open
del builtins
