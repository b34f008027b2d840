# array.array as a built-in type: construction, every type code's range checks and
# messages, items and slices, the methods, comparisons, arithmetic, the buffer protocol,
# subclasses, pickling and copying.
import array
import copy
import pickle
from array import array as A


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '=', repr(r))


print(array.typecodes, array.ArrayType is A, A.__name__, A.__module__)
print(type(A('i')), isinstance(A('d'), A))

# Construction.
show('empty', lambda: A('i'))
show('list', lambda: A('d', [1, 2.5, -3]))
show('tuple', lambda: A('b', (1, -2)))
show('range', lambda: A('H', range(3)))
show('generator', lambda: A('q', (x * x for x in range(4))))
show('str u', lambda: A('u', 'héllo'))
show('bytes', lambda: A('h', b'\x01\x00\xff\xff'))
show('bytearray', lambda: A('B', bytearray(b'xyz')))
show('array same', lambda: A('i', A('i', [4, 5])))
show('array other', lambda: A('d', A('i', [4, 5])))
show('memoryview', lambda: A('b', memoryview(b'ab')))
show('no args', lambda: A())
show('too many', lambda: A('i', [], 3))
show('keywords', lambda: A('i', initializer=[]))
show('code int', lambda: A(5))
show('code long', lambda: A('ii'))
show('code bytes', lambda: A(b'i'))
show('bad code', lambda: A('x'))
show('None init', lambda: A('i', None))
show('int init', lambda: A('i', 5))
show('str init', lambda: A('i', 'abc'))
show('u from i', lambda: A('u', A('i', [97])))
show('i from u', lambda: A('i', A('u', 'ab')))
show('odd bytes', lambda: A('i', b'abc'))
show('u list', lambda: A('u', ['a', 'b']))

# Every type code: size, range checks and what each refuses.
for code in array.typecodes:
    a = A(code)
    print(code, a.typecode, a.itemsize, len(a))
values = [0, 1, -1, 127, 128, -128, -129, 255, 256, 32767, 32768, -32768, -32769, 65535,
          65536, 2**31 - 1, 2**31, -2**31, -2**31 - 1, 2**32 - 1, 2**32, 2**63 - 1, 2**63,
          -2**63, -2**63 - 1, 2**64 - 1, 2**64, -2**100, 2**100, True, 1.5, 'a', 'ab', None,
          b'a', 2 + 0j]
for code in 'bBhHiIlLqQ':
    for v in values:
        show('%s %r' % (code, v), lambda: A(code, [v]))
for code in 'fd':
    for v in [1, 1.5, 0.1, 1e300, -1e300, 2**100, True, 'a', None, float('inf')]:
        show('%s %r' % (code, v), lambda: A(code, [v]))
    show('%s nan' % code, lambda: str(A(code, [float('nan')])[0]))
for v in ['a', 'é', '\U0001f600', 'ab', '', 97, None]:
    show('u %r' % (v,), lambda: A('u', [v]))


class Index:
    def __index__(self):
        return 7


show('index object', lambda: A('i', [Index()]))
show('index object d', lambda: A('d', [Index()]))

# Items and slices.
a = A('i', range(10))
print(a[0], a[9], a[-1], a[-10], a[True], a[Index()])
show('a[10]', lambda: a[10])
show('a[-11]', lambda: a[-11])
show('a[big]', lambda: a[2**70])
show('a["x"]', lambda: a['x'])
show('a[1.0]', lambda: a[1.0])
print(a[2:5], a[::3], a[::-1], a[-3:], a[5:2], a[100:], a[-100:2], a[1:8:2], a[8:1:-3])
show('step 0', lambda: a[::0])
b = A('i', a)
b[0] = 100
b[-1] = -100
print(b)
for key, v in [(10, 1), (0, 2**40), (0, 'x'), (0, 1.0), ('x', 1)]:
    def store():
        b[key] = v
    show('b[%r] = %r' % (key, v), store)
b[2:4] = A('i', [7, 7, 7])
print(b)
b[1:1] = A('i', [5])
print(b)
b[::2] = A('i', [0] * len(b[::2]))
print(b)
b[:] = b
print(b)
for key, v in [(slice(0, 2), [1, 2]), (slice(0, 2), A('d', [1.0])),
               (slice(0, 6, 2), A('i', [1])), (slice(None), (1,))]:
    def store():
        b[key] = v
    show('b[%r] = %r' % (key, v), store)
