# Methods of dict (the views have their own file).


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


d = {'a': 1, 'b': 2}
print(d.get('a'), d.get('z'), d.get('z', 0), d.get(1.0), {1: 'one'}.get(True))
print(d.setdefault('a', 9), d.setdefault('c'), d.setdefault('d', []), d)
d['d'].append(1)
print(d)
print(d.pop('c'), d.pop('zz', 'dflt'), d)
print(d.popitem(), d.popitem(), d)
e = d.copy()
e['new'] = 1
print(d, e, d is e)
e.clear()
print(e, d)
u = {}
u.update({'x': 1})
u.update([('y', 2), ['z', 3]])
u.update(w=4, x=0)
u.update({'v': 5}, q=6)
u.update(iter([('it', 7)]))
u.update(('ab', 'cd'))
u.update()
print(u)


class Mapping:
    def keys(self):
        return ['m1', 'm2']

    def __getitem__(self, key):
        return key.upper()


u.update(Mapping())
print(u)
other = {'p': 1}
u.update(other.items())
print(u)
print(dict.fromkeys('abc'), dict.fromkeys([1, 2], 0), dict.fromkeys(range(3), []))
print({}.fromkeys(('k',), 'v'), dict.fromkeys({'s': 1}), dict.fromkeys(''))

print({1: 2}.popitem(), {'k': 'v'}.pop('k'))
big = {i: i * i for i in range(5)}
while big:
    print(big.popitem(), end=' ')
print()

for f in [lambda: {}.pop('k'), lambda: {}.pop([1]), lambda: {}.popitem(), lambda: {}.get([]),
          lambda: {}.setdefault({}), lambda: {}.update(5), lambda: {}.update([1]),
          lambda: {}.update([(1, 2, 3)]), lambda: {}.update(['abc']), lambda: {}.update({1: 2}, {3: 4}),
          lambda: dict.fromkeys(), lambda: dict.fromkeys(5), lambda: dict.fromkeys([[1]]),
          lambda: {}.get(), lambda: {}.pop(), lambda: {}.setdefault(1, 2, 3), lambda: dict.pop({}, 'x'),
          lambda: {}.copy(1), lambda: {}.clear(x=1), lambda: {}.update([[1, 2], 5])]:
    show('err', f)
