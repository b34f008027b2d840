# The Python half of the `binascii` module: argument handling and binascii.Error over the
# native cores in binascii.rs.


class Error(ValueError):
    __module__ = 'binascii'


class Incomplete(Exception):
    __module__ = 'binascii'


def _ascii_data(data):
    if isinstance(data, str):
        if not data.isascii():
            raise ValueError('string argument should contain only ASCII characters')
        return data.encode('ascii')
    if isinstance(data, bytes):
        return data
    raise TypeError("argument should be bytes, buffer or ASCII string, not '%s'"
                    % type(data).__name__)


def _bin_data(data):
    if isinstance(data, bytes):
        return data
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    try:
        return bytes(data)
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__) from None


def b2a_base64(data, *, newline=True):
    return _b2a_base64(_bin_data(data), newline)


def a2b_base64(data, *, strict_mode=False):
    result, err = _a2b_base64(_ascii_data(data), strict_mode)
    if err is not None:
        raise Error(err)
    return result


def crc32(data, value=0):
    return _crc32(_bin_data(data), value)


def hexlify(data, sep=None, bytes_per_sep=1):
    data = _bin_data(data)
    if sep is None:
        return data.hex().encode('ascii')
    if isinstance(sep, bytes):
        sep = sep.decode('ascii')
    return data.hex(sep, bytes_per_sep).encode('ascii')


b2a_hex = hexlify


def unhexlify(hexstr):
    hexstr = _ascii_data(hexstr)
    if len(hexstr) % 2:
        raise Error('Odd-length string')
    try:
        return bytes.fromhex(hexstr.decode('ascii').replace(' ', 'x').replace('\t', 'x'))
    except ValueError:
        raise Error('Non-hexadecimal digit found') from None


a2b_hex = unhexlify
