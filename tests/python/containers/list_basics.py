# List indexing, concatenation, repetition, membership and comparison.
nums = [10, 20, 30, 40, 50]
print(nums, len(nums), nums[0], nums[-1], nums[2], nums[-3])
nums[1] = 21
nums[-1] = 55
print(nums)
print(nums + [60, 70], [0] * 5, [1, 2] * 3, 2 * ["a"], [] * 10, [1] * 0, [1, 2] * -1)
print(30 in nums, 31 in nums, 31 not in nums, [] in [[]], [1] in [[1], 2])
print([1, 2, 3] == [1, 2, 3], [1, 2, 3] != [1, 2, 4], [1, 2] < [1, 2, 3], [2] > [1, 5])
print([] == [], [] < [0], [[1, 2], [3]] < [[1, 2], [4]], ["b"] > ["a", "z"])

mixed = [1, "two", 3.0, None, True, [5, 6], (7, 8), {"nine": 9}]
print(mixed, len(mixed))
for item in mixed:
    print(type(item).__name__, item)
print(mixed[5][1], mixed[6][0], mixed[7]["nine"])

# Nested lists.
grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(grid[1], grid[1][2], grid[-1][-1], len(grid), len(grid[0]))
grid[0][0] = 100
print(grid)
diag = []
for i in range(3):
    diag.append(grid[i][i])
print(diag)
print([row[1] for row in grid])

# += extends in place; + builds a new list.
a = [1, 2]
b = a
a += [3]
print(a, b, a is b)
a = a + [4]
print(a, b, a is b)
a += "xy"
print(a)
a *= 2
print(a)

# Building lists in loops.
evens = []
for i in range(20):
    if i % 2 == 0:
        evens.append(i)
print(evens)
squares = [x * x for x in range(10)]
print(squares, sum(squares), max(squares), min(squares))
print(list("hello"), list(range(5)), list((1, 2)), list(), list([3, 4]))
print(list({"a": 1, "b": 2}), list({"a": 1}.items()))

# Empty and single-element lists.
empty = []
print(empty, len(empty), bool(empty), [None], [[]], [[], []])
single = [42]
print(single[0], single[-1], single * 3)

# Running maximum.
data = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
best = data[0]
running = []
for d in data:
    if d > best:
        best = d
    running.append(best)
print(running)
print(data.count(5), data.index(9), data[::-1], sorted(data))
