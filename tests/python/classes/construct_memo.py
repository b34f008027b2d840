# What calling a class runs is remembered between calls; every change to a class's
# namespace (or a base's) must be seen by the next call.


class C:
    def __init__(self, x):
        self.x = x


print(C(1).x)


def other_init(self, x):
    self.x = x * 10


C.__init__ = other_init
print(C(2).x)


class D(C):
    pass


print(D(3).x)
C.__init__ = lambda self, x: setattr(self, "x", -x)
print(D(4).x)


def new(cls, *args):
    obj = object.__new__(cls)
    obj.made_by_new = True
    return obj


D.__new__ = new
d = D(5)
print(d.x, d.made_by_new)
D.__new__ = lambda cls, *args: object.__new__(cls)
d = D(6)
print(d.x, hasattr(d, "made_by_new"))


def gen_init(self, x):
    yield x


C.__init__ = gen_init
try:
    C(7)
except TypeError as e:
    print("TypeError:", e)

import abc


class Base(abc.ABC):
    def __init__(self):
        self.ok = True


class Impl(Base):
    pass


print(Impl().ok)


def need(self):
    pass


Impl.need = abc.abstractmethod(need)
Impl.__abstractmethods__ = frozenset({"need"})
try:
    Impl()
except TypeError as e:
    print("TypeError:", e)
del Impl.__abstractmethods__
print(Impl().ok)


# Instances with many attributes, then few: each keeps its own attributes in order.
class Bag:
    def __init__(self, n):
        for i in range(n):
            setattr(self, "a%d" % i, i)


big = Bag(40)
small = Bag(2)
print(len(vars(big)), list(vars(big))[:3], list(vars(big))[-1])
print(vars(small))
del big
print(vars(Bag(3)), vars(Bag(0)))
