# Which types are generic (t[int] is a GenericAlias) and which refuse subscription, as in CPython.
import collections
import functools
import itertools
import os
import re
import weakref

for t in (int, bool, str, float, bytes, object, complex, range, slice, memoryview, property,
          BaseException, Exception):
    try:
        print(t[int])
    except TypeError as e:
        print(e)

for t in (list, dict, tuple, set, frozenset, type, collections.deque,
          collections.defaultdict, collections.OrderedDict, collections.Counter,
          collections.ChainMap, re.Pattern, re.Match, os.PathLike, functools.partial,
          itertools.chain, weakref.WeakSet):
    alias = t[int]
    print(alias, alias.__origin__ is t, alias.__args__)


class Registry(dict):
    pass


class Plain:
    pass


print(Registry[str, int])
try:
    Plain[int]
except TypeError as e:
    print(e)


def f(q: collections.deque[int], d: dict[str, list[int]]) -> re.Pattern[str]:
    return q


print(f.__annotations__)
