# base64: Ascii85 (a85encode/a85decode with foldspaces, wrapcol, pad, adobe) and base85
# (b85encode/b85decode), round trips over many lengths, and their errors.
import base64
x = 12345
def rnd(n):
    global x
    out = []
    for _ in range(n):
        x = (x * 1103515245 + 12345) % 2**31
        out.append(x >> 23)
    return bytes(out)
for n in range(0, 14):
    d = rnd(n) if n % 3 else b'\0' * n
    for kw in [{}, {'pad': True}, {'adobe': True}, {'wrapcol': 3, 'adobe': True}, {'foldspaces': True}, {'wrapcol': 1}]:
        e = base64.a85encode(d, **kw)
        back = base64.a85decode(e, adobe=kw.get('adobe', False), foldspaces=kw.get('foldspaces', False))
        print(n, kw, e, back == d or back[:len(d)] == d)
    e = base64.b85encode(d)
    print(n, e, base64.b85encode(d, pad=True), base64.b85decode(e) == d)
for bad in [b'abc\x7f', b'{{{{{']:
    for f in (base64.a85decode, base64.b85decode):
        try:
            f(bad)
        except ValueError as ex:
            print(f.__name__, ex)
for bad in [b'az', b'sy']:
    try:
        base64.a85decode(bad, foldspaces=True)
    except ValueError as ex:
        print(ex)
try:
    base64.a85decode(b'<~abc', adobe=True)
except ValueError as ex:
    print(ex)
print(base64.a85decode('9jqo^', ignorechars=b''), base64.b85decode('VPa!s'))
print(base64.a85encode(bytearray(b'abcd')), base64.b85encode(memoryview(b'xyz')))
print(base64.a85encode(b'  ', foldspaces=True), base64.a85encode(b'    ', foldspaces=True, pad=True))

data = b'hello world, this is base85!\x00\x00\x00\x00 end'
for f, g in [(base64.a85encode, base64.a85decode), (base64.b85encode, base64.b85decode)]:
    e = f(data)
    print(e, g(e) == data)
print(base64.a85encode(b'\x00\x00\x00\x00'), base64.a85encode(b'    ', foldspaces=True), base64.a85encode(b'abc', adobe=True))
print(base64.a85encode(data, wrapcol=10))
print(base64.b85encode(b'abc', pad=True), base64.b85decode(b'VPa!s'))
print(base64.a85decode(b'<~9jqo^~>', adobe=True), base64.a85decode(b'z'), base64.a85decode(b'y', foldspaces=True))
try:
    base64.b85decode(b'~~~~~')
except ValueError as e:
    print(e)
print(base64.b64encode(b'x'), base64.b32encode(b'x'), base64.b16encode(b'x'), base64.urlsafe_b64encode(b'\xff\xfe'))
print(base64.a85encode(b''), base64.b85encode(b''))
