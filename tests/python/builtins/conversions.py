# int, float, str, bool, list, tuple, dict and repr conversions.
print(int(), float(), str(), bool(), list(), tuple(), dict())
print(int(7.9), int(-7.9), int("  12 "), int("-0"), int(True), int(" 0b101 ", 0), int("z", 36))
print(float(1), float("2.5"), float(" -3 "), float("1e-3"), float(False), float("1_000.5"))
print(str(42), str(-3.5), str(None), str([1, "2"]), str({"a": (1,)}), str(1e16), str(0.1))
print(bool(0), bool(1), bool(""), bool("0"), bool([]), bool([0]), bool(None), bool(0.0), bool({}), bool(()))
print(list("abc"), list((1, 2)), list(range(3)), list({"x": 1, "y": 2}), list({"x": 1}.values()))
print(tuple("ab"), tuple([1, [2]]), tuple(range(2, 5)), tuple({"k": 0}))
print(dict([("a", 1), ("b", 2)]), dict(a=1, b=2), dict([("x", 0)], y=1), dict({"c": 3}), dict(zip("ab", [1, 2])))
print(list(enumerate("ab")), dict(enumerate("xyz")), list(zip([1, 2], [3, 4])))

# repr of every type.
values = [0, -12, 2 ** 80, 1.5, -0.0, 1e-10, float("nan"), True, None, "s", "it's", 'a"b', "\n\t",
          [1, "a"], (1,), (), {"k": [1, (2,)]}, range(1, 10, 2), [[], {}, ()], "日本", "\x00\x1f"]
for v in values:
    print(repr(v), str(v))

# Round trips.
for n in [0, 7, -7, 10 ** 20]:
    assert int(str(n)) == n
    assert int(repr(n)) == n
for f in [0.1, 1 / 3, 1e300, -2.5e-8, 123.456]:
    print(f, float(repr(f)) == f, float(str(f)) == f)

# Converting between containers.
words = ["b", "a", "c", "a"]
print(tuple(words), list(tuple(words)), dict([(w, i) for i, w in enumerate(words)]))
pairs = list({"one": 1, "two": 2}.items())
print(pairs, dict(pairs), list(dict(pairs)))
print(list(reversed("abc")), "".join(list("xyz")), list(str(12345)), [int(c) for c in "2024"])
print(str(list(range(3))), repr(str(3)), repr(repr(3)), len(repr("a\nb")))

# bool of numbers and conversion back.
print(int(bool(5)), float(bool(0)), str(bool("x")), bool(int("0")), bool(float("0.0")))

# Parsing user-like input.
raw = ["  42", "3.75", "-8", "true", "", "1e2", "0x1F"]
for r in raw:
    parsed = None
    try:
        parsed = int(r)
    except ValueError:
        try:
            parsed = float(r)
        except ValueError:
            parsed = r.strip().lower() == "true"
    print(repr(r), repr(parsed), type(parsed).__name__)
