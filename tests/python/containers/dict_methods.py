# get setdefault pop popitem update copy clear.
d = {"a": 1, "b": 2, "c": 3}
print(d.get("a"), d.get("z"), d.get("z", 0), d.get("b", 100))
print(d.setdefault("a", 50), d.setdefault("d", 4), d.setdefault("e"), d)
print(d.pop("e"), d.pop("z", "missing"), d)
print(d.popitem(), d)
print(d.popitem(), d)
d.update({"x": 10, "a": 100})
print(d)
d.update([("y", 20), ("b", 200)])
print(d)
d.update(z=30, a=-1)
print(d)
d.update()
print(d)
e = d.copy()
e["new"] = True
print(d, e, d == e)
e.clear()
print(e, len(e), d)

try:
    d.pop("nope")
except KeyError as err:
    print("KeyError", err)
try:
    {}.popitem()
except KeyError as err:
    print("KeyError", err)

# Word frequencies with get.
text = "the quick brown fox jumps over the lazy dog the fox"
counts = {}
for word in text.split():
    counts[word] = counts.get(word, 0) + 1
print(counts)

# Inventory updates.
inventory = {"apple": 3}
orders = [("apple", 2), ("pear", 5), ("apple", -4), ("kiwi", 1), ("pear", -5)]
for item, delta in orders:
    inventory.setdefault(item, 0)
    inventory[item] += delta
    if inventory[item] <= 0:
        removed = inventory.pop(item)
        print("removed", item, removed)
    print(inventory)

# Draining a dict with popitem (LIFO order).
tasks = {"t1": "write", "t2": "test", "t3": "ship"}
while tasks:
    key, value = tasks.popitem()
    print("done", key, value, len(tasks))

# Copies are shallow.
config = {"opts": [1, 2], "name": "base"}
clone = config.copy()
clone["opts"].append(3)
clone["name"] = "clone"
print(config, clone)

# Merge with defaults.
defaults = {"color": "red", "size": "M", "qty": 1}
overrides = {"size": "L", "qty": 3}
merged = defaults.copy()
merged.update(overrides)
print(merged, defaults)
print({**defaults, **overrides} == merged)
print(dict(defaults, qty=9))
