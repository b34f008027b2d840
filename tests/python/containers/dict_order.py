# Dicts keep insertion order, through deletions and re-insertions.
d = {}
for k in ["one", "two", "three", "four", "five"]:
    d[k] = len(k)
print(d)
del d["two"]
print(d)
d["two"] = 2
print(d)
d["one"] = 100
print(d)
del d["one"]
d["one"] = 1
print(list(d), list(d.values()))
d.pop("three")
d["six"] = 6
print(d)
for k in list(d):
    if d[k] % 2 == 0:
        del d[k]
print(d)

# Many insertions and deletions keep order consistent.
big = {}
for i in range(100):
    big[i] = i * i
for i in range(0, 100, 3):
    del big[i]
for i in range(0, 30, 6):
    big[i] = -i
print(list(big)[:20], list(big)[-8:], len(big))
print(list(big.items())[-5:])

# Integer keys keep insertion order, not numeric order.
nums = {}
for k in [5, -3, 100, 0, 42, 7]:
    nums[k] = str(k)
print(nums, list(nums.keys()))

# update keeps positions of existing keys and appends new ones.
base = {"a": 1, "b": 2, "c": 3}
base.update({"c": 30, "z": 26, "a": 10})
print(base)

# Modifying a dict while iterating over it is an error.
m = {"x": 1, "y": 2}
try:
    for k in m:
        m[k + k] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
print(m)
try:
    for k in m:
        del m[k]
except RuntimeError as e:
    print("RuntimeError:", e)
print(m)

# Changing values during iteration is fine.
prices = {"a": 1.0, "b": 2.5, "c": 4.0}
for k in prices:
    prices[k] = prices[k] * 2
print(prices)

# Order-dependent report.
log = {}
events = ["login", "view", "click", "view", "logout", "login", "click", "click"]
for e in events:
    if e in log:
        log[e] += 1
    else:
        log[e] = 1
for e, n in log.items():
    print(e.ljust(8), "#" * n)
print(sorted(log.items(), key=lambda kv: kv[1], reverse=True))
