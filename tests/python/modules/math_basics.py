import math
print(math.pi, math.sqrt(2), math.floor(-2.5), math.ceil(2.1), math.factorial(20), math.gcd(12, 18), math.lcm(4, 6))
print(math.log(100, 10), math.log(8, 2), math.log10(1000), math.hypot(3, 4), math.isqrt(99))
print(math.comb(10, 3), math.perm(5, 2), math.fsum([0.1] * 10), math.prod([1, 2, 3, 4]), math.isclose(0.1 + 0.2, 0.3))
print(math.sin(math.pi / 2), math.cos(0), math.atan2(1, 1), math.degrees(math.pi), math.trunc(-3.7), math.modf(3.5), math.frexp(8.0))
try:
    math.sqrt(-1)
except ValueError as e:
    print(e)
print(math.log(2**1000), math.inf, -math.inf, math.copysign(3, -0.0), math.fmod(7, 3), math.erf(0.0), math.gamma(5.0))
