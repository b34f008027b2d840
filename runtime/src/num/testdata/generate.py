"""Regenerates the num module's test tables with CPython 3.11 as the oracle.

    python3 runtime/src/num/testdata/generate.py

Every table is tab-separated text, one case per line. Floats are written as the hex of their
IEEE bits (exact), ints in decimal, strings escaped (\\\\ \\t \\n \\r and \\u{hex} for other
non-printable characters). An expected error is written `!ErrorClass: message`.
"""
import math
import os
import random
import struct
import sys
import unicodedata

assert sys.version_info[:2] == (3, 11), "the oracle is CPython 3.11"

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(20241125)


def bits(x):
    return struct.pack(">d", x).hex()


def from_bits(h):
    return struct.unpack(">d", bytes.fromhex(h))[0]


def esc(s):
    out = []
    for c in s:
        if c == "\\":
            out.append("\\\\")
        elif c == "\t":
            out.append("\\t")
        elif c == "\n":
            out.append("\\n")
        elif c == "\r":
            out.append("\\r")
        elif not c.isprintable():
            out.append("\\u{%x}" % ord(c))
        else:
            out.append(c)
    return "".join(out)


def err(e):
    return "!%s: %s" % (type(e).__name__, e)


def write(name, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        for row in rows:
            line = "\t".join(row)
            assert "\n" not in line
            f.write(line + "\n")
    print("wrote", name, len(rows))


def random_float():
    kind = rng.random()
    if kind < 0.4:
        return from_bits("%016x" % rng.getrandbits(64))
    if kind < 0.6:
        return rng.uniform(-1000, 1000)
    if kind < 0.75:
        return float(rng.randint(-10**17, 10**17)) / 10 ** rng.randint(0, 20)
    if kind < 0.9:
        return rng.choice([-1, 1]) * 10.0 ** rng.randint(-30, 30) * rng.choice([1, 1.5, 2.5, 9.99, 0.125])
    return float(rng.randint(-2**60, 2**60))


def nonnan(x):
    return x if x == x else 0.0


SPECIAL_FLOATS = [
    0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.3, 1 / 3, 2 / 3, 0.5, 1.5, 2.5, -2.5, 0.125, 0.375, 2.675,
    1e16, 1e15, 9999999999999998.0, 1e17, 1e-4, 1e-5, 0.0001, 0.00001, 1.5e-5, 123456789012345.0,
    1234567890123456.8, 12345678901234567.0, 1e300, 1e-300, 5e-324, 2.2250738585072014e-308,
    2.225073858507201e-308, 1.7976931348623157e308, math.pi, math.e, 2.0**53, 2.0**53 + 2,
    2.0**63, 2.0**64, -2.0**63, 9007199254740993.0, 100.0, 1e22, 1e23, 123.456, 9.9999995,
    0.000999, 99.5, 0.05, 0.15, 0.25, 0.35, 1e-7, 123456.789e3, float("inf"), float("-inf"),
    float("nan"), 4.35, 8.345, 1.0000000000000002, 0.9999999999999999,
]


def gen_float_repr():
    xs = list(SPECIAL_FLOATS)
    for e in range(-330, 310):
        xs.append(float("1e%d" % e))
        xs.append(float("1.2345678901234567e%d" % e))
    # Halfway cases between two shortest candidates (dtoa breaks ties to even) and powers of two
    # (asymmetric rounding intervals).
    xs.append(993296976403967.25)
    for k in range(1, 5):
        for _ in range(60):
            xs.append((rng.randrange(2**52, 2**53) | 1) * 2.0**-k)
    xs += [2.0**e for e in range(-1074, 1024, 7)]
    while len(xs) < 4500:
        xs.append(random_float())
    return [(bits(x), repr(x)) for x in xs]


INT_VALUES = [0, 1, -1, 7, -42, 255, -255, 1234567, -1234567, 2**31, -(2**64) - 1, 10**20,
              65, 0x10FFFF, 0x110000, 2**70, -(2**70), 97, 10**25 + 1, 2**53 + 1, 10**400]
STR_VALUES = ["", "a", "abc", "h\u00e9llo", "\u65e5\u672c\u8a9e", "tab\tx", "0123456789"]


def random_spec(types):
    parts = []
    r = rng.random()
    if r < 0.25:
        parts.append(rng.choice("<>^="))
    elif r < 0.45:
        parts.append(rng.choice(["*", "0", "\u00e9", "x", " ", "}"]) + rng.choice("<>^="))
    if rng.random() < 0.3:
        parts.append(rng.choice("+- "))
    if rng.random() < 0.1:
        parts.append("z")
    if rng.random() < 0.2:
        parts.append("#")
    if rng.random() < 0.25:
        parts.append("0")
    if rng.random() < 0.5:
        parts.append(str(rng.choice([0, 1, 2, 5, 8, 12, 15, 20, 30])))
    if rng.random() < 0.25:
        parts.append(rng.choice([",", "_"]))
    if rng.random() < 0.4:
        parts.append("." + str(rng.choice([0, 1, 2, 3, 5, 6, 10, 16, 17, 20, 30])))
    if rng.random() < 0.85:
        parts.append(rng.choice(types))
    if rng.random() < 0.02:
        parts.append(rng.choice(["x", ".", ",_", "_,", "f", "1"]))
    return "".join(parts)


FIXED_SPECS = ["", "abc", ".", ",_", "_,", "x,", "99999999999999999999", ".99999999999999999999",
               "\x01", "\u00e9", ",c", "#c", "+c", "z", "zd", ".2d", ",n", "_n", "#z=10", "=5c",
               "05c", "010", "+010", "=+10", "010,", "0=10,", "x=10,", "010,.2f", "_", ",",
               ".3", ".0", "#.0", ".0f", ".0%", "z.1f", "#", "#g", "#X", "#010x", "_b", "#_b",
               "_x", "012_x", "05", "<05", ".1", "^7.2", "\u0661\u0660", "f", "e", "g", "n",
               "%", ".2n", "-", " ", "+", "s", ".2s", "=10", "\u00e9<10", "<<5", "0<5", "0=5",
               "0>5", "0^5", "#o", "#b", "#x", "+#x", " #b", ",d", "_d", ",e", ",g", ",%", "_f",
               "+.3e", " .3E", "+,.2f", "020,.2f", "020_.2f", "0=20,.3e", ".30f", ".17g",
               ".50e", "#.3g", "#.0e", "#.0f", "#.0%", "z", "z.0f", "+z.2f", "z,", ".0g",
               ".1g", "G", "E", "F", "#G", "z#.1f", "c", "x^12", "\u00e9^13,d", ",%", ",f",
               "+z", "=^10", "\x00<5", "010n", "\u00e9=10", ",.2%", "_.3e", "10,", "1,", "#x",
               "-#o", " ,d", "+_x", "0=+12,d", "0<+12,d", "*^+#14_b", "=#10X", "015.3%", "+020,.2e"]


def gen_format():
    rows = []
    float_values = list(SPECIAL_FLOATS) + [random_float() for _ in range(40)]
    cases = []
    for spec in FIXED_SPECS:
        for v in INT_VALUES:
            cases.append(("i", v, spec))
        for v in float_values[:30]:
            cases.append(("f", v, spec))
        for v in STR_VALUES:
            cases.append(("s", v, spec))
    for _ in range(3000):
        cases.append(("i", rng.choice(INT_VALUES), random_spec("bcdoxXneEfFgG%s")))
    for _ in range(5000):
        cases.append(("f", rng.choice(float_values), random_spec("eEfFgGn%d")))
    for _ in range(1000):
        cases.append(("s", rng.choice(STR_VALUES), random_spec("sd")))
    seen = set()
    for kind, v, spec in cases:
        key = (kind, bits(v) if kind == "f" else v, spec)
        if key in seen:
            continue
        seen.add(key)
        try:
            result = format(v, spec)
            if any(0xD800 <= ord(c) <= 0xDFFF for c in result):
                continue
            expected = esc(result)
        except (ValueError, OverflowError) as e:
            expected = esc(err(e))
        value = {"i": str, "f": bits, "s": esc}[kind](v)
        rows.append((kind, value, esc(spec), expected))
    return rows


def gen_percent():
    rows = []
    float_values = list(SPECIAL_FLOATS) + [random_float() for _ in range(40)]
    int_values = [v for v in INT_VALUES if v < 10**300]
    def fmt(convs):
        flags = "".join(c for c in "-+ #0" if rng.random() < 0.25)
        width = rng.choice(["", "", "1", "6", "12", "25"])
        prec = rng.choice(["", "", ".0", ".1", ".2", ".5", ".17", ".25"])
        return "%" + flags + width + prec + rng.choice(convs)
    cases = []
    for _ in range(5000):
        cases.append(("f", rng.choice(float_values), fmt("eEfFgG")))
    for _ in range(3000):
        cases.append(("i", rng.choice(int_values), fmt("diuoxX")))
    for _ in range(800):
        cases.append(("s", rng.choice(STR_VALUES), fmt("s")))
    seen = set()
    for kind, v, f in cases:
        key = (kind, bits(v) if kind == "f" else v, f)
        if key in seen:
            continue
        seen.add(key)
        value = {"i": str, "f": bits, "s": esc}[kind](v)
        rows.append((kind, value, f, esc(f % v)))
    return rows


def gen_round():
    rows = []
    xs = list(SPECIAL_FLOATS) + [random_float() for _ in range(300)]
    xs += [x + 0.5 for x in range(-10, 10)] + [x * 0.5 for x in range(-30, 30)]
    xs += [x * 0.005 for x in range(-300, 300)] + [float(x) * 5 for x in range(-50, 50)]
    nds = [-400, -309, -308, -307, -300, -30, -20, -5, -3, -2, -1, 0, 1, 2, 3, 5, 10, 15, 17, 20,
           300, 322, 323, 324, 400]
    for x in xs:
        for nd in rng.sample(nds, 6) + [0, 1, 2, -1]:
            try:
                expected = bits(round(x, nd))
            except OverflowError as e:
                expected = err(e)
            rows.append((bits(x), str(nd), expected))
        try:
            expected = str(round(x))
        except (OverflowError, ValueError) as e:
            expected = err(e)
        rows.append((bits(x), "None", expected))
    return rows


def random_float_text():
    sign = rng.choice(["", "", "+", "-"])
    digits = "".join(rng.choice("0123456789") for _ in range(rng.randint(0, 25)))
    frac = "".join(rng.choice("0123456789") for _ in range(rng.randint(0, 25)))
    s = sign + digits
    if rng.random() < 0.7:
        s += "." + frac
    if rng.random() < 0.4:
        s += rng.choice("eE") + rng.choice(["", "+", "-"]) + str(rng.randint(0, 400))
    if rng.random() < 0.2 and len(s) > 2:
        i = rng.randint(0, len(s))
        s = s[:i] + "_" + s[i:]
    if rng.random() < 0.2:
        s = rng.choice([" ", "\t", "\n", "\u3000", "\x1c", "\x85", "\xa0"]) + s
    if rng.random() < 0.2:
        s = s + rng.choice([" ", "\r\n", "\x0b", "\u2028", "x", "\x00"])
    return s


FLOAT_TEXTS = ["1__0", "_1", "1_", "0x10", "", " ", ".", "e5", "1e", "1e+", "5.", ".5", "+.5e+3",
               "-Infinity", "+nan", "nAn", "-nan", "inf", "INF", "infinity", "infinit", "inf_",
               "infinityy", "+-1", "1.5\x00", " 1_0.0_1e1_0 ", "1_.5", "1._5", "1e_5", "1_e5",
               "\u0661.\u0665", "\u0661\u0662\u0663", "1\u00a0", "\u20071.0", "1.0\x1c",
               "--1", "1e400", "-1e400", "1e-400", "0e0", "-0", "-0.0", "00000.0001",
               "1" * 400, "0." + "0" * 400 + "1", "2.4703282292062328e-324",
               "2.4703282292062327e-324", "1.7976931348623158e308", "1.7976931348623159e308",
               "9007199254740993", "1_000_000.000_001", "1,0", "1 0", "\u0661_\u0662",
               "nan(1)", "in f", "0b1", "1j", "\u00bd", "\u2460", "\U0001D7D9"]


def gen_parse_float():
    rows = []
    texts = FLOAT_TEXTS + [random_float_text() for _ in range(3000)]
    for s in texts:
        try:
            x = float(s)
            expected = bits(x)
        except ValueError as e:
            expected = err(e)
        rows.append((esc(s), expected))
    return rows


INT_TEXTS = ["abc", "0x", "010", "00", "0_0", "0_7", "  ", "\u00e9", "a\n\t\x00", " 0x_1f ",
             "0x__1f", "1__0", "_1", "1_", "0b1", "0B1", "0o17", "0O17", "0x1", "\u0661\u0662\u0663",
             "\u3000 12 \x1c", "\u3000 12 ", "-0", "+ 1", "+1", "-1", "--1", "1 1", "0x_", "0_",
             "1_2_3", "0b_1", "0b1_", "0b__1", "z", "Z", "zz", "-zz", "0xff", "0XFF", "ff", "FF",
             "07", "0o", "0b", "0B", "00_00", "0_x1", "+0x1f", "-0b101", "\x1c1", "1\x0b",
             "9" * 30, "-" + "9" * 40, "1" * 300 + "x",
             "\U0001D7D9\U0001D7DA", "\u00b2", "1\u00a0", "0\u0660", "\u0660\u0661",
             "\u0660x1", "36", "1" * 64, "f" * 17]


LONG_INT_TEXTS = ["x" + "1" * 4301, "1" * 4300, "1" * 4301, "1_" * 4300 + "1", "1" * 4301 + "x",
                  "1" * 5000 + "__", "-" + "9" * 4300, "-" + "9" * 4301]


def gen_parse_int():
    rows = []
    cases = []
    for s in INT_TEXTS:
        for base in [0, 2, 8, 10, 16, 36, 3, 7, 1, 37]:
            cases.append((s, base))
    for s in LONG_INT_TEXTS:
        for base in [0, 10, 16]:
            cases.append((s, base))
    cases.append(("1" * 5000, 16))
    cases.append(("1" * 5000, 2))
    cases.append(("1" * 5000, 8))
    cases.append(("1" * 5000, 32))
    cases.append(("1" * 4301, 9))
    for _ in range(2000):
        base = rng.choice([0, 2, 8, 10, 16, 36, 5])
        alphabet = "0123456789abcdefghijklmnopqrstuvwxyzABCXYZ_ -+xob"
        s = "".join(rng.choice(alphabet[:rng.randint(2, len(alphabet))])
                    for _ in range(rng.randint(0, 30)))
        cases.append((s, base))
    for _ in range(1000):
        base = rng.choice([2, 8, 10, 16, 36, 0])
        v = rng.getrandbits(rng.randint(1, 400)) * rng.choice([1, -1])
        if base in (0, 10):
            s = str(v)
        else:
            s = format(v, {2: "b", 8: "o", 16: "x", 36: "d"}[base])
            if base == 36:
                s = str(v)
            if base != 36 and rng.random() < 0.3:
                s = s.replace("-", "-0" + {2: "b", 8: "o", 16: "x"}[base]) if s.startswith("-") \
                    else "0" + {2: "b", 8: "o", 16: "x"}[base] + s
        if rng.random() < 0.2 and len(s) > 3:
            i = rng.randint(1, len(s) - 1)
            s = s[:i] + "_" + s[i:]
        cases.append((s, base))
    for s, base in cases:
        try:
            v = int(s, base)
            # The value itself may have more decimal digits than str() allows by default.
            sys.set_int_max_str_digits(0)
            expected = str(v)
            sys.set_int_max_str_digits(4300)
        except ValueError as e:
            expected = err(e)
        rows.append((esc(s), str(base), expected))
    return rows


def gen_hash():
    rows = []
    P = 2**61 - 1
    ints = [0, 1, -1, -2, 2, P - 1, P, P + 1, -P, -P - 1, 2**61, -2**61, 2**63 - 1, -2**63, 2**64,
            2**64 - 1, -(2**64), 10**100, -(10**100), P * 12345, P * 12345 - 1]
    for _ in range(800):
        ints.append(rng.getrandbits(rng.randint(1, 700)) * rng.choice([1, -1]))
    for v in ints:
        rows.append(("i", str(v), str(hash(v))))
    floats = [x for x in SPECIAL_FLOATS if x == x] + [nonnan(random_float()) for _ in range(2000)]
    floats += [float(v) for v in ints if abs(v) < 2**1000]
    for x in floats:
        rows.append(("f", bits(x), str(hash(x))))
    return rows


def gen_repr():
    rows = []
    strs = ["", "a", "'", '"', "'\"", "it's", 'say "hi"', "both ' and \"", "\\", "\t\n\r",
            "\x00\x01\x1f\x7f\x80\x9f\xa0\xad\xff", "\u0100\u2028\u2029\u200b\ufeff\uffff",
            "\U0001F600\U000E0001\U0010FFFF\U000F0000", "h\u00e9llo w\u00f6rld", "\u65e5\u672c",
            "\u0378\u0379", "\u00a0 \u3000", "\x1b[0m"]
    for _ in range(400):
        n = rng.randint(0, 12)
        chars = []
        for _ in range(n):
            r = rng.random()
            if r < 0.4:
                c = rng.randint(0, 0x7F)
            elif r < 0.6:
                c = rng.randint(0x80, 0x2FF)
            elif r < 0.9:
                c = rng.randint(0x300, 0xFFFF)
            else:
                c = rng.randint(0x10000, 0x10FFFF)
            if 0xD800 <= c <= 0xDFFF:
                c = 0x41
            chars.append(chr(c))
        strs.append("".join(chars))
    for c in range(0, 0x3000, 7):
        if not 0xD800 <= c <= 0xDFFF:
            strs.append(chr(c))
    for s in strs:
        rows.append(("s", esc(s), esc(repr(s))))
    bs = [b"", b"'", b'"', b"'\"", b"\\", bytes(range(256))]
    for _ in range(200):
        bs.append(bytes(rng.getrandbits(8) for _ in range(rng.randint(0, 10))))
    for b in bs:
        rows.append(("b", b.hex(), esc(repr(b))))
    return rows


def rand_int():
    r = rng.random()
    if r < 0.3:
        return rng.randint(-1000, 1000)
    if r < 0.6:
        return rng.getrandbits(rng.randint(1, 70)) * rng.choice([1, -1])
    return rng.getrandbits(rng.randint(1, 600)) * rng.choice([1, -1])


def run(f):
    try:
        return f()
    except (ValueError, OverflowError, ZeroDivisionError, MemoryError) as e:
        return e


def show(v):
    if isinstance(v, BaseException):
        return err(v)
    if isinstance(v, float):
        return bits(v)
    if isinstance(v, tuple):
        return " ".join(show(x) for x in v)
    return str(v)


def gen_int_ops():
    rows = []
    pairs = [(0, 5), (0, -5), (1, 0), (10**400, 1), (2**1024, 1), (2**1024 - 1, 1),
             (-(10**400), 3), (1, 10**400), (10**400, 10**399), (2**1024 - 2**970, 1),
             (2**1024 - 2**970 - 1, 1), (-(2**63), -1), (2**53 + 1, 1), (1, 3), (2, 3)]
    for _ in range(700):
        pairs.append((rand_int(), rand_int()))
    for _ in range(40):
        a = rng.getrandbits(rng.randint(1000, 1100))
        pairs.append((a, rng.getrandbits(rng.randint(1, 60)) or 1))
        pairs.append((rng.getrandbits(rng.randint(1, 60)), a))
    for a, b in pairs:
        rows.append(("truediv", str(a), str(b), show(run(lambda: a / b))))
        rows.append(("floordiv", str(a), str(b), show(run(lambda: a // b))))
        rows.append(("mod", str(a), str(b), show(run(lambda: a % b))))
    for a, b in pairs[:300]:
        rows.append(("divmod", str(a), str(b), show(run(lambda: divmod(a, b)))))
        m = rand_int()
        e = rng.choice([0, 1, 2, 3, -1, -2, 65537, rng.getrandbits(100)])
        if abs(m) < 2**70:
            rows.append(("powmod", str(a), str(e), str(m), show(run(lambda: pow(a, e, m)))))
        n = rng.choice([0, 1, 5, 31, 63, 64, 100, -1, 2000, 10**30])
        rows.append(("lshift", str(a), str(n), show(run(lambda: a << n)) if n < 10**6 or a == 0 else "skip"))
        rows.append(("rshift", str(a), str(n), show(run(lambda: a >> n))))
    for a, _ in pairs:
        rows.append(("float", str(a), show(run(lambda: float(a)))))
    for a, _ in pairs[:200]:
        for radix, f in ((2, bin), (8, oct), (16, hex)):
            rows.append(("radix", str(a), str(radix), f(a)))
    cmp_floats = [0.0, -0.0, 1.0, 0.5, -0.5, 2.0**53, 2.0**53 + 2, 2.0**63, -2.0**63, 2.0**64,
                  1e300, -1e300, float("inf"), float("-inf"), float("nan"), 9.5, -9.5, 1e20 + 0.0]
    cmp_ints = [0, 1, -1, 2**53, 2**53 + 1, 2**53 - 1, 2**63, 2**63 - 1, -(2**63), -(2**63) - 1,
                2**64, 10**300, -(10**300), 10**20, 9, 10, -9, -10, 2**1024]
    for _ in range(300):
        cmp_ints.append(rand_int())
        cmp_floats.append(random_float())
    for a in cmp_ints:
        for x in rng.sample(cmp_floats, 12):
            if x != x:
                r = "None"
            else:
                r = str((a > x) - (a < x))
            rows.append(("cmp", str(a), bits(x), r))
    for _ in range(200):
        x = random_float()
        rows.append(("toint", bits(x), show(run(lambda: int(x)))))
    for x in [float("inf"), float("-inf"), float("nan"), 2.0**63, -2.0**63, 1e300, -0.5, 0.99]:
        rows.append(("toint", bits(x), show(run(lambda: int(x)))))
    return rows


def gen_float_ops():
    rows = []
    special = [0.0, -0.0, 1.0, -1.0, 3.0, -3.0, 0.5, -0.5, 2.0, -2.0, 1e300, -1e300, 5e-324,
               float("inf"), float("-inf"), float("nan"), 6.0, -6.0, 0.1, 1 / 3, 10.0, 1e-300,
               2.5, -8.0, 1e308]
    pairs = [(a, b) for a in special for b in special]
    for _ in range(1000):
        pairs.append((random_float(), random_float()))
    for _ in range(300):
        pairs.append((rng.uniform(-10, 10), rng.choice([rng.uniform(-5, 5), float(rng.randint(-9, 9))])))
    for a, b in pairs:
        rows.append(("floordiv", bits(a), bits(b), show(run(lambda: a // b))))
        rows.append(("mod", bits(a), bits(b), show(run(lambda: a % b))))
        rows.append(("divmod", bits(a), bits(b), show(run(lambda: divmod(a, b)))))
        rows.append(("div", bits(a), bits(b), show(run(lambda: a / b))))
        negative_to_fraction = (math.isfinite(a) and a < 0 and math.isfinite(b)
                                and b != math.floor(b))
        try:
            # Python 3 computes complex(a) ** complex(b) here, which the VM does itself.
            p = "complex" if negative_to_fraction else a ** b
            r = "complex" if isinstance(p, (str, complex)) else bits(p)
        except (ZeroDivisionError, OverflowError) as e:
            r = err(e)
        rows.append(("pow", bits(a), bits(b), r))
    return rows


write("float_repr.tsv", gen_float_repr())
write("format.tsv", gen_format())
write("percent.tsv", gen_percent())
write("round.tsv", gen_round())
write("parse_float.tsv", gen_parse_float())
write("parse_int.tsv", gen_parse_int())
write("hash.tsv", gen_hash())
write("repr.tsv", gen_repr())
write("int_ops.tsv", gen_int_ops())
write("float_ops.tsv", gen_float_ops())
