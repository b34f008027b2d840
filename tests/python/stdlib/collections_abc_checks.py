from collections.abc import (Iterable, Iterator, Generator, Sequence, MutableSequence, Mapping,
                             MutableMapping, Set, MutableSet, Hashable, Sized, Container,
                             Callable, Collection, Reversible, KeysView, ItemsView, ValuesView)
import collections.abc as cabc

values = [[], (), 'ab', b'x', {}, set(), frozenset(), range(3), iter([]), (x for x in []),
          len, 5, 2.5, None, {}.keys(), {}.items(), {}.values()]
for abc_ in [Iterable, Iterator, Generator, Sequence, MutableSequence, Mapping, MutableMapping,
             Set, MutableSet, Hashable, Sized, Container, Callable, Collection, Reversible]:
    print(abc_.__name__.ljust(16), ''.join('1' if isinstance(v, abc_) else '.' for v in values))

class Bag:
    def __init__(self):
        self.items = [1, 2]
    def __iter__(self):
        return iter(self.items)
    def __len__(self):
        return len(self.items)
    def __contains__(self, x):
        return x in self.items
print(isinstance(Bag(), Iterable), isinstance(Bag(), Sized), isinstance(Bag(), Collection), isinstance(Bag(), Sequence))

class MyMap(cabc.Mapping):
    def __init__(self, d):
        self._d = d
    def __getitem__(self, k):
        return self._d[k]
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)
m = MyMap({'a': 1, 'b': 2})
print(m['a'], m.get('z', 0), 'a' in m, list(m.keys()), list(m.items()), list(m.values()), m == {'a': 1, 'b': 2}, len(m))
try:
    class Broken(cabc.Sequence):
        pass
    Broken()
except TypeError as e:
    print('TypeError', e)

class MySeq(cabc.MutableSequence):
    def __init__(self):
        self._l = []
    def __getitem__(self, i):
        return self._l[i]
    def __setitem__(self, i, v):
        self._l[i] = v
    def __delitem__(self, i):
        del self._l[i]
    def __len__(self):
        return len(self._l)
    def insert(self, i, v):
        self._l.insert(i, v)
s = MySeq()
s.append(3); s.extend([1, 2]); s.insert(0, 9); s.reverse()
print(list(s), s.index(1), s.count(3), 2 in s, list(reversed(s)), s.pop(), len(s))
s += [7]
s.remove(1)
print(list(s))

class MySet(cabc.Set):
    def __init__(self, it):
        self._s = set(it)
    def __contains__(self, x):
        return x in self._s
    def __iter__(self):
        return iter(sorted(self._s))
    def __len__(self):
        return len(self._s)
a, b = MySet([1, 2, 3]), MySet([2, 3, 4])
print(sorted(a & b), sorted(a | b), sorted(a - b), a <= MySet([1, 2, 3, 4]), a.isdisjoint(MySet([9])))
