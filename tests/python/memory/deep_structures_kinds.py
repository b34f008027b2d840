# Deep structures of the other kinds of container (sets, dict keys, slotted instances, list
# subclasses, iterators, closures, bound methods, exception and iterator chains), dropped
# without exhausting the interpreter's stack: each level is freed without recursion.

M = 200_000


def chain(make, n=M):
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
    "dict key": lambda x: {Node(x): 1},
    "frozenset": lambda x: frozenset([x]),
    "set": lambda x: {Node(x)},
    "slotted instance": Slotted,
    "list subclass": lambda x: MyList([x]),
    "iterator": lambda x: iter([x]),
    "map": lambda x: map(abs, [x]),
    "closure": lambda x: (lambda: x),
    "bound method": lambda x: Node(x).__init__,
}

for name, make in makers.items():
    x = chain(make, M)
    del x
    print(name, "dropped")

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

print("done")
