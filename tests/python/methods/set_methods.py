# Methods of set and frozenset (sets are printed sorted: their order depends on hashing).


def show(label, f):
    try:
        r = f()
        if isinstance(r, (set, frozenset)):
            r = (type(r).__name__, sorted(r))
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)


s = {1, 2, 3}
s.add(4)
s.add(1)
print(sorted(s), len(s))
s.discard(10)
s.discard(4)
s.remove(3)
print(sorted(s))
s.update([5, 6], (7,), {8: 'k'}, 'ab', range(2))
print(sorted(s, key=str))
s.difference_update([5], {6, 'a'})
print(sorted(s, key=str))
s.intersection_update([0, 1, 2, 7, 8, 9], range(8))
print(sorted(s))
s.symmetric_difference_update([2, 3, 10])
print(sorted(s))
c = s.copy()
c.add(99)
print(sorted(s), sorted(c), type(c).__name__)
a, b = {1, 2, 3, 4}, [3, 4, 5]
for name in ['union', 'intersection', 'difference', 'symmetric_difference']:
    show(name, lambda: getattr(a, name)(b))
    show('frozen ' + name, lambda: getattr(frozenset(a), name)(b))
show('union many', lambda: a.union([9], (8,), {7}, 'x'))
show('intersection many', lambda: a.intersection([1, 2, 3], (2, 3), {3, 2}))
show('difference many', lambda: a.difference([1], (2,)))
show('union none', lambda: a.union())
show('intersection none', lambda: frozenset(a).intersection())
print(a.isdisjoint([9]), a.isdisjoint(b), a.issubset(range(10)), a.issubset([1]),
      a.issuperset([1, 1, 2]), a.issuperset({9}), set().issubset([]), set().isdisjoint(set()))
f = frozenset([1, 2])
print(sorted(f.copy()), type(f.copy()).__name__, f.issubset({1, 2, 3}), f.isdisjoint({3}))
p = {5}
print(p.pop(), sorted(p))
p = {1, 2}
p.clear()
print(p, len(p))
fs = {frozenset({1}), 2}
fs.remove({1})
fs.discard(2)
print(fs)
t = {(1, 2), 'x', 3.5, None, True}
print(len(t), (1, 2) in t, 1 in t)
u = {1}
u.update(u)
u.intersection_update(u)
u.difference_update(u)
print(u)
v = {1, 2}
v.symmetric_difference_update(v)
print(v)

for f in [lambda: set().pop(), lambda: {1}.remove(2), lambda: {1}.remove({1}), lambda: {1}.remove([1]),
          lambda: {1}.add([1]), lambda: {1}.add({1}), lambda: {1}.discard([1]), lambda: {1}.update(5),
          lambda: {1}.update([1], 5), lambda: {1}.union([[1]]), lambda: {1}.issubset(5),
          lambda: {1}.isdisjoint(None), lambda: {1}.symmetric_difference(5), lambda: frozenset().union(1),
          lambda: {1}.intersection_update(3), lambda: {1}.difference(None), lambda: set.add(frozenset(), 1),
          lambda: frozenset.union({1}), lambda: {1}.union(x=1), lambda: frozenset().issuperset(),
          lambda: {1}.remove(), lambda: {1}.pop(1)]:
    show('err', f)

# Large sets: bulk operations and emptying one element at a time stay fast and correct.
big = set(range(20000))
other = set(range(0, 20000, 3))
print(len(big - other), len(big.difference(other)), len(big.symmetric_difference(range(10000, 30000))))
work = set(big)
work.difference_update(other)
work.intersection_update(range(10000))
print(len(work), sum(work))
popped = 0
while work:
    popped += work.pop()
print(popped)
for i in range(0, 20000, 2):
    big.discard(i)
big.remove(1)
print(len(big), min(big), max(big))
