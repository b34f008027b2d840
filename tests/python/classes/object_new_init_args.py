# object.__new__ and object.__init__ accept extra arguments only when the other one is
# overridden; the messages are CPython's.


def attempt(label, f):
    try:
        r = f()
        print(label, 'ok', type(r).__name__)
    except TypeError as e:
        print(label, 'TypeError:', e)


class Plain:
    pass


class InitOnly:
    def __init__(self, x):
        self.x = x


class NewOnly:
    def __new__(cls, x):
        return super().__new__(cls)


class NewPassesArgs:
    def __new__(cls, *a, **k):
        return object.__new__(cls, *a, **k)


class InitPassesArgs:
    def __init__(self, *a, **k):
        object.__init__(self, *a, **k)


class Both:
    def __new__(cls, *a):
        return super().__new__(cls)

    def __init__(self, *a):
        super().__init__(*a)


class SuperInitWithArg:
    def __init__(self):
        super().__init__(5)


class SuperNewWithArg:
    def __new__(cls):
        return super().__new__(cls, 5)


class ChildOfInitOnly(InitOnly):
    pass


class Point:
    def __new__(cls, x, y):
        self = super().__new__(cls)
        self.x, self.y = x, y
        return self

    def __repr__(self):
        return f'Point({self.x}, {self.y})'


attempt('Plain(1)', lambda: Plain(1))
attempt('Plain(x=1)', lambda: Plain(x=1))
attempt('InitOnly(1)', lambda: InitOnly(1))
attempt('NewOnly(1)', lambda: NewOnly(1))
attempt('NewPassesArgs()', lambda: NewPassesArgs())
attempt('NewPassesArgs(1)', lambda: NewPassesArgs(1))
attempt('NewPassesArgs(k=1)', lambda: NewPassesArgs(k=1))
attempt('InitPassesArgs()', lambda: InitPassesArgs())
attempt('InitPassesArgs(1)', lambda: InitPassesArgs(1))
attempt('Both(1)', lambda: Both(1))
attempt('Both()', lambda: Both())
attempt('SuperInitWithArg()', lambda: SuperInitWithArg())
attempt('SuperNewWithArg()', lambda: SuperNewWithArg())
attempt('ChildOfInitOnly(2)', lambda: ChildOfInitOnly(2))
attempt('Point(1, 2)', lambda: Point(1, 2))
print(Point(3, 4))
attempt('object.__new__(Plain, 1)', lambda: object.__new__(Plain, 1))
attempt('object.__new__(InitOnly, 1)', lambda: object.__new__(InitOnly, 1))
attempt('object.__new__(NewOnly, 1)', lambda: object.__new__(NewOnly, 1))
attempt('object.__init__(Plain(), 1)', lambda: object.__init__(Plain(), 1))
attempt('object.__init__(InitOnly(1), 1)', lambda: object.__init__(InitOnly(1), 1))
attempt('object.__init__(NewOnly(1), 1)', lambda: object.__init__(NewOnly(1), 1))
attempt('Plain().__init__(1)', lambda: Plain().__init__(1))
attempt('Plain().__init__()', lambda: Plain().__init__())
attempt('object.__new__(1)', lambda: object.__new__(1))
attempt('object.__new__()', lambda: object.__new__())
attempt('object.__new__(int)', lambda: object.__new__(int))
attempt('object.__new__(Plain)', lambda: object.__new__(Plain))
attempt('object(1)', lambda: object(1))
attempt('object(x=1)', lambda: object(x=1))
attempt('object()', lambda: object())
attempt('object.__init__()', lambda: object.__init__())
o = object.__new__(InitOnly)
print(hasattr(o, 'x'), type(o).__name__)
