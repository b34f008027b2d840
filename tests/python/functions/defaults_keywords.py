# Default arguments, keyword arguments and the mutable-default pitfall.
def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct

print(greet("ann"))
print(greet("bob", "Hi"))
print(greet("cy", punct="?"))
print(greet(greeting="Yo", name="dee"))
print(greet("eve", "Hey", "..."))

def power(base, exp=2):
    return base ** exp

print(power(3), power(3, 3), power(exp=0, base=9), power(2, exp=-1))

# Defaults are evaluated once, at definition time.
counter = 10
def show(value=counter):
    return value
counter = 20
print(show(), show(5))

def append_to(item, target=[]):
    target.append(item)
    return target

print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to(4))

def append_safe(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target

print(append_safe(1), append_safe(2), append_safe(3, [0]))

def remember(key, value, cache={}):
    cache[key] = value
    return len(cache)

print(remember("a", 1), remember("b", 2), remember("a", 3))

# Keyword-only arguments after *.
def connect(host, port=80, *, timeout=10, secure=False):
    return host + ":" + str(port) + " timeout=" + str(timeout) + " secure=" + str(secure)

print(connect("example.com"))
print(connect("example.com", 443, secure=True))
print(connect("example.com", timeout=1))
print(connect(port=8080, host="localhost", timeout=3, secure=False))

def required_kw(*, a, b=2):
    return a + b
print(required_kw(a=1), required_kw(b=10, a=5))

# Defaults referring to earlier values.
def make_range(stop, start=0, step=1):
    out = []
    i = start
    while (step > 0 and i < stop) or (step < 0 and i > stop):
        out.append(i)
        i += step
    return out

print(make_range(5), make_range(10, 2, 3), make_range(-5, 0, -2), make_range(0))

# Default of None versus falsy values.
def describe(value=None):
    if value is None:
        return "no value"
    return "value " + repr(value)

print(describe(), describe(0), describe(""), describe([]), describe(None))

# Positional-only parameters.
def div(a, b, /, scale=1):
    return a / b * scale
print(div(1, 4), div(1, 4, scale=100), div(9, 3, 2))

# A function with many parameter kinds.
def full(a, b=2, *args, c, d=4, **kwargs):
    return [a, b, args, c, d, kwargs]

print(full(1, c=3))
print(full(1, 20, 30, 40, c=3, e=5))
print(full(a=0, c=0, d=0, z=9))
