# The Python half of the `zlib` module: constants, the error class, and the streaming
# compress and decompress objects over the native one-shot `_deflate` and `_inflate`
# (zlib.rs). A compress object gathers its input and emits the stream when flushed with
# Z_FINISH; a decompress object keeps the input of its stream and inflates it again as
# more arrives, handing out only what is new.

MAX_WBITS = 15
DEFLATED = 8
DEF_MEM_LEVEL = 8
DEF_BUF_SIZE = 16384
Z_NO_COMPRESSION = 0
Z_BEST_SPEED = 1
Z_BEST_COMPRESSION = 9
Z_DEFAULT_COMPRESSION = -1
Z_FILTERED = 1
Z_HUFFMAN_ONLY = 2
Z_RLE = 3
Z_FIXED = 4
Z_DEFAULT_STRATEGY = 0
Z_NO_FLUSH = 0
Z_PARTIAL_FLUSH = 1
Z_SYNC_FLUSH = 2
Z_FULL_FLUSH = 3
Z_FINISH = 4
Z_BLOCK = 5
Z_TREES = 6
ZLIB_VERSION = '1.2.13'
ZLIB_RUNTIME_VERSION = '1.2.13'


class error(Exception):
    pass


error.__module__ = 'zlib'


def _data(data):
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    return bytes(data)


def compress(data, /, level=Z_DEFAULT_COMPRESSION, wbits=MAX_WBITS):
    return _deflate(_data(data), level, wbits)


def decompress(data, /, wbits=MAX_WBITS, bufsize=DEF_BUF_SIZE):
    out, used, done = _inflate(_data(data), wbits)
    if not done:
        raise error('Error -5 while decompressing data: incomplete or truncated stream')
    return out


class _Compress:
    def __init__(self, level, wbits):
        self._level = level
        self._wbits = wbits
        self._chunks = []
        self._finished = False

    def compress(self, data):
        if self._finished:
            raise error('Error -2 while compressing data: inconsistent stream state')
        self._chunks.append(_data(data))
        return b''

    def flush(self, mode=Z_FINISH):
        if mode == Z_NO_FLUSH:
            return b''
        if self._finished:
            raise error('Error -2 while flushing: inconsistent stream state')
        if mode != Z_FINISH:
            # Everything is emitted at the end as one stream; a sync point has nothing to add.
            return b''
        self._finished = True
        return _deflate(b''.join(self._chunks), self._level, self._wbits)

    def copy(self):
        other = _Compress(self._level, self._wbits)
        other._chunks = list(self._chunks)
        other._finished = self._finished
        return other


def compressobj(level=Z_DEFAULT_COMPRESSION, method=DEFLATED, wbits=MAX_WBITS,
                memLevel=DEF_MEM_LEVEL, strategy=Z_DEFAULT_STRATEGY, zdict=None):
    if method != DEFLATED:
        raise ValueError('Invalid initialization option')
    if zdict is not None:
        raise error('isola zlib does not support a preset dictionary (zdict)')
    _deflate(b'', level, wbits)  # checks level and wbits now, as zlib does
    return _Compress(level, wbits)


class _Decompress:
    def __init__(self, wbits):
        self._wbits = wbits
        self._input = b''
        self._given = 0      # how much of the output has been handed out
        self._pending = b''  # output held back by max_length
        self.unused_data = b''
        self.unconsumed_tail = b''
        self.eof = False

    def _take(self, out, max_length):
        if max_length and len(out) > max_length:
            self._pending = out[max_length:]
            return out[:max_length]
        self._pending = b''
        return out

    def decompress(self, data, max_length=0):
        if max_length < 0:
            raise ValueError('max_length must be non-negative')
        data = _data(data)
        if self._done:
            self.unused_data += data
            result = self._take(self._pending, max_length)
            self.eof = not self._pending
            return result
        self._input += data
        out, used, done = _inflate(self._input, self._wbits)
        new = self._pending + out[self._given:]
        self._given = len(out)
        if done:
            self._done_at = used
            self.unused_data = self._input[used:]
            self._input = self._input[:used]
        result = self._take(new, max_length)
        self.eof = self._done and not self._pending
        return result

    @property
    def _done(self):
        return hasattr(self, '_done_at')

    def flush(self, length=DEF_BUF_SIZE):
        out = self._pending
        self._pending = b''
        if self._done:
            self.eof = True
        return out

    def copy(self):
        other = _Decompress(self._wbits)
        other.__dict__.update(self.__dict__)
        return other


def decompressobj(wbits=MAX_WBITS, zdict=b''):
    if zdict:
        raise error('isola zlib does not support a preset dictionary (zdict)')
    _inflate(b'', wbits)  # checks wbits now
    return _Decompress(wbits)
