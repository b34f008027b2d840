# The cycle collector: cycles of every kind are found and freed, live objects are never
# touched, and the gc module's interface behaves as CPython's does.
import gc


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None


def found(make):
    """Whether gc.collect() finds garbage after `make` leaves a cycle behind."""
    gc.collect()
    make()
    return gc.collect() > 0


def instance_pair():
    a, b = Node("a"), Node("b")
    a.other, b.other = b, a


def self_list():
    x = []
    x.append(x)


def self_dict():
    d = {}
    d["self"] = d


def closure():
    def f():
        return f
    return f


def list_through_tuple():
    x = []
    x.append((x, 1))


def set_of_frozen_instances():
    n = Node("s")
    n.other = {(n,)}


def exception_cycle():
    try:
        raise ValueError("boom")
    except ValueError as e:
        e.me = e


def generator_cycle():
    def gen():
        yield me
    me = gen()
    me.ref = None  # generators have no __dict__ here or in CPython
    return me


def class_cycle():
    class C:
        pass
    C.me = C


def bound_method_cycle():
    n = Node("m")
    n.other = n.__init__


def deep_cycle():
    first = Node(0)
    cur = first
    for i in range(1, 1000):
        cur.other = Node(i)
        cur = cur.other
    cur.other = first


kinds = [instance_pair, self_list, self_dict, closure, list_through_tuple,
         set_of_frozen_instances, exception_cycle, class_cycle, bound_method_cycle,
         deep_cycle]
for make in kinds:
    print(make.__name__, found(make))
try:
    found(generator_cycle)
except AttributeError as e:
    print("generator:", e)

# Live objects in cycles survive a collection with their contents.
keep = Node("keep")
keep.other = Node("partner")
keep.other.other = keep
ring = []
ring.append(ring)
ring.append("payload")
gc.collect()
print(keep.other.name, keep.other.other is keep, ring[1], ring[0] is ring)

# An object reachable only through a cycle that is itself reachable stays.
holder = [Node("inner")]
holder[0].other = holder
del holder[0].other
gc.collect()
print(holder[0].name)

# Garbage reachable only from garbage goes too; its contents are released.
def loop_with_payload():
    a = Node("payload owner")
    a.other = [a, "x" * 100, {"k": (a,)}]
gc.collect()
loop_with_payload()
print(gc.collect() >= 2)

# The interface.
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
print(gc.get_threshold())
gc.set_threshold(500, 5, 5)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
print(len(gc.get_count()), all(isinstance(c, int) for c in gc.get_count()))
print(gc.is_tracked(1), gc.is_tracked("s"), gc.is_tracked([]), gc.is_tracked(Node("t")))
print(gc.is_tracked({}), gc.is_tracked({"a": 1}), gc.is_tracked({"a": []}))
print(gc.is_tracked((1, 2)), gc.is_tracked(([],)))
try:
    gc.collect(3)
except ValueError as e:
    print("ValueError:", e)
try:
    gc.collect("x")
except TypeError as e:
    print("TypeError")
print(gc.collect(0) >= 0, gc.collect(1) >= 0, gc.collect(generation=2) >= 0)
stats = gc.get_stats()
print(len(stats), sorted(stats[0]))
marker = Node("marker")
marker.other = []  # (isola lists an instance once it holds a reference)
print(any(o is marker for o in gc.get_objects()))
print(marker in gc.get_referents([marker, 1]))
print(any(r is keep for r in gc.get_referrers(keep.other)))

# Callbacks see each collection start and stop.
seen = []
def callback(phase, info):
    seen.append((phase, info["generation"], sorted(info)))
gc.callbacks.append(callback)
gc.collect()
gc.callbacks.remove(callback)
print(seen)

# A collection while disabled is still an explicit one.
gc.disable()
self_list()
print(gc.collect() > 0)
gc.enable()

# Automatic collections keep a loop that makes cycles from growing without bound.
gc.collect()
before = gc.get_stats()[0]["collections"]
for i in range(20000):
    a, b = Node(i), Node(i)
    a.other, b.other = b, a
print(gc.get_stats()[0]["collections"] > before)

# freeze moves everything out of the collector's sight, unfreeze brings it back.
gc.freeze()
print(gc.get_freeze_count() > 0)
gc.unfreeze()
print(gc.get_freeze_count())
