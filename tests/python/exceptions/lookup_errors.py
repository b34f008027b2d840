# KeyError and IndexError from every container.
d = {"a": 1, 2: "two", (1, 2): "tuple", None: 0}
for key in ["a", "b", 2, 3, (1, 2), (2, 1), None, "it's", 'q"uote', 1.5, ""]:
    try:
        print(repr(key), d[key])
    except KeyError as e:
        print(repr(key), "KeyError:", e, repr(e), e.args)

try:
    del d["nope"]
except KeyError as e:
    print("del:", e)
try:
    d.pop("nope")
except KeyError as e:
    print("pop:", e)

lst = [10, 20, 30]
for idx in [0, 2, 3, -1, -3, -4, 100]:
    try:
        print(idx, lst[idx])
    except IndexError as e:
        print(idx, "IndexError:", e)

for idx in [3, -4]:
    try:
        lst[idx] = 0
    except IndexError as e:
        print("assign:", e)
    try:
        del lst[idx]
    except IndexError as e:
        print("delete:", e)

s = "héllo"
for idx in [4, 5, -6]:
    try:
        print(s[idx])
    except IndexError as e:
        print("str:", e)

t = (1, 2)
for idx in [1, 2, -3]:
    try:
        print(t[idx])
    except IndexError as e:
        print("tuple:", e)

r = range(3)
try:
    r[3]
except IndexError as e:
    print("range:", e)

empty = []
try:
    empty.pop()
except IndexError as e:
    print("pop:", e)
try:
    [1, 2].pop(5)
except IndexError as e:
    print("pop index:", e)
try:
    [][0]
except IndexError as e:
    print("empty:", e)

# LookupError catches both.
for container, key in [({}, "k"), ([], 0), ("", 0), ((), 5)]:
    try:
        container[key]
    except LookupError as e:
        print(type(e).__name__, isinstance(e, LookupError), e)

# Slices never raise IndexError.
print(lst[5:10], s[10:], t[-100:100])

# Safe lookups.
def safe_get(container, key, default=None):
    try:
        return container[key]
    except (KeyError, IndexError, TypeError):
        return default

print(safe_get({"a": 1}, "a"), safe_get({"a": 1}, "b", "none"), safe_get([1, 2], 5, -1), safe_get("abc", "x", "?"))

# Counting with KeyError handling.
counts = {}
for word in "a b a c b a".split():
    try:
        counts[word] += 1
    except KeyError:
        counts[word] = 1
print(counts)
