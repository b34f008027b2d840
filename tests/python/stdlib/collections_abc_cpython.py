# CPython's own _collections_abc: ABCs found through the special methods in built-in types' dicts.
import collections.abc as cabc
from collections.abc import (Hashable, Sized, Iterable, Container, Callable, Reversible,
                             Set, MutableSequence, Mapping, Sequence)

print(list.__hash__, dict.__hash__, set.__hash__, tuple.__hash__ is not None)
print('__len__' in list.__dict__, '__iter__' in dict.__dict__, '__contains__' in str.__dict__,
      '__reversed__' in dict.__dict__, '__reversed__' in tuple.__dict__)
print(dict.__repr__ is dict.__repr__, list.__len__ is list.__dict__['__len__'])
print(type(len).__call__(len, 'abc'), '__call__' in type(len).__dict__)
for t in (list, tuple, dict, set, frozenset, str, bytes, int, float, range, type(None)):
    print(t.__name__.ljust(9), [abc.__name__ for abc in (Hashable, Sized, Iterable, Container,
                                                         Reversible, Callable) if issubclass(t, abc)])
print(isinstance(len, Callable), isinstance(lambda: 0, Callable), isinstance(int, Callable))
C = Callable[[int, str], bool]
print(C, C.__args__, C.__origin__ is Callable, Callable[..., int])
print(Sequence[int], Mapping[str, int])

class Ints(Set):
    def __init__(self, items):
        self._items = list(dict.fromkeys(items))
    def __contains__(self, x):
        return x in self._items
    def __iter__(self):
        return iter(self._items)
    def __len__(self):
        return len(self._items)
a, b = Ints([1, 2, 3]), Ints([2, 3, 4])
print(sorted(a & b), sorted(a | b), sorted(a - b), sorted(a ^ b), a <= Ints([1, 2, 3, 9]),
      a == Ints([3, 2, 1]), a.isdisjoint([7]), a._hash() == Ints([3, 1, 2])._hash())

class Stack(MutableSequence):
    def __init__(self):
        self._data = []
    def __getitem__(self, i):
        return self._data[i]
    def __setitem__(self, i, v):
        self._data[i] = v
    def __delitem__(self, i):
        del self._data[i]
    def __len__(self):
        return len(self._data)
    def insert(self, i, v):
        self._data.insert(i, v)
s = Stack()
s.extend([3, 1, 2])
s.append(5)
s.reverse()
s += [7]
print(list(s), s.pop(), s.index(1), s.count(3), 2 in s, list(reversed(s)))
s.remove(1)
print(list(s), len(s))

class Frozen(Hashable):
    def __hash__(self):
        return 1
print(isinstance(Frozen(), Hashable), issubclass(type(None), Hashable))
class NoHash:
    __hash__ = None
print(isinstance(NoHash(), Hashable), isinstance([], Hashable), isinstance((), Hashable))
print(sorted(n for n in cabc.__all__)[:8])
