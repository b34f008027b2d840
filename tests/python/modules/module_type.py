# types.ModuleType: creating modules, their attributes and repr, registering them in
# sys.modules, module __getattr__/__dir__ (PEP 562), subclasses.
import sys
import types

m = types.ModuleType('m')
print(m, repr(m), m.__name__, m.__doc__, type(m).__name__)
m2 = types.ModuleType('m2', 'the doc')
print(m2.__doc__, sorted(vars(m2)))
print(m2.__spec__, m2.__loader__, m2.__package__)
m.x = 5
print(m.x, 'x' in dir(m), m.__dict__['x'])
try:
    m.y
except AttributeError as e:
    print('AttributeError:', e)
sys.modules['m'] = m
import m as mm
print(mm is m, mm.x)
from m import x
print(x)


def f():
    return 42


m.f = f
print(m.f(), isinstance(m, types.ModuleType), type(sys) is types.ModuleType)
for make in (lambda: types.ModuleType(), lambda: types.ModuleType(1),
             lambda: types.ModuleType('a', 'b', 'c')):
    try:
        make()
    except TypeError as e:
        print('TypeError:', e)
print(types.ModuleType('x', doc='d').__doc__, types.ModuleType(name='y'))
print(repr(types.ModuleType("it's")))
exec('z = 10\ndef g(): return z * 2', m.__dict__)
print(m.g(), m.z)
del m.x
print(hasattr(m, 'x'))


lazy = types.ModuleType('lazy')


def _lazy_getattr(name):
    if name == 'answer':
        return 42
    raise AttributeError(f"module 'lazy' has no attribute {name!r}")


lazy.__getattr__ = _lazy_getattr
lazy.__dir__ = lambda: ['b', 'a']
print(lazy.answer, getattr(lazy, 'nope', 'dflt'), hasattr(lazy, 'nope'), hasattr(lazy, 'answer'))
print(dir(lazy))
sys.modules['lazy'] = lazy
from lazy import answer
print(answer)
try:
    from lazy import missing
except ImportError as e:
    print('ImportError:', e)


class MyMod(types.ModuleType):
    def hello(self):
        return 'hi from ' + self.__name__


custom = MyMod('custom')
custom.v = 1
print(custom.hello(), repr(custom), custom.v, isinstance(custom, types.ModuleType))
print(sys, types.ModuleType.__name__)
