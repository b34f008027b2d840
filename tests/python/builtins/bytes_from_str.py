# bytes() and bytearray() of a str encode it with the given codec, positionally or by keyword.
print(bytes('é', encoding='latin-1'), bytes('a', 'ascii', 'strict'), bytearray('x', encoding='utf8'))
print(bytes('héllo', 'utf-8'), bytearray('héllo', 'latin-1'), bytes(source='ab', encoding='ascii'))
print(bytes('ab\u20ac', 'ascii', errors='replace'), bytes('ab\u20ac', 'ascii', 'ignore'))
for call in [lambda: bytes(encoding='utf8'), lambda: bytes(errors='strict'), lambda: bytes(1, 'utf8'),
             lambda: bytes(b'x', 'utf8'), lambda: bytes('x', errors='strict'), lambda: bytes(x=1),
             lambda: bytes('x'), lambda: bytes('\u20ac', 'ascii'), lambda: bytearray('x'),
             lambda: bytes('x', 'no-such-codec')]:
    try:
        print(call())
    except (TypeError, UnicodeEncodeError, LookupError) as e:
        print(type(e).__name__, e)
