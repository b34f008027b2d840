# Recursive algorithms.
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

print([fib(i) for i in range(20)])

def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

print(fact(0), fact(10), fact(30))

def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))

for m in range(3):
    print([ackermann(m, n) for n in range(5)])
print(ackermann(2, 3), ackermann(3, 3))

def hanoi(n, source, target, spare, moves):
    if n == 0:
        return
    hanoi(n - 1, source, spare, target, moves)
    moves.append((n, source, target))
    hanoi(n - 1, spare, target, source, moves)

moves = []
hanoi(3, "A", "C", "B", moves)
for m in moves:
    print("move disk", m[0], "from", m[1], "to", m[2])
moves = []
hanoi(10, "A", "C", "B", moves)
print(len(moves), moves[:3], moves[-1])

def power_set(items):
    if not items:
        return [[]]
    rest = power_set(items[1:])
    return rest + [[items[0]] + r for r in rest]

print(power_set([1, 2, 3]))

def permutations(items):
    if len(items) <= 1:
        return [items[:]]
    out = []
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            out.append([items[i]] + p)
    return out

perms = permutations([1, 2, 3])
print(len(perms), perms)
print(len(permutations(list("abcde"))))

def flatten(value):
    if type(value) != list:
        return [value]
    out = []
    for v in value:
        out += flatten(v)
    return out

print(flatten([1, [2, [3, [4, [5]]]], [], [[6, 7], 8]]))

def depth(value):
    if type(value) != list:
        return 0
    best = 0
    for v in value:
        d = depth(v)
        if d > best:
            best = d
    return best + 1

print(depth(1), depth([]), depth([1, [2, [3]]]), depth([[[[[]]]]]))

def binary_search(items, target, lo, hi):
    if lo > hi:
        return -1
    mid = (lo + hi) // 2
    if items[mid] == target:
        return mid
    if items[mid] < target:
        return binary_search(items, target, mid + 1, hi)
    return binary_search(items, target, lo, mid - 1)

data = [1, 3, 5, 7, 9, 11, 13]
print([binary_search(data, t, 0, len(data) - 1) for t in [1, 7, 13, 4, 0, 14]])

def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)
print(gcd(1071, 462), gcd(2 ** 64, 2 ** 40 * 3))

# Mutual recursion.
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print(is_even(10), is_odd(7), is_even(7), is_odd(0))

# Deep but bounded recursion.
def count_down(n):
    if n == 0:
        return 0
    return 1 + count_down(n - 1)
print(count_down(500))

def to_words(n):
    ones = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
    tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
    if n < 20:
        return ones[n]
    if n < 100:
        return tens[n // 10] + ("" if n % 10 == 0 else "-" + ones[n % 10])
    if n < 1000:
        return ones[n // 100] + " hundred" + ("" if n % 100 == 0 else " and " + to_words(n % 100))
    return to_words(n // 1000) + " thousand" + ("" if n % 1000 == 0 else " " + to_words(n % 1000))

for n in [0, 13, 40, 99, 100, 342, 1000, 21045, 999999]:
    print(n, to_words(n))
