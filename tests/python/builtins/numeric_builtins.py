# hash of ints, bools and int tuples; pow; divmod; round; ord; chr.
for n in [0, 1, -1, -2, 42, 2 ** 61 - 2, 2 ** 61 - 1, 2 ** 61, 2 ** 64, -(2 ** 64), 10 ** 30]:
    print(n, hash(n))
print(hash(True), hash(False), hash(1) == hash(1.0) == hash(True))
print(hash((1, 2)), hash(()), hash((1,)), hash((1, (2, 3))), hash((-1, 0)))
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash((2, 1)))

print(pow(2, 10), pow(2, -1), pow(-2, -3), pow(2.5, 2), pow(9, 0.5), pow(0, 0))
print(pow(3, 4, 5), pow(2, 100, 1000), pow(-3, 3, 7), pow(3, -1, 7), pow(2, -3, 11), pow(10 ** 20, 3, 97))
print(pow(7, 0, 1), pow(7, 123456789, 10 ** 9 + 7), pow(5, -2, 13))
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5), divmod(0, 3))
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(10 ** 25, 7), divmod(True, 2))
print(round(3.7), round(-3.7), round(2.5), round(3.5), round(-2.5), round(0.5), round(1.5))
print(round(3.14159, 2), round(2.675, 2), round(-1.555, 2), round(1234.5, -1), round(1250, -2), round(1350, -2))
print(round(7, 1), round(-0.4), round(-0.6), round(0.0), round(-0.0, 1), round(1e-10, 5))

for ch in "Aaz0 ~\n\x00é€日😀":
    print(repr(ch), ord(ch), repr(chr(ord(ch))))
print(chr(65), chr(97), chr(48), chr(32), chr(10) == "\n", chr(0x1F600), chr(0x10FFFF) == "\U0010ffff")
print([chr(c) for c in range(ord("a"), ord("f"))], "".join([chr(ord(c) + 1) for c in "HAL"]))

# ROT13 and checksums with ord/chr.
def rot13(text):
    out = []
    for ch in text:
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - 97 + 13) % 26 + 97))
        elif "A" <= ch <= "Z":
            out.append(chr((ord(ch) - 65 + 13) % 26 + 65))
        else:
            out.append(ch)
    return "".join(out)

print(rot13("Hello, World!"), rot13(rot13("Hello, World!")))

def checksum(text):
    total = 0
    for i, ch in enumerate(text):
        total = (total * 31 + ord(ch) * (i + 1)) % 1000000007
    return total

for s in ["", "a", "abc", "hello world", "héllo 日本"]:
    print(repr(s), checksum(s))

# Hashes of int tuples used as dict keys and compared.
seen = {}
for t in [(1, 2), (2, 1), (1, 2), (0,), ()]:
    seen[t] = seen.get(t, 0) + 1
print(seen)

# Luhn check digit.
def luhn_valid(number):
    digits = [ord(c) - ord("0") for c in number]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0

for card in ["79927398713", "79927398710", "4539578763621486", "1234567812345678"]:
    print(card, luhn_valid(card))
