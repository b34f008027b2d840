# enumerate, zip, reversed, sorted, iter, next, any, all.
for i, ch in enumerate("abc"):
    print(i, ch)
for i, ch in enumerate("abc", start=1):
    print(i, ch)
print(list(enumerate([10, 20], 5)), list(enumerate([])), list(enumerate("xy", -2)))

print(list(zip([1, 2, 3], "abc")))
print(list(zip([1, 2, 3, 4], "ab")), list(zip()), list(zip([1, 2])), list(zip("ab", [], "cd")))
print(list(zip(range(3), range(10, 13), "xyz")))
names = ["ann", "bob", "cy"]
ages = [31, 25, 41, 99]
for name, age in zip(names, ages):
    print(name, age)
print(dict(zip(names, ages)))
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*matrix)), [list(col) for col in zip(*matrix)])
unzipped = list(zip(*[(1, "a"), (2, "b")]))
print(unzipped)

print(list(reversed([1, 2, 3])), list(reversed("héllo")), list(reversed((1,))), list(reversed(range(5))))
print(list(reversed([])), "".join(reversed("stressed")), list(reversed(range(1, 10, 3))))
print(list(reversed({"a": 1, "b": 2})))

print(sorted([3, 1, 2]), sorted("bca"), sorted((2, 1)), sorted({"b": 1, "a": 2}.items()))
print(sorted([3, 1, 2], reverse=True), sorted(["bb", "a", "ccc"], key=len, reverse=True))

it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "end"))
chars = iter("hi")
print(list(chars), list(chars))
ri = reversed([1, 2, 3])
print(next(ri), list(ri))
e = enumerate("ab")
print(next(e), next(e), next(e, None))
z = zip("ab", [1, 2])
print(next(z), list(z))

print(any([False, 0, "", None]), any([0, 1]), any([]), any("abc"), any([[]]), any([[0]]))
print(all([True, 1, "x"]), all([1, 0]), all([]), all(""), all([[]]), all(range(1, 5)), all(range(5)))
nums = [3, 8, 12, 5]
print(any([n > 10 for n in nums]), all([n > 2 for n in nums]), any([n < 0 for n in nums]))

# enumerate and zip together.
before = [5, 3, 8]
after = [5, 4, 8]
for i, (a, b) in enumerate(zip(before, after)):
    status = "same" if a == b else "changed"
    print(i, a, b, status)

# Pairwise differences with zip.
values = [1, 4, 9, 16, 25]
print([b - a for a, b in zip(values, values[1:])])
print([a * b for a, b in zip(values, reversed(values))])

# Sliding window sums.
window = 3
data = [1, 2, 3, 4, 5, 6]
print([sum(data[i:i + window]) for i in range(len(data) - window + 1)])

# Sorting and enumerating for a leaderboard.
scores = [("ann", 88), ("bob", 92), ("cy", 79), ("dee", 92)]
for rank, (name, score) in enumerate(sorted(scores, key=lambda s: -s[1]), 1):
    print(rank, name, score)

# Dot product and transpose.
v1 = [1, 2, 3]
v2 = [4, 5, 6]
print(sum([a * b for a, b in zip(v1, v2)]))
grid = [[1, 2], [3, 4], [5, 6]]
print([list(row) for row in zip(*grid)])
