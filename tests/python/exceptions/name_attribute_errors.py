# NameError, UnboundLocalError and AttributeError.
try:
    print(undefined_variable)
except NameError as e:
    print(type(e).__name__, e)

try:
    x = undefined_function(1)
except NameError as e:
    print(type(e).__name__, e)

def uses_before_assign():
    print(counter)
    counter = 1

counter = 0
try:
    uses_before_assign()
except UnboundLocalError as e:
    print(type(e).__name__, e)
    print(isinstance(e, NameError))

def conditional_assign(flag):
    if flag:
        value = "set"
    return value

print(conditional_assign(True))
try:
    conditional_assign(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)

def deleted_local():
    item = 1
    del item
    return item

try:
    deleted_local()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)

gone = 5
del gone
try:
    gone
except NameError as e:
    print("NameError:", e)

def closure_unbound():
    def inner():
        return late
    try:
        inner()
    except NameError as e:
        print(type(e).__name__ + ":", e)
    late = 1
    return inner()

print(closure_unbound())

# AttributeError on builtin types.
five = 5
word = "s"
items = []
table = {}
nothing = None
real = 1.5
pair = ()
flag = True
attempts = [lambda: five.foo, lambda: word.push, lambda: items.add, lambda: table.append,
            lambda: nothing.x, lambda: real.real_part, lambda: pair.sort, lambda: flag.flag]
for attempt in attempts:
    try:
        attempt()
        print("found")
    except AttributeError as e:
        print("AttributeError:", e)

try:
    (5).foo
except AttributeError as e:
    print("AttributeError:", e)
try:
    "text".nothing()
except AttributeError as e:
    print("AttributeError:", e)
try:
    [1, 2].length
except AttributeError as e:
    print("AttributeError:", e)
try:
    None.upper()
except AttributeError as e:
    print("AttributeError:", e)

# Detecting missing names with try.
def lookup(name):
    try:
        return {"pi": 3.14, "e": 2.72}[name]
    except KeyError:
        return "unknown " + name
print(lookup("pi"), lookup("tau"))
