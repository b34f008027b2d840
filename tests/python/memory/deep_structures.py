# Structures a million deep (lists, tuples, dicts, instances): built, dropped, compared and
# printed without exhausting the interpreter's stack. Dropping must free each level without
# recursion; comparison and repr stop at the recursion limit with RecursionError, as in
# CPython. deep_structures_kinds.py has the other kinds of container.

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
    "instance": Node,
}

for name, make in makers.items():
    x = chain(make, N)
    del x
    print(name, "dropped")

# A container dropped while it sits in another container and in a local.
outer = [chain(makers["list"]), chain(makers["dict"])]
outer.clear()
print("cleared")

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