del b[0]
del b[-1]
print(b)
del b[::2]
print(b)
del b[1:3]
print(b)
del b[:]
print(b, len(b), bool(b))
show('del b[0]', lambda: b.__delitem__(0))
d = A('d', [1.5, 2.5])
d[0] = 3
d[1] = True
print(d)
f = A('f', [0.1, 1 / 3, 1e40, -1e40, 16777217])
print(f, f[0] == 0.1, f.tolist())
u = A('u', 'abc')
u[1] = 'Z'
print(u, u[0], u[::-1], u.tounicode())
show('u[0] = 1', lambda: u.__setitem__(0, 1))

# Iteration, membership, counting and searching.
a = A('h', [3, 1, 4, 1, 5, 9, 2, 6])
print(list(a), tuple(a), sum(a), sorted(a), min(a), max(a), list(reversed(a)))
print([x * 2 for x in a], list(enumerate(A('d', [0.5])))[0], list(zip(a, 'ab')))
print(1 in a, 7 in a, 1.0 in a, 'x' in a, a.count(1), a.count(7), a.count('x'))
print(a.index(1), a.index(1, 2), a.index(5, -4), a.index(9, 0, 6))
show('index missing', lambda: a.index(7))
show('index range', lambda: a.index(9, 0, 5))
show('index no args', lambda: a.index())
show('count no args', lambda: a.count())
it = iter(a)
print(next(it), next(it))
a.append(8)
print(list(it))
print(type(iter(A('i'))).__name__)

# Mutating methods.
a = A('l')
a.append(1)
a.extend([2, 3])
a.extend(A('l', [4]))
a.extend(range(5, 7))
a.insert(0, 0)
a.insert(-1, 55)
a.insert(100, 99)
a.insert(-100, -99)
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(3)
print(a)
a.reverse()
print(a)
show('append()', lambda: a.append())
show('append(1, 2)', lambda: a.append(1, 2))
show('append bad', lambda: a.append('x'))
show('extend other kind', lambda: a.extend(A('d')))
show('extend int', lambda: a.extend(5))
e = A('b', [1])
show('extend partial', lambda: e.extend([2, 3, 1000, 4]))
print(e)
show('insert one arg', lambda: a.insert(1))
show('pop two args', lambda: a.pop(1, 2))
show('pop range', lambda: a.pop(100))
show('pop empty', lambda: A('i').pop())
show('remove missing', lambda: a.remove(1000))
show('reverse arg', lambda: a.reverse(1))
show('byteswap arg', lambda: a.byteswap(1))
show('descriptor', lambda: A.append(5, 1))
show('descriptor list', lambda: A.tolist([1]))

# Bytes, lists and text.
h = A('h', [1, -2, 256])
print(h.tobytes(), bytes(h), bytearray(h), h.buffer_info()[1])
h.byteswap()
print(h)
h.frombytes(b'\x05\x00')
h.frombytes(bytearray(b'\x06\x00'))
h.frombytes(memoryview(b'\x08\x00'))
print(h)
show('frombytes str', lambda: h.frombytes('x'))
show('frombytes odd', lambda: h.frombytes(b'\x01'))
l = A('I', [1, 2])
l.fromlist([3, 4])
print(l, l.tolist())
show('fromlist tuple', lambda: l.fromlist((5,)))
show('fromlist bad', lambda: l.fromlist([5, -1]))
print(l)
w = A('u')
w.fromunicode('hé')
print(w, w.tounicode(), w.tobytes() == 'hé'.encode('utf-32-le'))
show('tounicode i', lambda: l.tounicode())
show('fromunicode i', lambda: l.fromunicode('x'))
show('fromunicode int', lambda: w.fromunicode(5))
q = A('Q', [2**64 - 1])
print(q, q[0], A('d', [1.0, 2.0]).tobytes().hex())

# Comparisons, within and across type codes.
x, y = A('i', [1, 2, 3]), A('i', [1, 2, 4])
print(x == y, x != y, x < y, x <= y, x > y, x >= y)
print(x == A('i', [1, 2, 3]), x == A('d', [1.0, 2.0, 3.0]), x == A('b', [1, 2]))
print(A('i', [1, 2]) < A('i', [1, 2, 0]), A('i') == A('d'), A('i') < A('u'))
print(A('u', 'ab') < A('u', 'b'), A('d', [float('nan')]) == A('d', [float('nan')]))
print(x == [1, 2, 3], x != (1, 2, 3))
show('x < list', lambda: x < [1])
show('i < u', lambda: A('i', [1]) < A('u', 'a'))

