# math: the functions added in 3.9 to 3.11 and the IEEE helpers, with their errors.
import math
print(math.remainder(7, 3), math.remainder(5, 2), math.remainder(7, 2), math.remainder(-5, 2))
print(math.remainder(5.5, 1), math.remainder(3, math.inf), math.remainder(-0.0, 1))
print(math.nextafter(1, 2), math.nextafter(1, 0), math.nextafter(0, -1), math.nextafter(-1, -2))
print(math.ulp(1.0), math.ulp(0.0), math.ulp(1e300), math.ulp(math.inf), math.ulp(-2.0))
print(math.cbrt(8), math.cbrt(-8), math.exp2(3), math.exp2(0.5), math.exp2(-1))
for f, args in [(math.remainder, (1, 0)), (math.remainder, (math.inf, 1)),
                (math.sqrt, (-1,)), (math.log, (0,)), (math.factorial, (-1,)),
                (math.exp, (1000,)), (math.isqrt, (-1,)), (math.acosh, (0.5,))]:
    try:
        f(*args)
    except (ValueError, OverflowError) as e:
        print(f.__name__, type(e).__name__, e)
print(math.isqrt(10**20), math.comb(10, 3), math.perm(5), math.lcm(4, 6), math.gcd(12, 18, 24))
print(math.prod([1, 2, 3], start=2), math.dist((0, 0), (3, 4)), math.hypot(1, 2, 2))
