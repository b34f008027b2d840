# pickle round trips at every protocol: built-in values, classes with __dict__, __slots__,
# __reduce__, __getstate__/__setstate__, __getnewargs__, shared and recursive references,
# and the streams of dump/load.
import io
import pickle
from collections import namedtuple

P = namedtuple('P', 'x y')


class C:
    def __init__(self, a):
        self.a = a
        self.b = [a, {'k': (1, 2.5, None)}]

    def __eq__(self, other):
        return type(other) is C and other.__dict__ == self.__dict__


class Slots:
    __slots__ = ('u', 'v')

    def __init__(self):
        self.u = 1
        self.v = 'two'


class Reduced:
    def __init__(self, n):
        self.n = n

    def __reduce__(self):
        return (Reduced, (self.n * 2,))


class Stateful:
    def __init__(self):
        self.x = 1

    def __getstate__(self):
        return {'x': self.x, 'extra': True}

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.restored = True


class Money(int):
    def __new__(cls, value, currency):
        self = super().__new__(cls, value)
        self.currency = currency
        return self

    def __getnewargs__(self):
        return (int(self), self.currency)


class Tags(list):
    pass


data = [1, -5, 2 ** 70, 3.25, 1 + 2j, 'str é', b'bytes', bytearray(b'ba'), None, True,
        (1, (2,)), [1, [2]], {'a': {1, 2}}, frozenset({3}), P(1, 2), C(5), range(3),
        slice(1, 2), ..., NotImplemented, C, P, len]
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    s = pickle.dumps(data, protocol=proto)
    back = pickle.loads(s)
    print(proto, back == data, type(s).__name__, back[14], back[16], back[-3:])
print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL)

lst = [1]
lst.append(lst)
b = pickle.loads(pickle.dumps(lst))
print(b[1] is b)
shared = [0]
t = pickle.loads(pickle.dumps((shared, shared)))
print(t[0] is t[1])
for proto in (2, 4):
    s = pickle.loads(pickle.dumps(Slots(), protocol=proto))
    print(proto, s.u, s.v)
print(pickle.loads(pickle.dumps(Reduced(4))).n)
print(sorted(pickle.loads(pickle.dumps(Stateful())).__dict__.items()))
for proto in (0, 2, 5):
    m = pickle.loads(pickle.dumps(Money(5, 'EUR'), protocol=proto))
    print(proto, m, m.currency, type(m).__name__)
    tg = Tags([1, 2])
    tg.owner = 'me'
    tb = pickle.loads(pickle.dumps(tg, protocol=proto))
    print(proto, tb, tb.owner, type(tb).__name__)
f = io.BytesIO()
pickle.dump({'x': 1}, f)
pickle.dump([2], f)
f.seek(0)
print(pickle.load(f), pickle.load(f))
print(pickle.dumps(123, protocol=0), pickle.dumps('a', 2), pickle.dumps([1, 2], 4))
print(pickle.dumps((1, 'a', None, True), 3))
print(pickle.dumps({'k': [1.5]}, 1))
try:
    pickle.dumps(lambda: 1)
except pickle.PicklingError:
    print('PicklingError for a lambda')
try:
    pickle.loads(b'')
except EOFError as e:
    print('EOFError', e)
