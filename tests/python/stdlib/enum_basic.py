from enum import Enum, IntEnum, Flag, IntFlag, StrEnum, auto, unique

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3

print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value, type(Color.RED).__name__)
print(Color(2), Color['BLUE'], list(Color), len(Color), Color.RED in Color)
print(Color.RED is Color(1), Color.RED == Color.RED, Color.RED != Color.GREEN, Color.RED == 1)
print(isinstance(Color.GREEN, Color), repr(Color), [c.name for c in Color])
print(f'{Color.RED}', str(Color.BLUE), {Color.RED: 'r'}[Color.RED])
print(list(Color.__members__), Color.__members__['GREEN'])
try:
    Color(7)
except ValueError as e:
    print('ValueError', e)
try:
    Color['PURPLE']
except KeyError as e:
    print('KeyError', e)
try:
    Color.RED = 5
except AttributeError as e:
    print('AttributeError', e)

class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2
print(Shape.ALIAS_FOR_SQUARE, list(Shape), Shape(2).name, list(Shape.__members__))
try:
    @unique
    class Mistake(Enum):
        ONE = 1
        TWO = 2
        THREE = 2
except ValueError as e:
    print('ValueError', e)

class Auto(Enum):
    A = auto()
    B = auto()
    C = 10
    D = auto()
print([(m.name, m.value) for m in Auto])

class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.surface_gravity, 2))

class Mood(Enum):
    HAPPY = 'happy'
    SAD = 'sad'
    def describe(self):
        return f'{self.name} is {self.value}'
    @classmethod
    def favorite(cls):
        return cls.HAPPY
print(Mood.SAD.describe(), Mood.favorite(), Mood('sad'))

class Level(IntEnum):
    LOW = 1
    MID = 2
    HIGH = 3
print(Level.MID, repr(Level.MID), Level.MID + 1, Level.LOW < Level.HIGH, Level.HIGH == 3, sorted([Level.HIGH, Level.LOW]))
print(f'{Level.HIGH}', int(Level.MID), Level(3), [l * 2 for l in Level])

class Perm(Flag):
    R = 4
    W = 2
    X = 1
rw = Perm.R | Perm.W
print(repr(rw), Perm.R in rw, Perm.X in rw, bool(Perm.R & Perm.X), repr(Perm.R & Perm.X))
print(list(rw), repr(~Perm.R), Perm(6) is rw, str(Perm.R))

class Num(IntFlag):
    A = auto()
    B = auto()
    C = auto()
print([(m.name, m.value) for m in Num], Num.A | Num.C, repr(Num.A | Num.C), Num.B | 8 if False else 0)

class Method(StrEnum):
    GET = auto()
    POST = 'post'
print(Method.GET, repr(Method.GET), Method.POST == 'post', Method.GET.upper())

Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value, repr(Animal))
Pets = Enum('Pets', [('DOG', 'd'), ('FISH', 'f')])
print(Pets.DOG, Pets('f'))

def status(c):
    match c:
        case Color.RED:
            return 'stop'
        case Color.GREEN:
            return 'go'
        case _:
            return 'other'
print(status(Color.RED), status(Color.GREEN), status(Color.BLUE))
