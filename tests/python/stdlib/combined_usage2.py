from typing import NamedTuple, TypeVar, Generic, Callable, Iterator, Union
from dataclasses import dataclass, asdict, field, fields
from decimal import Decimal, ROUND_HALF_UP
from fractions import Fraction
from datetime import date, timedelta, datetime
import statistics, itertools, functools, collections, enum, abc, contextlib, io, sys

T = TypeVar('T')

class Account(NamedTuple):
    owner: str
    balance: Decimal = Decimal('0.00')

@dataclass(frozen=True)
class Money:
    amount: Decimal
    currency: str = 'EUR'
    def __add__(self, other):
        return Money(self.amount + other.amount, self.currency)

class Repo(Generic[T]):
    def __init__(self) -> None:
        self._items: dict = {}
    def add(self, key: str, item: T) -> None:
        self._items[key] = item
    def __iter__(self) -> Iterator[T]:
        return iter(self._items.values())

r: Repo[Account] = Repo()
r.add('a', Account('ann', Decimal('10.50')))
r.add('b', Account('bob'))
total = sum((a.balance for a in r), Decimal(0))
print(total, [a.owner for a in r], Money(Decimal('1.10')) + Money(Decimal('2.205')))
print((Decimal('2.675') * 3).quantize(Decimal('0.01'), rounding=ROUND_HALF_UP), Fraction(3, 4) + Fraction('1/4'))
start = date(2024, 1, 31)
print([str(start + timedelta(days=30 * i)) for i in range(3)], (datetime(2024, 3, 10, 12) - datetime(2024, 3, 9)).total_seconds())
print(statistics.mean([Decimal('1.5'), Decimal('2.5')]), statistics.median([3, 1, 2]), round(statistics.stdev([1, 2, 3, 4]), 4))

class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self) -> float: ...
    def __repr__(self):
        return f'{type(self).__name__}(area={self.area():.2f})'
@dataclass
class Circle(Shape):
    r: float
    def area(self):
        return 3.14159 * self.r ** 2
print(Circle(1.0), isinstance(Circle(2), Shape), [f.name for f in fields(Circle)])

class Color(enum.IntFlag):
    R = 4
    G = 2
    B = 1
print(Color.R | Color.B, repr(Color.R | Color.G), int(Color.G | Color.B), Color(7))

buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print('hidden')
print(buf.getvalue().strip().upper())
@functools.singledispatch
def show(x):
    return 'obj'
@show.register
def _(x: int):
    return 'int'
@show.register
def _(x: list):
    return 'list'
print(show(1), show([]), show('s'))
print(list(itertools.takewhile(lambda p: p < 20, (p for p in itertools.count(2) if all(p % d for d in range(2, p))))))
