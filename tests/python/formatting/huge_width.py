# A width or precision too large to allocate raises MemoryError instead of crashing.
for spec in ['100000000000d', '>100000000000', '.100000000000f', '100000000000']:
    for value in [1, 2.5, 'abc']:
        try:
            format(value, spec)
        except MemoryError:
            print(spec, type(value).__name__, 'MemoryError')
        except ValueError as e:
            print(spec, type(value).__name__, 'ValueError', e)
n = 10 ** 11
try:
    f'{1:{n}}'
except MemoryError:
    print('f-string MemoryError')
print(len(format(7, '1000d')), len(f'{"x":>500}'))
# Attribute caches: a class changed after its instances were read sees the change.
class P:
    kind = 'a'
    def who(self):
        return 'P'
p = P()
for i in range(3):
    print(p.kind, p.who())
    P.kind = 'b' + str(i)
    P.who = lambda self, i=i: 'Q' + str(i)
p.kind = 'own'
print(p.kind, P.kind)
del p.kind
print(p.kind)
class Base:
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v
class A(Base): pass
class B(Base): pass
class C(Base): pass
class D(Base): pass
class E(Base): pass
objs = [A(1), B(2), C(3), D(4), E(5)] * 3
print(sum(o.get() for o in objs), [o.v for o in objs][:6])
Base.get = lambda self: -self.v
print(sum(o.get() for o in objs))
# %-formatting: the same, for a `*` width and a literal one.
for fmt, args in [('%*d', (10 ** 11, 1)), ('%100000000000d', 1), ('%100000000000s', 'x')]:
    try:
        fmt % args
    except MemoryError:
        print(fmt, 'MemoryError')
print(len('%*d' % (100000, 1)), len('%-70000s|' % 'x'))
for fmt in ['%99999999999999999999d', '%.99999999999999999999f']:
    try:
        fmt % 1
    except ValueError as e:
        print(fmt, 'ValueError', e)
