# Calls with * and ** arguments: positional pieces from any iterable, in order, gathered into a tuple.
def f(*a, **k):
    return a, k
class It:
    def __iter__(self):
        yield 1
        yield [2]
args = [1, 2]
print(f(*args), f(0, *args, 3, *It()), f(*(), **{}), f(*"ab", x=1), f(*args, *args, **{"y": 2}))
print(type(f(*args)[0]).__name__)
import gc
before = len(gc.get_objects())
for _ in range(1000):
    f(*args)
print(len(gc.get_objects()) - before < 50)
