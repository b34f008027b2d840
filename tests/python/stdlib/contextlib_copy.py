import contextlib
from contextlib import contextmanager, suppress, closing, nullcontext, ExitStack, redirect_stdout
import copy
import io

@contextmanager
def tag(name):
    print(f'<{name}>')
    try:
        yield name.upper()
    finally:
        print(f'</{name}>')

with tag('b') as t:
    print('inside', t)

@contextmanager
def catching():
    try:
        yield
    except ValueError as e:
        print('caught', e)

with catching():
    raise ValueError('bad')
print('after')

try:
    with tag('x'):
        raise KeyError('k')
except KeyError as e:
    print('propagated', e)

with suppress(ZeroDivisionError, KeyError):
    1 / 0
print('suppressed')

class Res:
    def close(self):
        print('closed')
with closing(Res()) as r:
    print(type(r).__name__)
with nullcontext(5) as v:
    print(v)

with ExitStack() as stack:
    for i in range(3):
        stack.callback(print, 'cleanup', i)
    names = [stack.enter_context(tag(n)) for n in 'pq']
    print(names)

@tag('deco')
def decorated():
    print('body')
decorated()

# copy
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f'Point({self.x}, {self.y})'
p = Point([1, 2], 3)
s = copy.copy(p)
d = copy.deepcopy(p)
p.x.append(99)
print(s, d, s.x is p.x, d.x is p.x)
nested = {'a': [1, [2, 3]], 'b': (4, [5])}
dc = copy.deepcopy(nested)
dc['a'][1].append('new'); dc['b'][1].append('new')
print(nested, dc)
cyc = [1]
cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cc[1] is cc, cc[0])
print(copy.copy([1, 2]), copy.copy({'k': 1}), copy.copy((1, 2)), copy.copy('s'), copy.copy({1, 2}))
class Custom:
    def __init__(self):
        self.v = [1]
    def __copy__(self):
        print('custom copy')
        c = Custom(); c.v = self.v; return c
    def __deepcopy__(self, memo):
        print('custom deepcopy')
        c = Custom(); c.v = copy.deepcopy(self.v, memo); return c
c1 = copy.copy(Custom()); c2 = copy.deepcopy(Custom())
class Slotted:
    __slots__ = ('a', 'b')
    def __init__(self):
        self.a = 1; self.b = [2]
sl = copy.deepcopy(Slotted())
print(sl.a, sl.b)
from collections import deque, defaultdict, OrderedDict, namedtuple, Counter
P = namedtuple('P', 'x y')
print(copy.deepcopy(deque([1, [2]], maxlen=5)), copy.copy(defaultdict(list, a=[1])),
      copy.deepcopy(OrderedDict(a=1)), copy.deepcopy(P(1, [2])), copy.copy(Counter('aab')))
class MyList(list):
    pass
ml = copy.deepcopy(MyList([1, [2]]))
print(type(ml).__name__, ml)

# io and redirect_stdout
buf = io.StringIO()
with redirect_stdout(buf):
    print('captured', 1, 2)
print(repr(buf.getvalue()))
s = io.StringIO('line1\nline2\nline3')
print(s.readline(), s.read(3), s.readlines(), s.tell())
s.seek(0); print(list(s))
out = io.StringIO()
out.write('abc'); out.write('def'); out.seek(1); out.write('X')
print(out.getvalue(), out.tell())
print('to file', file=out)
print(repr(out.getvalue()))
b = io.BytesIO(b'hello')
print(b.read(2), b.read(), b.getvalue())
b.write(b' world'); print(b.getvalue())
s.close()
try:
    s.read()
except ValueError as e:
    print('ValueError', e)
try:
    io.StringIO().write(5)
except TypeError as e:
    print('TypeError', e)
