# Tuples: creation, repr, indexing, methods, comparison, hashing, dict keys.
empty = ()
one = (1,)
not_tuple = (1)
two = 1, 2
print(empty, one, not_tuple, two, len(empty), len(one))
print(type(empty).__name__, type(one).__name__, type(not_tuple).__name__)
print((None,), ("a",), ((),), ((1,),), (1, (2, (3, (4,)))))
t = (10, 20, 30, 20, 40, 20)
print(t[0], t[-1], t[1:4], t[::-1], t[::2], t.count(20), t.index(20), t.index(20, 2), t.index(40))
print(t + (50,), t * 2, (0,) * 3, () * 5, 20 in t, 25 in t)
print(tuple([1, 2, 3]), tuple("abc"), tuple(range(3)), tuple(), tuple({"x": 1, "y": 2}))

# Comparison is lexicographic.
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 100), () < (0,), (1, 2) == (1, 2))
print((1, "a") < (1, "b"), (1, 2.0) == (1, 2), ("x", (1, 2)) < ("x", (1, 3)))

# Tuples as dict keys.
grid = {}
for x in range(3):
    for y in range(3):
        grid[(x, y)] = x * 3 + y
print(grid)
print(grid[(1, 2)], grid[2, 0], (0, 0) in grid, (3, 3) in grid)
dist = {(0, 0): "origin", (1, 0): "east", (0, 1): "north", (-1, -1): "southwest"}
for key in dist:
    print(key, dist[key], key[0] + key[1])

print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()), hash((1, (2, 3))) == hash((1, (2, 3))))

# Tuples are immutable, but may contain mutable things.
box = ([1], 2)
box[0].append(99)
print(box)
try:
    box[1] = 3
except TypeError as e:
    print("TypeError:", e)

# Returning several values.
def min_max(values):
    return min(values), max(values)

def stats(values):
    n = len(values)
    total = sum(values)
    return n, total, total / n

result = min_max([4, 8, 1, 9])
print(result, type(result).__name__)
lo, hi = min_max([4, 8, 1, 9])
print(lo, hi)
print(stats([1, 2, 3, 4]))

# Tuple of tuples: a tiny table.
table = (("ann", 30, "oslo"), ("bob", 25, "rome"), ("cy", 41, "lima"))
for name, age, city in table:
    print(name, age, city)
print(sorted(table, key=lambda r: r[1]))
print(max(table, key=lambda r: r[1])[0])
print(tuple([x * 2 for x in (1, 2, 3)]))
print(tuple(reversed((1, 2, 3))), tuple(sorted((3, 1, 2))))
print(len(((1, 2), (3, 4), ())), sum((1, 2, 3)), min((4, 2, 8)))
