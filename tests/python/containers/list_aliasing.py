# Aliasing, shallow copies and shared nested lists.
a = [1, 2, 3]
b = a
b.append(4)
print(a, b, a is b)
c = a[:]
c.append(5)
print(a, c, a is c, a == c[:4])
d = list(a)
d[0] = "changed"
print(a, d)
e = a.copy()
print(e == a, e is a)

# The classic [[0] * n] * m pitfall.
bad = [[0] * 3] * 3
bad[0][0] = 1
print(bad)
good = [[0] * 3 for _ in range(3)]
good[0][0] = 1
print(good)
print(bad[0] is bad[1], good[0] is good[1])

# Shallow copy shares inner lists.
outer = [[1, 2], [3, 4]]
shallow = outer[:]
shallow[0].append(99)
shallow[1] = ["new"]
print(outer, shallow)

# Deep copy by hand.
def deep_copy(value):
    if type(value) == list:
        return [deep_copy(v) for v in value]
    if type(value) == dict:
        return {k: deep_copy(v) for k, v in value.items()}
    return value

nested = [1, [2, [3, {"k": [4]}]]]
copy = deep_copy(nested)
copy[1][1][1]["k"].append(5)
print(nested, copy)

# Functions receive references.
def mutate(lst):
    lst.append("mutated")
    lst = ["rebound"]
    lst.append("lost")
    return lst

orig = ["x"]
result = mutate(orig)
print(orig, result)

# Lists containing themselves.
loop = [1, 2]
loop.append(loop)
print(loop, len(loop), loop[2] is loop, loop[2][2][0])
d2 = {"self": None}
d2["self"] = d2
print(d2)
pair = [[], []]
pair[0].append(pair[1])
pair[1].append(pair[0])
print(pair)

# Variables in a loop rebind, they do not alias.
rows = []
row = []
for i in range(3):
    row.append(i)
    rows.append(row)
print(rows)
rows = []
for i in range(3):
    row = [i] * 2
    rows.append(row)
print(rows)

# Augmented assignment on an alias.
x = [1]
y = x
x += [2]
print(x, y)
x = x + [3]
print(x, y)
t = (1, 2)
u = t
t += (3,)
print(t, u)
