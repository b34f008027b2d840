# The special methods of built-in types, called directly or through the type.
print(int.__add__(1, 2), (1).__add__(1.5), (1.5).__add__(1), (1).__radd__(2))
print(float.__add__(1.0, 2.0), (7).__floordiv__(2), (7).__rtruediv__(14), (2).__pow__(3, 5))
print((7).__neg__(), (7).__invert__(), (7).__index__(), int.__index__(5), (5).__bool__())
print((1.5).__floor__(), (1.5).__ceil__(), (2.5).__round__(), (1.5).__trunc__(), (-1.5).__abs__())
print((5).__hash__(), (5).__format__('x'), (5).__float__(), (5.9).__int__(), (7).__divmod__(2))
print((1).__lt__(2), (1).__eq__(1.0), (1.0).__eq__(1), (3).__and__(5), (1).__lshift__(4))
print(str.upper('a'), str.join(',', 'ab'), str.__len__('abc'), 'abc'.__contains__('b'))
print('a'.__add__('b'), 'ab'.__mul__(2), 'x'.__rmul__(3), '%s!'.__mod__('hi'), 'b'.__lt__('a'))
print(list.__len__([1, 2]), list.append, [3, 1].__getitem__(0), [1].__add__([2]))
l = [1, 2, 3]
l.__setitem__(0, 9)
l.__delitem__(1)
print(l, list(l.__reversed__()), l.__iadd__([4]), l, [1].__eq__((1,)))
print(dict.__getitem__({'a': 1}, 'a'), {'a': 1}.__len__(), {'a': 1}.__contains__('a'))
print({'a': 1}.__or__({'b': 2}), {'a': 1}.__or__([1]), dict.fromkeys('ab', 0))
print(tuple.__add__((1,), (2,)), (1, 2).__getitem__(-1), (1,).__mul__(3))
print({1, 2}.__and__({2}), {1}.__or__([2]), frozenset([1]).__sub__({1}), {1}.__len__())
print(range(5).__len__(), range(5).__getitem__(2), range(5).__contains__(3), range(0).__bool__())
print(len(dir(int)) > 60, '__add__' in dir(list), '__len__' in dir('x'), 'real' in dir(1))
print(int.mro(), bool.mro(), type(lambda: 0).__name__)
class Meters(int):
    pass
print(Meters(5).__add__(2), Meters.__add__(Meters(1), 1), type(Meters(5).__add__(2)))
try:
    (1).__add__()
except TypeError as e:
    print('TypeError', e)
