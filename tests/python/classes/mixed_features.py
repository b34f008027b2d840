class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} says {self.sound}"
    def __str__(self):
        return "Animal " + self.name
class Dog(Animal):
    sound = "woof"
    def speak(self):
        return super().speak() + "!"
d = Dog("rex")
print(d.speak(), str(d), isinstance(d, Animal), type(d).__name__, Dog.__mro__)
class P:
    def __init__(self, x): self._x = x
    @property
    def x(self): return self._x
    @x.setter
    def x(self, v): self._x = v * 2
    @staticmethod
    def s(a): return a + 1
    @classmethod
    def c(cls): return cls.__name__
p = P(3); p.x = 5; print(p.x, P.s(1), p.s(2), P.c(), p.c())
def gen(n):
    for i in range(n):
        x = yield i
        if x: print("got", x)
    return "done"
g = gen(3)
print(next(g), g.send("hi"), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], (3,), "ab")))
print([x for x in (y * 2 for y in range(4))])
class V:
    def __init__(self, x, y): self.x, self.y = x, y
    def __add__(self, o): return V(self.x + o.x, self.y + o.y)
    def __eq__(self, o): return self.x == o.x and self.y == o.y
    def __repr__(self): return f"V({self.x}, {self.y})"
    def __len__(self): return 2
    def __getitem__(self, i): return (self.x, self.y)[i]
    def __iter__(self): yield self.x; yield self.y
print(V(1, 2) + V(3, 4), V(1, 2) == V(1, 2), len(V(0, 0)), list(V(5, 6)), V(7, 8)[1])
with_log = []
class Ctx:
    def __enter__(self): with_log.append("enter"); return self
    def __exit__(self, t, v, tb): with_log.append(("exit", t.__name__ if t else None)); return True
with Ctx() as c:
    raise ValueError("x")
print(with_log)
def f(a, b=2, *args, c, d=4, **kw): return (a, b, args, c, d, kw)
print(f(1, c=3), f(1, 2, 3, 4, c=5, e=6))
try:
    raise ValueError("bad") from KeyError("k")
except ValueError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)
class MyErr(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
try:
    raise MyErr(5)
except Exception as e:
    print(type(e).__name__, e, e.code, e.args)
print(sorted(["b", "A", "c"], key=str.lower))
import sys
print(sys.version_info[:2], sys.maxsize)
x = 10
def g2():
    global x
    x += 1
g2(); print(x)
print({1: 2, **{3: 4}}, [*range(3), *"ab"], (*[1], 2))
a = [1, 2, 3]; a[1:2] = [7, 8, 9]; print(a); del a[::2]; print(a)
print(divmod(-7, 2), divmod(7.5, 2), pow(3, 4, 5), round(2.5), round(3.5), round(1.23456, 3))
print(int("  42 "), int("0x1f", 16), int("1_000"), float("1e3"), bool([]), str(1.0))
print(hash(1) == hash(1.0), hash((1, 2)), 1 == 1.0, {1: "a", 1.0: "b"})
print(any(x > 2 for x in [1, 2, 3]), all([]), list(zip("abc", range(5))), list(enumerate("xy", 1)))
print(list(map(lambda x: x * 2, [1, 2])), list(filter(None, [0, 1, 2])), list(reversed([1, 2, 3])))
print("%s is %d years and %.2f%%" % ("bob", 30, 12.345), "%5s|%-5s|" % ("a", "b"), "%r" % "x")
