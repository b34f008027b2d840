# type() and isinstance(), including tuples of types.
values = [1, -5, 2 ** 100, 1.5, True, False, None, "s", "", [1], (), (1,), {}, {"a": 1}, range(3)]
for v in values:
    print(repr(v), type(v), type(v).__name__)

print(type(1) == int, type(True) == int, type(True) == bool, type(1.0) is float, type("") is str)
print(type(type(1)), type(int), type(None).__name__)
print(isinstance(1, int), isinstance(True, int), isinstance(True, bool), isinstance(1, bool))
print(isinstance(1.0, int), isinstance(1, float), isinstance(1, (int, float)), isinstance(1.0, (int, float)))
print(isinstance("x", (list, tuple)), isinstance([], (list, tuple)), isinstance((), (list, tuple)))
print(isinstance(None, type(None)), isinstance({}, dict), isinstance(range(2), range), isinstance(3, ()))
print(isinstance([], (int, (str, (list,)))))
print(issubclass(bool, int), issubclass(int, bool), issubclass(int, (str, int)), issubclass(float, int))

def kind(value):
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, (int, float)):
        return "number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, (list, tuple)):
        return "sequence of " + str(len(value))
    if isinstance(value, dict):
        return "mapping"
    if value is None:
        return "nothing"
    return "other"

for v in [True, 3, 2.5, "hi", [1, 2], (1,), {"a": 1}, None, range(3)]:
    print(repr(v), kind(v))

# Dispatching on type names.
def describe(value):
    name = type(value).__name__
    if name == "int":
        return "int with " + str(len(str(abs(value)))) + " digits"
    if name == "str":
        return "str of length " + str(len(value))
    if name == "list":
        return "list: " + ", ".join([describe(v) for v in value])
    return name

print(describe(12345))
print(describe("hello"))
print(describe([1, "ab", [2.5, None]]))

# Converting with the type itself.
for t in [int, float, str, bool, list, tuple]:
    print(t.__name__, repr(t("1") if t in (int, float, str, bool) else t("12")))

converters = {"int": int, "float": float, "str": str}
for name, raw in [("int", "42"), ("float", "2.5"), ("str", 7)]:
    value = converters[name](raw)
    print(name, repr(value), type(value).__name__)

# A flatten that treats strings as atoms.
def flatten(value):
    if isinstance(value, (list, tuple)):
        out = []
        for v in value:
            out.extend(flatten(v))
        return out
    return [value]

print(flatten([1, (2, [3, "ab"]), [[("c",)]], "de"]))

# Summing only numbers.
mixed = [1, "2", 3.5, None, True, [4], 5]
total = 0
for m in mixed:
    if isinstance(m, (int, float)) and not isinstance(m, bool):
        total += m
print(total)
