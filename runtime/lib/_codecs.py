"""The codec registry and the encoders CPython's codecs module and encodings package build on
(CPython's C _codecs), written for isola in Python over str.encode and bytes.decode, which
know UTF-8, Latin-1 and ASCII; the other codecs here are done character by character."""

import sys

_search_functions = []
_cache = {}
_error_handlers = {}


def _normalize(encoding):
    return encoding.lower().replace(' ', '_')


def register(search_function):
    if not callable(search_function):
        raise TypeError('argument must be callable')
    _search_functions.append(search_function)


def unregister(search_function):
    if search_function in _search_functions:
        _search_functions.remove(search_function)
    _cache.clear()


def _forget_codec(encoding):
    _cache.pop(_normalize(encoding), None)


def lookup(encoding):
    if not isinstance(encoding, str):
        raise TypeError('lookup() argument must be str, not ' + type(encoding).__name__)
    key = _normalize(encoding)
    if key in _cache:
        return _cache[key]
    if not _search_functions:
        # As CPython at startup: the encodings package registers its search function.
        import encodings
    for search in _search_functions:
        info = search(key)
        if info is not None:
            if not isinstance(info, tuple) or len(info) != 4:
                raise TypeError('codec search functions must return 4-tuples')
            _cache[key] = info
            return info
    raise LookupError('unknown encoding: %s' % encoding)


def encode(obj, encoding='utf-8', errors='strict'):
    result = lookup(encoding)[0](obj, errors)
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError('encoder must return a tuple (object, integer)')
    return result[0]


def decode(obj, encoding='utf-8', errors='strict'):
    result = lookup(encoding)[1](obj, errors)
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError('decoder must return a tuple (object,integer)')
    return result[0]


# Error handlers: each takes the UnicodeError and returns (replacement, where to go on).

def _strict(exc):
    raise exc


def _ignore(exc):
    if isinstance(exc, (UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError)):
        return ('', exc.end)
    raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


def _replace(exc):
    if isinstance(exc, UnicodeEncodeError):
        return ('?' * (exc.end - exc.start), exc.end)
    if isinstance(exc, UnicodeDecodeError):
        return ('\ufffd', exc.end)
    if isinstance(exc, UnicodeTranslateError):
        return ('\ufffd' * (exc.end - exc.start), exc.end)
    raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


def _escape_char(c):
    n = ord(c)
    if n < 0x100:
        return '\\x%02x' % n
    if n < 0x10000:
        return '\\u%04x' % n
    return '\\U%08x' % n


def _backslashreplace(exc):
    if isinstance(exc, UnicodeDecodeError):
        return (''.join('\\x%02x' % b for b in exc.object[exc.start:exc.end]), exc.end)
    if isinstance(exc, (UnicodeEncodeError, UnicodeTranslateError)):
        return (''.join(_escape_char(c) for c in exc.object[exc.start:exc.end]), exc.end)
    raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


def _xmlcharrefreplace(exc):
    if isinstance(exc, UnicodeEncodeError):
        return (''.join('&#%d;' % ord(c) for c in exc.object[exc.start:exc.end]), exc.end)
    raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


def _namereplace(exc):
    if isinstance(exc, UnicodeEncodeError):
        import unicodedata
        out = []
        for c in exc.object[exc.start:exc.end]:
            name = unicodedata.name(c, None)
            out.append('\\N{%s}' % name if name else _escape_char(c))
        return (''.join(out), exc.end)
    raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


def _surrogateescape(exc):
    if isinstance(exc, UnicodeDecodeError):
        data = exc.object[exc.start:exc.end]
        if all(b >= 128 for b in data):
            return (''.join(chr(0xDC00 + b) for b in data), exc.end)
    elif isinstance(exc, UnicodeEncodeError):
        chars = exc.object[exc.start:exc.end]
        if all(0xDC80 <= ord(c) <= 0xDCFF for c in chars):
            return (bytes(ord(c) - 0xDC00 for c in chars), exc.end)
    raise exc


_error_handlers.update(strict=_strict, ignore=_ignore, replace=_replace,
                       backslashreplace=_backslashreplace,
                       xmlcharrefreplace=_xmlcharrefreplace, namereplace=_namereplace,
                       surrogateescape=_surrogateescape)


def register_error(name, handler):
    if not callable(handler):
        raise TypeError('handler must be callable')
    _error_handlers[name] = handler


