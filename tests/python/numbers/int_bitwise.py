# Bitwise operators and shifts, including negative and big ints.
nums = [0, 1, 5, 12, 255, -1, -5, -12, -256]
for a in nums:
    print(a, ~a, a << 3, a >> 1, a >> 10)

for a in [12, -12, 0, 7, -7]:
    for b in [10, -10, 3, -3]:
        print(a, b, a & b, a | b, a ^ b)

big = 2 ** 100 + 12345
print(big & 0xFFFF, big | 1, big ^ big, big >> 90, big << 5)
print(-big & 0xFFFF, -big | 1, -big >> 90, ~big, ~-big)
print((2 ** 128 - 1) & (2 ** 64 + 3))
print((2 ** 128) | (2 ** 64), (2 ** 128) ^ (2 ** 128 - 1))
print(-(2 ** 70) >> 3, -(2 ** 70) >> 200, (2 ** 70) >> 200)
print(1 << 100, -1 << 100, 3 << 64)

# Popcount without bin().
def popcount(n):
    count = 0
    while n:
        count += n & 1
        n >>= 1
    return count

for n in [0, 1, 255, 256, 1023, 2 ** 64 - 1, 2 ** 100 + 1]:
    print(n, popcount(n))

# Power of two check.
for n in [1, 2, 3, 4, 6, 8, 1024, 1000, 2 ** 90]:
    print(n, n > 0 and n & (n - 1) == 0)

# Bit flags.
READ = 1
WRITE = 2
EXEC = 4
perms = READ | WRITE
print(perms, perms & READ, perms & EXEC, perms | EXEC, perms & ~WRITE)
perms ^= EXEC
print(perms)
perms &= ~READ
print(perms)

# xor swap.
a, b = 37, -91
a ^= b
b ^= a
a ^= b
print(a, b)

print(True & False, True | False, True ^ True, ~True, ~False)
print(True << 3, 5 & True)
print(0xFF, 0o17, 0b1011, 0xDEAD_BEEF, 1_000_000)
