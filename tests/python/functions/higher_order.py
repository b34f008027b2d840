# Functions as values, lambdas and higher-order functions.
def square(x):
    return x * x

def negate(x):
    return -x

ops = [square, negate, abs, lambda x: x + 100]
for op in ops:
    print([op(v) for v in [-2, 0, 3]])

table = {"sq": square, "neg": negate, "double": lambda x: 2 * x}
for name in table:
    print(name, table[name](7))

def apply_twice(f, x):
    return f(f(x))
print(apply_twice(square, 3), apply_twice(negate, 5), apply_twice(lambda s: s + "!", "hi"))

def compose(*funcs):
    def composed(x):
        for f in reversed(funcs):
            x = f(x)
        return x
    return composed

inc = lambda x: x + 1
print(compose(square, inc)(4), compose(inc, square)(4), compose()(9), compose(str, abs, negate)(5))

def my_map(f, items):
    return [f(x) for x in items]

def my_filter(pred, items):
    return [x for x in items if pred(x)]

def my_reduce(f, items, initial):
    acc = initial
    for x in items:
        acc = f(acc, x)
    return acc

nums = list(range(1, 11))
print(my_map(square, nums))
print(my_filter(lambda n: n % 3 == 0, nums))
print(my_reduce(lambda a, b: a * b, nums, 1))
print(my_reduce(lambda a, b: a + [b * 2], nums[:4], []))
print(my_reduce(lambda acc, w: acc if len(acc) >= len(w) else w, "a quick brownish fox".split(), ""))

# Sorting with key functions.
people = [("ann", 31), ("bob", 25), ("cy", 41), ("dee", 25)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(max(people, key=lambda p: p[1]), min(people, key=lambda p: len(p[0])))

# Currying and partial application by hand.
def curry_add(a):
    return lambda b: lambda c: a + b + c
print(curry_add(1)(2)(3), curry_add("a")("b")("c"))

def partial(func, *fixed):
    def wrapper(*rest):
        return func(*(fixed + rest))
    return wrapper

def volume(l, w, h):
    return l * w * h
base = partial(volume, 2, 3)
print(base(4), base(10), partial(volume)(1, 2, 3), partial(volume, 1, 1, 1)())

# Functions stored in lists and called in a pipeline.
pipeline = [lambda s: s.strip(), lambda s: s.lower(), lambda s: s.replace(" ", "_")]
text = "  Hello World Again  "
for step in pipeline:
    text = step(text)
    print(repr(text))

# Functions compare by identity and are truthy.
f = square
print(f is square, f == square, square is negate, bool(square), f(12))
print(type(square).__name__, type(lambda: 0).__name__)

# Lambdas with defaults and conditional bodies.
clamp = lambda x, lo=0, hi=10: lo if x < lo else hi if x > hi else x
print([clamp(v) for v in [-5, 5, 15]], clamp(50, hi=100), clamp(-1, lo=-10))
sign = lambda n: (n > 0) - (n < 0)
print([sign(v) for v in [-3, 0, 8]])

# Counting calls with a wrapper.
def counted(func):
    count = [0]
    def wrapper(*args, **kwargs):
        count[0] += 1
        return func(*args, **kwargs)
    def calls():
        return count[0]
    return wrapper, calls

csq, csq_calls = counted(square)
print([csq(i) for i in range(5)], csq_calls())
