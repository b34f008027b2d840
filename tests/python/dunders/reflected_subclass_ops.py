# Reflected operators with subclasses of built-in types: the right operand goes first when
# its type derives from the left's and overrides the reflected method; otherwise the left
# operand's operation is tried first.


class S(str):
    def __radd__(self, other):
        return 'S.radd(%r)' % other

    def __rmul__(self, other):
        return 'S.rmul(%r)' % other

    def __rmod__(self, other):
        return 'S.rmod(%r)' % other


class T(tuple):
    def __radd__(self, other):
        return 'T.radd'

    def __rmul__(self, other):
        return 'T.rmul'


class L(list):
    def __radd__(self, other):
        return 'L.radd'

    def __rmul__(self, other):
        return 'L.rmul'


class B(bytes):
    def __radd__(self, other):
        return 'B.radd'


class I(int):
    def __radd__(self, other):
        return 'I.radd'

    def __rsub__(self, other):
        return 'I.rsub'

    def __rmul__(self, other):
        return 'I.rmul'

    def __rpow__(self, other):
        return 'I.rpow'

    def __rlshift__(self, other):
        return 'I.rlshift'

    def __rand__(self, other):
        return 'I.rand'

    def __ror__(self, other):
        return 'I.ror'

    def __rtruediv__(self, other):
        return 'I.rtruediv'

    def __rfloordiv__(self, other):
        return 'I.rfloordiv'

    def __rmod__(self, other):
        return 'I.rmod'

    def __rdivmod__(self, other):
        return 'I.rdivmod'


class F(float):
    def __radd__(self, other):
        return 'F.radd'

    def __rsub__(self, other):
        return 'F.rsub'


class Fs(frozenset):
    def __ror__(self, other):
        return 'Fs.ror'

    def __rand__(self, other):
        return 'Fs.rand'


class D(dict):
    def __ror__(self, other):
        return 'D.ror'


print('a' + S('b'), 3 * S('b'), '%s' % S('x'), 'x' * I(2))
print((1,) + T((2,)), 2 * T((1,)))
print([1] + L([2]), 2 * L([1]))
print(b'a' + B(b'b'))
print(1 + I(2), 1 - I(2), 2 * I(3), 2 ** I(2), 1 << I(2), 1 & I(2), 1 | I(2))
print(1 / I(2), 1 // I(2), 1 % I(2), divmod(1, I(2)), pow(2, I(3)))
print(True + I(2), 1.5 + I(2), 1.5 - I(2), (1 + 2j) + I(1))
print(1.0 + F(2), 1 - F(2), 1 + F(2), 2.5 - F(1))
print(frozenset({1}) | Fs({2}), frozenset({1}) & Fs({2}), sorted({1} | Fs({2})))
print({1: 2} | D({3: 4}))
x = 'a'
x += S('b')
print(x)
y = 1
y += I(2)
print(y)
z = [0]
z += L([1])
print(z)


# Subclasses that do not override: the left operand's operation, result of the base type.
class S2(str):
    pass


class I2(int):
    pass


class L2(list):
    pass


print('a' + S2('b'), type('a' + S2('b')).__name__, 3 * S2('ab'), type(S2('a') + 'b').__name__)
print(1 + I2(2), type(1 + I2(2)).__name__, 2.5 * I2(2), type(I2(1) + I2(2)).__name__)
print([1] + L2([2]), type([1] + L2([2])).__name__, L2([1]) * 2)


# The reflected method of a deeper subclass that only inherits it does not go first.
class I3(int):
    def __add__(self, o):
        return 'I3.add'

    def __radd__(self, o):
        return 'I3.radd'


class J(I3):
    pass


class K(I3):
    def __radd__(self, o):
        return 'K.radd'


print(I3(1) + I3(2), 1 + I3(2), I3(2) + 1, I3(1) + J(2), I3(1) + K(2), J(1) + K(2))


# A reflected method answering NotImplemented hands back to the left operand.
class I4(int):
    def __radd__(self, o):
        return NotImplemented


class S5(str):
    def __rmod__(self, o):
        return NotImplemented


print(1 + I4(2), '%s!' % S5('q'))


# Plain classes with reflected methods against built-in left operands.
class X:
    def __radd__(self, o):
        return 'X.radd(%s)' % type(o).__name__

    def __rmul__(self, o):
        return 'X.rmul(%s)' % type(o).__name__

    def __ror__(self, o):
        return 'X.ror'

    def __rsub__(self, o):
        return 'X.rsub'


print('a' + X(), [1] + X(), (1,) + X(), b'a' + X(), 1 + X(), 1.5 + X())
print('a' * X(), [1] * X(), 3 * X(), {1} | X(), {1: 2} | X(), {1} - X())


class Y:
    pass


for make in [lambda: 'a' + Y(), lambda: [1] + Y(), lambda: (1,) + Y(), lambda: b'a' + Y(),
             lambda: 1 + Y(), lambda: 'a' * Y(), lambda: [1] * Y(), lambda: Y() * 'a',
             lambda: {1} | Y(), lambda: 'a' - Y(), lambda: S2('a') + 1, lambda: 2 ** Y()]:
    try:
        make()
    except TypeError as e:
        print('TypeError:', e)


# Comparisons: a subclass's reflected comparison goes first.
class I6(int):
    def __eq__(self, o):
        return 'I6.eq'

    def __lt__(self, o):
        return 'I6.lt'

    def __gt__(self, o):
        return 'I6.gt'

    __hash__ = int.__hash__


class S7(str):
    def __eq__(self, o):
        return 'S7.eq'

    __hash__ = str.__hash__


print(1 == I6(1), 1 < I6(1), 1 > I6(2), 'a' == S7('a'), 'a' != S7('a'))


# In-place: a list asks the right operand's reflected method before extending itself.
z = [0]
z += X()
print(z)
z = [0]
z *= X()
print(z)
z = [0]
z *= I(3)
print(z)
s = 'ab'
s *= I(2)
print(s)
z = [0]
z += (1, 2)
z *= 2
print(z)