def lookup_error(name):
    try:
        return _error_handlers[name]
    except KeyError:
        raise LookupError('unknown error handler name %r' % name) from None


def _bytes(data):
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    return bytes(data)


def _str(text, codec):
    if not isinstance(text, str):
        raise TypeError("%s() argument 1 must be str, not %s" % (codec, type(text).__name__))
    return text


def _handled(exc, errors, as_bytes):
    """What the handler named `errors` gives for `exc`: (replacement, position)."""
    replacement, pos = lookup_error(errors or 'strict')(exc)
    if as_bytes and isinstance(replacement, str):
        replacement = replacement.encode('ascii')
    return replacement, pos


def _encode_chars(text, errors, codec, encode_char):
    """Encodes `text` a character at a time; `encode_char` returns bytes or None."""
    out = bytearray()
    i = 0
    n = len(text)
    while i < n:
        b = encode_char(text[i])
        if b is not None:
            out += b
            i += 1
            continue
        j = i + 1
        while j < n and encode_char(text[j]) is None:
            j += 1
        exc = UnicodeEncodeError(codec, text, i, j, 'character maps to <undefined>'
                                 if codec == 'charmap' else 'ordinal not in range')
        replacement, i = _handled(exc, errors, True)
        if isinstance(replacement, str):
            for c in replacement:
                b = encode_char(c)
                if b is None:
                    raise exc
                out += b
        else:
            out += replacement
    return bytes(out)


# UTF-8, Latin-1 and ASCII: the VM's own, with `final=False` holding back an incomplete
# UTF-8 sequence at the end for the next call.

def utf_8_encode(text, errors=None):
    text = _str(text, 'utf_8_encode')
    return (text.encode('utf-8', errors or 'strict'), len(text))


def utf_8_decode(data, errors=None, final=False):
    data = _bytes(data)
    end = len(data)
    if not final:
        # Leave out a trailing sequence that more bytes could complete.
        k = end
        while k > 0 and end - k < 3 and 0x80 <= data[k - 1] < 0xC0:
            k -= 1
        if k > 0 and data[k - 1] >= 0xC0:
            lead = data[k - 1]
            need = 2 if lead < 0xE0 else 3 if lead < 0xF0 else 4
            if end - (k - 1) < need:
                end = k - 1
    return (data[:end].decode('utf-8', errors or 'strict'), end)


def latin_1_encode(text, errors=None):
    text = _str(text, 'latin_1_encode')
    return (text.encode('latin-1', errors or 'strict'), len(text))


def latin_1_decode(data, errors=None):
    data = _bytes(data)
    return (data.decode('latin-1'), len(data))


def ascii_encode(text, errors=None):
    text = _str(text, 'ascii_encode')
    return (text.encode('ascii', errors or 'strict'), len(text))


def ascii_decode(data, errors=None):
    data = _bytes(data)
    return (data.decode('ascii', errors or 'strict'), len(data))


# Character maps: the single-byte code pages of the encodings package.

def charmap_build(decoding_table):
    return {ord(c): i for i, c in enumerate(decoding_table) if c != '\ufffe'}


def charmap_encode(text, errors=None, mapping=None):
    text = _str(text, 'charmap_encode')
    if mapping is None:
        return latin_1_encode(text, errors)

    def encode_char(c):
        v = mapping.get(ord(c))
        if v is None:
            return None
        if isinstance(v, int):
            return bytes((v,))
        return bytes(v)

    return (_encode_chars(text, errors, 'charmap', encode_char), len(text))


def charmap_decode(data, errors=None, mapping=None):
    data = _bytes(data)
    if mapping is None:
        return latin_1_decode(data, errors)
    out = []
    i = 0
    n = len(data)
    while i < n:
        b = data[i]
        if isinstance(mapping, str):
            c = mapping[b] if b < len(mapping) else '\ufffe'
        else:
            c = mapping.get(b)
            if isinstance(c, int):
                c = chr(c)
        if c is None or c == '\ufffe':
            exc = UnicodeDecodeError('charmap', data, i, i + 1,
                                     'character maps to <undefined>')
            replacement, i = _handled(exc, errors, False)
            out.append(replacement)
            continue
        out.append(c)
        i += 1
    return (''.join(out), n)


# UTF-16 and UTF-32.

