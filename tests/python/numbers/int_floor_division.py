# Floor division and modulo round toward negative infinity.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (0, -3), (1, 3), (-1, 3),
         (1, -3), (-1, -3), (10, 5), (-10, 5), (10, -5), (123456789, 1000),
         (-123456789, 1000), (2 ** 70, 3), (-(2 ** 70), 3), (2 ** 70, -(3 ** 40))]
for a, b in pairs:
    q = a // b
    r = a % b
    print(a, b, q, r, divmod(a, b), q * b + r == a)

# The remainder has the sign of the divisor.
for a in range(-6, 7):
    print(a, a % 4, a % -4, a // 4, a // -4)

# Floats too.
fpairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (7, 0.5), (-1, 0.3), (5.0, 3.0), (-5.0, 3.0)]
for a, b in fpairs:
    print(a, b, a // b, a % b, divmod(a, b))

print(-0.0 % 5, 0.0 % -5)
print(1e300 // 1e-10)
print(5 % 1.5, -5 % 1.5)

# A day/hour/minute conversion using divmod.
def split_seconds(total):
    minutes, seconds = divmod(total, 60)
    hours, minutes = divmod(minutes, 60)
    days, hours = divmod(hours, 24)
    return days, hours, minutes, seconds

for t in [0, 59, 60, 3599, 3600, 86399, 86400, 1000000, 987654321]:
    print(t, split_seconds(t))

# Base conversion with // and %.
def to_base(n, base):
    if n == 0:
        return "0"
    sign = ""
    if n < 0:
        sign = "-"
        n = -n
    chars = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = []
    while n:
        out.append(chars[n % base])
        n //= base
    return sign + "".join(reversed(out))

for n in [0, 5, -5, 255, 1000, -1000, 2 ** 64, 3 ** 50]:
    print(n, to_base(n, 2), to_base(n, 7), to_base(n, 16), to_base(n, 36))
