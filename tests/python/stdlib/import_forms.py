# Imports bind names in the scope they run in, honour __all__, and fall back cleanly.
def use_local():
    import heapq
    from bisect import bisect_left as bl
    h = [3, 1, 2]
    heapq.heapify(h)
    return h[0], bl([1, 2, 3], 2)

print(use_local())
print('heapq' in globals(), 'bl' in globals())

class Holder:
    import keyword
    from operator import add as plus
    n = plus(2, 3)

print(Holder.n, Holder.keyword.iskeyword('def'))

from collections import *
print(sorted(n for n in ['deque', 'Counter', 'namedtuple', '_sys', '_count_elements', 'ChainMap'] if n in globals()))

try:
    import json_does_not_exist as jd
except ImportError:
    jd = None
print(jd)

try:
    from collections import OrderedDict, NotAThing
except ImportError as e:
    print(type(e).__name__, str(e).split(' (')[0])

import collections
print(collections.__name__, collections.__package__, hasattr(collections, '__path__'))
import collections.abc
print(collections.abc.__name__, collections.abc.__package__, hasattr(collections.abc, '__path__'))
from collections import abc as abc_mod
print(abc_mod is collections.abc)

import itertools, functools as ft, operator as op
print(ft.reduce(op.mul, itertools.islice(itertools.count(1), 5)))

if __name__ == '__main__':
    print('run as main')

import sys
mod = type(sys)
print(type(collections) is mod, isinstance(collections, mod))
print(sys.modules['__main__'].__name__, 'stdlib' not in sys.modules)
import __main__
print(__main__.__name__, __main__.use_local is use_local)
