# Metaclasses: __call__, __new__ with keywords, __init__, methods and properties, dunders on classes.
class Singleton(type):
    _instances = {}
    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]
class Config(metaclass=Singleton):
    def __init__(self, v=0):
        self.v = v
        print("init", v)
a = Config(1); b = Config(2)
print(a is b, a.v, type(Config).__name__, isinstance(Config, Singleton), isinstance(Config, type))
class Registry(type):
    registry = []
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        if bases:
            Registry.registry.append(name)
    def describe(cls):
        return f"class {cls.__name__}"
    @property
    def upper(cls):
        return cls.__name__.upper()
class Plugin(metaclass=Registry): pass
class P1(Plugin): pass
class P2(Plugin): pass
print(Registry.registry, P1.describe(), P2.upper, type(P1) is Registry)
class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        print("new", mcs.__name__, name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith('__')), kw)
        cls = super().__new__(mcs, name, bases, ns)
        cls.tag = kw.get('tag')
        return cls
    def __len__(cls): return 42
    def __iter__(cls): return iter([1, 2])
    def __getitem__(cls, k): return k * 2
class W(metaclass=Meta, tag="t"):
    def method(self): return 1
print(W.tag, len(W), list(W), W[3], W().method())
class V(W): pass
print(V.tag, type(V).__name__)
class Base:
    def __init_subclass__(cls, flag=False, **kw):
        super().__init_subclass__(**kw)
        cls.flag = flag
class Child(Base, flag=True): pass
print(Child.flag)
class M2(type):
    def __repr__(cls): return f"<M2 {cls.__name__}>"
class Q(metaclass=M2): pass
print(Q, [Q], str(Q), f"{Q}")
Dyn = Meta('Dyn', (object,), {'x': 5})
print(Dyn.x, type(Dyn).__name__)
class Abs(type):
    def __call__(cls, *a):
        if getattr(cls, 'abstract', False):
            raise TypeError(f"Can't instantiate {cls.__name__}")
        return type.__call__(cls, *a)
class Shape(metaclass=Abs):
    abstract = True
class Circle(Shape):
    abstract = False
    def __init__(self, r): self.r = r
try: Shape()
except TypeError as e: print(e)
print(Circle(2).r)
