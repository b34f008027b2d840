import functools
from functools import (reduce, partial, lru_cache, cache, wraps, total_ordering, cmp_to_key,
                       singledispatch, cached_property, update_wrapper, partialmethod)
import operator

print(reduce(operator.add, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 10), reduce(max, [3], 0))
try:
    reduce(operator.add, [])
except TypeError as e:
    print('TypeError', e)

def power(base, exp):
    return base ** exp
square = partial(power, exp=2)
print(square(7), partial(power, 2)(10), square.func is power, square.args, square.keywords)
p2 = partial(partial(power, 3), exp=3)
print(p2(), p2.args, p2.keywords)
print(repr(partial(power, 1))[:35], repr(partial(power, 1, exp=2)).endswith('>, 1, exp=2)'))

calls = []
@lru_cache(maxsize=None)
def fib(n):
    calls.append(n)
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), len(calls), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())

@lru_cache(maxsize=2)
def sq(x):
    calls.append(x)
    return x * x
calls.clear()
for v in [1, 2, 1, 3, 1, 2]:
    sq(v)
print(calls, sq.cache_info())

@cache
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(30), fact.__name__, fact.__wrapped__(5) if False else fact(5))

@lru_cache
def plain(x):
    return x + 1
print(plain(1), plain.cache_info().hits)

def deco(f):
    @wraps(f)
    def inner(*args, **kwargs):
        """inner doc"""
        return f(*args, **kwargs) * 2
    return inner

@deco
def compute(x):
    """Compute things."""
    return x + 1
print(compute(3), compute.__name__, compute.__doc__, compute.__wrapped__(3))

@total_ordering
class Version:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        return self.n == other.n
    def __lt__(self, other):
        return self.n < other.n
    def __repr__(self):
        return f'V{self.n}'
a, b = Version(1), Version(2)
print(a < b, a <= b, a > b, a >= b, b >= a, a == Version(1), sorted([b, a, Version(0)]))

def cmp(x, y):
    return (x > y) - (x < y)
print(sorted([3, 1, 2], key=cmp_to_key(cmp)), sorted(['bb', 'a', 'ccc'], key=cmp_to_key(lambda x, y: len(y) - len(x))))

@singledispatch
def describe(obj):
    return f'object {obj!r}'
@describe.register
def _(obj: int):
    return f'int {obj}'
@describe.register(list)
def _(obj):
    return f'list of {len(obj)}'
@describe.register(str)
def _(obj):
    return 'str ' + obj
print(describe(1), describe([1, 2]), describe('s'), describe(2.5), describe(True))
print(describe.dispatch(bool).__name__ if False else describe.registry.keys() >= {int, list})

class Circle:
    def __init__(self, r):
        self.r = r
        self.count = 0
    @cached_property
    def area(self):
        self.count += 1
        return 3 * self.r ** 2
c = Circle(2)
print(c.area, c.area, c.count)
del c.area
print(c.area, c.count)

class Cell:
    def __init__(self):
        self.alive = False
    def set_state(self, state):
        self.alive = state
    set_alive = partialmethod(set_state, True)
cell = Cell(); cell.set_alive(); print(cell.alive)
from functools import total_ordering
@total_ordering
class G:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __gt__(self, o): return self.v > o.v
print(G(1) < G(2), G(2) <= G(2), G(3) >= G(1), sorted([G(3), G(1)])[0].v)
try:
    @total_ordering
    class N: pass
except ValueError as e:
    print(e)
