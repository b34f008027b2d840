# str.find/rfind/index/rindex/count/startswith/endswith with slice-like start and end.


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


class Idx:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


texts = ['hello world', '', 'aaaa', 'héllo wörld ☃ ☃', 'abcabcabc']
subs = ['', 'l', 'o', 'lo', 'aa', 'ö', '☃', 'abc', 'zz']
bounds = [(), (0,), (2,), (-3,), (100,), (-100,), (1, 4), (2, -1), (None, 3), (3, None), (5, 2),
          (0, 100), (-100, 100), (2**70,), (-2**70, 2**70)]
for t in texts:
    for sub in subs:
        for b in bounds:
            print(repr(t), repr(sub), b, t.find(sub, *b), t.rfind(sub, *b), t.count(sub, *b),
                  t.startswith(sub, *b), t.endswith(sub, *b))

for t in ['hello', 'héllo']:
    for sub in ['l', 'x', '', 'é']:
        show('index', lambda: t.index(sub))
        show('rindex', lambda: t.rindex(sub))
        show('index range', lambda: t.index(sub, 1, 3))
        show('rindex range', lambda: t.rindex(sub, 3))

s = 'abcdef'
print(s.find('c', Idx(1)), s.find('c', Idx(3)), s.startswith('cd', Idx(2), Idx(4)))
print(s.startswith(('x', 'ab')), s.endswith(('x', 'ef')), s.startswith(()), s.endswith(('',)))
print(s.startswith(('x', 'cd'), 2), s.endswith(('cd', 'x'), 0, 4))
print('aaa'.count('aa'), 'aaaa'.count('aa'), 'ababab'.count('aba'), ''.count(''), 'abc'.count(''))
print('abc'.count('', 1), 'abc'.count('', 3), 'abc'.count('', 4), 'abc'.count('', 2, 1))
print('abc'.find('', 3), 'abc'.find('', 4), 'abc'.rfind(''), 'abc'.rfind('', 1, 2))
print('abc'.startswith('', 3), 'abc'.startswith('', 4), 'abc'.endswith('', 2, 1))

for f in [lambda: s.find(1), lambda: s.find('a', 'x'), lambda: s.find('a', 1.5),
          lambda: s.count(None), lambda: s.startswith(1), lambda: s.startswith(['a']),
          lambda: s.startswith(('a', 1)), lambda: s.endswith(('x', 1)), lambda: s.endswith('f', []),
          lambda: s.index('z'), lambda: s.rindex('z', 0, 2), lambda: s.find(), lambda: s.index('a', 1, 2, 3),
          lambda: s.find(sub='a'), lambda: s.rfind('a', None, None)]:
    show('err', f)
print('a' in 'abc', '' in '', 'ö' in 'wörld')
