# CPython's own dataclasses: methods built by exec() of generated source.
import dataclasses
from dataclasses import (dataclass, field, fields, asdict, astuple, replace, InitVar,
                         make_dataclass, is_dataclass, FrozenInstanceError, KW_ONLY, MISSING)
from typing import ClassVar, List

@dataclass
class Item:
    name: str
    price: float = 0.0
    tags: List[str] = field(default_factory=list)
    count: ClassVar[int] = 0

i = Item('pen', 1.5)
i.tags.append('office')
print(i, Item('x') == Item('x'), Item('x') == Item('y'), Item.count)
print([f.name for f in fields(Item)], fields(Item)[2].default_factory is list)
print(asdict(i), astuple(i), replace(i, price=2.0))
print(Item.__init__.__qualname__, Item.__repr__.__name__, Item.__match_args__)

@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    def bump(self):
        return replace(self, minor=self.minor + 1)

v = Version(1, 2)
print(v < Version(1, 3), v >= Version(1, 2), sorted([Version(2), Version(1, 5), v]))
print(hash(v) == hash(Version(1, 2)), v.bump())
try:
    v.major = 3
except FrozenInstanceError as e:
    print('FrozenInstanceError', e)
try:
    del v.minor
except dataclasses.FrozenInstanceError as e:
    print('FrozenInstanceError', e)

@dataclass
class Rect:
    w: int
    h: int
    scale: InitVar[int] = 1
    area: int = field(init=False, repr=False)
    def __post_init__(self, scale):
        self.w *= scale
        self.h *= scale
        self.area = self.w * self.h

r = Rect(2, 3, scale=2)
print(r, r.area, [f.name for f in fields(r)])

@dataclass(kw_only=True)
class Options:
    verbose: bool = False
    level: int = 1

@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int = 2
    c: int = field(default=3, kw_only=True)

print(Options(level=3), Mixed(1, b=5), Mixed(0, c=9))
try:
    Options(True)
except TypeError as e:
    print('TypeError', e)

@dataclass(slots=True)
class Slotted:
    x: int
    y: int = 5

s = Slotted(1)
print(s, Slotted.__slots__, hasattr(s, '__dict__'))

@dataclass
class Base:
    x: int = 0
    y: int = 1

@dataclass
class Child(Base):
    z: int = 2
    x: int = 10

print(Child(), Child(1, 2, 3), is_dataclass(Child), is_dataclass(Child()), is_dataclass(int))

@dataclass(unsafe_hash=True)
class Key:
    k: str
    v: int = field(compare=False, default=0)
print(hash(Key('a')) == hash(Key('a', 5)), Key('a') == Key('a', 9))

@dataclass(eq=False)
class Ident:
    n: int
print(Ident(1) == Ident(1), Ident(1).__eq__ is not None)

@dataclass
class Node:
    val: int
    children: list = field(default_factory=list)
root = Node(1, [Node(2), Node(3, [Node(4)])])
print(asdict(root))
print(astuple(root))

Point3 = make_dataclass('Point3', ['x', ('y', int), ('z', int, field(default=0))],
                        namespace={'norm': lambda self: abs(self.x) + abs(self.y) + abs(self.z)})
p = Point3(1, -2)
print(p, p.norm(), [f.type for f in fields(Point3)])

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
        items: list = []
except ValueError as e:
    print('ValueError', e)
try:
    Item()
except TypeError as e:
    print('TypeError', e)

@dataclass
class WithRepr:
    a: int
    b: 'WithRepr' = None
w = WithRepr(1)
w.b = w
print(w)
print(dataclasses.fields(WithRepr)[1].type, MISSING is dataclasses.MISSING)
