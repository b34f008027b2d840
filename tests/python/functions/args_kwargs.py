# *args and **kwargs, and unpacking at the call site.
def total(*args):
    print("args =", args)
    result = 0
    for a in args:
        result += a
    return result

print(total())
print(total(1))
print(total(1, 2, 3, 4.5))
nums = [10, 20, 30]
print(total(*nums), total(*nums, 40), total(0, *range(5), *(1, 1)))

def report(**kwargs):
    print("kwargs =", kwargs)
    for key, value in kwargs.items():
        print(" ", key, "->", value)
    return len(kwargs)

print(report())
print(report(a=1, b="two"))
opts = {"color": "red", "size": 3}
print(report(**opts), report(**opts, extra=True), report(z=0, **{"y": 1}))

def mixed(first, *rest, sep="-", **extra):
    parts = [str(first)] + [str(r) for r in rest]
    out = sep.join(parts)
    if extra:
        out += " " + str(sorted(extra.items()))
    return out

print(mixed(1))
print(mixed(1, 2, 3))
print(mixed(1, 2, 3, sep="+"))
print(mixed("a", "b", sep="", upper=True, n=2))

# Forwarding arguments.
def logged(func, *args, **kwargs):
    print("calling with", args, kwargs)
    result = func(*args, **kwargs)
    print("result", result)
    return result

def area(width, height=1, *, unit="m"):
    return str(width * height) + unit

logged(area, 3, 4)
logged(area, 5, unit="cm")
logged(area, width=2, height=8)
logged(mixed, "x", "y", sep="|")

# Keyword arguments collected in order.
def order(**kw):
    return list(kw)
print(order(z=1, a=2, m=3), order(**{"b": 1, "a": 2}))

# A max function built on *args.
def my_max(first, *others):
    best = first
    for o in others:
        if o > best:
            best = o
    return best

print(my_max(3), my_max(3, 9, 2), my_max(*"hello"), my_max(*[1.5, -2, 7]))

# Building a dict from keyword args.
def make_user(name, **fields):
    user = {"name": name}
    user.update(fields)
    return user

print(make_user("ann", age=30, admin=False))
print(make_user(**{"name": "bob", "langs": ["py"]}))

# Argument unpacking with zip.
def add3(a, b, c):
    return a + b + c
triples = [(1, 2, 3), (10, 20, 30), ("x", "y", "z")]
print([add3(*t) for t in triples])
print(add3(*"abc"), add3(1, *[2, 3]), add3(*[1], **{"c": 3, "b": 2}))
