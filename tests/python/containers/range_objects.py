# range: repr, len, indexing, slicing, membership, negative steps.
ranges = [range(5), range(2, 8), range(0, 20, 3), range(10, 0, -1), range(10, 0, -3),
          range(0), range(5, 5), range(5, 0), range(-5, 5, 2), range(0, -10, -4)]
for r in ranges:
    print(r, len(r), list(r), bool(r))

r = range(3, 30, 4)
print(r[0], r[1], r[-1], r[-2], r[len(r) - 1])
print(r[1:4], r[::-1], r[::2], r[-3:], list(r[1:4]), list(r[::-1]))
print(range(10)[2:8:2], range(10)[::-3], range(0, 100, 7)[3:6])
print(7 in r, 8 in r, 27 in r, 31 in r, -1 in range(-5, 0), 0 in range(0))
print(r.index(15), r.count(15), r.count(16))
print(range(5) == range(5), range(0) == range(5, 5), range(0, 3) == range(0, 3, 1), range(1, 2) == range(1, 3))
print(range(0, 10, 3) == range(0, 11, 3), range(2) != range(3))
print(range(-3), list(range(-3)), range(3, -3, -2), list(range(3, -3, -2)))
print(sum(range(101)), max(range(10, 0, -2)), min(range(3, 9)), sorted(range(5, 0, -1)))
print(len(range(0, 10 ** 18, 3)), range(0, 10 ** 20, 3)[10 ** 18], 10 ** 19 in range(0, 10 ** 20, 2))

try:
    range(5)[5]
except IndexError as e:
    print("IndexError:", e)
try:
    range(0, 10, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)

# Loop patterns.
for i in range(3):
    print("up", i)
for i in range(3, 0, -1):
    print("down", i)
for i in range(len("abc")):
    print(i, "abc"[i])
total = 0
for i in range(1, 1001, 2):
    total += i
print(total)
print([i * i for i in range(1, 11) if i % 3 != 0])

# Multiplication table.
for i in range(1, 6):
    row = ""
    for j in range(1, 6):
        row += str(i * j).rjust(4)
    print(row)