def _utf_units(text, width, byteorder):
    out = bytearray()
    for c in text:
        n = ord(c)
        if width == 2 and n >= 0x10000:
            n -= 0x10000
            units = (0xD800 | (n >> 10), 0xDC00 | (n & 0x3FF))
        else:
            units = (n,)
        for u in units:
            out += u.to_bytes(width, byteorder)
    return bytes(out)


def _utf_decode(data, errors, final, width, byteorder, codec, start=0):
    data = _bytes(data)
    out = []
    i = start
    n = len(data)
    while i + width <= n:
        u = int.from_bytes(data[i:i + width], byteorder)
        if width == 2 and 0xD800 <= u < 0xDC00:
            if i + 4 > n:
                if not final:
                    break
                exc = UnicodeDecodeError(codec, data, i, n, 'unexpected end of data')
                replacement, i = _handled(exc, errors, False)
                out.append(replacement)
                continue
            low = int.from_bytes(data[i + 2:i + 4], byteorder)
            if 0xDC00 <= low < 0xE000:
                out.append(chr(0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00)))
                i += 4
                continue
            exc = UnicodeDecodeError(codec, data, i, i + 2, 'illegal UTF-16 surrogate')
        elif width == 2 and 0xDC00 <= u < 0xE000:
            exc = UnicodeDecodeError(codec, data, i, i + 2, 'illegal encoding')
        elif u > 0x10FFFF:
            exc = UnicodeDecodeError(codec, data, i, i + 4, 'code point not in range(0x110000)')
        else:
            out.append(chr(u))
            i += width
            continue
        replacement, i = _handled(exc, errors, False)
        out.append(replacement)
    if final and i < n:
        exc = UnicodeDecodeError(codec, data, i, n, 'truncated data')
        replacement, i = _handled(exc, errors, False)
        out.append(replacement)
    return (''.join(out), i)


def _bom_order(data, width, byteorder):
    """The byte order a BOM at the start of `data` names, and the BOM's length."""
    if byteorder == 0 and len(data) >= width:
        bom = bytes(data[:width])
        if bom == b'\xff\xfe' + b'\0' * (width - 2):
            return -1, width
        if bom == b'\0' * (width - 2) + b'\xfe\xff':
            return 1, width
    return byteorder, 0


def _make_utf(width):
    codec = 'utf-16' if width == 2 else 'utf-32'
    native = -1 if sys.byteorder == 'little' else 1

    def encode(text, errors=None, byteorder=0):
        text = _str(text, 'utf_%d_encode' % (width * 8))
        order = byteorder or native
        bom = _utf_units('\ufeff', width, 'little' if order < 0 else 'big') if not byteorder \
            else b''
        return (bom + _utf_units(text, width, 'little' if order < 0 else 'big'), len(text))

    def ex_decode(data, errors=None, byteorder=0, final=False):
        data = _bytes(data)
        order, skip = _bom_order(data, width, byteorder)
        name = 'little' if (order or native) < 0 else 'big'
        suffix = '-le' if name == 'little' else '-be'
        text, used = _utf_decode(data, errors, final, width, name, codec + suffix, skip)
        return (text, used, order)

    def decode(data, errors=None, final=False):
        text, used, _ = ex_decode(data, errors, 0, final)
        return (text, used)

    def le_encode(text, errors=None):
        return encode(text, errors, -1)

    def be_encode(text, errors=None):
        return encode(text, errors, 1)

    def le_decode(data, errors=None, final=False):
        return _utf_decode(data, errors, final, width, 'little', codec + '-le')

    def be_decode(data, errors=None, final=False):
        return _utf_decode(data, errors, final, width, 'big', codec + '-be')

    return encode, decode, ex_decode, le_encode, le_decode, be_encode, be_decode


(utf_16_encode, utf_16_decode, utf_16_ex_decode, utf_16_le_encode, utf_16_le_decode,
 utf_16_be_encode, utf_16_be_decode) = _make_utf(2)
(utf_32_encode, utf_32_decode, utf_32_ex_decode, utf_32_le_encode, utf_32_le_decode,
 utf_32_be_encode, utf_32_be_decode) = _make_utf(4)


# The escape codecs.

_SIMPLE_ESCAPES = {'\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r'}
_DECODE_ESCAPES = {'\\': '\\', "'": "'", '"': '"', 'a': '\a', 'b': '\b', 'f': '\f',
                   'n': '\n', 'r': '\r', 't': '\t', 'v': '\v', '\n': ''}


