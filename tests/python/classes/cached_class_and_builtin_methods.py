# Attribute loads that the inline caches remember: built-in methods of classes deriving from
# built-in types, and class attributes read from the class. Each must keep giving what the
# full lookup gives as classes change.


class Bag(list):
    pass


b = Bag()
for i in range(3):
    b.append(i)
b.extend([7, 8])
print(b.pop(), b.pop(0), b, type(b).__name__, len(b))
b.append = lambda x: print("own append", x)
b.append(5)
del b.append
b.append(6)
print(b)


def logged_append(self, x):
    print("logged", x)
    list.append(self, x)


for k in range(2):
    b.append(10 + k)
Bag.append = logged_append
for k in range(2):
    b.append(20 + k)
del Bag.append
b.append(30)
print(b)


class Counts(dict):
    def __missing__(self, key):
        return 0


c = Counts()
for w in "abcab":
    c[w] = c.get(w, 0) + 1
print(sorted(c.items()), c.setdefault("z", 9), c["missing"], c.keys() == {"a", "b", "c", "z"})


class Name(str):
    pass


n = Name("abc")
print([n.upper(), type(n.upper()).__name__, n.startswith("a"), n.split("b")])


class Strength:
    def __init__(self, v):
        self.v = v

    @staticmethod
    def stronger(a, b):
        return a.v < b.v

    @classmethod
    def make(cls, v):
        return cls(v)

    @property
    def double(self):
        return self.v * 2


Strength.REQUIRED = Strength(0)
Strength.WEAK = Strength(5)


class Sub(Strength):
    pass


def probe():
    out = []
    for _ in range(3):
        out.append(
            (
                Strength.stronger(Strength.REQUIRED, Strength.WEAK),
                type(Strength.make(1)).__name__,
                type(Sub.make(1)).__name__,
                Strength.REQUIRED.v,
                type(Strength.double).__name__,
                Sub.WEAK is Strength.WEAK,
            )
        )
    return out


print(probe())


class Desc:
    def __get__(self, obj, owner):
        return ("got", owner.__name__)


class Holder:
    d = Desc()
    plain = Strength(3)


def read():
    return [Holder.d for _ in range(2)], [type(Holder.plain).__name__ for _ in range(2)]


print(read())
# The constant's class becomes a descriptor: the class attribute now goes through __get__.
Strength.__get__ = lambda self, obj, owner: ("now a descriptor", owner.__name__)
print(read())
del Strength.__get__
print(read())
Strength.stronger = staticmethod(lambda a, b: "replaced")
print(probe()[0][0])


# One call site meeting several built-in types: each type's own method.
def counts(values):
    return [v.count(1) for v in values] + [v.index(1) for v in values]


print(counts([[1, 2, 1], (0, 1), [1]]), counts([b"\x01\x01", (1,), [0, 1]]))
print([x.copy() for x in ({1: 2}, [3], {4})])
print([s.count("a") for s in ("banana", b"aa".decode(), "xyz")])


def method_or_attr(objs):
    return [o.get("k", "-") if isinstance(o, dict) else o.get("k") for o in objs]


class WithGet:
    def get(self, k):
        return "own " + k


print(method_or_attr([{"k": 1}, {}, WithGet(), Counts(k=3)]))
