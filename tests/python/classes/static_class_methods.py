# staticmethod and classmethod objects: calling them directly, __func__, __wrapped__,
# __isabstractmethod__, the attributes they copy, __get__ and repr.
import abc


def double(x=7):
    "Doubles x."
    return x * 2


def name_of(cls):
    return cls.__name__


sm = staticmethod(double)
cm = classmethod(name_of)
print(sm(3), sm(), callable(sm), callable(cm))
print(sm.__func__ is double, cm.__func__ is name_of)
print(sm.__wrapped__ is double, cm.__wrapped__ is name_of)
print(sm.__isabstractmethod__, cm.__isabstractmethod__)
print(sm.__name__, sm.__qualname__, sm.__doc__, sm.__module__)
print(cm.__name__, cm.__doc__)
print(type(sm).__name__, isinstance(sm, staticmethod), isinstance(cm, classmethod))
print(repr(sm).startswith('<staticmethod(<function double at '), repr(cm).startswith('<classmethod(<function name_of'))
print(repr(staticmethod(1)), repr(classmethod(int)))
print(sm.__get__(None, int)(5), sm.__get__(3)(4))
print(cm.__get__(None, int)(), cm.__get__(3)(), cm.__get__('s', bytes)())
try:
    cm()
except TypeError as e:
    print('TypeError:', e)
try:
    staticmethod(1)()
except TypeError as e:
    print('TypeError:', e)
for make in (lambda: staticmethod(), lambda: classmethod(1, 2), lambda: staticmethod(f=1)):
    try:
        make()
    except TypeError as e:
        print('TypeError:', e)
sm.extra = 1
print(sm.extra)
wrapped_builtin = staticmethod(len)
print(wrapped_builtin.__name__, wrapped_builtin('abc'))


class K(abc.ABC):
    @staticmethod
    @abc.abstractmethod
    def s():
        pass

    @classmethod
    @abc.abstractmethod
    def c(cls):
        pass

    @staticmethod
    def plain():
        return 'plain'


print(K.__dict__['s'].__isabstractmethod__, K.__dict__['c'].__isabstractmethod__)
print(K.__dict__['plain'].__isabstractmethod__)
print(sorted(K.__abstractmethods__))
try:
    K()
except TypeError as e:
    print('TypeError:', e)


class Impl(K):
    @staticmethod
    def s():
        return 'static'

    @classmethod
    def c(cls):
        return 'class ' + cls.__name__


print(Impl.s(), Impl().s(), Impl.c(), Impl().c(), Impl.plain())


class Table:
    size = staticmethod(len)
    tag = classmethod(lambda cls: cls.__name__.lower())
    sm_in_body = staticmethod(double)

    def call_inside(self):
        return self.sm_in_body(5), Table.sm_in_body(6)


print(Table.size('abc'), Table().size([1]), Table.tag(), Table().tag())
print(Table().call_inside())
print(type(Table.__dict__['size']).__name__, Table.__dict__['size'].__func__ is len)


class Sub(Table):
    pass


print(Sub.tag(), Sub().tag())
