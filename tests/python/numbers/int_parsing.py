# int() and float() from strings, with bases and whitespace.
print(int("42"), int("-42"), int("+42"), int("  42  "), int("\t-7\n"))
print(int("0"), int("-0"), int("000123"), int("1_000_000"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("-0x1A", 16))
print(int("777", 8), int("0o777", 8), int("1010", 2), int("0b1010", 2))
print(int("z", 36), int("Zz", 36), int("10", 3), int("0x10", 0), int("0b11", 0), int("12", 0))
print(int("123456789012345678901234567890"), int("-99999999999999999999999"))
for base in [2, 8, 10, 16, 36]:
    print(base, int("11", base), int("101", base))

words = ["12", " 7 ", "-3", "abc", "1.5", "", "0x10", "1_0", "1__0"]
for w in words:
    try:
        print(repr(w), int(w))
    except ValueError as e:
        print(repr(w), "ValueError:", e)

for w in ["1.5", " -2.25 ", "1e10", "inf", "-nan", "1_000.5", "abc", "1.2.3", ""]:
    try:
        print(repr(w), float(w))
    except ValueError as e:
        print(repr(w), "ValueError:", e)

# Parse a list of numbers from text.
text = "10 20 -5 30 x 7"
total = 0
bad = []
for piece in text.split():
    try:
        total += int(piece)
    except ValueError:
        bad.append(piece)
print(total, bad)

# str() and int() round trip.
for n in [0, 1, -1, 2 ** 100, -(3 ** 80)]:
    s = str(n)
    print(s, int(s) == n, len(s))

print(int("12", 5), int("zz", 36), int(" 0b101 ", 0))
try:
    int("9", 8)
except ValueError as e:
    print(e)
try:
    int("12", 1)
except ValueError as e:
    print(e)
