# sum(): machine-integer totals, overflow into big ints, bools, floats, other types, start.
import sys

print(sum([]), sum(range(10)), sum([True, True, False]), sum([1, True]))
print(sum([sys.maxsize, 1]), sum([sys.maxsize, sys.maxsize, -sys.maxsize]))
print(sum([-sys.maxsize - 1, -1]), sum([2**70, 1]), sum([1, 2**70, -2**70]))
print(sum([1, 2.5, 3]), sum([0.1] * 10), sum([1, 2], 0.5), sum([1j, 2]))
print(sum([[1], [2, 3]], []), sum(((1,), (2,)), ()), sum(x * x for x in range(5)))
print(sum([1, 2], start=10), sum(range(3), -3))
from fractions import Fraction
from decimal import Decimal

print(sum([Fraction(1, 3), 1, 2]), sum([1, Decimal("0.5")]))


class Money:
    def __init__(self, v):
        self.v = v

    def __radd__(self, other):
        return Money(other + self.v)

    def __add__(self, other):
        return Money(self.v + (other.v if isinstance(other, Money) else other))


print(sum([1, 2, Money(3), 4]).v)
for bad in ([1, "a"], ["a"]):
    try:
        sum(bad)
    except TypeError as e:
        print("TypeError:", e)
for start in ("", b""):
    try:
        sum([], start)
    except TypeError as e:
        print("TypeError:", e)
