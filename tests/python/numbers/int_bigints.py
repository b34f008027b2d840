# Arbitrary-precision integers.
def factorial(n):
    result = 1
    for i in range(2, n + 1):
        result *= i
    return result

for n in [0, 1, 5, 10, 20, 21, 25, 50, 100]:
    print(n, factorial(n))

f100 = factorial(100)
print(len(str(f100)))
zeros = 0
s = str(f100)
i = len(s) - 1
while s[i] == "0":
    zeros += 1
    i -= 1
print("trailing zeros", zeros)

print(2 ** 200)
print(-(2 ** 200))
print(2 ** 64 - 1, 2 ** 63, -(2 ** 63), 2 ** 63 - 1)
print(2 ** 64 + 2 ** 64, (2 ** 64) * (2 ** 64))
print(10 ** 30 // 7, 10 ** 30 % 7)
print(-(10 ** 30) // 7, -(10 ** 30) % 7)
print(3 ** 100 - 3 ** 99)
print((2 ** 100 + 1) * (2 ** 100 - 1) == 2 ** 200 - 1)
print(factorial(30) // factorial(28))
print(factorial(52) // (factorial(5) * factorial(47)))

# Big comparisons.
big = 2 ** 100
print(big > 2 ** 99, big < -big, big == 2 ** 100, big != big + 1)
print(-big < -big + 1, big * -1 == -big)
print(big - big, big // big, big % (big - 1))

# Fibonacci numbers grow fast.
a, b = 0, 1
for i in range(200):
    a, b = b, a + b
print(a)
print(len(str(a)))

# Digit sum of 2**1000.
total = 0
for ch in str(2 ** 1000):
    total += int(ch)
print(total)

# Crossing the 64-bit boundary in both directions.
x = 2 ** 62
for i in range(5):
    print(x, -x, x * 2 - 1)
    x *= 2
y = 2 ** 66
for i in range(5):
    y //= 2
    print(y, y - 1)

print(abs(-(10 ** 40)), abs(10 ** 40))
print(divmod(10 ** 40 + 7, 10 ** 20))
print(divmod(-(10 ** 40) - 7, 10 ** 20))
print(int("123456789012345678901234567890") + 1)
print(-9223372036854775808 - 1, 9223372036854775807 + 1)
print(9223372036854775807 * 9223372036854775807)
print(-9223372036854775808 // -1)
