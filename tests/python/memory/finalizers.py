# __del__ with CPython's timing: when the last reference goes, once per object, for cyclic
# garbage at collection, with resurrection allowed and exceptions reported, not raised.
import gc


class Tracked:
    log = []

    def __init__(self, name):
        self.name = name

    def __del__(self):
        Tracked.log.append(self.name)
        print("del", self.name)


a = Tracked("rebound")
a = None
print("after rebinding")

b = Tracked("deleted")
del b
print("after del")


def local_scope():
    t = Tracked("local")
    print("leaving function")


local_scope()
print("after return")

Tracked("temporary")
print("after expression statement")

items = [Tracked("in list 1"), Tracked("in list 2")]
items.pop()
print("after pop")
items.clear()
print("after clear")

d = {"k": Tracked("in dict")}
d["k"] = 1
print("after replacing the value")


class Node(Tracked):
    pass


n = Node("cycle")
n.me = n
del n
print("before collect")
print(gc.collect() > 0)
print("after collect")

# Resurrection: __del__ stores self; it is not called again when the object goes later.
saved = []


class Phoenix:
    calls = 0

    def __del__(self):
        Phoenix.calls += 1
        saved.append(self)


p = Phoenix()
p.value = 42
del p
print("resurrected", len(saved), saved[0].value, Phoenix.calls)
saved.clear()
gc.collect()
print("calls after second death", Phoenix.calls)


# An exception in __del__ is reported through sys.unraisablehook and the program goes on.
import sys


def hook(unraisable):
    print("unraisable:", unraisable.exc_type.__name__, unraisable.exc_value,
          "in", unraisable.object.__qualname__, unraisable.err_msg)


sys.unraisablehook = hook


class Faulty:
    def __del__(self):
        raise RuntimeError("finalizer failed")


f = Faulty()
del f
print("went on after a failing finalizer")
sys.unraisablehook = sys.__unraisablehook__

# A finalizer added to a class after it was made.
class Late:
    pass


Late.__del__ = lambda self: print("late finalizer")
x = Late()
del x

# Subclasses inherit __del__; super().__del__ chains.
class Base:
    def __del__(self):
        print("base del")


class Derived(Base):
    def __del__(self):
        print("derived del")
        super().__del__()


y = Derived()
del y


# Finalizers of a whole garbage cycle run once each; the objects are freed after.
class Pair:
    count = 0

    def __del__(self):
        Pair.count += 1


for _ in range(100):
    p1, p2 = Pair(), Pair()
    p1.other, p2.other = p2, p1
del p1, p2
gc.collect()
print("pair finalizers", Pair.count)
gc.collect()
print("pair finalizers after another collection", Pair.count)
print(Tracked.log)
