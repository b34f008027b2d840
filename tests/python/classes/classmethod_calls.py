# Class methods called on the class object from one call site many times, on subclasses,
# and after the class changes; and reads of __class__.


class Strength:
    def __init__(self, value):
        self.value = value

    @classmethod
    def stronger(cls, a, b):
        return a.value < b.value

    @classmethod
    def strongest(cls, a, b):
        return a if cls.stronger(a, b) else b

    @classmethod
    def name(cls):
        return cls.__name__


class Sub(Strength):
    @classmethod
    def stronger(cls, a, b):
        return a.value > b.value


weak, strong = Strength(5), Strength(1)
for klass in (Strength, Sub, Strength, Sub):
    print(klass.name(), klass.strongest(weak, strong).value, klass.stronger(weak, strong))

total = 0
for i in range(300):
    total += Strength.stronger(Strength(i), strong)
print(total)

Strength.name = classmethod(lambda cls: "replaced " + cls.__name__)
print(Strength.name(), Sub.name())
Strength.name = staticmethod(lambda: "static now")
print(Strength.name(), Sub.name())
Strength.name = lambda: "plain function"
print(Strength.name())
del Strength.name
try:
    Sub.name()
except AttributeError as e:
    print("AttributeError", e)


class Meta(type):
    @classmethod
    def made(mcls):
        return mcls.__name__


class WithMeta(metaclass=Meta):
    @classmethod
    def own(cls):
        return "own " + cls.__name__


print(WithMeta.own(), Meta.made())


def classes(objects):
    return [o.__class__.__name__ for o in objects]


class Other:
    pass


a, b = Strength(1), Sub(2)
print(classes([a, b, a]))
print(classes([b, a, Other()]), type(a).__name__)


class Pretender:
    @property
    def __class__(self):
        return int


print(classes([Pretender(), Other()]), isinstance(Pretender(), int))
print(classes([3, "s", None, Other]))

# A class method read from the class (not called at once) is bound to that class.
readers = [Strength.stronger, Sub.stronger]
print([r.__self__.__name__ for r in readers], [r(weak, strong) for r in readers])
for _ in range(3):
    m = Sub.stronger
print(m.__self__ is Sub, m.__func__ is Sub.__dict__["stronger"].__func__, m == Sub.stronger)
