# CPython's own collections module over isola's _collections (deque, defaultdict, OrderedDict).
from collections import (Counter, OrderedDict, ChainMap, namedtuple, UserDict, UserList,
                         UserString, deque, defaultdict)
import collections

Point = namedtuple('Point', 'x y z', defaults=(0,))
p = Point(1, 2)
print(p, p._replace(y=5), p._asdict(), Point._fields, Point._field_defaults)
print(Point._make([7, 8, 9]), p.z, Point.__new__.__defaults__, repr(Point(1, y=2, z=3)))
print('%s and %r' % Point(1, 2, 3)[:2], '%s' % (Point(1, 2, 3),))
Pair = namedtuple('Pair', ['first', 'second'], rename=True)
print(Pair(1, 2), Pair.__doc__, isinstance(Pair(1, 2), tuple))
R = namedtuple('R', 'a def _x', rename=True)
print(R._fields)

c = Counter('abracadabra')
print(c.most_common(3), c['z'], sorted(c.elements())[:6])
d = Counter(a=3, b=1)
e = Counter(a=1, b=2, c=5)
print(d + e, d - e, d & e, d | e, +Counter(a=-1, b=2), -Counter(a=-1))
d.subtract(a=1)
print(d, d.total(), Counter('aab') == Counter('aba'), Counter(a=1) <= Counter(a=2))
d.update(['a', 'x'])
print(d)

od = OrderedDict.fromkeys('abcde')
od.move_to_end('b')
od.move_to_end('e', last=False)
print(list(od), od.popitem(), od.popitem(last=False), od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1))
print(type(od).__module__, type(od).__name__)

cm = ChainMap({'a': 1}, {'a': 2, 'b': 3})
print(cm['a'], cm['b'], len(cm), sorted(cm), cm.maps)
child = cm.new_child({'c': 4})
child['a'] = 10
print(child, cm.parents, dict(child))

class Lower(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)
u = Lower(A=1)
u['B'] = 2
print(u, u.data, 'a' in u, len(u))
ul = UserList([3, 1, 2])
ul.sort()
print(ul, ul + [4], ul * 2, ul[1:], type(ul[1:]).__name__)
us = UserString('hello')
print(us.upper(), us[1:3], us + '!', len(us), 'ell' in us)

dq = deque([1, 2, 3], maxlen=4)
dq.appendleft(0)
dq.append(9)
dq.rotate(1)
print(dq, dq.maxlen, list(reversed(dq)), dq.count(2), type(dq).__module__)
dd = defaultdict(list)
for k, v in [('a', 1), ('b', 2), ('a', 3)]:
    dd[k].append(v)
print(dd, dict(dd), dd.default_factory)
print(sorted(collections.__all__))

class P(namedtuple('P', 'a b')):
    __slots__ = ()
    @property
    def total(self):
        return self.a + self.b
    def __str__(self):
        return 'P<%d,%d>' % self
print(P(2, 3).total, str(P(2, 3)), repr(P(2, 3)))

class Eq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, Eq) and self.v == other.v
print(Eq(1) != Eq(1), Eq(1) != Eq(2), Eq(1).__ne__(Eq(2)), object.__ne__(Eq(1), Eq(1)))
print(object.__lt__(1, 2), Eq.__ne__ is object.__ne__)
def f(a, b=2):
    return a, b
f.__defaults__ = (5, 6)
print(f(), f.__defaults__)
f.__defaults__ = None
try:
    f()
except TypeError as ex:
    print('TypeError', ex)
import _weakref, weakref
print(_weakref.proxy is weakref.proxy, _weakref.ref is weakref.ref, hasattr(_weakref, 'nothing'))
