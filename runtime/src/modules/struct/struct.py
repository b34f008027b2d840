# The Python half of the `struct` module: struct.error, Struct and the module functions over
# the native `_calcsize`, `_pack` and `_unpack` (struct.rs).


class error(Exception):
    __module__ = 'struct'


def _buffer(buffer):
    if isinstance(buffer, bytes):
        return buffer
    if isinstance(buffer, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    try:
        return bytes(buffer)
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'" % type(buffer).__name__) from None


class Struct:
    __module__ = '_struct'

    def __init__(self, format):
        self.size = _calcsize(error, format)
        self.format = format if isinstance(format, str) else format.decode('latin-1')
        self._fmt = format

    def pack(self, *values):
        return _pack(error, self._fmt, values)

    def unpack(self, buffer):
        return _unpack(error, self._fmt, _buffer(buffer), 0, 0)

    def unpack_from(self, buffer, offset=0):
        return _unpack(error, self._fmt, _buffer(buffer), offset, 1)

    def iter_unpack(self, buffer):
        return iter(_unpack(error, self._fmt, _buffer(buffer), 0, 2))

    def pack_into(self, buffer, offset, *values):
        data = self.pack(*values)
        buffer[offset:offset + len(data)] = data

    def __repr__(self):
        return 'Struct(%r)' % (self._fmt,)


def calcsize(format):
    return _calcsize(error, format)


def pack(format, *values):
    return _pack(error, format, values)


def unpack(format, buffer):
    return _unpack(error, format, _buffer(buffer), 0, 0)


def unpack_from(format, buffer, offset=0):
    return _unpack(error, format, _buffer(buffer), offset, 1)


def iter_unpack(format, buffer):
    return iter(_unpack(error, format, _buffer(buffer), 0, 2))


def pack_into(format, buffer, offset, *values):
    data = pack(format, *values)
    buffer[offset:offset + len(data)] = data
