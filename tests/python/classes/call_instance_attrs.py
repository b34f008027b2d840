# Calling what an object holds itself (a module's function, a callable stored on an
# instance) from one call site many times, while what it holds changes: each call sees the
# current value.
import math
import types


class Box:
    limit = 3

    def method(self):
        return "method"


def call_each(objects):
    out = []
    for o in objects:
        out.append(o.f(2))
    return out


b = Box()
b.f = lambda x: x + 1
c = Box()
c.f = lambda x: x * 10
print(call_each([b, c, b, c]))
b.f = str
print(call_each([b, c]))
del b.f
try:
    call_each([b])
except AttributeError as e:
    print("AttributeError", e)


def shadowed(o):
    return o.method()


print(shadowed(b))
b.method = lambda: "own"
print(shadowed(b), shadowed(c))
del b.method
print(shadowed(b))
Box.limit = type("K", (), {"__call__": lambda self: "class value"})()
print([x.limit() for x in (b, c)])
Box.limit = staticmethod(lambda: "static")
print([x.limit() for x in (b, c)])


def sqrt_of(m, v):
    return m.sqrt(v)


mod = types.ModuleType("fake")
mod.sqrt = lambda v: f"fake {v}"
print(sqrt_of(math, 9), sqrt_of(mod, 9), sqrt_of(math, 4))
real = math.sqrt
math.sqrt = lambda v: "patched"
print(sqrt_of(math, 9))
math.sqrt = real
print(sqrt_of(math, 9))
del mod.sqrt
try:
    sqrt_of(mod, 1)
except AttributeError as e:
    print("AttributeError", e)


class WithGetattr:
    def __getattr__(self, name):
        return lambda *a: (name, a)


w = WithGetattr()
print(call_each([w, w]))
w.f = len
print(call_each.__name__, [w.f("abc"), w.g(1)])
