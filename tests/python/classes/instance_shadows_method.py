# An instance attribute shadows a method of its class however it got into the instance dict,
# and stops shadowing once removed; each call site runs often enough to be cached first.


class C:
    def m(self):
        return 'method'

    def n(self):
        return 'n-method'


def call_m(obj, times=3):
    return [obj.m() for _ in range(times)]


def read_m(obj):
    return obj.m


def shadow(label, how):
    c = C()
    before = call_m(c)
    how(c)
    after = call_m(c)
    print(label, before[-1], after)


def via_setattr(c):
    setattr(c, 'm', lambda: 'setattr')


def via_dict_item(c):
    c.__dict__['m'] = lambda: 'dict item'


def via_update(c):
    c.__dict__.update(m=lambda: 'update')


def via_update_pairs(c):
    c.__dict__.update([('m', lambda: 'pairs')])


def via_setdefault(c):
    vars(c).setdefault('m', lambda: 'setdefault')


def via_ior(c):
    d = c.__dict__
    d |= {'m': lambda: 'ior'}


def via_assign(c):
    c.m = lambda: 'assign'


def via_dict_swap(c):
    c.__dict__ = {'m': lambda: 'new dict'}


for label, how in [
    ('setattr', via_setattr),
    ('dict item', via_dict_item),
    ('update', via_update),
    ('update pairs', via_update_pairs),
    ('setdefault', via_setdefault),
    ('ior', via_ior),
    ('assign', via_assign),
    ('new dict', via_dict_swap),
]:
    shadow(label, how)

# Removal brings the method back.
c = C()
c.m = lambda: 'shadow'
print(call_m(c)[-1])
del c.m
print(call_m(c)[-1])
c.m = lambda: 'again'
print(call_m(c)[-1])
c.__dict__.pop('m')
print(call_m(c)[-1])
c.__dict__['m'] = lambda: 'third'
c.__dict__.clear()
print(call_m(c)[-1])

# Many instances, some shadowing: the cache must tell them apart.
objs = [C() for _ in range(40)]
for i, o in enumerate(objs):
    o.k = i
    if i % 7 == 0:
        o.n = (lambda i: lambda: f'own {i}')(i)
print([o.n() for o in objs if o.k % 7 == 0 or o.k < 3])

# Attributes stored through setattr are found by later plain reads and stores.
d = C()
for name in ['x', 'y', 'z']:
    setattr(d, name, name.upper())
total = ''
for _ in range(5):
    total += d.x + d.y + d.z
    d.x = d.x.lower()
print(total, sorted(vars(d).items()))

# Plain dicts: keys seen through every way of building one.
e = dict.fromkeys(['a', 'b'], 0)
f = {**e, 'c': 1}
g = {k: v for k, v in f.items()}
g.update(d=4)
h = dict(g, e=5)
h.setdefault('f', 6)
h.pop('a')
print('a' in h, 'b' in h, 'f' in h, h.get('a'), h.get('f'), sorted(h))
h.clear()
print('b' in h, h.get('b', 'gone'))
h['b'] = 2
print('b' in h, h['b'])

# `__dict__` assignment: the instance takes the new dict's entries.
class P:
    def __init__(self, **kw):
        self.__dict__ = kw

    def __setstate__(self, state):
        self.__dict__ = state


p = P(a=1, b=2)
print(p.a, p.b, sorted(vars(p)))
p.__setstate__({'c': 3})
print(hasattr(p, 'a'), p.c, vars(p))


class AttrDict(dict):
    pass


q = P()
q.__dict__ = AttrDict(x=10)
print(q.x)
for bad in [1, None, [('a', 1)]]:
    try:
        q.__dict__ = bad
    except TypeError as e:
        print(e)
