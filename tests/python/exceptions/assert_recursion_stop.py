# AssertionError, RecursionError, StopIteration and iterator exhaustion.
try:
    assert 1 + 1 == 2
    print("first assert passed")
    assert 1 + 1 == 3
    print("never")
except AssertionError as e:
    print("AssertionError", repr(e), e.args, repr(str(e)))

try:
    x = 5
    assert x < 0, "x must be negative, got " + str(x)
except AssertionError as e:
    print("AssertionError:", e, e.args)

try:
    assert [], ["a", "list", "message"]
except AssertionError as e:
    print(e, e.args[0])

def check_sorted(items):
    for i in range(len(items) - 1):
        assert items[i] <= items[i + 1], "unsorted at index " + str(i)
    return True

for items in [[1, 2, 3], [1, 3, 2], [], [5, 5]]:
    try:
        print(items, check_sorted(items))
    except AssertionError as e:
        print(items, "failed:", e)

# Unbounded recursion raises RecursionError, which can be caught.
def forever(n):
    return forever(n + 1)

try:
    forever(0)
except RecursionError as e:
    print("caught", type(e).__name__)
print("recursion still works afterwards:", sum([1, 2, 3]))

def mutual_a(n):
    return mutual_b(n + 1)
def mutual_b(n):
    return mutual_a(n + 1)
try:
    mutual_a(0)
except RuntimeError as e:
    print("caught as RuntimeError:", type(e).__name__)

# next() on iterators.
it = iter([1, 2])
print(next(it), next(it))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e), e.args)
print(next(it, "default"), next(it, None))

s = iter("ab")
print(next(s), next(s), next(s, "end"))
r = iter(range(3))
print([next(r), next(r)], list(r), list(r))
d = iter({"k1": 1, "k2": 2})
print(next(d), next(d), next(d, "done"))
e = iter(())
try:
    next(e)
except StopIteration:
    print("empty tuple iterator is exhausted")

# An iterator is shared between for loops.
numbers = iter(range(10))
for n in numbers:
    if n == 3:
        break
print("after break:", list(numbers))

# Pairing items with one shared iterator.
source = iter([1, 2, 3, 4, 5, 6])
pairs = []
while True:
    a = next(source, None)
    b = next(source, None)
    if a is None:
        break
    pairs.append((a, b))
print(pairs)

# iter() of an iterator returns itself.
it = iter([1, 2, 3])
print(iter(it) is it, next(iter(it)), list(it))

# Manual iteration protocol with try.
def manual_sum(iterable):
    total = 0
    it = iter(iterable)
    while True:
        try:
            value = next(it)
        except StopIteration:
            break
        total += value
    return total

print(manual_sum([1, 2, 3]), manual_sum(range(101)), manual_sum(()))
