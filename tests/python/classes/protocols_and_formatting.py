import sys
class Stack:
    def __init__(self):
        self.items = []
    def push(self, x):
        self.items.append(x)
        return self
    def pop(self):
        if not self.items:
            raise IndexError("pop from empty stack")
        return self.items.pop()
    def __len__(self):
        return len(self.items)
    def __bool__(self):
        return bool(self.items)
    def __repr__(self):
        return f"Stack({self.items!r})"
    def __contains__(self, x):
        return x in self.items
    def __iter__(self):
        return iter(self.items)
s = Stack().push(1).push(2)
print(s, len(s), bool(s), 2 in s, list(s), [x * 10 for x in s])
class Node:
    __slots__ = ("val", "next")
    def __init__(self, val, next=None):
        self.val = val
        self.next = next
n = Node(1, Node(2))
print(n.val, n.next.val)
class Temp:
    def __init__(self, c): self.c = c
    def __lt__(self, o): return self.c < o.c
    def __eq__(self, o): return self.c == o.c
    def __hash__(self): return hash(self.c)
    def __repr__(self): return f"T{self.c}"
print(sorted([Temp(3), Temp(1), Temp(2)]), max(Temp(5), Temp(9)), Temp(1) == Temp(1), {Temp(1): "a"}[Temp(1)])
class Meta(type):
    pass
class WithMeta(metaclass=Meta):
    x = 1
print(WithMeta.x, type(WithMeta).__name__ if False else "meta-ok")
class Base:
    def __init_subclass__(cls, **kw):
        cls.registered = True
class Child(Base): pass
print(Child.registered)
class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
for _ in range(3): Counter()
print(Counter.count)
def deco(f):
    def wrapper(*a, **k):
        print("calling", f.__name__)
        return f(*a, **k)
    return wrapper
@deco
def add(a, b): return a + b
print(add(2, 3))
class A:
    def f(self): return "A"
class B(A):
    def f(self): return "B" + super().f()
class C(A):
    def f(self): return "C" + super().f()
class D(B, C):
    def f(self): return "D" + super().f()
print(D().f(), [k.__name__ for k in D.__mro__])
print(getattr(D(), "f")(), hasattr(D(), "zz"), callable(D), isinstance(D(), (int, A)))
try:
    Stack().pop()
except IndexError as e:
    print("err", e)
x = 5
def show(): print(x)
show()
print(type(3) is int, type("") == str, int in (int, float))
values = {"b": 2, "a": 1}
print(sorted(values.items(), key=lambda kv: kv[1]), dict(sorted(values.items())))
matrix = [[1, 2], [3, 4]]
print([list(r) for r in zip(*matrix)], [[row[i] for row in matrix] for i in range(2)])
print("{:>6}|{:<6}|{:^6}|{:06.2f}|{:,}|{:x}|{!r}".format("a", "b", "c", 3.14159, 1234567, 255, "q"))
print("%-10s|%5.1f|%03d|%x" % ("hi", 2.55, 7, 255))
print(str.join(",", ["a", "b"]), "abc".replace("b", "B"), "a,b,,c".split(","), " x y ".split())
print(bytes([65, 66]), b"abc"[1], b"ab" + b"cd", list(b"hi"), "é".encode())
print(frozenset([1, 2]) == {1, 2}, {1, 2} | {3}, {1, 2} & {2}, {1, 2} - {1})
print(complex(1, 2), (1 + 2j) * (3 - 1j), abs(3 + 4j), 1j ** 2)
print(divmod(2**100, 7), 2**100 // 7, -2**100 % 7, (2**100).bit_length())
print(0.1 * 3, 1 / 7, 1e300 * 1e10, -1e-320, 5e-324, 2.5e-5, 1.0e15, 1.0e16)
print(round(123.456, -1), round(-2.5), round(2.675, 2), int("-0"), float("-0.0"))
