# Packing, unpacking, nested and starred unpacking, swapping.
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
x, y, z = "xyz"
print(x, y, z)
p, q = [10, 20]
print(p, q)
(m, n), o = (1, 2), 3
print(m, n, o)
[r, s] = (5, 6)
print(r, s)
i, (j, (k, l)) = 1, (2, (3, 4))
print(i, j, k, l)
first, *rest = [1, 2, 3, 4, 5]
print(first, rest)
*init, last = [1, 2, 3, 4, 5]
print(init, last)
head, *middle, tail = "abcdef"
print(head, middle, tail)
one, *none = [1]
print(one, none)
a, *b, c = (1, 2)
print(a, b, c)
(a, *b), c = [1, 2, 3], 4
print(a, b, c)
*everything, = range(4)
print(everything)

# Rotating three variables.
a, b, c = 1, 2, 3
a, b, c = b, c, a
print(a, b, c)

# Fibonacci with simultaneous assignment.
f0, f1 = 0, 1
fibs = []
for _ in range(15):
    fibs.append(f0)
    f0, f1 = f1, f0 + f1
print(fibs)

# Unpacking in for loops.
pairs = [(1, "one"), (2, "two"), (3, "three")]
for num, word in pairs:
    print(num, word)
for idx, (num, word) in enumerate(pairs):
    print(idx, num, word)
for key, *values in [("a", 1, 2), ("b",), ("c", 3)]:
    print(key, values)
points = [((0, 0), (3, 4)), ((1, 1), (4, 5))]
for (x1, y1), (x2, y2) in points:
    print(x1, y1, x2, y2, (x2 - x1) ** 2 + (y2 - y1) ** 2)

d = {"x": 1, "y": 2}
for k, v in d.items():
    print(k, v)

# Starred expressions in displays.
nums = [1, 2, 3]
print([0, *nums, 4], (*nums,), [*"ab", *range(2)], (*nums, *nums))
merged = {**{"a": 1, "b": 2}, **{"b": 3, "c": 4}}
print(merged)

# Errors from unpacking.
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b = 5
except TypeError as e:
    print("TypeError:", e)
try:
    x, y = "abc"
except ValueError as e:
    print("ValueError:", e)

# Chained assignment.
u = v = w = [0]
u.append(1)
print(u, v, w, u is w)
m = n = 5
m += 1
print(m, n)
