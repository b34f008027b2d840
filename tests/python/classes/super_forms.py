# super() in its zero- and two-argument forms, as attribute and as method, on instances,
# classes, descriptors and built-in bases; and a `super` that is not the built-in one.

class Base:
    tag = 'base'

    def __init__(self, x):
        self.x = x

    def hello(self, who='world'):
        return f'Base.hello {who} {self.x}'

    @classmethod
    def make(cls, x):
        return f'Base.make {cls.__name__} {x}'

    @staticmethod
    def util(a, b):
        return a + b

    @property
    def prop(self):
        return f'Base.prop {self.x}'

    def gen(self):
        yield from range(self.x)


class Left(Base):
    def hello(self, who='left'):
        return 'Left(' + super().hello(who) + ')'


class Right(Base):
    tag = 'right'

    def hello(self, who='right'):
        return 'Right(' + super().hello(who) + ')'


class Diamond(Left, Right):
    def __init__(self, x):
        super().__init__(x * 10)

    def hello(self, who='diamond'):
        return 'Diamond(' + super().hello() + ')' + super(Left, self).hello(who)

    @classmethod
    def make(cls, x):
        return 'Diamond.make ' + super().make(x) + ' ' + super(Diamond, cls).make(x + 1)

    @staticmethod
    def util(a, b):
        return super(Diamond, Diamond).util(a, b) * 2

    @property
    def prop(self):
        return 'D ' + super().prop

    def tags(self):
        return super().tag, super(Left, self).tag, super(Right, self).tag

    def gen(self):
        return list(super().gen())

    def bound(self):
        m = super().hello
        return m('bound')

    def missing(self):
        try:
            super().nothing_here()
        except AttributeError as e:
            print('AttributeError:', e)
        try:
            return super().nothing_attr
        except AttributeError as e:
            print('AttributeError:', e)


d = Diamond(2)
print(d.x)
print(d.hello())
print(Diamond.make(5))
print(Diamond.util(3, 4))
print(d.prop)
print(d.tags())
print(d.gen())
print(d.bound())
d.missing()
print(Diamond.__mro__[1:3])


class MyList(list):
    def __getitem__(self, i):
        return ('got', super().__getitem__(i))

    def append(self, v):
        super().append(v * 2)

    def __len__(self):
        return super().__len__() + 100


ml = MyList([1, 2, 3])
ml.append(5)
print(ml[0], ml[3], len(ml), list(ml))


class MyDict(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v + 1)

    def get(self, k, default=None):
        return ('get', super().get(k, default))


md = MyDict()
md['a'] = 1
print(md, md.get('a'), md.get('b', 0))


class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns['made_by'] = 'Meta'
        return super().__new__(mcls, name, bases, ns)

    def __call__(cls, *args):
        inst = super().__call__(*args)
        inst.called = True
        return inst


class WithMeta(metaclass=Meta):
    def __init__(self, v):
        self.v = v


w = WithMeta(7)
print(WithMeta.made_by, w.v, w.called)


class Sub(Base):
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        cls.registered = True

    def __repr__(self):
        return 'Sub<' + super().__repr__()[:10] + '>'


class SubSub(Sub):
    pass


print(SubSub.registered, repr(SubSub(1))[:9])


def shadowed():
    # A local named super is called like any other function.
    def super(*args):
        class Fake:
            hello = lambda self=None, *a: 'fake hello ' + repr(args)
            tag = 'fake tag'
        return Fake()
    return super().hello(), super(1, 2).tag


print(shadowed())


class NoClass:
    pass


def outside(self):
    try:
        return super().x
    except RuntimeError as e:
        return 'RuntimeError: ' + str(e)


print(outside(NoClass()))


class Chain:
    def step(self, n):
        return [n]


class Chain2(Chain):
    def step(self, n):
        return super().step(n) + [n * 2]


class Chain3(Chain2):
    def step(self, n):
        return super().step(n) + [n * 3]


total = 0
for i in range(1000):
    total += sum(Chain3().step(i))
print(total)


class Slot(Base):
    __slots__ = ('y',)

    def __init__(self, x, y):
        super().__init__(x)
        self.y = y

    def __eq__(self, other):
        return super().__eq__(other)

    def __hash__(self):
        return super().__hash__() is not None


s = Slot(1, 2)
print(s.x, s.y, s == s, s == 1, hash(s))
