# Looking a dict up by an int: equal ints, bools and floats are one key; -1 and -2 share a
# hash but not a key; big ints, misses and keys with their own __eq__ take the general path.
d = {1: "one", 2.0: "two", True: "true?", -1: "minus one", -2: "minus two", 0: "zero"}
print(d)
print(d[1], d[True], d[1.0], d[2], d[2.0], d[-1], d[-2], d[0], d[False])
for k in (3, -3, 2**61 - 1, 2**63, -(2**63), 10**30):
    try:
        print(d[k])
    except KeyError as e:
        print("KeyError", repr(e))

big = {2**61 - 1: "mod", 2**61: "mod+1", 2**64: "big", -(2**61): "neg"}
print(big[2**61 - 1], big[2**61], big[2**64], big[-(2**61)])
try:
    big[0]
except KeyError as e:
    print("KeyError", e)

nan = float("nan")
f = {nan: "nan", 0.5: "half", 3.0: "three"}
print(f[3], f[0.5])
try:
    f[0]
except KeyError as e:
    print("KeyError", e)


class Key:
    """Equal to an int, with its hash: found only through __eq__."""

    def __init__(self, n):
        self.n = n

    def __hash__(self):
        return hash(self.n)

    def __eq__(self, other):
        print("eq called")
        return other == self.n


obj = {Key(5): "five by eq"}
print(obj[Key(5)])
try:
    print(obj[5])
except KeyError as e:
    print("KeyError", e)


class Missing(dict):
    def __missing__(self, key):
        return ("missing", key)


m = Missing({1: "a"})
print(m[1], m[2], m[True])


class IntLike(int):
    pass


print(d[IntLike(1)], {IntLike(7): "seven"}[7])


def lookups(table, keys):
    total = 0
    for k in keys:
        total += table[k]
    return total


table = {i: i * i for i in range(-50, 50)}
print(lookups(table, range(-50, 50)), lookups(table, [True, False, 3.0]))
table[7] = "changed"
print(table[7], 7 in table, table.get(7), table.pop(7), 7 in table)
try:
    table[7]
except KeyError as e:
    print("KeyError", e)

# The stored key's __eq__ decides for a plain key too, in every kind of lookup.
obj[5] = "replaced"
print(len(obj), list(obj.values()), 5 in obj, obj.get(5), obj.pop(5, "gone"), len(obj))
s = {Key(9)}
print(9 in s, 8 in s)
s.add(9)
print(len(s))
