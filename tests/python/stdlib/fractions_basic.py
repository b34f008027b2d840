from fractions import Fraction
import math

a = Fraction(1, 3)
b = Fraction(2, 4)
print(a, b, repr(b), a + b, a - b, a * b, a / b, a ** 2, -a, abs(Fraction(-3, 4)))
print(Fraction(6, -4), Fraction(5), Fraction('3/7'), Fraction(' -1.25 '), Fraction('1e-3'), Fraction('2.5e2'))
print(Fraction(0.5), Fraction(1.1).limit_denominator(100), Fraction(math.pi).limit_denominator(1000))
print(a == Fraction(2, 6), a < b, a > 0.3, b == 0.5, Fraction(3, 1) == 3, hash(Fraction(3, 1)) == hash(3))
print(a.numerator, a.denominator, float(a), int(Fraction(7, 2)), round(Fraction(7, 2)), round(Fraction(5, 2)))
print(math.floor(Fraction(-7, 2)), math.ceil(Fraction(7, 2)), round(Fraction(22, 7), 2))
print(sum([Fraction(1, n) for n in range(1, 6)]), Fraction(1, 2) + 1, 1 - Fraction(1, 3), 2 * Fraction(1, 3))
print(Fraction(1, 2) + 0.25, Fraction(3, 4) // Fraction(1, 3), Fraction(3, 4) % Fraction(1, 3), divmod(Fraction(7, 2), 2))
print(Fraction(2, 3) ** -2, Fraction(4, 9) ** 0.5, Fraction(1, 3).as_integer_ratio(), Fraction.from_float(0.125))
print(sorted([Fraction(1, 2), Fraction(1, 3), Fraction(3, 4)]), max(Fraction(1, 7), Fraction(1, 6)))
print(f'{Fraction(1, 3)}', str(Fraction(10, 5)), bool(Fraction(0)), Fraction(1, 3) != Fraction(1, 4))
for bad in [lambda: Fraction(1, 0), lambda: Fraction('abc'), lambda: Fraction(1.5, 2.5)]:
    try:
        bad()
    except (ZeroDivisionError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
