# == and != between plain objects and None compare identity, until a class (or a base)
# gains __eq__ or __ne__.


class Plain:
    pass


class Child(Plain):
    pass


a, b = Plain(), Child()


def table(x, y):
    return [x == y, x != y, y == x, y != x, x == x, x != x]


print(table(a, b), table(a, None), table(None, b), table(a, a))
Plain.__eq__ = lambda self, other: "eq called"
print(table(a, b), table(a, None))
del Plain.__eq__
print(table(a, b))
Child.__ne__ = lambda self, other: "ne called"
print(table(a, b), table(b, None))
del Child.__ne__
print(table(a, b))


class Listy(list):
    pass


print(table(Listy([1]), Listy([1])), table(Listy(), None), table(Listy(), []))


class Always:
    def __eq__(self, other):
        return True


print(table(Always(), None), table(a, Always()))
found = [x for x in [a, b, None, a] if x != a]
print(len(found), found.count(None))
