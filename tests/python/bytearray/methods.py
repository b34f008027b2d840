# bytearray shares bytes' methods; results that are bytes come back as bytearrays.
ba = bytearray(b'hello world')
print(ba.upper(), ba.title(), ba.split(), ba.partition(b' '))
print(ba.find(b'o'), ba.rfind(b'o'), ba.count(b'l'), ba.startswith(b'he'))
print(ba.replace(b'l', b'L', 2), ba.center(15, b'*'), ba.zfill(13))
print(ba.decode(), ba.hex(), bytearray.fromhex('41 42'))
print(bytearray(b'-').join([b'a', bytearray(b'b')]), b'+'.join([bytearray(b'x'), b'y']))
print(bytearray(b'%d-%s') % (5, b'x'))
print(bytearray(3), bytearray([1, 2, 255]), bytearray('abc', 'utf-8'), bytearray())
print(type(bytearray()), isinstance(bytearray(), bytearray), bytearray.__name__)
print(len(ba), ba[0], ba[-1], ba[1:4], ba[::-2], list(bytearray(b'ab')))
print(98 in bytearray(b'abc'), b'bc' in bytearray(b'abc'))
print(bytearray(b'abc') == b'abc', b'abc' == bytearray(b'abc'), bytearray(b'a') < b'b')
print(bytearray(b'a') + b'b', b'a' + bytearray(b'b'), bytearray(b'ab') * 2, 2 * bytearray(b'c'))
print(bytes(bytearray(b'xyz')), str(bytearray(b'q')), repr(bytearray(b"it's")))
print(int.from_bytes(bytearray(b'\x01\x00'), 'big'), bytearray(b'abc').translate(None, b'b'))
c = ba.copy()
c[0] = 74
print(c, ba, c.pop(), c.pop(0), c)
for bad in (lambda: bytearray([256]), lambda: bytearray('abc'), lambda: hash(bytearray()),
            lambda: bytearray().pop(), lambda: bytearray(b'a').append(300),
            lambda: bytearray(b'a').append('x'), lambda: bytearray(b'abc').remove(120),
            lambda: bytearray(b'abc').index(b'z'), lambda: bytearray(b'abc')[9]):
    try:
        bad()
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
