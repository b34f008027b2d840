# Chains of `yield from`: values, sent values, return values and exceptions pass through
# every level; the generators between the consumer and the innermost one count as running
# and appear on the frame chain while it runs.
import sys

log = []


def leaf(name, n):
    for i in range(n):
        got = yield f"{name}{i}"
        if got is not None:
            log.append((name, got))
    return f"{name}-done"


def middle(name):
    r = yield from leaf(name + ".a", 2)
    log.append(("middle got", r))
    r = yield from leaf(name + ".b", 1)
    return r + "!"


def outer():
    r = yield from middle("m")
    log.append(("outer got", r))
    yield "last"


print(list(outer()))
print(log)
log.clear()

g = outer()
print(next(g), g.send("x"), g.send("y"), g.send("z"))
print(log)


# gi_running, re-entrance, and the frame chain seen from the innermost generator.
def inner():
    print("outer running:", top.gi_running, "mid running:", mid_gen.gi_running)
    try:
        next(top)
    except ValueError as e:
        print("ValueError:", e)
    names = []
    f = sys._getframe()
    while f is not None:
        names.append(f.f_code.co_name)
        f = f.f_back
    print(names)
    print(sys._getframe(1).f_code.co_name, sys._getframe(2).f_code.co_name)
    yield 1
    yield 2


def mid():
    yield from inner()


def top_gen():
    global mid_gen
    mid_gen = mid()
    yield from mid_gen


def consume():
    return list(top)


top = top_gen()
print(consume())


# An exception in the innermost generator, caught by an outer one at its `yield from`.
def raiser():
    yield "r0"
    raise KeyError("inner")


def catcher():
    try:
        yield from raiser()
    except KeyError as e:
        yield f"caught {e!r}"
    yield "after"


print(list(catcher()))


def uncaught():
    yield from raiser()


try:
    for v in uncaught():
        print("got", v)
except KeyError as e:
    import traceback

    print("KeyError", e)
    print([fs.name for fs in traceback.extract_tb(e.__traceback__)])


# throw() and close() on the outermost generator reach the innermost one.
def guarded():
    try:
        yield "g0"
        yield "g1"
    except ValueError as e:
        yield f"guarded caught {e}"
    finally:
        print("guarded finally")


def wrapper():
    yield from guarded()
    yield "wrapper end"


w = wrapper()
print(next(w), w.throw(ValueError("boom")), next(w))
w = wrapper()
print(next(w))
w.close()
print(w.gi_frame)


# StopIteration raised inside a delegated generator becomes RuntimeError (PEP 479).
def bad():
    yield 1
    raise StopIteration("no")


def wraps_bad():
    yield from bad()


try:
    list(wraps_bad())
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)


# A deep chain.
def deep(n):
    if n == 0:
        yield "bottom"
        return "up"
    r = yield from deep(n - 1)
    return r


d = deep(150)
print(next(d))
try:
    next(d)
except StopIteration as e:
    print("StopIteration", e.value)


# Sending into a just-started delegate through a paused one.
def fresh():
    x = yield "fresh0"
    yield x


def holder():
    yield "h0"
    yield from fresh()


h = holder()
print(next(h), h.send(None), h.send("sent"))


# Coroutines awaiting coroutines, driven by hand.
class Step:
    def __await__(self):
        v = yield "step"
        return v


async def c_inner():
    a = await Step()
    b = await Step()
    return a + b


async def c_outer():
    r = await c_inner()
    return r * 2


co = c_outer()
print(co.send(None), co.send(3))
try:
    co.send(4)
except StopIteration as e:
    print("coroutine returned", e.value)
