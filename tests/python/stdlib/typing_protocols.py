# typing.Protocol: @runtime_checkable isinstance()/issubclass() checks, their TypeErrors for
# protocols that are not runtime-checkable or have data members, the Supports* protocols.
import typing
from typing import Protocol, runtime_checkable
@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...
class Sized2(Protocol):
    def __len__(self) -> int: ...
@runtime_checkable
class HasX(Protocol):
    x: int
class F:
    def close(self): pass
class G:
    x = 1
print(isinstance(F(), Closable), isinstance(G(), Closable), isinstance(G(), HasX), isinstance(F(), HasX))
print(issubclass(F, Closable), issubclass(int, Closable))
try:
    isinstance(F(), Sized2)
except TypeError as e:
    print('TypeError', e)
try:
    issubclass(G, HasX)
except TypeError as e:
    print('TypeError', e)
class Impl(Closable):
    pass
print(isinstance(Impl(), Closable), Impl.__mro__[1].__name__)
@runtime_checkable
class SupportsAbs(Protocol):
    def __abs__(self): ...
print(isinstance(1, SupportsAbs), isinstance('s', SupportsAbs))
print(isinstance(3, typing.SupportsInt), isinstance('x', typing.SupportsInt), isinstance(1.0, typing.SupportsFloat))
print(isinstance([], typing.Iterable), isinstance(1, typing.Hashable))
class NotProto: pass
try:
    runtime_checkable(NotProto)
except TypeError as e:
    print('TypeError', e)
try:
    Closable()
except TypeError as e:
    print('TypeError', e)
class C2:
    close = None
print(isinstance(C2(), Closable))
print(Closable._is_protocol, getattr(Closable, '_is_runtime_protocol', None))
@runtime_checkable
class Both(Closable, Protocol):
    def open(self): ...
class H:
    def close(self): pass
    def open(self): pass
print(isinstance(H(), Both), isinstance(F(), Both))
from typing import List, Generic, TypeVar
T = TypeVar('T')
for make in (lambda: isinstance([], List[int]), lambda: issubclass(list, List[int])):
    try:
        make()
    except TypeError as e:
        print('TypeError', e)
print(isinstance([], List), issubclass(list, typing.Sequence), isinstance({}, typing.Mapping))


@runtime_checkable
class Box(Protocol[T]):
    def get(self) -> T: ...


class IntBox:
    def get(self):
        return 1


print(isinstance(IntBox(), Box), isinstance(1, Box), issubclass(IntBox, Box))


class Concrete(Closable):
    def __init__(self, name):
        self.name = name


c = Concrete('c')
print(c.name, isinstance(c, Closable))
