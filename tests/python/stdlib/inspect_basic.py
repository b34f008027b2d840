import inspect
from functools import partial, wraps

def f(a, b: int = 2, *args, c, d='x', **kw) -> str:
    return 'r'

def g(x, y, /, z=0):
    pass

class C:
    def __init__(self, name: str, n=1):
        self.name = name
    def method(self, q):
        return q
    @staticmethod
    def st(v):
        return v

def gen():
    yield 1

async def co():
    pass

print(inspect.signature(f), inspect.signature(g), inspect.signature(C), inspect.signature(C('n').method))
sig = inspect.signature(f)
print(list(sig.parameters), [str(p.kind) for p in sig.parameters.values()], sig.return_annotation.__name__)
print(sig.parameters['b'].default, sig.parameters['b'].annotation, sig.parameters['a'].default is inspect.Parameter.empty)
ba = sig.bind(1, 2, 3, c=4, e=5)
print(ba.arguments, ba.args, ba.kwargs)
ba2 = inspect.signature(g).bind(1, 2)
ba2.apply_defaults()
print(ba2.arguments)
try:
    sig.bind(1)
except TypeError as e:
    print('TypeError', e)
print(inspect.signature(partial(f, 1, c=3)), inspect.signature(lambda x, *a: 0))
print(inspect.isfunction(f), inspect.isclass(C), inspect.ismethod(C('n').method), inspect.isbuiltin(len),
      inspect.isgeneratorfunction(gen), inspect.iscoroutinefunction(co), inspect.isgeneratorfunction(f),
      inspect.isgenerator(gen()), inspect.isroutine(len), inspect.ismodule(inspect))
print([name for name, _ in inspect.getmembers(C, inspect.isfunction)])
print(inspect.getdoc(C) is None, inspect.cleandoc('''
    Line one.
      indented
    end
'''))
def deco(fn):
    @wraps(fn)
    def w(*a, **k):
        return fn(*a, **k)
    return w
@deco
def h(p, q=3):
    pass
print(inspect.signature(h), inspect.unwrap(h) is not h, inspect.getfullargspec(f))
