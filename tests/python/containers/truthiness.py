# Truth values of every builtin type, and short-circuit operators.
values = [None, True, False, 0, 1, -1, 0.0, -0.0, 0.1, float("nan"), "", " ", "0", "False",
          [], [0], [[]], (), (0,), {}, {0: 0}, range(0), range(1), 2 ** 100, 0 * 2 ** 100]
for v in values:
    print(repr(v), bool(v), not v)
    if v:
        print("  truthy")
    else:
        print("  falsy")

# and / or return one of their operands.
print(0 or 5, 3 or 5, 0 and 5, 3 and 5, "" or "default", "x" and "y", None or [], [] and 1)
print(1 and 2 and 3, 1 and 0 and 3, 0 or "" or None, 0 or "" or "last")
print(not 0, not "", not [1], not not [1], not None)

calls = []
def t(value, label):
    calls.append(label)
    return value

result = t(0, "a") and t(1, "b")
print(result, calls)
calls.clear()
result = t(1, "a") or t(1, "b")
print(result, calls)
calls.clear()
result = t(1, "a") and t("", "b") or t("fallback", "c")
print(result, calls)

# Truthiness in while loops.
queue = [3, 2, 1]
while queue:
    print("pop", queue.pop())
text = "abc"
while text:
    print(text)
    text = text[1:]

# Defaults with or.
def greet(name=None):
    name = name or "stranger"
    return "hello " + name
print(greet(), greet("ann"), greet(""))

# Count truthy items.
items = [0, 1, "", "a", None, [], [0], {}, 0.0, 2.5]
print(len([x for x in items if x]), [x for x in items if not x])
print(any(items), all(items), any([]), all([]), bool(len(items)))
print(True == 1, False == 0, True + True, isinstance(True, int), bool("False"), bool(-0.0))
