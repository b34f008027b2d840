# List and dict comprehensions: nested, with conditions, with expressions.
print([x * x for x in range(10)])
print([x for x in range(30) if x % 3 == 0 if x % 2 == 0])
print([x if x % 2 else -x for x in range(10)])
print([(x, y) for x in range(3) for y in range(3) if x != y])
print([[x * y for y in range(1, 5)] for x in range(1, 5)])
print([c.upper() for c in "hello" if c != "l"])
print([len(w) for w in "the quick brown fox".split()])
print([n for n in range(2, 50) if all([n % d for d in range(2, n)])])
print({x: x * x for x in range(6)})
print({w: len(w) for w in ["apple", "fig", "banana"]})
print({k: v for k, v in [("a", 1), ("b", 2), ("a", 3)]})
print({v: k for k, v in {"x": 1, "y": 2}.items()})
print({x % 3: x for x in range(10)})
print({(i, j): i * j for i in range(3) for j in range(i)})
print({c: "aeiou".find(c) for c in "education" if c in "aeiou"})

# Flatten a matrix and transpose it.
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9], [10, 11, 12]]
print([v for row in matrix for v in row])
print([[row[i] for row in matrix] for i in range(3)])
print([sum(row) for row in matrix], sum([sum(row) for row in matrix]))

# The loop variable does not leak out of a comprehension.
x = "outer"
squares = [x * 2 for x in range(3)]
print(x, squares)

# Comprehensions can read enclosing variables.
factor = 10
print([factor * n for n in range(4)])
def scaled(values, k):
    return [v * k for v in values if v > 0]
print(scaled([-1, 2, 0, 5], 3))

# Pythagorean triples.
triples = [(a, b, c) for a in range(1, 30) for b in range(a, 30) for c in range(b, 30) if a * a + b * b == c * c]
print(triples)

# Counting with a dict comprehension over a list comprehension.
text = "one two three two three three"
words = text.split()
print({w: words.count(w) for w in words})

# Nested dict comprehension.
table = {i: {j: i * j for j in range(1, 4)} for i in range(1, 4)}
print(table)
print(table[2][3])

# Comprehensions over strings, ranges, tuples and dicts.
print([ord(c) - 96 for c in "abcxyz"])
print([i for i in range(20, 0, -4)])
print([a + b for a, b in [(1, 2), (3, 4)]])
print([k for k in {"z": 1, "a": 2}])
print([[c for c in w] for w in ["ab", "", "c"]])
print([i for i in []], {k: k for k in []})

# Conditional expressions.
for n in [-5, 0, 5]:
    sign = "negative" if n < 0 else "zero" if n == 0 else "positive"
    print(n, sign)
print(["fizzbuzz" if i % 15 == 0 else "fizz" if i % 3 == 0 else "buzz" if i % 5 == 0 else i for i in range(1, 21)])
