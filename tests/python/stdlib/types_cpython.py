# CPython's own types module: types taken from live objects.
import sys
import types

def f():
    pass
def gen():
    yield 1
async def coro():
    pass
async def agen():
    yield 1
class C:
    def m(self):
        pass

print(isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType),
      isinstance(gen(), types.GeneratorType), isinstance(len, types.BuiltinFunctionType),
      isinstance([].append, types.BuiltinMethodType), isinstance(C().m, types.MethodType),
      isinstance(sys, types.ModuleType), isinstance(f.__code__, types.CodeType))
c = coro()
print(isinstance(c, types.CoroutineType), type(c).__name__)
c.close()
print(isinstance(agen(), types.AsyncGeneratorType), types.AsyncGeneratorType.__name__)
print(types.NoneType, types.EllipsisType, types.NotImplementedType, types.GenericAlias, types.UnionType)
print(isinstance(int | str, types.UnionType), isinstance(list[int], types.GenericAlias))
try:
    1 / 0
except ZeroDivisionError as e:
    tb = e.__traceback__
    print(isinstance(tb, types.TracebackType), type(tb).__name__, tb.tb_lineno, tb.tb_next,
          isinstance(tb.tb_frame, types.FrameType), tb.tb_frame.f_code.co_name, type(tb.tb_frame).__name__)
def outer():
    def inner():
        raise KeyError('k')
    inner()
try:
    outer()
except KeyError as e:
    tb, lines = e.__traceback__, []
    while tb is not None:
        lines.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(lines)
print(isinstance(sys._getframe(), types.FrameType), types.FrameType.__name__)
cell = (lambda x: lambda: x)(5).__closure__[0]
print(isinstance(cell, types.CellType), cell.cell_contents)

ns = types.SimpleNamespace(a=1, b='x')
ns.c = [1]
print(ns, ns == types.SimpleNamespace(a=1, b='x', c=[1]), sorted(vars(ns)))

class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        return {'prepared': True}
    def __new__(mcls, name, bases, ns, **kw):
        ns['kw'] = kw
        return super().__new__(mcls, name, bases, ns)
def body(ns):
    ns['x'] = 10
K = types.new_class('K', (object,), {'metaclass': Meta, 'flag': 1}, body)
print(K.__name__, K.x, K.prepared, K.kw, type(K).__name__)
meta, ns2, kw = types.prepare_class('P', (int,), {'metaclass': type, 'z': 1})
print(meta, ns2, kw)
class Entry:
    def __mro_entries__(self, bases):
        return (dict,)
print(types.resolve_bases((Entry(), int)), types.resolve_bases((int,)))
D = types.new_class('D', (Entry(),))
print(D.__bases__, D.__orig_bases__[0].__class__.__name__)

class Color:
    @types.DynamicClassAttribute
    def name(self):
        return 'dynamic'
    def __getattr__(self, key):
        return 'class-level ' + key
print(Color().name)

@types.coroutine
def legacy():
    yield 'step'
print(list(legacy()))
print(sorted(n for n in types.__all__ if not n.endswith('DescriptorType') and n != 'MethodWrapperType'))
d = {1: 2}
p = types.MappingProxyType(d)
d[3] = 4
print(type(p).__name__, p, repr(p), len(p), list(p), p[3], 3 in p, p.get(9, 'no'), list(p.items()), p == d, p.copy())
for bad in (lambda: p.__setitem__(5, 1), lambda: types.MappingProxyType([1])):
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
class A:
    x = 1
class MyDict(dict):
    pass
print(type(A.__dict__) is types.MappingProxyType, A.__dict__['x'], 'x' in vars(A), type(int.__dict__).__name__,
      MyDict.__repr__ is dict.__repr__, MyDict.__len__ is dict.__len__, A.__repr__ is object.__repr__)
