# math's big-int functions (gcd, lcm, isqrt, comb, perm) on large arguments give CPython's
# results; they are charged as they go, so a deadline stops them midway.
import math

M = (1 << 61) - 1
a = 3 ** 20_000 * 2 ** 70 * 5
b = 7 ** 15_000 * 2 ** 90 * 15
print(math.gcd(a, b) == 2 ** 70 * 15, math.gcd(a, -b), math.gcd(-a, 0) == a, math.gcd(0, 0))
print(math.gcd(a, 3) , math.gcd(2 ** 10000, 2 ** 9999 * 3) == 2 ** 9999, math.gcd(b, a * 7))
print(math.gcd(a, b, 10) , math.gcd(12, 18, 27), math.gcd(), math.gcd(-5))
print(math.lcm(a, b) % M, math.lcm(a, b) == a * b // math.gcd(a, b), math.lcm(4, 6, 10), math.lcm(a, 0))
print(math.lcm(-4, 6), math.lcm(), math.lcm(a, a) == a)
for n in [0, 1, 2, 3, 4, 15, 16, 17, 2 ** 64 - 1, 2 ** 64, 10 ** 40, 10 ** 40 - 1, a, b, a * a, a * a - 1]:
    r = math.isqrt(n)
    print(r % M, r * r <= n < (r + 1) * (r + 1))
print(math.comb(1000, 500) % M, math.comb(10 ** 4, 3 * 10 ** 3) % M, math.comb(50, 0), math.comb(50, 50))
print(math.comb(10, 11), math.comb(2 ** 70, 3) % M, math.comb(2 ** 64 - 1, 2), math.comb(2 ** 64, 1))
print(math.perm(1000, 500) % M, math.perm(10 ** 4) % M, math.perm(5, 0), math.perm(5, 6), math.perm(2 ** 70, 3) % M)
print(math.perm(2 ** 64 - 1, 1), math.perm(2 ** 64 - 1, 0), math.comb(2 ** 64 - 1, 0), math.perm(6))
