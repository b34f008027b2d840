# Comparisons, chained comparisons, identity and mixed types.
x = 2
print(1 < x < 3, 1 < x > 3, 0 <= x <= 2, 3 > x >= 2 > 1)
print(1 == 1.0 == True, 1 < 2 < 3 < 4 < 5, 5 > 4 > 3 > 6)
print(x == 2 != 3, x != 2 == 2)

calls = []
def val(n):
    calls.append(n)
    return n

print(val(1) < val(0) < val(5))
print(calls)
calls = []
print(val(1) < val(2) < val(3))
print(calls)

print(None is None, None is not None, True is True, [] is [], x is not None)
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
print(None == None, None == 0, None == False, 0 == False, 1 == True)

# Ordering of strings, lists and tuples.
print("abc" < "abd", "abc" < "ab", "" < "a", "Z" < "a", "apple" < "banana")
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 99])
print((1, 2) < (1, 2, 3), (3,) > (2, 9), (1, "a") < (1, "b"))
print([1, [2, 3]] == [1, [2, 3]], (1, (2,)) != (1, (2,)))
print(1 < 1.5 < 2, -1 < 0.0, 0.0 == -0.0)
print(2 ** 64 > 1e19, 2 ** 64 < 1.9e19, 10 ** 400 > 1e308, -(10 ** 400) < -1e308)

# Comparisons used for sorting decisions.
def compare(a, b):
    if a < b:
        return -1
    elif a > b:
        return 1
    return 0

pairs = [(1, 2), (2, 1), (3, 3), ("a", "b"), ((1, 2), (1, 2)), ([3], [2, 9])]
for p, q in pairs:
    print(p, q, compare(p, q))

# Equality between different types is False, not an error.
print(1 == "1", [] == (), {} == [], None != 0, "a" != ["a"])
print(max(3, 3.0), min(3.0, 3), max(True, 1), min(0, False))
print(not 1 < 2, not (1 > 2), (1 < 2) == True)
