# What every object answers from `object`: __dir__, __getstate__, __sizeof__, __weakref__
# and __doc__, so that walking dir() with getattr finds every name.
import copy
import pickle
import sys


class A:
    x = 1


a = A()
a.y = 2
print([k for k in dir(A) if not hasattr(A, k)], [k for k in dir(a) if not hasattr(a, k)])
print(sorted(a.__dir__()) == dir(a), A().__doc__, A.__doc__, A().__weakref__)


class Listing:
    def __dir__(self):
        return ['extra'] + super().__dir__()


print('extra' in dir(Listing()), '__init__' in dir(Listing()), dir(Listing())[0])


class Sized:
    def __sizeof__(self):
        return 100


print(A().__sizeof__(), sys.getsizeof(A()), sys.getsizeof(Sized()), object().__sizeof__())
print(a.__getstate__(), A().__getstate__())


class Slotted:
    __slots__ = ('p',)


s = Slotted()
s.p = 2
print(s.__getstate__())


class Custom:
    def __init__(self):
        self.keep = 1
        self.drop = 2

    def __getstate__(self):
        state = super().__getstate__().copy()
        del state['drop']
        return state


c = pickle.loads(pickle.dumps(Custom()))
print(vars(c), vars(copy.copy(a)), pickle.loads(pickle.dumps(a)).y)
