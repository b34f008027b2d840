# global, nonlocal, shadowing, and functions nested three deep.
count = 0

def bump():
    global count
    count += 1
    return count

print(bump(), bump(), count)

def read_global():
    return count * 10
print(read_global())

def shadow():
    count = "local"
    return count
print(shadow(), count)

def create_global():
    global created
    created = "made inside a function"
create_global()
print(created)

# Three levels of nesting with nonlocal at each level.
def level1():
    a = 1
    log = []
    def level2():
        b = 2
        def level3():
            nonlocal a, b
            a += 10
            b += 20
            c = a + b
            log.append(("level3", a, b, c))
            return c
        r = level3()
        log.append(("level2", a, b))
        return r
    result = level2()
    log.append(("level1", a))
    return result, log

print(level1())

# nonlocal binds to the nearest enclosing function scope.
def outer():
    x = "outer"
    def middle():
        x = "middle"
        def inner():
            nonlocal x
            x = "changed by inner"
        inner()
        return x
    m = middle()
    return x, m
print(outer())

# Reading an enclosing variable without nonlocal.
def make_greeter(greeting):
    def greeter(name):
        def punctuate():
            return greeting + ", " + name + "!"
        return punctuate()
    return greeter
print(make_greeter("Hi")("ann"), make_greeter("Bye")("bob"))

# Globals modified through mutation need no global statement.
registry = []
def register(name):
    registry.append(name)
    return len(registry)
print(register("a"), register("b"), registry)

# Parameters shadow globals.
value = 100
def use_param(value):
    value += 1
    return value
print(use_param(1), value)

# global inside a nested function.
total = 0
def outer_sum(items):
    def add(x):
        global total
        total += x
    for i in items:
        add(i)
    return total
print(outer_sum([1, 2, 3]), total)

# Loop variables in functions are local.
def loop_local():
    for i in range(3):
        pass
    return i
i = "global i"
print(loop_local(), i)

# Comprehension scope does not leak, even in functions.
def comp_scope():
    y = "kept"
    squares = [y for y in range(3)]
    return y, squares
print(comp_scope())

# Functions defined conditionally.
flag = True
if flag:
    def pick():
        return "first definition"
else:
    def pick():
        return "second definition"
print(pick())
def pick():
    return "redefined"
print(pick())
