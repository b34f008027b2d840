# The Python half of the `hashlib` module: hash objects over the native `_digest`
# (hashlib.rs). An object keeps what it was fed and digests it on request.

# Each algorithm's (digest_size, block_size); SHAKE's digest size is 0, as CPython's.
_INFO = {'md5': (16, 64), 'sha1': (20, 64), 'sha224': (28, 64), 'sha256': (32, 64),
         'sha384': (48, 128), 'sha512': (64, 128),
         'sha3_224': (28, 144), 'sha3_256': (32, 136), 'sha3_384': (48, 104),
         'sha3_512': (64, 72), 'shake_128': (0, 168), 'shake_256': (0, 136),
         'blake2b': (64, 128), 'blake2s': (32, 64)}
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
        self._params = None
        if data:
            self._chunks.append(_bytes(data))

    def update(self, data):
        self._chunks.append(_bytes(data))
        if len(self._chunks) > 64:
            self._chunks = [b''.join(self._chunks)]

    def _data(self):
        data = b''.join(self._chunks)
        self._chunks = [data]
        return data

    def digest(self):
        if self._params is None:
            return _digest(self.name, self._data())
        return _digest(self.name, self._data(), self._params)

    def hexdigest(self):
        return self.digest().hex()

    def copy(self):
        h = object.__new__(type(self))
        h.__dict__.update(self.__dict__)
        h._chunks = list(self._chunks)
        return h

    def __repr__(self):
        return '<%s _hashlib.HASH object @ %s>' % (self.name, hex(id(self)))


class _SHAKE(HASH):
    """An extendable-output hash: digest(length) and hexdigest(length)."""
    __module__ = '_sha3'

    def digest(self, length):
        if length < 0:
            raise ValueError('negative digest length')
        return _digest(self.name, self._data(), (length,))

    def hexdigest(self, length):
        return self.digest(length).hex()


class _BLAKE2(HASH):
    __module__ = '_blake2'

    def __init__(self, name, data, digest_size, key, salt, person, tree):
        limit = _INFO[name][0]
        salt_limit = 16 if name == 'blake2b' else 8
        if not 1 <= digest_size <= limit:
            raise ValueError('digest_size must be between 1 and %d bytes' % limit)
        key, salt, person = _bytes(key), _bytes(salt), _bytes(person)
        if len(key) > limit:
            raise ValueError('maximum key length is %d bytes' % limit)
        if len(salt) > salt_limit:
            raise ValueError('maximum salt length is %d bytes' % salt_limit)
        if len(person) > salt_limit:
            raise ValueError('maximum person length is %d bytes' % salt_limit)
        if tree != (1, 1, 0, 0, 0, 0, False):
            raise ValueError('isola: BLAKE2 tree hashing (fanout, depth, leaf_size, '
                             'node_offset, node_depth, inner_size, last_node) is not supported')
        HASH.__init__(self, name, data)
        self.digest_size = digest_size
        self._params = (digest_size, key, salt, person)


def blake2b(data=b'', *, digest_size=64, key=b'', salt=b'', person=b'', fanout=1, depth=1,
            leaf_size=0, node_offset=0, node_depth=0, inner_size=0, last_node=False,
            usedforsecurity=True):
    return _BLAKE2('blake2b', data, digest_size, key, salt, person,
                   (fanout, depth, leaf_size, node_offset, node_depth, inner_size, last_node))


def blake2s(data=b'', *, digest_size=32, key=b'', salt=b'', person=b'', fanout=1, depth=1,
            leaf_size=0, node_offset=0, node_depth=0, inner_size=0, last_node=False,
            usedforsecurity=True):
    return _BLAKE2('blake2s', data, digest_size, key, salt, person,
                   (fanout, depth, leaf_size, node_offset, node_depth, inner_size, last_node))


blake2b.SALT_SIZE, blake2b.PERSON_SIZE, blake2b.MAX_KEY_SIZE, blake2b.MAX_DIGEST_SIZE = 16, 16, 64, 64
blake2s.SALT_SIZE, blake2s.PERSON_SIZE, blake2s.MAX_KEY_SIZE, blake2s.MAX_DIGEST_SIZE = 8, 8, 32, 32


def new(name, data=b'', **kwargs):
    if not isinstance(name, str):
        raise TypeError('new() argument 1 must be str, not %s' % type(name).__name__)
    key = name.lower().replace('-', '')
    if key not in _INFO:
        raise ValueError('unsupported hash type ' + name)
    if key in ('blake2b', 'blake2s'):
        return globals()[key](data, **kwargs)
    if key.startswith('shake'):
        return _SHAKE(key, data)
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


def sha3_224(data=b'', *, usedforsecurity=True, string=None):
    return HASH('sha3_224', data if string is None else string)


def sha3_256(data=b'', *, usedforsecurity=True, string=None):
    return HASH('sha3_256', data if string is None else string)


def sha3_384(data=b'', *, usedforsecurity=True, string=None):
    return HASH('sha3_384', data if string is None else string)


def sha3_512(data=b'', *, usedforsecurity=True, string=None):
    return HASH('sha3_512', data if string is None else string)


def shake_128(data=b'', *, usedforsecurity=True, string=None):
    return _SHAKE('shake_128', data if string is None else string)


def shake_256(data=b'', *, usedforsecurity=True, string=None):
    return _SHAKE('shake_256', data if string is None else string)
