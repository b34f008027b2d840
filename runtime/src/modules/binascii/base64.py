# The `base64` module: base64, urlsafe, base32, base16 over binascii, and Ascii85/base85.

import binascii

__all__ = ['encode', 'decode', 'encodebytes', 'decodebytes', 'b64encode', 'b64decode',
           'b32encode', 'b32decode', 'b32hexencode', 'b32hexdecode', 'b16encode', 'b16decode',
           'standard_b64encode', 'standard_b64decode', 'urlsafe_b64encode', 'urlsafe_b64decode',
           'a85encode', 'a85decode', 'b85encode', 'b85decode']

def _bytes_from_decode_data(s):
    if isinstance(s, str):
        try:
            return s.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters')
    if isinstance(s, bytes):
        return s
    try:
        return bytes(s)
    except TypeError:
        raise TypeError("argument should be a bytes-like object or ASCII "
                        "string, not %r" % s.__class__.__name__) from None


def _translate(s, frm, to):
    table = dict(zip(frm, to))
    return bytes(table.get(c, c) for c in s)


def b64encode(s, altchars=None):
    encoded = binascii.b2a_base64(s, newline=False)
    if altchars is not None:
        assert len(altchars) == 2, repr(altchars)
        return _translate(encoded, b'+/', altchars)
    return encoded


def b64decode(s, altchars=None, validate=False):
    s = _bytes_from_decode_data(s)
    if altchars is not None:
        altchars = _bytes_from_decode_data(altchars)
        assert len(altchars) == 2, repr(altchars)
        s = _translate(s, altchars, b'+/')
    return binascii.a2b_base64(s, strict_mode=validate)


def standard_b64encode(s):
    return b64encode(s)


def standard_b64decode(s):
    return b64decode(s)


def urlsafe_b64encode(s):
    return _translate(b64encode(s), b'+/', b'-_')


def urlsafe_b64decode(s):
    s = _bytes_from_decode_data(s)
    s = _translate(s, b'-_', b'+/')
    return b64decode(s)


_b32alphabet = b'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
_b32hexalphabet = b'0123456789ABCDEFGHIJKLMNOPQRSTUV'


def _b32encode(alphabet, s):
    if not isinstance(s, bytes):
        s = bytes(s)
    leftover = len(s) % 5
    if leftover:
        s = s + b'\0' * (5 - leftover)
    encoded = []
    for i in range(0, len(s), 5):
        c = int.from_bytes(s[i: i + 5], 'big')
        for shift in (35, 30, 25, 20, 15, 10, 5, 0):
            encoded.append(alphabet[(c >> shift) & 31])
    encoded = bytes(encoded)
    if leftover == 1:
        encoded = encoded[:-6] + b'======'
    elif leftover == 2:
        encoded = encoded[:-4] + b'===='
    elif leftover == 3:
        encoded = encoded[:-3] + b'==='
    elif leftover == 4:
        encoded = encoded[:-1] + b'='
    return encoded


def _b32decode(alphabet, s, casefold=False, map01=None):
    s = _bytes_from_decode_data(s)
    if len(s) % 8:
        raise binascii.Error('Incorrect padding')
    if map01 is not None:
        map01 = _bytes_from_decode_data(map01)
        assert len(map01) == 1, repr(map01)
        s = _translate(s, b'01', b'O' + map01)
    if casefold:
        s = s.upper()
    l = len(s)
    s = s.rstrip(b'=')
    padchars = l - len(s)
    decoded = []
    rev = {v: k for k, v in enumerate(alphabet)}
    for i in range(0, len(s), 8):
        quanta = s[i: i + 8]
        acc = 0
        try:
            for c in quanta:
                acc = (acc << 5) + rev[c]
        except KeyError:
            raise binascii.Error('Non-base32 digit found') from None
        decoded.append(acc.to_bytes(5, 'big') if len(quanta) == 8 else None)
        if len(quanta) != 8:
            acc <<= 5 * (8 - len(quanta))
            decoded[-1] = acc.to_bytes(5, 'big')
    result = b''.join(decoded)
    if l % 8 or padchars not in {0, 1, 3, 4, 6}:
        raise binascii.Error('Incorrect padding')
    if padchars and result:
        result = result[:-{1: 1, 3: 2, 4: 3, 6: 4}[padchars]]
    return result


def b32encode(s):
    return _b32encode(_b32alphabet, s)


def b32decode(s, casefold=False, map01=None):
    return _b32decode(_b32alphabet, s, casefold, map01)


def b32hexencode(s):
    return _b32encode(_b32hexalphabet, s)


def b32hexdecode(s, casefold=False):
    return _b32decode(_b32hexalphabet, s, casefold)


