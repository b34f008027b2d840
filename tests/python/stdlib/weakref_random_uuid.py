# weakref, random and uuid as CPython's own modules, over isola's _weakref and _random.
import weakref, gc, random, uuid, os, operator
class A: pass
a = A()
r = weakref.ref(a)
print(r() is a, r is weakref.ref(a), weakref.getweakrefcount(a), type(r).__name__, weakref.ref)
called = []
r2 = weakref.ref(a, lambda w: called.append(w))
print(r2 is r, weakref.getweakrefcount(a), r == r2, hash(r) == hash(a))
d = weakref.WeakValueDictionary()
k = weakref.WeakKeyDictionary()
s = weakref.WeakSet()
b = A()
d['x'] = b; k[b] = 1; s.add(b)
print(len(d), len(k), len(s), 'x' in d, b in s)
del b
print(len(d), len(k), len(s), list(d.keys()))
class B:
    def m(self): return 42
o = B()
wm = weakref.WeakMethod(o.m)
print(wm()(), wm == weakref.WeakMethod(o.m))
del o
print(wm())
p = weakref.proxy(a)
a.z = 3
print(p.z, type(p))
fin = []
c = A()
f = weakref.finalize(c, fin.append, 'done')
print(f.alive)
del c
print(fin, f.alive)
del a
print(r(), called[0] is r2)
random.seed(12345)
print(random.random(), random.randint(1, 100), random.choice('abcdef'), random.sample(range(100), 5))
rr = random.Random('hello')
print(rr.random(), rr.getrandbits(70), rr.gauss(0, 1), rr.uniform(1, 2))
st = rr.getstate(); x = rr.random(); rr.setstate(st); print(rr.random() == x)
l = list(range(10)); random.shuffle(l); print(l)
print(random.choices('abc', weights=[1, 2, 3], k=5), random.triangular())
print(len(os.urandom(8)), len(random.randbytes(5)), random.SystemRandom().random() < 1)
print(uuid.UUID('12345678123456781234567812345678'), uuid.uuid3(uuid.NAMESPACE_DNS, 'python.org'), uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org'))
u = uuid.uuid4(); print(u.version, len(str(u)), uuid.UUID(str(u)) == u, uuid.uuid1().version, uuid.SafeUUID.unknown)
print(repr(uuid.UUID(int=5)), uuid.UUID(bytes=b'\x01'*16).hex, uuid.NAMESPACE_URL.urn)
# ref subclasses take extra arguments through __new__, as KeyedRef does.
class Tagged(weakref.ref):
    __slots__ = ('tag',)
    def __new__(cls, ob, tag):
        self = super().__new__(cls, ob)
        self.tag = tag
        return self
    def __init__(self, ob, tag):
        super().__init__(ob)
e = A()
t = Tagged(e, 'x')
print(t.tag, t() is e, weakref.getweakrefcount(e), isinstance(t, weakref.ref))
try:
    weakref.ref(1)
except TypeError as ex:
    print(ex)
import warnings
warnings.simplefilter('ignore', DeprecationWarning)
for bad in (2.5, 'a', None):
    try:
        random.randrange(bad)
    except (TypeError, ValueError) as ex:
        print(type(ex).__name__, ex)
print(operator.index(True), type(operator.index(True)).__name__)
try:
    operator.index(1.0)
except TypeError as ex:
    print(ex)
import types
m = types.MethodType(lambda self: self, 'recv')
print(m())
try:
    types.MethodType(1, 2)
except TypeError as ex:
    print(ex)
