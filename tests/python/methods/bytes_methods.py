# Methods of bytes.


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


b = b'hello world'
print(b.find(b'o'), b.rfind(b'o'), b.find(111), b.index(b'w'), b.rindex(b'l'), b.count(b'l'),
      b.count(108), b.count(b''), b.find(b'o', 5), b.find(b'o', -4, -1), b.rfind(b'', 3), b.find(b'z'))
print(b.startswith(b'he'), b.startswith((b'x', b'hell')), b.endswith(b'ld'), b.endswith(b'wor', 0, -2),
      b.startswith(b'', 11), b.startswith(b'', 12))
for data in [b'a,b,,c', b'  one  two\tthree\n', b'', b'a\x1cb', b'xxaxx', b'--a--b--']:
    for sep in [None, b',', b'--', b'x']:
        for n in [-1, 0, 1, 2]:
            print(repr(data), repr(sep), n, data.split(sep, n), data.rsplit(sep, n))
print(b'a\nb\r\nc\rd\x0be'.splitlines(), b'a\nb\r\nc\rd'.splitlines(True), b''.splitlines(), b'x\r'.splitlines(keepends=True))
print(b'k=v=w'.partition(b'='), b'k=v=w'.rpartition(b'='), b'kv'.partition(b'='), b'kv'.rpartition(b'='))
print(b'-'.join([b'a', b'b']), b''.join([]), b', '.join((b'x', b'y', b'z')), b'.'.join(iter([b'q'])))
print(b'aaa'.replace(b'a', b'b'), b'aaa'.replace(b'a', b'b', 2), b'abc'.replace(b'', b'-'),
      b'abc'.replace(b'', b'-', 2), b'abab'.replace(b'ab', b''), b'x'.replace(b'y', b'z'))
for data in [b'  hi  ', b'\t\n hi \x0b\x0c', b'xxhixx', b'', b'\x1chi\x1c']:
    print(repr(data), data.strip(), data.lstrip(), data.rstrip(), data.strip(b'x'), data.strip(None))
print(b'prefix-body'.removeprefix(b'prefix-'), b'body-suffix'.removesuffix(b'-suffix'), b'x'.removeprefix(b'y'))
print(b'hello World 123'.upper(), b'Hello World'.lower(), b'Hello World'.swapcase(), b'hello world'.capitalize(),
      b"they're bill's 1st".title(), b'\xe9abc\xff'.upper(), b'\xc9ABC'.lower())
for data in [b'', b'abc', b'ABC', b'Abc', b'a1', b'123', b' \t\n', b'Hello World', b'hello\x80', b'\x7f', b'A B']:
    print(repr(data), data.isalnum(), data.isalpha(), data.isascii(), data.isdigit(), data.islower(),
          data.isupper(), data.isspace(), data.istitle())
for w in [-1, 0, 3, 6, 7]:
    print(w, b'ab'.center(w), b'ab'.center(w, b'*'), b'ab'.ljust(w, b'.'), b'ab'.rjust(w), b'-5'.zfill(w), b'5'.zfill(w))
print(b'a\tbc\td\n\te'.expandtabs(), b'a\tb'.expandtabs(2), b'a\tb'.expandtabs(tabsize=0))
print(b'\x00\x0f\xf0\xff'.hex(), b''.hex(), b'\x01\x02\x03\x04\x05'.hex(':'), b'\x01\x02\x03\x04\x05'.hex('-', 2),
      b'\x01\x02\x03\x04\x05'.hex(' ', -2), b'\x01\x02\x03'.hex(b'|'), b'\x01\x02\x03'.hex(':', 0), b'abc'.hex(sep='_'))
print(bytes.fromhex('deadbeef'), bytes.fromhex(' 01 02  0a '), bytes.fromhex(''), b''.fromhex('ff'))
t = bytes.maketrans(b'abc', b'xyz')
print(len(t), t[97:100], b'aabbcc'.translate(t), b'abc'.translate(None, b'b'), b'abcabc'.translate(t, b'a'),
      b'abc'.translate(None, delete=b'ac'))
print(b'abc'.decode(), b'\xc3\xa9'.decode('utf-8'), b'\xe9'.decode('latin-1'), b'abc'.decode('ascii'))

for f in [lambda: b'a'.find('a'), lambda: b'a'.find(256), lambda: b'a'.find(-1), lambda: b'a'.index(b'z'),
          lambda: b'a'.rindex(98), lambda: b'a'.count(None), lambda: b'a'.split('a'), lambda: b'a'.split(b''),
          lambda: b'a'.rsplit(1), lambda: b'a'.replace('a', b'b'), lambda: b'a'.startswith('a'),
          lambda: b'a'.startswith((b'b', 'a')), lambda: b'a'.endswith(1), lambda: b''.join(['a']),
          lambda: b''.join(5), lambda: b''.join([b'a', 1]), lambda: b'a'.strip('a'), lambda: b'a'.center(3, 'x'),
          lambda: b'a'.center(3, b'xy'), lambda: b'a'.ljust(3, None), lambda: b'a'.partition('a'),
          lambda: b'a'.partition(b''), lambda: b'a'.removeprefix('a'), lambda: bytes.fromhex('zz'),
          lambda: bytes.fromhex('a'), lambda: bytes.fromhex('0 1'), lambda: bytes.fromhex(b'01'),
          lambda: bytes.fromhex(None), lambda: b'abc'.hex('::'), lambda: b'abc'.hex(5), lambda: b'abc'.hex('é'),
          lambda: b'abc'.translate(b'x'), lambda: b'abc'.translate(), lambda: bytes.maketrans(b'ab', b'c'),
          lambda: bytes.maketrans('a', 'b'), lambda: bytes.maketrans(b'a'), lambda: b'a'.zfill('x'),
          lambda: b'a'.expandtabs('x'), lambda: b'a'.splitlines(None), lambda: b'a'.decode('bogus')]:
    show('err', f)
