# for loops over many iterables, with else, break and continue.
for ch in "abc":
    print(ch)
for item in [1, "two", 3.0]:
    print(item)
for t in (1, 2):
    print(t)
for k in {"x": 1, "y": 2}:
    print(k)
for i in range(2, 10, 3):
    print(i)
for i, ch in enumerate("xyz"):
    print(i, ch)
for a, b in zip([1, 2, 3], "abc"):
    print(a, b)
for x in reversed([1, 2, 3]):
    print(x)
for x in sorted({"b": 1, "a": 2, "c": 0}):
    print(x)

# for/else.
for n in [3, 5, 7]:
    if n % 2 == 0:
        print("found even", n)
        break
else:
    print("no even numbers")

for n in [3, 4, 7]:
    if n % 2 == 0:
        print("found even", n)
        break
else:
    print("no even numbers")

for n in []:
    print("never")
else:
    print("else after empty loop")

# continue.
for i in range(10):
    if i % 3 == 0:
        continue
    print("not a multiple of 3:", i)

# The loop variable keeps its last value.
for i in range(5):
    pass
print("last i", i)
for j in []:
    pass
j = "untouched"
print(j)

# Modifying the loop variable does not change iteration.
for i in range(3):
    print("before", i)
    i = 100
    print("after", i)

# Appending to a list while iterating over it.
items = [1, 2, 3]
for x in items:
    if x < 4:
        items.append(x + 3)
print(items)

# Pascal's triangle.
row = [1]
for n in range(10):
    print(" ".join([str(v) for v in row]).center(40))
    next_row = [1]
    for k in range(len(row) - 1):
        next_row.append(row[k] + row[k + 1])
    next_row.append(1)
    row = next_row

# Prime check with for/else.
primes = []
for n in range(2, 60):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        primes.append(n)
print(primes)

# Accumulating over a string.
total = 0
for digit in "9876543210":
    total = total * 10 + int(digit)
print(total, total + 1)

# Iterating with indices and a running sum.
values = [4, -2, 7, 0, -5, 9]
running = 0
for idx in range(len(values)):
    running += values[idx]
    print(idx, values[idx], running)
