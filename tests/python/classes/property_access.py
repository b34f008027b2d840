# Properties read through the loop's attribute cache: getters, setters, deleters, errors,
# __getattr__ fallbacks, shadowing by the instance dict, and redefinition.

class P:
    def __init__(self, v):
        self._v = v
        self.reads = 0

    @property
    def v(self):
        self.reads += 1
        return self._v

    @v.setter
    def v(self, value):
        self._v = value * 2

    @v.deleter
    def v(self):
        print('deleting')
        del self._v

    @property
    def broken(self):
        raise ValueError('broken getter')

    @property
    def missing(self):
        return self.nothing


p = P(3)
total = 0
for i in range(1000):
    total += p.v
print(total, p.reads)
p.v = 5
print(p.v)
p.__dict__['v'] = 'shadow'
print(p.v)
del p.v
try:
    p.v
except AttributeError as e:
    print('AttributeError:', e)
for name in ('broken', 'missing'):
    try:
        getattr(p, name)
    except Exception as e:
        print(type(e).__name__, e)
try:
    p.broken
except ValueError as e:
    print('ValueError', e)


class G:
    @property
    def x(self):
        raise AttributeError('no x here')

    def __getattr__(self, name):
        return 'fallback ' + name


g = G()
for _ in range(3):
    print(g.x)


class Base:
    @property
    def kind(self):
        return 'base'


class Derived(Base):
    pass


objs = [Base(), Derived(), Base()]
print([o.kind for o in objs] * 2)
Base.kind = property(lambda self: 'redefined')
print([o.kind for o in objs])
Derived.kind = 'plain class attribute'
print([o.kind for o in objs])


class Counter:
    count = 0

    @property
    def next(self):
        Counter.count += 1
        return Counter.count


c = Counter()
print([c.next for _ in range(5)])


class WithArgs:
    @property
    def a(self, extra=10):
        return extra


print(WithArgs().a)
print(type(P.v).__name__, P.v.fget.__name__)
