# Weak references die with their referents: ref with callbacks, proxy, WeakMethod, the weak
# containers, finalize and getweakrefcount, as CPython's weakref module has them.
import gc
import weakref


class Obj:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Obj({self.name})"

    def method(self):
        return f"method of {self.name}"


# ref: alive, then None; the callback gets the reference itself.
o = Obj("o")
r = weakref.ref(o)
print(r() is o, r() == o, weakref.getweakrefcount(o), weakref.getweakrefs(o) == [r])
events = []
r2 = weakref.ref(o, lambda wr: events.append(("callback", wr is r2, wr())))
print(weakref.getweakrefcount(o), r2.__callback__ is not None)
del o
print(r(), r2(), events)
print(isinstance(r, weakref.ref), isinstance(r, weakref.ReferenceType))

# Equality and hashing follow the referent while it lives.
a, b = Obj("a"), Obj("a2")
ra1, ra2, rb = weakref.ref(a), weakref.ref(a), weakref.ref(b)
print(ra1 == ra2, ra1 == rb, hash(ra1) == hash(a), len({ra1, ra2, rb}))
h = hash(rb)
del b
print(hash(rb) == h, rb == rb, rb() is None)
dead = weakref.ref(Obj("gone"))
try:
    hash(dead)
except TypeError as e:
    print("TypeError:", e)

# Objects that cannot be weakly referenced.
for value in (1, "s", (1,), [1], {"a": 1}, None):
    try:
        weakref.ref(value)
    except TypeError as e:
        print(e)

# Functions, classes, sets and bound methods can be.
def func():
    return "func"


class Klass:
    pass


s = {1, 2}
print(weakref.ref(func)() is func, weakref.ref(Klass)() is Klass, weakref.ref(s)() is s)

# A reference to an object in a garbage cycle dies when the collector frees the cycle.
cyc = Obj("cycle")
cyc.me = cyc
rc = weakref.ref(cyc, lambda wr: print("cycle callback"))
del cyc
print("before collect", rc() is not None)
gc.collect()
print("after collect", rc())

# WeakMethod.
m = Obj("m")
wm = weakref.WeakMethod(m.method)
print(wm()())
del m
print(wm())

# proxy.
target = Obj("target")
p = weakref.proxy(target)
print(p.name, p.method())
p.name = "renamed"
print(target.name)
del target
try:
    p.name
except ReferenceError as e:
    print("ReferenceError:", e)
cp = weakref.proxy(func)
print(cp())

# WeakValueDictionary.
wvd = weakref.WeakValueDictionary()
v1, v2, v3 = Obj(1), Obj(2), Obj(3)
wvd["one"], wvd["two"], wvd["three"] = v1, v2, v3
print(len(wvd), sorted(wvd), wvd["two"], wvd.get("one"))
del v2
print(len(wvd), sorted(wvd), "two" in wvd, wvd.get("two", "missing"))
try:
    wvd["two"]
except KeyError as e:
    print("KeyError", e)
print(sorted(k for k, v in wvd.items()), wvd.pop("one"), len(wvd))
del v1, v3
print(len(wvd), list(wvd.items()))

# WeakKeyDictionary.
wkd = weakref.WeakKeyDictionary()
k1, k2 = Obj("k1"), Obj("k2")
wkd[k1] = "first"
wkd[k2] = "second"
print(len(wkd), wkd[k1], k2 in wkd, sorted(wkd.values()))
del k1
print(len(wkd), [k.name for k in wkd.keys()])

# WeakSet.
ws = weakref.WeakSet()
e1, e2, e3 = Obj("e1"), Obj("e2"), Obj("e3")
for e in (e1, e2, e3):
    ws.add(e)
del e
print(len(ws), e2 in ws)
del e2
print(len(ws), sorted(x.name for x in ws))
ws.discard(e1)
print(len(ws), [x.name for x in ws])

# finalize.
def on_finalize(*args, **kwargs):
    print("finalize called", args, kwargs)
    return "result"


fo = Obj("fo")
fin = weakref.finalize(fo, on_finalize, 1, 2, key="v")
print(fin.alive, fin.peek()[1] is on_finalize)
del fo
print(fin.alive)
fo2 = Obj("fo2")
fin2 = weakref.finalize(fo2, on_finalize, "explicit")
print(fin2(), fin2.alive, fin2())
fo3 = Obj("fo3")
fin3 = weakref.finalize(fo3, on_finalize, "detached")
obj, fn, args, kwargs = fin3.detach()
print(obj is fo3, args, fin3.alive)
del fo3, obj
print("no call after detach")

# An exception in a callback is reported, not raised.
import sys
sys.unraisablehook = lambda u: print("unraisable:", u.exc_type.__name__, u.exc_value,
                                     u.object.__name__)
victim = Obj("victim")
bad = weakref.ref(victim, lambda wr: 1 / 0)
del victim
print("went on after a failing callback")

# Callbacks of references that die first are not called.
x = Obj("x")
rx = weakref.ref(x, lambda wr: print("never"))
del rx
del x
print("done")