# Arithmetic.
print(x + y, x * 2, 2 * x, x * 0, x * -1, A('u', 'ab') + A('u', 'c'))
show('x + list', lambda: x + [1])
show('x + other kind', lambda: x + A('d'))
show('x + int', lambda: x + 1)
show('x * float', lambda: x * 2.0)
show('x * huge', lambda: x * 10**20)
show('x * x', lambda: x * x)
z = A('i', [1])
alias = z
z += A('i', [2])
z *= 2
print(z, z is alias)
z *= 0
print(z, z is alias)
show('+= list', lambda: exec('z += [1]', {'z': z}))
show('+= other kind', lambda: exec('z += A("d")', {'z': z, 'A': A}))
show('*= str', lambda: exec('z *= "a"', {'z': z}))

# Hashing, attributes and reprs.
show('hash', lambda: hash(A('i')))
show('set attr', lambda: setattr(A('i'), 'x', 1))
show('get attr', lambda: A('i').x)
print(repr(A('d', [1.0, 2.0])), str(A('i', [1])), repr(A('u', "it's")), repr(A('b')))
print(repr(A('d', [1e16, 0.1, -0.0, float('inf')])))

# The buffer protocol with memoryview.
a = A('i', [1, 2, 3, 4])
m = memoryview(a)
print(m.format, m.itemsize, m.nbytes, len(m), m.tolist(), m[1], m[-1], m[::2].tolist())
m[0] = 10
m[1:3] = memoryview(A('i', [20, 30]))
print(a, bytes(m[1:2]), m.tobytes() == a.tobytes())
a[3] = 40
print(m[3], m.tolist())
print(memoryview(A('d', [0.5])).tolist(), memoryview(A('u', 'ab')).format)
print(memoryview(A('B', [1, 2])).cast('b').tolist())

# Subclasses.


class Tagged(A):
    def __init__(self, typecode, items=(), tag=None):
        self.tag = tag


t = Tagged('d', [1, 2], tag='x')
print(t, t.tag, type(t).__name__, len(t), t[1], t[0:1], type(t[0:1]).__name__, list(t))
print(isinstance(t, A), t == A('d', [1.0, 2.0]), t + t, type(t + t).__name__)
t.append(3)
t[0] = 9
del t[1]
print(t, t.tolist(), t.typecode, t.itemsize)
t += A('d', [4])
print(t, type(t).__name__)
show('subclass bad args', lambda: Tagged(3))


class ArrayList(A):
    def __new__(cls, n, fill=0.0):
        return super().__new__(cls, 'd', [fill]) * 1 if False else super().__new__(cls, 'd')

    def __init__(self, n, fill=0.0):
        self.extend([fill] * n)

    def __getitem__(self, i):
        return A.__getitem__(self, i) * 10

    def __setitem__(self, i, v):
        A.__setitem__(self, i, v + 1)


al = ArrayList(3, 1.5)
print(al, al[0], al[-1], len(al))
al[1] = 5
print(al, list(al), al.tolist(), al[0:2])
show('ArrayList[5]', lambda: al[5])


class Counted(A):
    pass


c = Counted('b', b'\x01\x02')
c.note = 'n'
print(c, vars(c), c.__reduce_ex__(2), c.__reduce_ex__(4)[1][1:])

# Pickling and copying.
for v in [A('i', [1, -2]), A('d', [0.5]), A('u', 'hé'), A('B'), A('Q', [2**64 - 1]),
          A('f', [0.1]), c]:
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        w = pickle.loads(pickle.dumps(v, proto))
        assert w == v and type(w) is type(v), (v, proto, w)
    print('pickled', v, type(w).__name__, getattr(w, 'note', None))
print(A('i', [1]).__reduce_ex__(2), A('h', [1]).__reduce_ex__(3)[1][1:])
print([A(code).__reduce_ex__(4)[1][2] for code in array.typecodes])
r = array._array_reconstructor
print(r(A, 'i', 9, b'\x00\x00\x00\x01\x00\x00\x00\x02'), r(A, 'd', 17, b'?\xf0' + bytes(6)))
print(r(A, 'u', 18, 'hi'.encode('utf-16-le')), r(A, 'q', 8, b'\xff\xff\xff\xff'))
show('reconstructor type', lambda: r(int, 'i', 8, b''))
show('reconstructor code', lambda: r(A, 'i', 99, b''))
for cp in (copy.copy, copy.deepcopy):
    o = A('i', [1, 2])
    n = cp(o)
    n[0] = 5
    print(o, n, type(cp(c)).__name__)
print(A('i', [1]).__copy__(), A('i', [2]).__deepcopy__({}))

# Memory: a huge repetition is refused before allocating.
show('huge repeat', lambda: A('d', [0]) * 10**18)
show('negative repeat', lambda: A('d', [0]) * -5)
