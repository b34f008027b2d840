# Structures a million deep: built, dropped, compared and printed without exhausting the
# interpreter's stack. Dropping must free each level without recursion; comparison and repr
# stop at the recursion limit with RecursionError, as in CPython.

N = 1_000_000  # for the common kinds
M = 200_000  # for the rest


def chain(make, n=N):
    x = None
    for _ in range(n):
        x = make(x)
    return x


class Node:
    def __init__(self, nxt):
        self.nxt = nxt


class Slotted:
    __slots__ = ("nxt",)

    def __init__(self, nxt):
        self.nxt = nxt


class MyList(list):
    pass


makers = {
    "list": lambda x: [x],
    "tuple": lambda x: (x,),
    "dict": lambda x: {"k": x},
    "dict key": lambda x: {Node(x): 1},
    "frozenset": lambda x: frozenset([x]),
    "set": lambda x: {Node(x)},
    "instance": Node,
    "slotted instance": Slotted,
    "list subclass": lambda x: MyList([x]),
    "iterator": lambda x: iter([x]),
    "map": lambda x: map(abs, [x]),
    "closure": lambda x: (lambda: x),
    "bound method": lambda x: Node(x).__init__,
}

for name, make in makers.items():
    x = chain(make, N if name in ("list", "tuple", "dict", "instance") else M)
    del x
    print(name, "dropped")

# A container dropped while it sits in another container and in a local.
outer = [chain(makers["list"]), chain(makers["dict"])]
outer.clear()
print("cleared")

# Exceptions chained through __context__.
e = None
for i in range(200_000):
    try:
        raise ValueError(i)
    except ValueError as exc:
        exc.__context__ = e
        e = exc
print(type(e).__name__, e.args, type(e.__context__).__name__)
del e
print("exceptions dropped")

# Iterators over iterators.
it = iter(range(3))
for _ in range(200_000):
    it = map(abs, it)
del it
print("iterator chain dropped")

# Comparison and repr raise RecursionError instead of crashing.
a = chain(makers["list"], 100_000)
b = chain(makers["list"], 100_000)
for op in ("==", "!=", "<", "<=", ">", ">="):
    try:
        eval("a " + op + " b")
    except RecursionError as exc:
        print(op, "RecursionError:", exc)
for f in (repr, str):
    try:
        f(a)
    except RecursionError as exc:
        print(f.__name__, "RecursionError:", exc)
d1 = chain(makers["dict"], 100_000)
d2 = chain(makers["dict"], 100_000)
try:
    d1 == d2
except RecursionError as exc:
    print("dict == RecursionError:", exc)
del a, b, d1, d2

# Shallow nesting still compares and prints normally.
s1 = chain(makers["list"], 50)
s2 = chain(makers["list"], 50)
print(s1 == s2, s1 < s2, repr(s1)[:12], len(repr(s1)))
print("done")
