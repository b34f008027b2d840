# center/ljust/rjust/zfill/expandtabs and translate/maketrans.


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


for s in ['', 'a', 'ab', 'abc', 'héllo', '-42', '+7', '42', '-', 'x-1']:
    for w in [-1, 0, 1, 2, 5, 6, 7, 8]:
        print(repr(s), w, repr(s.center(w)), repr(s.center(w, '*')), repr(s.ljust(w, 'é')),
              repr(s.rjust(w, '☃')), repr(s.zfill(w)))

for s in ['\ta\tbc\td', 'no tabs', '\t', 'ab\tc\nde\tf\r\tg', 'héllo\twörld\t!', '1234567\t8']:
    for n in [8, 4, 1, 0, -3, 3]:
        print(repr(s), n, repr(s.expandtabs(n)))
    print(repr(s.expandtabs()), repr(s.expandtabs(tabsize=2)))

t = str.maketrans('abc', 'xyz')
print(sorted(t.items()), 'aabbcc'.translate(t))
t = str.maketrans('ab', 'cd', 'xyz')
print(sorted(t.items()), 'axbycz'.translate(t))
t = str.maketrans({'a': '1', 'b': None, 99: 'cc', 100: 101, 'é': 'e'})
print(sorted(t.items()), 'abcdéf'.translate(t))
print('hello'.maketrans('l', 'L'), str.maketrans({}), str.maketrans('', '', ''))
print('abc'.translate({}), 'abc'.translate([None, 'x'] * 60), 'abc'.translate({97: ''}))


class Table:
    def __getitem__(self, key):
        if key == ord('a'):
            return 'A'
        if key == ord('b'):
            raise LookupError(key)
        if key == ord('c'):
            raise IndexError(key)
        return None


print(repr('abcd'.translate(Table())))


class Bad:
    def __getitem__(self, key):
        raise ValueError('bad key')


for f in [lambda: 'a'.center(5, 'xy'), lambda: 'a'.center(5, ''), lambda: 'a'.center(5, 1),
          lambda: 'a'.ljust('5'), lambda: 'a'.rjust(5.0), lambda: 'a'.zfill('1'),
          lambda: 'a'.center(2**70), lambda: 'a'.expandtabs('x'), lambda: 'a'.expandtabs(2**40),
          lambda: 'abc'.translate({97: 1.5}), lambda: 'abc'.translate({97: 0x110000}),
          lambda: 'abc'.translate({97: -1}), lambda: 'abc'.translate(5), lambda: 'abc'.translate(Bad()),
          lambda: str.maketrans(), lambda: str.maketrans(1), lambda: str.maketrans('a', 'bc'),
          lambda: str.maketrans({'ab': 1}), lambda: str.maketrans({1.5: 1}), lambda: str.maketrans(1, 'b'),
          lambda: str.maketrans('a', 2), lambda: str.maketrans('a', 'b', 3), lambda: str.maketrans('a', 'b', 'c', 'd'),
          lambda: str.maketrans(x='a'), lambda: 'a'.maketrans('a', 'b', 'c', 'd')]:
    show('err', f)
