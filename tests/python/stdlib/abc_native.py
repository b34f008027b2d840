# CPython's abc.py over isola's _abc: abstract methods, registration, subclass hooks, caches
# and the cache token, and type.__subclasses__ that step 6 of the subclass check walks.
import abc
from abc import ABC, ABCMeta, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self): ...

    @property
    @abstractmethod
    def name(self): ...

    @classmethod
    @abstractmethod
    def make(cls): ...


print(sorted(Shape.__abstractmethods__))
try:
    Shape()
except TypeError as e:
    print(e)


class Square(Shape):
    def area(self):
        return 4

    name = 'square'


print(sorted(Square.__abstractmethods__))
try:
    Square()
except TypeError as e:
    print(e)


class Full(Square):
    @classmethod
    def make(cls):
        return cls()


print(Full.make().area(), Full.__abstractmethods__, isinstance(Full(), Shape))


class Sized(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized:
            return any('__len__' in B.__dict__ for B in C.__mro__)
        return NotImplemented


print(isinstance([], Sized), isinstance(1, Sized), issubclass(str, Sized))


class Plugin(ABC):
    pass


token = abc.get_cache_token()


class Outside:
    pass


print(isinstance(Outside(), Plugin))
print(Plugin.register(Outside) is Outside, abc.get_cache_token() == token + 1)
print(isinstance(Outside(), Plugin), issubclass(Outside, Plugin))


class Deeper(Outside):
    pass


print(issubclass(Deeper, Plugin), Plugin.register(Deeper) is Deeper)
try:
    Plugin.register(1)
except TypeError as e:
    print(e)
try:
    Outside.register = None
    Deeper_abc = ABCMeta('Deeper_abc', (Plugin,), {})
    Plugin.register(Deeper_abc)
    Deeper_abc.register(Plugin)
except RuntimeError as e:
    print(e)


# A registration on a subclass ABC counts for its base ABC (step 6).
class Base(ABC):
    pass


class Child(Base):
    pass


class Stranger:
    pass


Child.register(Stranger)
print(issubclass(Stranger, Base), [c.__name__ for c in Base.__subclasses__()])
registry, cache, negative, version = abc._get_dump(Plugin)
print(sorted(c().__name__ for c in registry), version >= token)
Plugin._abc_caches_clear()
print(abc._get_dump(Plugin)[1], issubclass(Outside, Plugin))
Plugin._abc_registry_clear()
print(abc._get_dump(Plugin)[0], issubclass(int, Plugin))


class Both(ABC):
    @abstractmethod
    def f(self): ...


def f(self):
    return 'f'


Both.f = f
abc.update_abstractmethods(Both)
print(Both.__abstractmethods__, Both().f())
try:
    issubclass(1, Plugin)
except TypeError as e:
    print(e)
print(type(Plugin._abc_impl).__name__, abc.ABCMeta.__module__, abc.ABC.__slots__)


class A:
    pass


class B(A):
    pass


class C(A, B.__mro__[-1] if False else object):
    pass


print([k.__name__ for k in A.__subclasses__()], B.__subclasses__(), bool.__mro__)
