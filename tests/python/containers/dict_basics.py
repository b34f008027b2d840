# Dict creation, lookup, assignment, deletion, membership and iteration.
ages = {"ann": 30, "bob": 25}
ages["cy"] = 41
ages["ann"] = 31
print(ages, len(ages), ages["bob"], "cy" in ages, "zed" in ages, "zed" not in ages)
del ages["bob"]
print(ages)
print(dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict(), dict({"k": "v"}), dict([("dup", 1), ("dup", 2)]))
print(dict([(1, "one")], two=2), dict(zip("abc", range(3))))
print({}, {1: "a", 2.5: "b", None: "c", True: "d", (1, 2): "e", "s": [1]})
print({1: "int", 1.0: "float", True: "bool"})

# Keys, values, items.
stock = {"apple": 5, "pear": 0, "fig": 12}
print(list(stock.keys()), list(stock.values()), list(stock.items()))
print(stock.keys(), stock.values(), stock.items())
for k in stock:
    print(k, stock[k])
for k, v in stock.items():
    if v == 0:
        print("out of stock:", k)
total = 0
for v in stock.values():
    total += v
print(total, sum(stock.values()), max(stock), max(stock, key=stock.get), sorted(stock))
print(len(stock.keys()), "fig" in stock.keys(), 12 in stock.values(), ("fig", 12) in stock.items())

# Equality ignores order.
print({"a": 1, "b": 2} == {"b": 2, "a": 1}, {"a": 1} != {"a": 2}, {} == {})

# Nested dicts.
users = {"ann": {"age": 31, "langs": ["py", "rust"]}, "bob": {"age": 25, "langs": []}}
users["bob"]["langs"].append("go")
users["cy"] = {"age": 41, "langs": ["c"]}
print(users)
for name in users:
    info = users[name]
    print(name, info["age"], len(info["langs"]), ",".join(info["langs"]))

# Fibonacci memoised in a dict.
memo = {0: 0, 1: 1}
def fib(n):
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]
print(fib(90), len(memo))
print([fib(i) for i in range(15)])

# Inverting a dict.
colors = {"red": "#f00", "green": "#0f0", "blue": "#00f"}
inverse = {}
for name, code in colors.items():
    inverse[code] = name
print(inverse)

# Grouping.
words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
by_letter = {}
for w in words:
    by_letter.setdefault(w[0], []).append(w)
print(by_letter)

# Key types: int and float keys that compare equal collide.
d = {}
d[1] = "a"
d[1.0] = "b"
d[True] = "c"
print(d)
d[2] = "two"
print(d[2.0], d.get(2), len(d))
