import copy, pickle, copyreg
class A:
    def __init__(self): self.x = [1, 2]; self.y = {'k': (3, 4)}
class E: pass
class G:
    def __init__(self): self.v = 1
    def __getstate__(self): return {'v': self.v * 10}
class Sl:
    __slots__ = ('a', 'b')
    def __init__(self): self.a = 1
class R:
    def __reduce__(self): return (R, ())
a = A()
r = a.__reduce_ex__(4)
print(r[0] is copyreg.__newobj__, r[1] == (A,), r[2] is a.__dict__, r[3:], E().__reduce_ex__(2)[2], A().__reduce_ex__(1)[0].__name__)
b = copy.deepcopy(a); print(b.x, b.y, b.x is a.x, type(b).__name__)
print(pickle.loads(pickle.dumps(a)).__dict__)
print(copy.deepcopy(G()).v, pickle.loads(pickle.dumps(G())).v)
s = copy.deepcopy(Sl()); print(s.a, hasattr(s, 'b'))
print(type(copy.deepcopy(R())).__name__)
a.__getstate__ = lambda: {'x': 'inst'}
print(a.__reduce_ex__(4)[2])
print(getattr(a, 'nope', 'dflt'), hasattr(a, 'x'), hasattr(a, 'nope'), getattr(A, 'nope', 5))
class P:
    @property
    def boom(self): raise AttributeError('inner')
    def __getattr__(self, n): return 'ga:' + n
print(getattr(P(), 'boom', 'd'), hasattr(P(), 'zz'), getattr(P(), 'q', None))
class M:
    def __getattribute__(self, n): raise AttributeError(n)
print(getattr(M(), 'x', 'dm'), hasattr(M(), 'x'))
try:
    getattr(a, 'nope')
except AttributeError as e:
    print(e, e.name, e.obj is a)
import math
print(getattr(math, 'nope', 1), hasattr(math, 'pi'))
