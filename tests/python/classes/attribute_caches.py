# Attribute reads and writes stay right when classes and instances change after the
# instructions that touch them have run many times (the VM caches what it learns).

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm(self):
        return str(self.x) + "|" + str(self.y)


def read_all(points):
    return [(p.x, p.y, p.norm()) for p in points]


pts = [Point(i, i + 1) for i in range(5)]
print(read_all(pts))

# A property added to the class later wins over the instance dict.
Point.x = property(lambda self: 'prop')
print(read_all(pts)[:2])
del Point.x
print(read_all(pts)[:2])

# __getattribute__ and __getattr__ added later.
def ga(self, name):
    if name == 'y':
        return 'intercepted'
    return object.__getattribute__(self, name)
Point.__getattribute__ = ga
print(read_all(pts)[:2])
del Point.__getattribute__
Point.__getattr__ = lambda self, name: 'missing ' + name
print(pts[0].z, read_all(pts)[:1])

# __setattr__ added later sees stores.
def store_all(points, v):
    for p in points:
        p.x = v

log = []
def sa(self, name, value):
    log.append((name, value))
    object.__setattr__(self, name, value)
store_all(pts, 1)
Point.__setattr__ = sa
store_all(pts, 2)
print(log[:3], len(log), pts[0].x)
del Point.__setattr__
store_all(pts, 3)
print(len(log), pts[0].x)

# Instances whose dicts have their keys in other orders, or changed through __dict__.
a = Point(1, 2)
b = Point(3, 4)
del b.x
b.x = 30
b.__dict__['y'] = 40
c = Point(5, 6)
c.__dict__.clear()
c.__dict__['y'] = 'cy'
c.__dict__['x'] = 'cx'
for _ in range(3):
    print([(p.x, p.y) for p in (a, b, c)])

# A method shadowed by an instance attribute, and the method replaced on the class.
class Greeter:
    def hello(self):
        return 'class hello'

g1, g2 = Greeter(), Greeter()
g2.hello = lambda: 'instance hello'
for _ in range(2):
    print(g1.hello(), g2.hello())
Greeter.hello = lambda self: 'new class hello'
print(g1.hello(), g2.hello())

# Slots: stores outside the slots are refused, then allowed once a subclass has a dict.
class Slotted:
    __slots__ = ('a',)

def set_b(o):
    o.b = 1

s = Slotted()
s.a = 5
for _ in range(2):
    try:
        set_b(s)
    except AttributeError as e:
        print('AttributeError:', e)

class Open(Slotted):
    pass

o = Open()
set_b(o)
print(s.a, o.b)

# Class attributes read through the class and through instances.
class Config:
    level = 1

def level_of(cls):
    return cls.level

print([level_of(Config) for _ in range(3)], Config().level)
Config.level = 2
print(level_of(Config), Config().level)

class Sub(Config):
    pass

print(level_of(Sub))
Sub.level = 3
print(level_of(Sub), level_of(Config))

# Classes of the same name made in a loop do not share what was learnt.
def make(v):
    class K:
        value = v
        def get(self):
            return self.value
    return K()

print([make(i).get() for i in range(6)])

# Objects built by a class call whose __init__ runs as a frame of the loop.
class Node:
    def __init__(self, value, parent=None):
        self.value = value
        self.parent = parent

    def depth(self):
        d, n = 0, self
        while n.parent is not None:
            d, n = d + 1, n.parent
        return d

n = None
for i in range(50):
    n = Node(i, n)
print(n.depth(), n.value)

class Bad:
    def __init__(self):
        return 1

try:
    Bad()
except TypeError as e:
    print('TypeError:', e)

# Subscripts on instances whose class defines __getitem__/__setitem__ in Python.
class Grid:
    def __init__(self, w):
        self.w = w
        self.cells = {}

    def __getitem__(self, xy):
        return self.cells.get(xy, '.')

    def __setitem__(self, xy, v):
        self.cells[xy] = v
        return 'ignored'

grid = Grid(3)
for i in range(3):
    grid[i, i] = '#'
print(''.join(grid[i, j] for i in range(3) for j in range(3)))

class Strict:
    def __getitem__(self, k):
        raise KeyError(k)

try:
    Strict()['missing']
except KeyError as e:
    print('KeyError', e)
