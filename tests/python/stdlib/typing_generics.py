# CPython's typing over isola: user generics, their aliases and origins, protocols,
# NamedTuple, TypedDict, get_type_hints with forward references, and no_type_check.
import typing
from typing import (Any, Callable, ClassVar, Dict, Generic, List, Literal, NamedTuple,
                    Optional, Protocol, TypedDict, TypeVar, Union, get_args, get_origin,
                    get_type_hints, runtime_checkable)

T = TypeVar('T')
K = TypeVar('K', bound=str)


class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item

    def get(self) -> T:
        return self.item


class Pair(Box[T], Generic[T, K]):
    pass


IntBox = Box[int]
print(IntBox, get_origin(IntBox), get_args(IntBox), IntBox(3).get())
print(Box.__parameters__, Pair.__parameters__, Pair.__orig_bases__)
print(Pair[int, str], Box[List[int]], Box[Optional[str]])
b = IntBox(5)
print(type(b).__name__, b.__orig_class__)
try:
    Box[int, str]
except TypeError as e:
    print('TypeError', e)

print(Optional[int], Union[int, str, None], List[Dict[str, int]], Callable[[int, str], bool],
      Literal['a', 1], ClassVar[int], typing.Tuple[int, ...], int | None)
print(get_origin(List[int]), get_args(Callable[[int], str]), get_origin(int | str))


@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...


class File:
    def close(self):
        pass


print(isinstance(File(), Closer), isinstance(1, Closer), issubclass(File, Closer))


class Point(NamedTuple):
    x: int
    y: int = 0

    def norm(self):
        return abs(self.x) + abs(self.y)


p = Point(3, -4)
print(p, p.norm(), Point._fields, Point._field_defaults, p._replace(y=1), p._asdict())


class Movie(TypedDict, total=False):
    title: str
    year: int


m: Movie = {'title': 'Brazil'}
print(m, Movie.__required_keys__, sorted(Movie.__optional_keys__), Movie.__total__)


class Node:
    next: 'Optional[Node]'
    value: int

    def link(self, other: 'Node') -> 'List[Node]':
        return [self, other]


print(get_type_hints(Node), get_type_hints(Node.link))


@typing.no_type_check
class Loose:
    x: 'not a type'

    def f(self, a: 'neither') -> 'nor this':
        return a


print(get_type_hints(Loose.f), Loose.f.__no_type_check__)
print(typing.cast(List[int], 'anything'), typing.assert_type(3, int))
Alias = Dict[str, List[T]]
print(Alias[int], Alias.__parameters__)
