import functools
from functools import (lru_cache, cache, partial, partialmethod, reduce, wraps,
                       total_ordering, cmp_to_key, singledispatch, singledispatchmethod,
                       cached_property, update_wrapper)

@lru_cache(maxsize=2)
def sq(x):
    print("computing", x)
    return x * x

print(sq(2), sq(3), sq(2), sq(4), sq(3))
print(sq.cache_info())
sq.cache_clear()
print(sq.cache_info())

@cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), fib.cache_info().hits > 0)

@lru_cache
def typed_default(x):
    return type(x).__name__
print(typed_default(1), typed_default(1.0))

def power(base, exp):
    return base ** exp
square = partial(power, exp=2)
print(square(7), square.func is power, square.args, square.keywords)
print(partial(partial(power, 2), 5)())

class Cell:
    def __init__(self):
        self.alive = False
    def set_state(self, state):
        self.alive = state
    set_alive = partialmethod(set_state, True)
c = Cell()
c.set_alive()
print(c.alive)

print(reduce(lambda a, b: a * b, range(1, 8)), reduce(lambda a, b: a + b, [], 10))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print("TypeError", e)

def deco(f):
    @wraps(f)
    def inner(*a, **k):
        """inner doc"""
        return f(*a, **k)
    return inner

@deco
def documented(x):
    """Says hello."""
    return x
print(documented.__name__, documented.__doc__, documented.__wrapped__.__name__)

@total_ordering
class Version:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        return self.n == other.n
    def __lt__(self, other):
        return self.n < other.n
a, b = Version(1), Version(2)
print(a < b, a <= b, a > b, a >= b, b >= a, a == Version(1))

print(sorted([5, 1, 4, 2], key=cmp_to_key(lambda x, y: y - x)))

@singledispatch
def describe(x):
    return "object"
@describe.register
def _(x: int):
    return "int"
@describe.register(list)
def _(x):
    return "list of %d" % len(x)
@describe.register(str)
def _(x):
    return "str"
print(describe(1), describe([1, 2]), describe("s"), describe(2.5), describe(True))
print(describe.dispatch(bool).__name__, sorted(t.__name__ for t in describe.registry))

class Shape:
    @singledispatchmethod
    def area(self, arg):
        return "unknown"
    @area.register
    def _(self, arg: int):
        return arg * arg
print(Shape().area(3), Shape().area("x"))

class Data:
    def __init__(self):
        self.calls = 0
    @cached_property
    def value(self):
        self.calls += 1
        return 42
d = Data()
print(d.value, d.value, d.calls, "value" in d.__dict__)

print(functools.WRAPPER_ASSIGNMENTS)
print(repr(partial(power, 3))[:24])
