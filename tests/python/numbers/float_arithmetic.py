# Float arithmetic, int/float mixing, and negative exponents.
print(1 + 2.0, 3 * 0.5, 7 - 0.5, 2.0 ** 10)
print(10 / 4, 10 // 4.0, 10 % 4.0, -10 / 4)
print(2 ** -1, 2 ** -2, 10 ** -3, (-2) ** -3)
print(4 ** 0.5, 2 ** 0.5, 27 ** (1 / 3), 0.5 ** 2)
print(1.5 ** 2, (-1.5) ** 3, 0.0 ** 0, 0.0 ** 5)
print(pow(2, -1), pow(2.0, 3), pow(-8, -1))
print(1 == 1.0, 2 == 2.000001, 0.1 + 0.2 == 0.3, 1 / 3 == 0.3333333333333333)
print(3 < 3.5, -1 < -0.5, 10 ** 20 == 1e20, 2 ** 53 + 1 == float(2 ** 53 + 1))
print(5 / 2 * 2, 7.0 // 2, -7.0 // 2, 7.5 % 2)
print(abs(-2.5), abs(2.5), abs(-0.0), abs(float("-inf")))

# Newton's method for square roots.
def sqrt(n):
    x = n
    for i in range(30):
        x = (x + n / x) / 2
    return x

for n in [2, 3, 4, 10, 100, 1e10, 0.25]:
    print(n, sqrt(n))

# Mean and variance.
data = [2.5, 3.0, 4.75, 1.25, 9.0, 6.5]
mean = sum(data) / len(data)
var = 0.0
for d in data:
    var += (d - mean) ** 2
var /= len(data)
print(mean, var)

# Compound interest.
balance = 1000.0
for year in range(1, 6):
    balance *= 1.05
    print(year, balance, round(balance, 2))

# Temperature conversion table.
for c in range(-40, 101, 20):
    f = c * 9 / 5 + 32
    print(c, f, (f - 32) * 5 / 9)

# Mixed int/float in containers and comparisons.
mixed = [3, 1.5, -2, 0.0, 7, 2.25]
print(sorted(mixed), max(mixed), min(mixed), sum(mixed))
print(int(2.0) == 2, float(3) == 3, 1.0 in [1, 2], 2 in [1.0, 2.0])
print(True + 0.5, 1e3 + 1, 10 ** 15 + 0.5)

# Harmonic series partial sums.
h = 0.0
for k in range(1, 21):
    h += 1 / k
    if k % 5 == 0:
        print(k, h)
