# dict.keys(), values() and items(): live views with set operations.


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


d = {1: 'a', 2: 'b'}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i)
print(type(k).__name__, type(v).__name__, type(i).__name__, type(k))
d[3] = 'c'
print(k, v, i, len(k), len(v), len(i))
print(3 in k, 9 in k, 'c' in v, 'z' in v, (3, 'c') in i, (3, 'x') in i, 5 in i, [[1]] in i)
print(list(k), list(v), list(i), tuple(k), sorted(v, reverse=True))
print(list(reversed(k)), list(reversed(v)), list(reversed(i)))
print(sorted(k & {1, 5}), sorted(k | {9}), sorted(k - {1}), sorted(k ^ {1, 7}))
print(sorted({1, 5} & k), sorted({9} | k), sorted([1, 2] - k), sorted((7,) ^ k), sorted(range(5) - k))
print(sorted(i & {(1, 'a'), (9, 'z')}), sorted(i - {(1, 'a')}), sorted(i | {(0, 0)}))
print(type(k & {1}).__name__, type(i | set()).__name__)
print(k == {1, 2, 3}, k == {1, 2}, k != {1, 2}, k == [1, 2, 3], {1, 2, 3} == k, k == d.keys())
print(k <= {1, 2, 3, 4}, k < {1, 2, 3}, k < {1, 2, 3, 4}, k >= {1}, k > {1, 2, 3}, {1} < k)
print(i == {(1, 'a'), (2, 'b'), (3, 'c')}, i == {(1, 'a')}, v == v, v == d.values())
print(k.isdisjoint([7, 8]), k.isdisjoint({3}), i.isdisjoint([(1, 'a')]))
print(bool(k), bool({}.keys()), bool({}.values()), repr({}.keys()), repr({}.items()))
dd = {}
dd['self'] = dd
print(dd.items(), dd.values(), dd.keys())
print(type(iter(k)).__name__, type(iter(v)).__name__, type(iter(i)).__name__,
      type(reversed(k)).__name__, type(reversed(v)).__name__, type(reversed(i)).__name__)
for key, val in d.items():
    print(key, val, end='; ')
print()
total = 0
for val in {'x': 1, 'y': 2}.values():
    total += val
print(total, sum(d.keys()), max(d.values()), dict(d.items()), set(k) == {1, 2, 3})
print('-'.join(str(x) for x in k), ''.join(d.values()), {**dict(i)})
del d[1]
print(k, v, i)
d.clear()
print(k, v, i, len(k))

for f in [lambda: hash(k), lambda: hash(i), lambda: k & 5, lambda: 5 | k, lambda: k < 5,
          lambda: i & [[1]], lambda: k - [[1]], lambda: [[1]] in k, lambda: ([1], 2) in i,
          lambda: v & {1}, lambda: setattr(k, 'x', 1)]:
    show('err', f)

g = {1: 1, 2: 2}
it = iter(g.keys())
next(it)
g[3] = 3
show('changed size', lambda: next(it))

# Views in the places programs use them: f-strings, %, unpacking, builtins taking iterables.
d = {'b': 2, 'a': 1}
d2 = {'c': 3, 'a': 9}
print(f"{d.keys()} {d.values()!r} {d.items():}", str(d.items()), '%s' % d.keys())
print(d.keys() == d.keys(), list(d.items()), dict(zip(d.keys(), d.values())))
print(sorted(d.items(), key=lambda kv: kv[1]), max(d, key=d.get), sorted(set(d.items())))
print(sorted(d.keys() | d2.keys()), sorted(d.keys() & d2.keys()), sorted(d.items() - d2.items()))
try:
    for k in d.keys():
        del d[k]
except RuntimeError as e:
    print(type(e).__name__, e)
print(isinstance(d.keys(), type({}.keys())), type(d.values()) is type({}.values()))
a, b = d2.values()
print(a, b, *d2.items(), [*d2.keys()])
print(len(dict.fromkeys(range(5)).keys()), 'c' in d2.keys() and 3 in d2.values())
x, = {'only': 1}.items()
print(x)
print(any(v > 2 for v in d2.values()), all(d2.values()), min(d2.items()))
print(enumerate(d2.keys()).__class__.__name__, list(enumerate(d2.items())))
print(list(zip(d2.keys(), d2.values())), list(map(str.upper, d2.keys())))
print(d2.keys().__len__(), d2.items().__contains__(('c', 3)))
print({**dict(d2.items())}, tuple(reversed(d2.items())))
