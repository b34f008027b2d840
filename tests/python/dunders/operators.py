# Every operator dunder with reflected and in-place forms, NotImplemented fallbacks,
# __index__, __format__, conversions and object.__ne__ inverting __eq__.
class V:
    def __init__(self, x): self.x = x
    def __repr__(self): return f"V({self.x})"
    def __add__(self, o): return V(self.x + (o.x if isinstance(o, V) else o)) if isinstance(o, (V, int)) else NotImplemented
    def __radd__(self, o): return V(o + self.x)
    def __iadd__(self, o): self.x += o; return self
    def __sub__(self, o): return V(self.x - o)
    def __rsub__(self, o): return V(o - self.x)
    def __mul__(self, o): return V(self.x * o)
    __rmul__ = __mul__
    def __matmul__(self, o): return "matmul"
    def __rmatmul__(self, o): return "rmatmul"
    def __truediv__(self, o): return V(self.x / o)
    def __floordiv__(self, o): return V(self.x // o)
    def __mod__(self, o): return V(self.x % o)
    def __divmod__(self, o): return (1, 2)
    def __rdivmod__(self, o): return (3, 4)
    def __pow__(self, o, m=None): return V(pow(self.x, o, m))
    def __rpow__(self, o): return "rpow"
    def __lshift__(self, o): return "lshift"
    def __rrshift__(self, o): return "rrshift"
    def __and__(self, o): return "and"
    def __ror__(self, o): return "ror"
    def __xor__(self, o): return "xor"
    def __neg__(self): return V(-self.x)
    def __pos__(self): return "pos"
    def __invert__(self): return "inv"
    def __abs__(self): return "abs"
    def __eq__(self, o): return isinstance(o, V) and self.x == o.x
    def __lt__(self, o): return self.x < o.x
    def __le__(self, o): return self.x <= o.x
    def __hash__(self): return hash(self.x)
    def __bool__(self): return self.x != 0
    def __len__(self): return 3
    def __index__(self): return self.x
    def __int__(self): return 99
    def __float__(self): return 1.5
    def __complex__(self): return 1j
    def __round__(self, n=None): return "round"
    def __trunc__(self): return "trunc"
    def __floor__(self): return "floor"
    def __ceil__(self): return "ceil"
    def __format__(self, spec): return f"<{spec}>"
    def __contains__(self, i): return i == 1
    def __getitem__(self, i): return ("gi", i)
    def __setitem__(self, i, v): print("si", i, v)
    def __delitem__(self, i): print("di", i)
    def __call__(self, *a, **k): return ("call", a, k)
v = V(5)
print(v + 1, 1 + v, v + V(2), v - 1, 10 - v, v * 2, 3 * v, v @ 1, 1 @ v, v / 2, v // 2, v % 3)
print(v ** 2, 2 ** v, v << 1, 1 >> v, v & 1, 1 | v, v ^ 1)
print(-v, +v, ~v, abs(v), v == V(5), v != V(5), v < V(6), v > V(4), v >= V(6), bool(v), len(v))
print([0, 1, 2, 3, 4, 5, 6][v], hex(v), int(v), float(v), round(v), round(v, 2))
import math
print(math.trunc(v), math.floor(v), math.ceil(v), format(v, "x>10"), f"{v:abc}", f"{v!r}", 1 in v, 2 in v)
print(v[1], v[1:2], v[1, 2]); v[0] = 1; del v[0]; v[1:3] = 4
print(v(1, k=2))
w = v; w += 3; print(w, v, w is v)
x = V(1); print(sorted([V(3), V(1), V(2)]), max(V(3), V(9)))
try: v + "s"
except TypeError as e: print(e)
try: "s" - V(1)
except TypeError as e: print(e)
try: v < 3
except (TypeError, AttributeError) as e: print(type(e).__name__, e)
class W:
    def __eq__(self, o): return NotImplemented
print(W() == W(), W() != 3)
class A:
    def __lt__(self, o): return NotImplemented
class B:
    def __gt__(self, o): return "B.gt"
print(A() < B())
try: A() < A()
except TypeError as e: print(e)
class I:
    def __index__(self): return 2
class I:
    def __index__(self): return 2
print("abc"[I()], [1,2,3][I():], range(10)[I()], bin(I()))
print(divmod(V(5), 1), divmod(1, V(5)), pow(V(5), 2, 3))
class OnlyEq:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, OnlyEq) and self.v == o.v
print(OnlyEq(1) != OnlyEq(1), OnlyEq(1) != OnlyEq(2), OnlyEq(1) != 1, 1 != OnlyEq(1))
class NeOnly:
    def __ne__(self, o): return "custom ne"
print(NeOnly() != 1, NeOnly() == NeOnly())
class Both:
    def __eq__(self, o): return NotImplemented
    def __ne__(self, o): return NotImplemented
b = Both()
print(b != b, b == b, b != Both())
