# Basic integer arithmetic: + - * / // % ** and unary operators.
a = 17
b = 5
print(a + b, a - b, a * b)
print(a / b, a // b, a % b)
print(a ** b)
print(-a, +a, -(-a))
print(b - a, (b - a) * 3)
print(0 * -1, -0)

values = [0, 1, -1, 7, -7, 100, -100, 12345678901234567890]
for x in values:
    print(x, x + 1, x - 1, x * 2, x * -3, -x)

# Operator precedence.
print(2 + 3 * 4, (2 + 3) * 4)
print(2 ** 3 ** 2, (2 ** 3) ** 2)
print(-2 ** 2, (-2) ** 2)
print(10 - 4 - 3, 10 - (4 - 3))
print(100 // 7 * 7 + 100 % 7)
print(2 * 3 + 4 * 5 - 6 // 2)
print(1 + 2 * 3 ** 2 // 4 % 5)

# True division always gives a float.
print(10 / 2, 9 / 3, 1 / 4, 7 / 2, -7 / 2)
print(0 / 5, -0 / 5)
print(type(10 / 2))
print(type(10 // 2))

# Powers.
for e in range(0, 11):
    print(e, 2 ** e, 3 ** e, (-2) ** e)
print(0 ** 0, 1 ** 1000, (-1) ** 999, (-1) ** 1000)

# Sums of ranges, computed two ways.
total = 0
for i in range(1, 101):
    total = total + i
print(total, 100 * 101 // 2)

squares = 0
for i in range(1, 51):
    squares += i * i
print(squares, 50 * 51 * 101 // 6)

# Integer digits.
n = 9876543210
digits = []
while n > 0:
    digits.append(n % 10)
    n //= 10
print(digits)
print(sum(digits))

# Mixing int and bool.
print(True + True, True * 10, False - 1, True / 2)
print(3 * True, 5 + False)
