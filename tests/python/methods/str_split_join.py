# str.split/rsplit/splitlines/partition/rpartition/join/strip/replace/removeprefix.


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


texts = ['a,b,,c', ',a,', '', '  one  two\tthree\n', 'a\x1cb\x1dc\u3000d\x85e', 'aaa',
         'x--y--z', 'no-sep', '\n\n', 'héllo wörld']
seps = [None, ',', '--', 'a', 'aa', ' ', 'ö']
for t in texts:
    for sep in seps:
        for n in [-1, 0, 1, 2, 10]:
            print(repr(t), repr(sep), n, t.split(sep, n), t.rsplit(sep, n))
    print(repr(t), t.split(), t.rsplit(), t.split(maxsplit=1), t.rsplit(maxsplit=1))

lines = ['a\nb\r\nc\rd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l', 'one\n', '\n', '', 'x\r\n\r\ny',
         'no newline', 'trail\r']
for t in lines:
    print(repr(t), t.splitlines(), t.splitlines(True), t.splitlines(keepends=False))

for t in ['a=b=c', '=', 'abc', '', 'héé']:
    for sep in ['=', 'b', 'zz', 'é']:
        print(repr(t), repr(sep), t.partition(sep), t.rpartition(sep))

print('-'.join(['a', 'b', 'c']), ''.join([]), ', '.join('xyz'), '|'.join(('only',)))
print('.'.join(str(i) for i in range(5)), ''.join({'k': 1}), '+'.join(iter(['p', 'q'])))

for t in ['  hi  ', '\t\n hi \x0b\x0c', 'xxhixx', '', '\u3000hi\u3000', 'abcba']:
    print(repr(t), repr(t.strip()), repr(t.lstrip()), repr(t.rstrip()),
          repr(t.strip('x')), repr(t.strip('ab')), repr(t.lstrip('a')), repr(t.rstrip(None)))

for t, old, new, n in [('aaa', 'a', 'b', -1), ('aaa', 'a', 'b', 2), ('aaa', 'a', 'b', 0),
                       ('abc', '', '-', -1), ('abc', '', '-', 2), ('', '', 'x', -1),
                       ('héllo', 'l', 'L', -1), ('aaaa', 'aa', 'b', -1), ('abc', 'x', 'y', -1),
                       ('ab', '', 'é', -1)]:
    print(repr(t), t.replace(old, new, n), t.replace(old, new))

for t in ['prefix-body-suffix', '', 'prefix', 'héllo']:
    print(repr(t), t.removeprefix('prefix'), t.removesuffix('suffix'), t.removeprefix(''),
          t.removesuffix('lo'), t.removeprefix('h'))

for f in [lambda: 'a'.split(''), lambda: 'a'.split(1), lambda: 'a'.rsplit(''), lambda: 'a'.split(None, 'x'),
          lambda: 'a'.split(None, 1.5), lambda: 'a'.split(None, 2**70), lambda: 'a'.partition(''),
          lambda: 'a'.rpartition(1), lambda: ''.join(5), lambda: ''.join(['a', 1]),
          lambda: ''.join(['a', b'b']), lambda: 'a'.strip(1), lambda: 'a'.rstrip([]),
          lambda: 'a'.replace(1, 'b'), lambda: 'a'.replace('a', 2), lambda: 'a'.replace('a', 'b', 'c'),
          lambda: 'a'.replace('a', 'b', 2**70), lambda: 'a'.removeprefix(None),
          lambda: 'a'.splitlines(1.5), lambda: 'a'.splitlines(2**40), lambda: 'a\nb'.splitlines(2),
          lambda: 'a b'.split(sep=None, maxsplit=-5), lambda: 'a'.split(None, maxsplit=None)]:
    show('err', f)