def b16encode(s):
    return binascii.hexlify(s).upper()


def b16decode(s, casefold=False):
    s = _bytes_from_decode_data(s)
    if casefold:
        s = s.upper()
    if any(c not in b'0123456789ABCDEF' for c in s):
        raise binascii.Error('Non-base16 digit found')
    return binascii.unhexlify(s)


def encodebytes(s):
    pieces = []
    for i in range(0, len(s), 57):
        pieces.append(binascii.b2a_base64(s[i: i + 57]))
    return b''.join(pieces)


def decodebytes(s):
    return binascii.a2b_base64(s)


# Ascii85 (btoa, Adobe) and base85 (git, RFC 1924 alphabet): each 4-byte big-endian word is
# written as 5 base-85 digits; a short last word is zero-padded and its extra digits dropped.
_A85_DIGITS = bytes(range(33, 118))
_B85_DIGITS = (b'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'
               b'abcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~')
_B85_VALUES = {c: i for i, c in enumerate(_B85_DIGITS)}


def _words_to_85(data, digits, pad, zero=None, spaces=None):
    data = data if isinstance(data, bytes) else bytes(data)
    extra = -len(data) % 4
    padded = data + b'\0' * extra
    out = bytearray()
    last = len(padded) - 4
    for i in range(0, len(padded), 4):
        word = int.from_bytes(padded[i:i + 4], 'big')
        # Only a final word that loses digits afterwards is never folded.
        short = extra and i == last and not pad
        if zero is not None and word == 0 and not short:
            out += zero
            continue
        if spaces is not None and word == 0x20202020 and not short:
            out += spaces
            continue
        group = bytearray(5)
        for k in range(4, -1, -1):
            word, group[k] = divmod(word, 85)
        out += bytes(digits[d] for d in group)
    if extra and not pad:
        del out[len(out) - extra:]
    return bytes(out)


def a85encode(b, *, foldspaces=False, wrapcol=0, pad=False, adobe=False):
    text = _words_to_85(b, _A85_DIGITS, pad, b'z', b'y' if foldspaces else None)
    if adobe:
        text = b'<~' + text
    if wrapcol:
        width = max(2 if adobe else 1, wrapcol)
        lines = [text[i:i + width] for i in range(0, len(text), width)] or [b'']
        if adobe and len(lines[-1]) + 2 > width:
            lines.append(b'')
        text = b'\n'.join(lines)
    if adobe:
        text += b'~>'
    return text


def a85decode(b, *, foldspaces=False, adobe=False, ignorechars=b' \t\n\r\v'):
    b = _bytes_from_decode_data(b)
    if adobe:
        if not b.endswith(b'~>'):
            raise ValueError("Ascii85 encoded byte sequences must end with b'~>'")
        b = b[2:-2] if b.startswith(b'<~') else b[:-2]
    out = bytearray()
    group = []
    for c in b:
        if 33 <= c <= 117:
            group.append(c - 33)
            if len(group) == 5:
                word = 0
                for d in group:
                    word = word * 85 + d
                if word > 0xFFFFFFFF:
                    raise ValueError('Ascii85 overflow')
                out += word.to_bytes(4, 'big')
                group = []
        elif c == 122:
            if group:
                raise ValueError('z inside Ascii85 5-tuple')
            out += b'\0\0\0\0'
        elif foldspaces and c == 121:
            if group:
                raise ValueError('y inside Ascii85 5-tuple')
            out += b'    '
        elif c in ignorechars:
            continue
        else:
            raise ValueError('Non-Ascii85 digit found: %c' % c)
    if group:
        missing = 5 - len(group)
        word = 0
        for d in group + [84] * missing:
            word = word * 85 + d
        if word > 0xFFFFFFFF:
            raise ValueError('Ascii85 overflow')
        out += word.to_bytes(4, 'big')[:4 - missing]
    return bytes(out)


def b85encode(b, pad=False):
    return _words_to_85(b, _B85_DIGITS, pad)


def b85decode(b):
    b = _bytes_from_decode_data(b)
    missing = -len(b) % 5
    b = b + b'~' * missing
    out = bytearray()
    for i in range(0, len(b), 5):
        word = 0
        for j, c in enumerate(b[i:i + 5]):
            d = _B85_VALUES.get(c)
            if d is None:
                raise ValueError('bad base85 character at position %d' % (i + j))
            word = word * 85 + d
        if word > 0xFFFFFFFF:
            raise ValueError('base85 overflow in hunk starting at byte %d' % i)
        out += word.to_bytes(4, 'big')
    if missing:
        del out[len(out) - missing:]
    return bytes(out)
