# min, max (iterable or several args, key=, default=), sum (with start), abs.
print(min(3, 1, 2), max(3, 1, 2), min([4, 5, 0]), max((4, 5, 0)), min("hello"), max("hello"))
print(max([1.5, 2, -3]), min([1.5, 2, -3]), max([True, 0, -1]), min(["b", "abc", "ab"]))
print(max(["apple", "fig", "banana"], key=len), min(["apple", "fig", "banana"], key=len))
print(max([-7, 3, -1], key=abs), min([-7, 3, -1], key=abs), max(-7, 3, -1, key=abs))
print(max([], default="empty"), min([], default=None), max([5], default=0), min((), default=-1))
print(max([1, 3, 3, 2], key=lambda x: x % 3), min([4, 1, 7], key=lambda x: -x))
print(max({"a": 3, "b": 9, "c": 1}), min({"a": 3, "b": 9, "c": 1}))
scores = {"a": 3, "b": 9, "c": 1}
print(max(scores, key=lambda k: scores[k]), min(scores.items(), key=lambda kv: kv[1]))
print(max([(1, "z"), (2, "a"), (2, "b")]), min([[3, 1], [2, 9], [2, 1]]))
print(max(range(10)), min(range(5, 0, -1)), max(2 ** 100, 2 ** 99), min(-(2 ** 100), 0))

# Ties return the first maximal or minimal element.
print(max(["aa", "bb", "c"], key=len), min(["aa", "bb", "c", "d"], key=len))
print(max([(1, "first"), (1, "second")], key=lambda p: p[0]))

try:
    max([])
except ValueError as e:
    print("ValueError:", e)
try:
    min([], key=len)
except ValueError as e:
    print("ValueError:", e)

print(sum([1, 2, 3]), sum([]), sum([1, 2, 3], 10), sum((0.1, 0.2, 0.3)), sum(range(101)))
print(sum([[1], [2, 3], []], []), sum([(1,), (2,)], ()), sum([True, True, False]), sum([1.5, 2], -0.5))
print(sum([0.1] * 10), sum([10 ** 20, 1, -(10 ** 20)]), sum([1, 2.0]), sum([], 5))
print(sum([1e100, 1.0, -1e100]), sum([0.1, 0.2, 0.3, 0.4]))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)

print(abs(-3), abs(3), abs(-0.5), abs(0), abs(-(10 ** 30)), abs(True), abs(-2.5e-300))

# Statistics by hand.
data = [23, 7, 42, 15, 8, 16, 4, 42, 0, 19]
n = len(data)
mean = sum(data) / n
ordered = sorted(data)
median = (ordered[n // 2 - 1] + ordered[n // 2]) / 2
spread = max(data) - min(data)
counts = {}
for d in data:
    counts[d] = counts.get(d, 0) + 1
mode = max(counts, key=counts.get)
print(n, mean, median, spread, mode)
deviations = [abs(d - mean) for d in data]
print(deviations, max(deviations), sum(deviations) / n)

# Closest pair of points by squared distance.
points = [(0, 0), (5, 5), (1, 2), (6, 7), (10, 0), (2, 1)]
best = min([(a, b) for a in points for b in points if a < b],
           key=lambda p: (p[0][0] - p[1][0]) ** 2 + (p[0][1] - p[1][1]) ** 2)
print(best)

# Longest word per line.
lines = ["the quick brown fox", "jumps over", "the extraordinarily lazy dog"]
print([max(line.split(), key=len) for line in lines])
print(max(lines, key=lambda l: len(l.split())))
