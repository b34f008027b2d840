# round, int() truncation, and abs.
for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.4999, 2.51, -2.49]:
    print(v, round(v), type(round(v)))

print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2))
print(round(3.14159, 3), round(3.14159, 0), round(-3.14159, 1), round(1234.5678, -2))
print(round(7), round(-7), round(15, -1), round(25, -1), round(35, -1), round(-25, -1))
print(round(123456, -3), round(1234567, -4), round(5, 2), round(0, -1))
print(round(1e20, 2), round(0.1, 20))
print(round(2 ** 70 + 5, -1))

for v in [3.9, -3.9, 3.1, -3.1, 0.9, -0.9, 1e20, -1e20, 2.0, -0.0]:
    print(v, int(v))

print(int(True), int(False), int(7), int(-7))

for v in [-5, 5, -5.5, 5.5, 0, -0.0, -(10 ** 30), True]:
    print(v, abs(v))

# Rounding money sums to cents.
prices = [19.99, 5.01, 3.333, 0.1, 0.2]
total = 0
for p in prices:
    total += p
print(total, round(total, 2))

# Truncation versus floor.
for v in [2.7, -2.7, 5.0, -5.0]:
    print(v, int(v), v // 1, int(v // 1))

# A manual round-half-up for comparison with banker's rounding.
def round_half_up(x):
    if x >= 0:
        return int(x + 0.5)
    return -int(-x + 0.5)

for v in [0.5, 1.5, 2.5, -0.5, -2.5, 3.49]:
    print(v, round(v), round_half_up(v))
