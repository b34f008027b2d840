# Dict displays: equal keys of different types are one key (the first key object stays, the
# last value wins), keys are hashed once each in order, and a key with its own __eq__ meets
# the keys before it.
print({1: "a", True: "b", 1.0: "c"})
print({"x": 1, "y": 2, "x": 3})
print({0: "zero", False: "false", -1: "m1", -2: "m2", 2**61 - 1: "big", 2**64: "bigger"})
print({(1, 2): "t", (1, 2): "u", frozenset({1}): "f"})


class Loud:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        print("hash", self.n)
        return hash(self.n)

    def __eq__(self, other):
        print("eq", self.n, other)
        return other == self.n

    def __repr__(self):
        return f"Loud({self.n})"


print({1: "int", Loud(1): "loud", "s": "str", 1: "int again"})
print({Loud(2): "first", 2: "second", Loud(3): "third"})
try:
    {"a": 1, []: 2}
except TypeError as e:
    print("TypeError", e)


def build(i):
    return {"i": i, i: "i", "n": None}


print([build(i) for i in range(3)], len({i: i for i in range(1000)}))
d = {"k": 1}
d["k"] += 1
d[5] = "five"
print(d, d.get(5), d.get("k"), d.get("missing", "default"))
