# Closures: counters with nonlocal, late binding in loops, factories.
def make_counter(start=0, step=1):
    count = start
    def increment():
        nonlocal count
        count += step
        return count
    return increment

c1 = make_counter()
c2 = make_counter(100, 10)
print(c1(), c1(), c1(), c2(), c2(), c1())

def make_accumulator():
    items = []
    def add(x):
        items.append(x)
        return list(items)
    return add

acc = make_accumulator()
print(acc(1), acc("two"), acc([3]))

# Closures created in a loop all see the final value.
funcs = []
for i in range(4):
    funcs.append(lambda: i)
print([f() for f in funcs])

# Binding the current value with a default argument.
funcs = []
for i in range(4):
    funcs.append(lambda i=i: i)
print([f() for f in funcs])

# Binding with a factory function.
def make_multiplier(n):
    return lambda x: x * n
mults = [make_multiplier(n) for n in range(1, 5)]
print([m(10) for m in mults])

lazy = [lambda: k * 2 for k in range(3)]
print([f() for f in lazy])

# A closure sees later changes to the enclosing variable.
def outer():
    value = "first"
    def inner():
        return value
    value = "second"
    return inner
print(outer()())

# Shared state between two closures.
def make_account(balance):
    def deposit(amount):
        nonlocal balance
        balance += amount
        return balance
    def withdraw(amount):
        nonlocal balance
        if amount > balance:
            return "insufficient funds"
        balance -= amount
        return balance
    def get():
        return balance
    return deposit, withdraw, get

deposit, withdraw, get = make_account(100)
print(deposit(50), withdraw(30), withdraw(500), get())
d2, w2, g2 = make_account(0)
print(d2(5), g2(), get())

# Memoisation with a closure.
def memoize(func):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = func(n)
        return cache[n]
    return wrapper

calls = [0]
def slow_square(n):
    calls[0] += 1
    return n * n
fast = memoize(slow_square)
print([fast(n) for n in [2, 3, 2, 3, 4, 2]], calls[0])

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
fib = memoize(fib)
print(fib(80))

# Wrapping a function with a closure.
def trace(func):
    depth = [0]
    def wrapper(*args):
        print("  " * depth[0] + "enter", args)
        depth[0] += 1
        result = func(*args)
        depth[0] -= 1
        print("  " * depth[0] + "leave", result)
        return result
    return wrapper

def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
fact = trace(fact)
print(fact(4))

# Generator-free iteration via closure.
def make_iter(items):
    index = -1
    def next_item():
        nonlocal index
        index += 1
        if index < len(items):
            return items[index]
        return None
    return next_item

nxt = make_iter(["a", "b"])
print(nxt(), nxt(), nxt(), nxt())
