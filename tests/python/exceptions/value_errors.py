# ValueError messages from conversions, lookups and unpacking.
cases = [
    lambda: int("abc"),
    lambda: int(""),
    lambda: int("1.5"),
    lambda: int("12", 2),
    lambda: int("  "),
    lambda: float("abc"),
    lambda: float(""),
    lambda: [1, 2, 3].index(4),
    lambda: [1, 2, 3].remove(4),
    lambda: (1, 2).index(3),
    lambda: "abc".index("d"),
    lambda: "a,b".split(""),
    lambda: chr(-1),
    lambda: chr(0x110000),
    lambda: range(1, 2, 0),
    lambda: pow(0, -1, 7),
    lambda: int("0x", 16),
    lambda: dict([(1, 2, 3)]),
    lambda: dict(["ab", "c"]),
]
for i, case in enumerate(cases):
    try:
        case()
        print(i, "no error")
    except ValueError as e:
        print(i, "ValueError:", e)

def unpack2(seq):
    a, b = seq
    return a, b

def unpack3(seq):
    a, b, c = seq
    return a, b, c

for seq in [[1, 2], [1, 2, 3], [1], [], "ab", "abcd", (1, 2, 3, 4, 5)]:
    try:
        print(seq, unpack2(seq))
    except ValueError as e:
        print(seq, "ValueError:", e)
    try:
        print(seq, unpack3(seq))
    except ValueError as e:
        print(seq, "ValueError:", e)

try:
    first, *rest, last = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    [(a, b) for a, b in [(1, 2), (3, 4, 5)]]
except ValueError as e:
    print("ValueError:", e)
try:
    for x, y in {"ab": 1, "abc": 2}:
        print(x, y)
except ValueError as e:
    print("ValueError:", e)

# A parser that reports its errors.
def parse_point(text):
    parts = text.split(",")
    if len(parts) != 2:
        raise ValueError("expected 'x,y', got " + repr(text))
    x, y = parts
    return int(x), int(y)

for text in ["1,2", " 3 , -4 ", "5", "1,2,3", "a,b", ""]:
    try:
        print(repr(text), parse_point(text))
    except ValueError as e:
        print(repr(text), "error:", e)
