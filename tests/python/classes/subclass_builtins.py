class S(list):
    pass

s = S([1, 2])
print(s, len(s), type(s).__name__, isinstance(s, list), isinstance(s, S))
s.append(3)
print(s, s[0], s[-1], s[1:], 2 in s, 9 in s)
s[0] = 10
del s[1]
print(s, list(s), sorted(S([3, 1, 2])), bool(S()), bool(s))
print(S() == [], s == [10, 3], s != [1])
for x in s:
    print("item", x)


class Stack(list):
    def push(self, x):
        self.append(x)

    def peek(self):
        return self[-1]

    def is_empty(self):
        return not self


st = Stack()
st.push(1)
st.push(2)
print(st.peek(), st.pop(), st, st.is_empty(), len(st))
st.pop()
print(st.is_empty(), repr(st))


class Named(list):
    def __init__(self, name, items=()):
        super().__init__(items)
        self.name = name


n = Named("xs", [4, 5])
print(n.name, n, n.count(4), n.index(5))
list.append(n, 6)
print(n, list.__len__(n) if hasattr(list, "__len__") else len(n))


class DefaultDict(dict):
    def __missing__(self, key):
        return f"missing {key}"


d = DefaultDict(a=1)
print(d["a"], d["zz"], d.get("zz"), "zz" in d, len(d), d)
d["b"] = 2
print(dict(d), sorted(d), list(d.items()), d.keys())


class Counter(dict):
    def add(self, k):
        self[k] = self.get(k, 0) + 1


c = Counter()
for w in "abcab":
    c.add(w)
print(c, c["a"], isinstance(c, dict))


class D(dict):
    def __getitem__(self, k):
        return super().__getitem__(k) * 2


dd = D({"x": 21})
print(dd["x"], dd)


class Celsius(int):
    def __repr__(self):
        return f"Celsius({int(self)})"


t = Celsius(20)
print(t, repr(t), t + 1, t * 2, t > 10, t == 20, hash(t) == hash(20), f"{t}", f"{t:5d}|")
print(str(t), int(t), float(t), -t if False else 0, [t])


class Money(float):
    def __repr__(self):
        return f"${float(self):.2f}"


m = Money(3.5)
print(m, m + 1, m * 2, m < 4, round(float(m)), f"{m:.1f}", [m])


class Upper(str):
    def __new__(cls, value):
        return super().__new__(cls, value.upper())


u = Upper("hello")
print(u, repr(u), u.lower(), u + "!", len(u), u == "HELLO", u.startswith("HE"), type(u).__name__)
print(f"{u}", f"{u:>8}|", u[1], "E" in u, {u: 1}["HELLO"])


class T(str):
    pass


ts = T("abc")
print(ts.upper(), type(ts.upper()).__name__, ts * 2, str(ts), ts.split("b"))


class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]

    @property
    def y(self):
        return self[1]


p = Point(1, 2)
print(p, p.x, p.y, len(p), p == (1, 2), hash(p) == hash((1, 2)), list(p), p + (3,))
a, b = p
print(a, b, isinstance(p, tuple))


class N(int):
    pass


print(N(3) + 1 == 4, N(3) + N(4), N("17"), N(), 5 - N(2), N(7) // 2, abs(N(-3)))


class F(float):
    pass


print(F(2.5) * 2, F("1.5"), F() == 0.0)


class MySet(set):
    pass


ms = MySet([1, 2, 2])
ms.add(3)
print(ms, len(ms), 2 in ms, sorted(ms))


class MyError(ValueError):
    pass


try:
    raise MyError("bad")
except ValueError as e:
    print("caught", type(e).__name__, e)
print(S([1]) + [2], [0] + list(S([1])))
class S(list):
    def __len__(self):
        return 42

    def __repr__(self):
        return "S!"


s = S([1, 2, 3])
print(len(s), s, str(s), list(s), f"{s}")


class L(list):
    def __getitem__(self, i):
        return super().__getitem__(i) + 100

    def __contains__(self, x):
        return super().__contains__(x)


l = L([1, 2])
print(l[0], 1 in l, 5 in l)


class OD(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 10) if hasattr(dict, "__setitem__") else None


class Frozen(frozenset):
    pass


f = Frozen([1, 2])
print(f, Frozen(), len(f), f | {3}, hash(f) == hash(frozenset([1, 2])))


class E(list):
    pass


print(E(), repr(E("ab")), E("ab") == ["a", "b"], E([1]) < [2], S() is not S())
x = E([3, 1, 2])
x.sort()
print(x, x.copy(), type(x.copy()).__name__, x * 2, type(x * 2).__name__)
x += [9]
print(x, type(x).__name__)


class Weird(int):
    def __add__(self, o):
        return "added"


print(Weird(1) + 2, 2 + Weird(1), Weird(5) * 2)


class Bag(dict):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.extra = True


b = Bag(a=1, b=2)
print(b, b.extra, {**b}, b.pop("a"), b, list(b.values()))


class U(str):
    def shout(self):
        return self.upper() + "!"


u = U("hi")
print(u.shout(), "%s and %r" % (u, u), ",".join([u, u]), u.join(["a", "b"]), u in {"hi"})
print(int(U("5")) + 1, float(U("1.5")))
try:
    hash(E())
except TypeError as e:
    print("TypeError", e)
print(max(E([1, 5, 2])), sum(E([1, 2])), tuple(E("ab")), set(E([1, 1])), enumerate(E("a")).__next__())
print(str(Frozen([1])) , isinstance(f, frozenset), issubclass(Frozen, frozenset))
class S(list):
    pass


s = S([1, 2])
print(vars(s), s.__dict__, s.__class__.__name__)
s.tag = "t"
print(s.tag, s)


class A(dict):
    def keys(self):
        return ["only"]

    def __getitem__(self, k):
        return "v-" + k


print(dict(A(x=1)), {**A(x=1)})


class Ord(dict):
    def __repr__(self):
        return "Ord(" + super().__repr__() + ")"


print(Ord(a=1))


class Cnt(int):
    def __new__(cls, v=0):
        obj = super().__new__(cls, v * 2)
        obj.orig = v
        return obj


c = Cnt(4)
print(c, c.orig, c + 0, isinstance(c, int), type(c) is Cnt)


class Str2(str):
    def __str__(self):
        return "custom"


print(Str2("x"), str(Str2("x")), f"{Str2('x')}", repr(Str2("x")))
import sys
print(S.__mro__ if False else [t.__name__ for t in S.__mro__])
print(sorted([S([2]), S([1])]), S([1]) in [[1]], [1] == S([1]))
print({S.__name__: 1}, type(S([1])[:1]).__name__, S([1]).__len__(), S([4]).__getitem__(0))
print(dict.get(A(q=1), "q"), str.upper(Str2("ab")))
class S(list):
    def __init__(self):
        pass


print(S(), len(S()))


class D(dict):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)


print(D([("a", 1)], b=2))


class P:
    pass


try:
    P(1)
except TypeError as e:
    print(e)
big = S()
for i in range(100000):
    big.append(i)
print(len(big), sum(big))


class N(int):
    pass


print(N(3) == N(3), {N(3): "x"}[3], N(2) ** 3, divmod(N(7), 2), N(5) % 3, str(N(9)), bin(N(5)), [1, 2, 3][N(1)])
print(range(N(3)), "abc"[N(1)], N(1) < 2.5, sorted([N(3), 1, N(2)]))
