# Shortest round-tripping repr of floats.
values = [0.1, 0.2, 0.1 + 0.2, 0.3, 1.0, -1.0, 0.0, -0.0, 1e16, 1e15, 1e-5, 1e-4,
          0.0001, 0.00001, 123456789.0, 1234567890123456789.0, 1 / 3, 2 / 3, 10 / 3,
          1e22, 1e23, 1.5e300, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308,
          3.141592653589793, 2.718281828459045, 100.0, 1e100, 123.456, 0.5, 0.25,
          1e-7, 9.999999999999999e22, 4.35, 0.3333, 1.1, 2.675, 1e21, 1e20]
for v in values:
    print(v, repr(v), str(v))

print(float("inf"), float("-inf"), float("nan"))
print(float("Infinity"), float("-INF"), float("  nan  "))
inf = float("inf")
nan = float("nan")
print(inf + 1, inf - inf, inf * 0, -inf * 2, inf / 1e308)
print(nan == nan, nan != nan, nan < 1, inf > 1e308, -inf < -1e308)
print(inf == inf, 1 / inf, -1 / inf)
print([inf, nan, -0.0, 0.0])
print((1.5, -2.25))

# Powers of ten crossing the exponent thresholds.
x = 1.0
for i in range(20):
    print(x, -x)
    x *= 10
y = 1.0
for i in range(10):
    y /= 10
    print(y)

# Accumulating 0.1 shows rounding error.
total = 0.0
for i in range(10):
    total += 0.1
    print(total)
print(total == 1.0)

print(float(10 ** 20), float(2 ** 53), float(2 ** 53 + 1), float(-(2 ** 60)))
print(1e16 + 1, 1e16 + 2)
print(0.1 * 3, 0.7 + 0.1, 1.1 * 1.1, 3 * 1.1)
print(1e308 * 10, -1e308 * 10)
print(2.5e-320 / 10, 1e-320)
print(float("1_000.5"), float("1e3"), float("-.5"), float("+3."), float(" 42 "))
print(float(True), float(7), float("0.1"), float("-0"))
