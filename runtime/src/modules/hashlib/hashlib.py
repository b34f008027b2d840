# The Python half of the `hashlib` module: hash objects over the native `_digest`
# (hashlib.rs). An object keeps what it was fed and digests it on request.

_INFO = {'md5': (16, 64), 'sha1': (20, 64), 'sha224': (28, 64), 'sha256': (32, 64),
         'sha384': (48, 128), 'sha512': (64, 128)}
algorithms_guaranteed = frozenset(_INFO)
algorithms_available = frozenset(_INFO)


def _bytes(data):
    if isinstance(data, str):
        raise TypeError('Strings must be encoded before hashing')
    if isinstance(data, bytes):
        return data
    try:
        return bytes(data)
    except TypeError:
        raise TypeError("object supporting the buffer API required") from None


class HASH:
    __module__ = '_hashlib'

    def __init__(self, name, data=b''):
        self.name = name
        self.digest_size, self.block_size = _INFO[name]
        self._chunks = []
        if data:
            self._chunks.append(_bytes(data))

    def update(self, data):
        self._chunks.append(_bytes(data))
        if len(self._chunks) > 64:
            self._chunks = [b''.join(self._chunks)]

    def digest(self):
        data = b''.join(self._chunks)
        self._chunks = [data]
        return _digest(self.name, data)

    def hexdigest(self):
        return self.digest().hex()

    def copy(self):
        h = HASH(self.name)
        h._chunks = list(self._chunks)
        return h

    def __repr__(self):
        return '<%s _hashlib.HASH object @ %s>' % (self.name, hex(id(self)))


def new(name, data=b'', **kwargs):
    if not isinstance(name, str):
        raise TypeError('new() argument 1 must be str, not %s' % type(name).__name__)
    key = name.lower().replace('-', '')
    if key not in _INFO:
        raise ValueError('unsupported hash type ' + name)
    return HASH(key, data)


def md5(data=b'', *, usedforsecurity=True, string=None):
    return HASH('md5', data if string is None else string)


def sha1(data=b'', *, usedforsecurity=True, string=None):
    return HASH('sha1', data if string is None else string)


def sha224(data=b'', *, usedforsecurity=True, string=None):
    return HASH('sha224', data if string is None else string)


def sha256(data=b'', *, usedforsecurity=True, string=None):
    return HASH('sha256', data if string is None else string)


def sha384(data=b'', *, usedforsecurity=True, string=None):
    return HASH('sha384', data if string is None else string)


def sha512(data=b'', *, usedforsecurity=True, string=None):
    return HASH('sha512', data if string is None else string)
