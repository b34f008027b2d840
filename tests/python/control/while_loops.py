# while loops with break, continue and else.
n = 0
while n < 5:
    print("n =", n)
    n += 1
else:
    print("loop finished normally, n =", n)

n = 0
while True:
    n += 1
    if n == 3:
        continue
    if n > 6:
        break
    print("visit", n)
else:
    print("never printed")
print("after break", n)

# while/else where the condition is false at the start.
while False:
    print("never")
else:
    print("else runs even when the body never does")

# Search with while/else.
def find_first_divisor(n):
    d = 2
    while d * d <= n:
        if n % d == 0:
            print(n, "divisible by", d)
            break
        d += 1
    else:
        print(n, "is prime")

for n in [2, 15, 17, 49, 97, 221]:
    find_first_divisor(n)

# Digit reversal.
def reverse_digits(n):
    result = 0
    while n > 0:
        result = result * 10 + n % 10
        n //= 10
    return result

for n in [12345, 100, 7, 9876543210]:
    print(n, reverse_digits(n))

# Binary search with while.
def search(items, target):
    lo, hi = 0, len(items)
    steps = 0
    while lo < hi:
        steps += 1
        mid = (lo + hi) // 2
        if items[mid] < target:
            lo = mid + 1
        else:
            hi = mid
    found = lo < len(items) and items[lo] == target
    return lo, found, steps

data = list(range(0, 200, 7))
for t in [0, 7, 8, 196, 197, -1, 98]:
    print(t, search(data, t))

# Collatz stopping times with nested while.
results = []
start = 1
while start <= 15:
    x = start
    steps = 0
    while x != 1:
        x = x // 2 if x % 2 == 0 else 3 * x + 1
        steps += 1
    results.append(steps)
    start += 1
print(results)

# Euclid, counting iterations.
a, b = 1071, 462
count = 0
while b:
    print(a, b)
    a, b = b, a % b
    count += 1
print("gcd", a, "in", count, "steps")

# continue skipping odd numbers.
i = 0
evens = []
while i < 20:
    i += 1
    if i % 2:
        continue
    evens.append(i)
print(evens)