def unicode_escape_encode(text, errors=None):
    text = _str(text, 'unicode_escape_encode')
    out = []
    for c in text:
        if c in _SIMPLE_ESCAPES:
            out.append(_SIMPLE_ESCAPES[c])
        elif ' ' <= c < '\x7f':
            out.append(c)
        else:
            out.append(_escape_char(c))
    return (''.join(out).encode('ascii'), len(text))


def raw_unicode_escape_encode(text, errors=None):
    text = _str(text, 'raw_unicode_escape_encode')
    out = []
    for c in text:
        n = ord(c)
        out.append(c if n < 0x100 else '\\u%04x' % n if n < 0x10000 else '\\U%08x' % n)
    return (''.join(out).encode('latin-1'), len(text))


def _unescape(data, errors, raw, codec):
    data = _bytes(data)
    s = data.decode('latin-1')
    out = []
    i = 0
    n = len(s)
    while i < n:
        c = s[i]
        if c != '\\' or i + 1 >= n:
            if c == '\\' and not raw:
                exc = UnicodeDecodeError(codec, data, i, n, '\\ at end of string')
                replacement, i = _handled(exc, errors, False)
                out.append(replacement)
                continue
            out.append(c)
            i += 1
            continue
        e = s[i + 1]
        if raw and e not in 'uU':
            out.append(c)
            i += 1
            continue
        if not raw and e in _DECODE_ESCAPES:
            out.append(_DECODE_ESCAPES[e])
            i += 2
        elif not raw and e in '01234567':
            j = i + 1
            while j < n and j < i + 4 and s[j] in '01234567':
                j += 1
            out.append(chr(int(s[i + 1:j], 8)))
            i = j
        elif e in 'xuU' and not (raw and e == 'x'):
            size = {'x': 2, 'u': 4, 'U': 8}[e]
            digits = s[i + 2:i + 2 + size]
            if len(digits) == size and all(d in '0123456789abcdefABCDEF' for d in digits) \
                    and int(digits, 16) <= 0x10FFFF:
                out.append(chr(int(digits, 16)))
                i += 2 + size
            else:
                reason = ('truncated \\%sXXXX escape' % e if e != 'x'
                          else 'truncated \\xXX escape')
                if len(digits) == size and int(digits, 16) > 0x10FFFF:
                    reason = 'illegal Unicode character'
                end = i + 2
                while end < n and end < i + 2 + size and s[end] in '0123456789abcdefABCDEF':
                    end += 1
                exc = UnicodeDecodeError(codec, data, i, end, reason)
                replacement, i = _handled(exc, errors, False)
                out.append(replacement)
        elif not raw and e == 'N' and i + 2 < n and s[i + 2] == '{' and '}' in s[i + 3:]:
            import unicodedata
            close = s.index('}', i + 3)
            try:
                out.append(unicodedata.lookup(s[i + 3:close]))
                i = close + 1
            except KeyError:
                exc = UnicodeDecodeError(codec, data, i, close + 1, 'unknown Unicode character name')
                replacement, i = _handled(exc, errors, False)
                out.append(replacement)
        else:
            out.append(c)
            i += 1
    return (''.join(out), len(data))


def unicode_escape_decode(data, errors=None, final=True):
    return _unescape(data, errors, False, 'unicodeescape')


def raw_unicode_escape_decode(data, errors=None, final=True):
    return _unescape(data, errors, True, 'rawunicodeescape')


def escape_encode(data, errors=None):
    data = _bytes(data)
    return (repr(data)[2:-1].encode('latin-1'), len(data))


def escape_decode(data, errors=None):
    if isinstance(data, str):
        data = data.encode('latin-1')
    text, _ = _unescape(data, errors, False, 'unicodeescape')
    return (text.encode('latin-1'), len(data))


def readbuffer_encode(data, errors=None):
    if isinstance(data, str):
        data = data.encode('utf-8')
    data = bytes(data)
    return (data, len(data))


# CPython's codec functions are built-in functions, which do not become methods when a class
# holds them (encodings.utf_8 has `decode = codecs.utf_8_decode` in a class body); as
# staticmethod objects, these behave the same.
for _name in list(globals()):
    if _name.endswith(('_encode', '_decode')) and not _name.startswith('_'):
        globals()[_name] = staticmethod(globals()[_name])
del _name
