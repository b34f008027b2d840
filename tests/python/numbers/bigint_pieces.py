# Big-int operations on operands large enough to be worked in pieces (so that a deadline can
# stop them midway) give CPython's results.
import math

M = (1 << 61) - 1
a = 3 ** 1_500_000
b = 5 ** 1_000_000
print(a.bit_length(), a % M, b % M)
p = a * b
print(p.bit_length(), p % M, p % M == (a % M) * (b % M) % M)
print((-a * b) % M, (a * -b) < 0)
print((p >> 1000) % M, p & 0xFFFFFFFFFFFFFFFF)

x = 3 ** 600_000
y = 7 ** 60_000
for u, v in [(x, y), (-x, y), (x, -y), (-x, -y)]:
    q, r = divmod(u, v)
    print(q % M, r % M, q * v + r == u, abs(r) < abs(v), (r >= 0) == (v > 0) or r == 0)
print(x // y == divmod(x, y)[0], x % y == divmod(x, y)[1])
print(divmod(x, x), divmod(x, x + 1)[0], divmod(y, x)[0], divmod(y, x)[1] == y)

c = (-7) ** 200_001
print(c < 0, c % M, c.bit_length())
print(((-2) ** 5_000_001) % M, (2 ** 5_000_000).bit_length(), (-(4 ** 2_000_001)) % M)

m = 10 ** 300 + 7
e = 10 ** 8000
print(pow(3, e, m) % M, pow(3, e + 1, m) == pow(3, e, m) * 3 % m)
print(pow(3, -e, m) * pow(3, e, m) % m, pow(3, e, -m) % M, pow(-3, e + 1, m) % M)
print(pow(2, e, 2 ** 4000) == 0, pow(12345, 2 ** 20000 + 1, 10 ** 400) % M)

f = math.factorial(20_000)
print(f % M, f.bit_length(), math.factorial(100))
print([math.factorial(n) for n in range(12)])
