# center, ljust, rjust, zfill and a text table.
for w in ["a", "ab", "abc", "abcd", "héllo", ""]:
    print("[" + w.center(7) + "]", "[" + w.ljust(6) + "]", "[" + w.rjust(6) + "]")
    print("[" + w.center(8, "*") + "]", "[" + w.ljust(5, ".") + "]", "[" + w.rjust(5, "0") + "]")
print("[" + "toolong".center(3) + "]", "[" + "x".center(4) + "]", "[" + "xy".center(5) + "]")
print("[" + "abc".center(6, "-") + "]", "[" + "abcd".center(7, "-") + "]")

for v in ["42", "-42", "+7", "3.14", "", "abc", "-", "123456"]:
    print(repr(v), repr(v.zfill(5)), repr(v.zfill(0)))

# A small report table.
items = [("apple", 3, 0.5), ("banana", 12, 0.25), ("cherry", 100, 2.0), ("kiwi", 7, 1.75)]
print("Item".ljust(10) + "Qty".rjust(5) + "Price".rjust(8) + "Total".rjust(9))
print("-" * 32)
grand = 0
for name, qty, price in items:
    total = qty * price
    grand += total
    print(name.ljust(10) + str(qty).rjust(5) + str(price).rjust(8) + str(total).rjust(9))
print("-" * 32)
print("TOTAL".ljust(23) + str(grand).rjust(9))

# A centered pyramid.
for i in range(1, 6):
    print(("*" * (2 * i - 1)).center(11, "."))

# Zero-padded dates.
for d, m, y in [(1, 2, 2023), (15, 11, 999), (31, 12, 12)]:
    print(str(y).zfill(4) + "-" + str(m).zfill(2) + "-" + str(d).zfill(2))
