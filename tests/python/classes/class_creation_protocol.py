# Class creation as CPython's type.__new__ and __build_class__ do it: PEP 560's
# __mro_entries__ and __orig_bases__, implicit class methods, __qualname__ kept out of the
# namespace, a default __doc__, starred bases and keyword unpacking.


class Base:
    pass


class Entry:
    """Not a class: stands for Base in a class statement's bases."""

    def __mro_entries__(self, bases):
        print('mro_entries got', len(bases), 'bases')
        return (Base,)


class Derived(Entry(), dict):
    pass


print(Derived.__bases__, type(Derived.__orig_bases__[0]).__name__, Derived.__orig_bases__[1])
print('__orig_bases__' in Base.__dict__, issubclass(Derived, Base))


class Dropped:
    def __mro_entries__(self, bases):
        return ()


class OnlyObject(Dropped()):
    pass


print(OnlyObject.__bases__)



class Registry:
    seen = []

    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        Registry.seen.append(cls.__name__)

    def __class_getitem__(cls, item):
        return f'{cls.__name__}[{item!r}]'


class Leaf(Registry, tag='leaf'):
    pass


class Twig(Leaf):
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(tag='from twig', **kw)


class Bud(Twig):
    pass


print(Registry.seen, Leaf.tag, Bud.tag, Registry[int], Leaf['x'])
print(type(Registry.__dict__['__init_subclass__']).__name__,
      type(Registry.__dict__['__class_getitem__']).__name__)


def outer():
    class Inner:
        class Deeper:
            pass
    return Inner


Inner = outer()
print(Inner.__qualname__, Inner.Deeper.__qualname__, '__qualname__' in Inner.__dict__)
print(repr(Inner.Deeper).split("'")[1])
Inner.__qualname__ = 'Renamed'
print(Inner.__qualname__, Inner.__name__, repr(Inner))
try:
    Inner.__qualname__ = 5
except TypeError as e:
    print('TypeError', e)
try:
    type('T', (), {'__qualname__': 7})
except TypeError as e:
    print('TypeError', e)
print(type('T', (), {'__qualname__': 'a.b'}).__qualname__)


class Documented:
    """Docs."""


class Undocumented:
    pass


print(Documented.__doc__, Undocumented.__doc__, Undocumented().__doc__, '__doc__' in Undocumented.__dict__)

bases = (Base, Registry)
opts = {'tag': 'starred'}


class Star(*bases, **opts):
    pass


print(Star.__mro__[1:3], Star.tag)


class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        cls.kw = kw
        return cls

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)


class WithMeta(*(), **{'metaclass': Meta, 'x': 1}, y=2):
    pass


print(type(WithMeta).__name__, WithMeta.kw)


one = (int,)


def annotated(*args: *one):
    pass


print(annotated.__annotations__)
