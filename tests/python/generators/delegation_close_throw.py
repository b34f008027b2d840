# Generator corner cases: PEP 479 (StopIteration becomes RuntimeError), yield from passing
# throw() and close() to generators and other iterators, close() of a generator that yields
# in finally, return values through StopIteration.value, gi_frame and gi_running.
def g1():
    yield 1
    raise StopIteration('boom')
try:
    list(g1())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__, e.__cause__, e.__context__ is e.__cause__, e.__suppress_context__)
def g2():
    yield 1
    return 'retval'
it = g2(); next(it)
try:
    next(it)
except StopIteration as e:
    print('value', e.value, e.args)
def inner():
    try:
        x = yield 1
        print('inner got', x)
        yield 2
    except ValueError as e:
        print('inner caught', e)
        yield 'handled'
    finally:
        print('inner finally')
    return 'inner-ret'
def outer():
    r = yield from inner()
    print('outer got', r)
    yield 'outer-end'
o = outer(); print(next(o)); print(o.throw(ValueError('v'))); print(next(o)); print(next(o, 'done'))
o = outer(); print(next(o)); o.close(); print('closed', o.gi_frame)
class It:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 3: raise StopIteration
        return self.n
    def throw(self, *a): print('It.throw', a[0].__name__ if isinstance(a[0], type) else type(a[0]).__name__); return 'thrown'
    def close(self): print('It.close')
def deleg():
    yield from It()
d = deleg(); print(next(d)); print(d.throw(KeyError)); d.close()
class NoThrow:
    def __iter__(self): return self
    def __next__(self): return 1
def deleg2():
    yield from NoThrow()
d = deleg2(); next(d)
try:
    d.throw(KeyError('k'))
except KeyError as e:
    print('propagated', repr(e))
d = deleg2(); next(d); d.close(); print('closed ok')
def bad_close():
    try:
        yield 1
    finally:
        yield 2
b = bad_close(); next(b)
try:
    b.close()
except RuntimeError as e:
    print('RuntimeError', e)
def gen_state():
    print('running inside', g.gi_running)
    yield 1
g = gen_state()
print(g.gi_running, g.gi_frame is not None)
next(g)
print(g.gi_frame.f_lineno > 0, g.gi_code.co_name)
try:
    next(g)
except StopIteration:
    pass
print(g.gi_frame)
def self_ref():
    yield next(me)
me = self_ref()
try:
    next(me)
except ValueError as e:
    print('ValueError', e)
def gexit():
    try:
        yield 1
    except GeneratorExit:
        print('got GeneratorExit')
        raise
x = gexit(); next(x); x.close(); x.close()
def gret():
    try:
        yield 1
    except GeneratorExit:
        return 5
x = gret(); next(x); print(x.close())
def thrower():
    yield 1
t = thrower()
try:
    t.throw(ValueError, ValueError('x'))
except ValueError as e:
    print('throw before start', e)
try:
    next(t)
except StopIteration:
    print('exhausted after throw')
def g3():
    yield 1
    next(iter([]))
try:
    list(g3())
except RuntimeError as e:
    print(e, repr(e.__cause__))
def sub():
    yield 1
    return 7
def chain():
    a = yield from sub()
    b = yield from sub()
    return a + b
c = chain()
print(list(c))
c = chain()
for _ in c: pass
def gen_with_send():
    total = 0
    while True:
        v = yield total
        if v is None: return total
        total += v
s = gen_with_send(); next(s); s.send(3); s.send(4)
try:
    s.send(None)
except StopIteration as e:
    print('total', e.value)
try:
    gen_with_send().send(5)
except TypeError as e:
    print(e)
def g():
    try:
        yield 1
    finally:
        raise KeyError('in finally')
x = g(); next(x)
try:
    x.close()
except KeyError as e:
    print('close raised', repr(e))
def fin():
    yield 1
f = fin(); list(f)
try:
    f.throw(ValueError('late'))
except ValueError as e:
    print('throw after finish', e)
f = fin()
print(f.close(), f.gi_frame)
try:
    next(f)
except StopIteration:
    print('stop after close')
print(list(x for x in range(3) if x != 1))
def sub():
    yield 1
    raise StopIteration(5)
def outer():
    r = yield from sub()
    yield r
try:
    print(list(outer()))
except RuntimeError as e:
    print('RuntimeError', e, repr(e.__cause__))
def catcher():
    while True:
        try:
            yield
        except ValueError as e:
            print('caught', e)
c = catcher(); next(c)
c.throw(ValueError('a'))
c.throw(ValueError, 'b')
c.throw(ValueError, ValueError('c'))
c.close()
def deep():
    yield from (yield from catcher())
d = deep(); next(d); d.throw(ValueError('through two')); d.close()
import types
print(isinstance(fin(), types.GeneratorType))
def deleg_iter():
    r = yield from iter([1, 2])
    print('iter returns', r)
print(list(deleg_iter()))
class Thr:
    def __iter__(self): return self
    def __next__(self): return 'n'
    def throw(self, typ, val=None, tb=None):
        raise StopIteration('from throw')
def dt():
    r = yield from Thr()
    yield 'after ' + str(r)
d = dt(); next(d); print(d.throw(IndexError))
def gf():
    yield 1
    yield 2
it = gf()
print(it.gi_frame.f_lineno, next(it), it.gi_frame.f_lineno, it.gi_frame.f_code.co_name)
def loc(a):
    b = a * 2
    yield b
l = loc(3); next(l); print(sorted(l.gi_frame.f_locals.items()))
print(type(l.gi_frame).__name__)
