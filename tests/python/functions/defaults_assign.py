# Assigning __defaults__ changes what later calls bind, positional and keyword alike.
def f(a, b=2, *, c=3):
    return a, b, c
f.__defaults__ = (20,)
print(f(1), f(a=1), f(1, c=4), f(b=5, a=0))
f.__defaults__ = (7, 8)
print(f(), f(c=1))
