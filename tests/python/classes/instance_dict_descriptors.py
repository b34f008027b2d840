# obj.__dict__ is the live namespace; descriptors with __delete__, property deleters and
# setter errors; a class's own __dir__.
class Typed:
    def __init__(self, name, typ):
        self.name, self.typ = name, typ

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name)

    def __set__(self, obj, value):
        if not isinstance(value, self.typ):
            raise TypeError(f"{self.name} must be {self.typ.__name__}")
        obj.__dict__[self.name] = value

    def __delete__(self, obj):
        print("deleting", self.name)
        del obj.__dict__[self.name]


class Person:
    name = Typed("name", str)
    age = Typed("age", int)

    def __init__(self, name, age):
        self.name = name
        self.age = age


p = Person("Al", 30)
print(p.name, p.age, type(Person.name).__name__, vars(p))
try:
    p.age = "x"
except TypeError as e:
    print("TypeError:", e)
del p.age
print(p.age, vars(p))


class Record:
    def __init__(self, **fields):
        self.__dict__.update(fields)


r = Record(a=1, b=2)
print(r.a, r.b)
d = r.__dict__
d["c"] = 3
print(r.c, vars(r) is d, sorted(vars(r)))
vars(r).pop("a")
print(hasattr(r, "a"))


class Pd:
    def __init__(self):
        self._x = 1

    @property
    def x(self):
        return self._x

    @x.deleter
    def x(self):
        print("del x")
        del self._x


pd = Pd()
del pd.x
print(hasattr(pd, "_x"))
try:
    pd.x = 5
except AttributeError as e:
    print("AttributeError:", e)


class ReadOnly:
    @property
    def v(self):
        return 1


try:
    del ReadOnly().v
except AttributeError as e:
    print("AttributeError:", e)


class Dr:
    def __dir__(self):
        return ["zeta", "alpha", "mid"]


print(dir(Dr()))
