# sys.implementation, sys.flags, __debug__ and types.SimpleNamespace.
import sys
import types
import builtins

impl = sys.implementation
print(type(impl).__name__, type(impl) is types.SimpleNamespace)
print(isinstance(impl.name, str), impl.name == impl.name.lower())
print(impl.cache_tag is None or isinstance(impl.cache_tag, str))
print(impl.version[:2], impl.version.major >= 3, type(impl.version) is type(sys.version_info))
print(impl.hexversion == sys.hexversion, hex(impl.hexversion)[:5])
print(sorted(k for k in vars(impl) if not k.startswith('_')))
print(hasattr(impl, 'name'), getattr(impl, 'nope', 'default'))

# sys.flags: a struct sequence; these fields do not depend on the environment.
f = sys.flags
print(type(f).__name__, isinstance(f, tuple), len(f) >= 15)
print(f.debug, f.inspect, f.interactive, f.optimize, f.verbose)
print(f.no_site, f.bytes_warning, f.quiet, f.isolated, f.dev_mode)
print(f[0] == f.debug, f[3] == f.optimize)
try:
    f.optimize = 1
except (AttributeError, TypeError) as e:
    print('flags read-only:', type(e).__name__)

# __debug__ is a constant True in the builtins.
print(__debug__, type(__debug__).__name__, builtins.__debug__)
print('__debug__' in dir(builtins))
if __debug__:
    print('assertions are on')
try:
    assert 1 == 2, 'checked'
except AssertionError as e:
    print('AssertionError', e)

# SimpleNamespace: keywords only, attributes in insertion order, equality by attributes.
ns = types.SimpleNamespace(a=1, b='x')
print(ns, repr(ns), ns.a, ns.b)
ns.c = [1, 2]
del ns.a
print(ns, vars(ns), ns.__dict__ is vars(ns))
print(ns == types.SimpleNamespace(b='x', c=[1, 2]), ns != types.SimpleNamespace())
print(ns == 1, types.SimpleNamespace() == types.SimpleNamespace())
print(repr(types.SimpleNamespace()))
try:
    types.SimpleNamespace({'a': 1})
except TypeError as e:
    print('TypeError:', e)
try:
    hash(ns)
except TypeError as e:
    print('TypeError:', e)
try:
    ns.missing
except AttributeError as e:
    print('AttributeError:', e)


class Point(types.SimpleNamespace):
    def norm2(self):
        return self.x ** 2 + self.y ** 2


p = Point(x=3, y=4)
print(p, p.norm2(), isinstance(p, types.SimpleNamespace))
print(p == types.SimpleNamespace(x=3, y=4))
loop = types.SimpleNamespace(name='loop')
loop.me = loop
print(loop)
nested = types.SimpleNamespace(inner=types.SimpleNamespace(v=[1, {'k': None}]))
print(nested, nested.inner.v[1]['k'])
d = dict(one=1, two=2)
print(types.SimpleNamespace(**d))
print(types.SimpleNamespace.__name__, types.SimpleNamespace.__module__)
