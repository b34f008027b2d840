from typing import (Any, Callable, Dict, List, Optional, Tuple, Union, TypeVar, Generic,
                    Iterable, Iterator, Sequence, Mapping, Set, NamedTuple, TypedDict,
                    Protocol, Literal, Final, ClassVar, cast, overload, get_type_hints,
                    get_origin, get_args, TYPE_CHECKING, NewType, Type, DefaultDict)
import typing

T = TypeVar('T')
K = TypeVar('K', bound=str)
print(T, K, repr(TypeVar('V_co', covariant=True)))
print(List[int], Dict[str, List[int]], Optional[int], Union[int, str], Union[int, None, str])
print(Tuple[int, ...], Callable[[int, str], bool], Callable[..., int], Literal['a', 1])
print(Union[int], Union[int, int], Union[int, Union[str, float]] == Union[int, str, float])
print(get_origin(List[int]) is list, get_args(Dict[str, int]), get_origin(Optional[int]) is Union,
      get_args(Optional[int]), get_origin(int), get_args(Callable[[int], str]))
print(Any, typing.List, Iterable[int], Mapping[str, Any], Sequence)
print(TYPE_CHECKING, cast(int, 'x'))

def greet(name: str, times: int = 1) -> str:
    return ' '.join([f'hi {name}'] * times)
print(greet.__annotations__, get_type_hints(greet))

class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()
s = Stack[int]()
s.push(1); s.push(2)
print(s.pop(), isinstance(s, Stack), Stack.__name__)

class Employee(NamedTuple):
    name: str
    id: int = 3
    def describe(self) -> str:
        return f'{self.name}#{self.id}'
e = Employee('guido')
print(e, e.describe(), Employee._fields, e._replace(id=5), isinstance(e, tuple))
Pt = NamedTuple('Pt', [('x', int), ('y', int)])
print(Pt(1, 2))

class Movie(TypedDict):
    title: str
    year: int
m = Movie(title='Blade Runner', year=1982)
print(m, m['year'], Movie.__annotations__ == {'title': str, 'year': int})

class Greeter(Protocol):
    def greet(self) -> str: ...
class English:
    def greet(self) -> str:
        return 'hello'
def welcome(g: Greeter) -> str:
    return g.greet()
print(welcome(English()))

UserId = NewType('UserId', int)
print(UserId(5), UserId.__name__)

@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x):
    return x * 2
print(double(2), double('ab'))

class Config:
    name: ClassVar[str] = 'cfg'
    limit: Final = 10
    value: Optional[int] = None
print(get_type_hints(Config), Config.name)
def process(items: Iterable[int], f: Callable[[int], int]) -> Iterator[int]:
    for i in items:
        yield f(i)
print(list(process([1, 2], lambda v: v * 10)))
x: Dict[str, int] = {'a': 1}
print(x, __annotations__['x'])
