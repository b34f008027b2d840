# The `array` module: CPython's array type (type codes b B u h H i I l L q Q f d) as a class
# over a list of values checked on the way in.

import struct as _struct

typecodes = 'bBuhHiIlLqQfd'
_SIZES = {'b': 1, 'B': 1, 'u': 4, 'h': 2, 'H': 2, 'i': 4, 'I': 4, 'l': 8, 'L': 8,
          'q': 8, 'Q': 8, 'f': 4, 'd': 8}
_NAMES = {'b': 'signed char', 'B': 'unsigned byte integer', 'h': 'signed short integer',
          'H': 'unsigned short', 'i': 'signed integer', 'I': 'unsigned int',
          'l': 'signed long', 'L': 'unsigned long', 'q': 'signed long long',
          'Q': 'unsigned long long'}


def _check(typecode, v):
    if typecode in 'fd':
        if isinstance(v, float):
            x = v
        elif isinstance(v, int):
            x = float(v)
        else:
            raise TypeError('must be real number, not %s' % type(v).__name__)
        if typecode == 'f':
            x = _struct.unpack('f', _struct.pack('f', x))[0]
        return x
    if typecode == 'u':
        if not isinstance(v, str) or len(v) != 1:
            raise TypeError('array item must be unicode character')
        return v
    if not isinstance(v, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)
    v = int(v)
    bits = _SIZES[typecode] * 8
    if typecode.islower():
        lo, hi = -(1 << (bits - 1)), (1 << (bits - 1)) - 1
    else:
        lo, hi = 0, (1 << bits) - 1
    if v > hi:
        raise OverflowError('%s is greater than maximum' % _NAMES[typecode])
    if v < lo:
        if typecode.isupper() and typecode in 'LQ':
            raise OverflowError("can't convert negative value to %s" % _NAMES[typecode])
        raise OverflowError('%s is less than minimum' % _NAMES[typecode])
    return v


class array:
    __module__ = 'array'

    def __init__(self, typecode, initializer=None):
        if not isinstance(typecode, str) or len(typecode) != 1:
            raise TypeError('array() argument 1 must be a unicode character, not %s'
                            % type(typecode).__name__)
        if typecode not in _SIZES:
            raise ValueError('bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)')
        self.typecode = typecode
        self.itemsize = _SIZES[typecode]
        self._items = []
        if initializer is None:
            return
        if isinstance(initializer, (bytes, bytearray)):
            self.frombytes(initializer)
        elif isinstance(initializer, str):
            if typecode != 'u':
                raise TypeError("cannot use a str to initialize an array with typecode '%s'"
                                % typecode)
            self._items = list(initializer)
        else:
            self.extend(initializer)

    def _new(self, items):
        a = array(self.typecode)
        a._items = items
        return a

    def append(self, v):
        self._items.append(_check(self.typecode, v))

    def extend(self, iterable):
        if isinstance(iterable, array):
            if iterable.typecode != self.typecode:
                raise TypeError('can only extend with array of same kind')
            self._items.extend(iterable._items)
            return
        self._items.extend([_check(self.typecode, v) for v in iterable])

    def fromlist(self, values):
        if not isinstance(values, list):
            raise TypeError('arg must be list')
        self.extend(values)

    def insert(self, i, v):
        self._items.insert(i, _check(self.typecode, v))

    def pop(self, i=-1):
        if not self._items:
            raise IndexError('pop from empty array')
        try:
            return self._items.pop(i)
        except IndexError:
            raise IndexError('pop index out of range') from None

    def remove(self, v):
        try:
            self._items.remove(v)
        except ValueError:
            raise ValueError('array.remove(x): x not in array') from None

    def index(self, v, start=0, stop=None):
        items = self._items if stop is None else self._items[:stop]
        try:
            return items.index(v, start)
        except ValueError:
            raise ValueError('array.index(x): x not in array') from None

    def count(self, v):
        return self._items.count(v)

    def reverse(self):
        self._items.reverse()

    def tolist(self):
        return list(self._items)

    def tounicode(self):
        if self.typecode != 'u':
            raise ValueError('tounicode() may only be called on unicode type arrays')
        return ''.join(self._items)

    def tobytes(self):
        if self.typecode == 'u':
            return b''.join(ord(c).to_bytes(4, 'little') for c in self._items)
        return _struct.pack('=%d%s' % (len(self._items), self.typecode), *self._items)

    def frombytes(self, data):
        if not isinstance(data, bytes):
            try:
                data = memoryview(data).tobytes()
            except TypeError:
                raise TypeError("a bytes-like object is required, not '%s'"
                                % type(data).__name__) from None
        if len(data) % self.itemsize:
            raise ValueError('bytes length not a multiple of item size')
        n = len(data) // self.itemsize
        if self.typecode == 'u':
            self._items.extend(chr(int.from_bytes(data[i:i + 4], 'little'))
                               for i in range(0, len(data), 4))
        else:
            self._items.extend(_struct.unpack('=%d%s' % (n, self.typecode), data))

    def byteswap(self):
        if self.typecode == 'u':
            return
        n = len(self._items)
        raw = _struct.pack('<%d%s' % (n, self.typecode), *self._items)
        self._items = list(_struct.unpack('>%d%s' % (n, self.typecode), raw))

    # The buffer protocol (builtins/buffer.rs): memoryview, bytes() and friends read the
    # items' machine bytes here, and a writable memoryview writes them back.
    def __isola_buffer__(self):
        return (self.typecode if self.typecode != 'u' else 'w'), self.tobytes()

    def __isola_setbuffer__(self, data):
        items = self._items
        del items[:]
        self.frombytes(data)

    def buffer_info(self):
        return (id(self), len(self._items))

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __contains__(self, v):
        return v in self._items

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self._new(self._items[i])
        try:
            return self._items[i]
        except IndexError:
            raise IndexError('array index out of range') from None

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            if not isinstance(v, array):
                raise TypeError('can only assign array (not "%s") to array slice'
                                % type(v).__name__)
            if v.typecode != self.typecode:
                raise TypeError('bad argument type for built-in operation')
            self._items[i] = v._items
            return
        try:
            self._items[i] = _check(self.typecode, v)
        except IndexError:
            raise IndexError('array assignment index out of range') from None

    def __delitem__(self, i):
        try:
            del self._items[i]
        except IndexError:
            raise IndexError('array assignment index out of range') from None

    def __add__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only append array (not "%s") to array' % type(other).__name__)
        if other.typecode != self.typecode:
            raise TypeError('bad argument type for built-in operation')
        return self._new(self._items + other._items)

    def __iadd__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only extend array with array (not "%s")' % type(other).__name__)
        self.extend(other)
        return self

    def __mul__(self, n):
        return self._new(self._items * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self._items *= n
        return self

    def __eq__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items == other._items

    def __ne__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items != other._items

    def __lt__(self, other):
        return self._items < other._items

    def __le__(self, other):
        return self._items <= other._items

    def __gt__(self, other):
        return self._items > other._items

    def __ge__(self, other):
        return self._items >= other._items

    __hash__ = None

    def __copy__(self):
        return self._new(list(self._items))

    def __deepcopy__(self, memo):
        return self._new(list(self._items))

    def __reduce__(self):
        return array, (self.typecode, list(self._items))

    def __repr__(self):
        if not self._items:
            return "array('%s')" % self.typecode
        if self.typecode == 'u':
            return "array('u', %r)" % ''.join(self._items)
        return "array('%s', %r)" % (self.typecode, self._items)


ArrayType = array
