from dataclasses import dataclass, field, asdict, astuple, replace, fields, is_dataclass, FrozenInstanceError, InitVar
from typing import List, Optional, ClassVar

@dataclass
class Point:
    x: int
    y: int = 0

p = Point(1, 2)
print(p, Point(5), p == Point(1, 2), p != Point(2, 1))
print(Point.__doc__ if False else fields(p)[0].name, [f.name for f in fields(Point)])
print(asdict(p), astuple(p), replace(p, y=10), is_dataclass(p), is_dataclass(Point), is_dataclass(1))
try:
    Point()
except TypeError as e:
    print('TypeError', e)

@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    tags: tuple = ()

v1, v2 = Version(1, 2), Version(1, 10)
print(v1 < v2, max(v1, v2), sorted([v2, v1]), hash(v1) == hash(Version(1, 2)))
try:
    v1.major = 5
except FrozenInstanceError as e:
    print('FrozenInstanceError', e)
print({v1: 'a'}[Version(1, 2)])

@dataclass
class Inventory:
    name: str
    items: list = field(default_factory=list)
    count: int = field(default=0, repr=False)
    secret: str = field(default='s', compare=False)
    total: ClassVar[int] = 0

    def add(self, item):
        self.items.append(item)
        self.count += 1
        Inventory.total += 1

a = Inventory('a'); b = Inventory('b')
a.add('x'); a.add('y')
print(a, b, Inventory.total, a == Inventory('a', ['x', 'y'], 2, 'other'))
print(asdict(a))

@dataclass
class Node:
    value: int
    children: List['Node'] = field(default_factory=list)
    parent: Optional['Node'] = field(default=None, repr=False)

root = Node(1, [Node(2), Node(3, [Node(4)])])
print(root)
print(asdict(root))

@dataclass
class WithPost:
    a: float
    b: float
    c: float = field(init=False)
    scale: InitVar[int] = 1
    def __post_init__(self, scale):
        self.c = (self.a + self.b) * scale
print(WithPost(1, 2), WithPost(1, 2, 10).c)

@dataclass
class Base:
    x: int = 1
@dataclass
class Derived(Base):
    y: int = 2
print(Derived(), Derived(5, 6), isinstance(Derived(), Base))

@dataclass(eq=False)
class NoEq:
    v: int
print(NoEq(1) == NoEq(1))

@dataclass(kw_only=True)
class KW:
    a: int
    b: int = 2
print(KW(a=1), KW(b=3, a=4))

try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print('TypeError', e)
try:
    @dataclass
    class BadDefault:
        a: list = []
except ValueError as e:
    print('ValueError', e)

@dataclass(slots=True)
class Slotted:
    a: int
    b: str = 'x'
s = Slotted(1)
print(s, Slotted.__slots__)
print(Point.__match_args__)
match Point(0, 3):
    case Point(0, y):
        print('on y axis at', y)
