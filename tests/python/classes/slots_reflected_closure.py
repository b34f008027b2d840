# __slots__ restricts instance attributes; reflected operators are skipped for same-type operands.
class Vec:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
v = Vec(1, 2)
v.x = 10
print(v)
try:
    v.z = 3
except AttributeError as e:
    print("AttributeError:", e)
class Vec3(Vec):
    __slots__ = ('z',)
v3 = Vec3(1, 2)
v3.z = 3
print(v3, v3.z)
try:
    v3.w = 4
except AttributeError as e:
    print("AttributeError:", e)
class Loose(Vec):
    pass
lo = Loose(1, 2)
lo.anything = 5
print(lo.anything)
class Named:
    __slots__ = 'only'
    kind = "named"
n = Named()
n.only = 1
for attr in ("other", "kind"):
    try:
        setattr(n, attr, 2)
    except AttributeError as e:
        print("AttributeError:", e)
class WithDict:
    __slots__ = ('a', '__dict__')
w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.b)

class Num:
    def __init__(self, v):
        self.v = v
    def __radd__(self, other):
        return Num(other + self.v)
    def __rmul__(self, other):
        return "rmul"
n1 = 0 + Num(1)
print(n1.v, 3 * Num(2))
try:
    Num(1) + Num(2)
except TypeError as e:
    print("TypeError:", e)
try:
    Num(1) * Num(2)
except TypeError as e:
    print("TypeError:", e)
try:
    sum([Num(1), Num(2)])
except TypeError as e:
    print("TypeError:", e)
class Sub(Num):
    pass
print(Num(1).__radd__(5).v, (2 + Sub(3)).v)

def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
f = counter()
f()
print(f(), len(f.__closure__), f.__closure__[0].cell_contents, counter.__closure__)
print(str(object())[:17], repr(object())[:17])
class P:
    __slots__ = ("x",)
p = P()
p.x = 1
print(hasattr(p, "__dict__"))
try:
    vars(p)
except TypeError as e:
    print("TypeError:", e)
