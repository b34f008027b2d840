# Cycles through generators and coroutines, whether suspended, never started or finished.
import gc
import weakref


class Box:
    pass


def gen(box):
    yield 1
    yield box


# A suspended generator in a cycle with an instance.
b = Box()
g = gen(b)
b.g = g
print(next(g))
r = weakref.ref(b)
del b, g
gc.collect()
print("suspended:", r() is None)

# A generator never started: its frame holds only its arguments.
b = Box()
b.g = gen(b)
r = weakref.ref(b)
del b
gc.collect()
print("never started:", r() is None)

# The same, held twice inside the cycle.
b = Box()
b.g = b.h = gen(b)
r = weakref.ref(b)
del b
gc.collect()
print("held twice:", r() is None)

# A namespace that holds a generator whose frame's globals are that namespace.
ns = {}
exec("class K:\n    pass\ndef g():\n    yield 1\nx = g()\nk = K()\n", ns)
r = weakref.ref(ns["k"])
del ns
gc.collect()
print("namespace:", r() is None)

# A generator that stored itself in a list its frame holds, then suspended.
def selfish(holder):
    me = yield
    holder.append(me)
    yield len(holder)


holder = [Box()]
s = selfish(holder)
next(s)
print(s.send(s))
r = weakref.ref(holder[0])
del holder, s
gc.collect()
print("self-referencing:", r() is None)


# Coroutines that finish at once are freed by reference counting; a suspended one in a
# cycle is collected.
class Yield:
    def __await__(self):
        yield "paused"


async def leaf(n):
    return n


async def tree(n):
    if n <= 1:
        return await leaf(n)
    return await tree(n - 1) + await tree(n - 2)


c = tree(15)
try:
    c.send(None)
except StopIteration as e:
    print("coroutine result:", e.value)


async def paused(box):
    await Yield()
    return box


b = Box()
b.c = paused(b)
print(b.c.send(None))
r = weakref.ref(b)
del b
gc.collect()
print("suspended coroutine:", r() is None)

# Nothing collected when nothing is garbage.
def counter():
    n = 0
    while True:
        n += 1
        yield n


live = counter()
next(live)
gc.collect()
print(next(live), gc.is_tracked(live))
