# Coroutines driven by hand, without an event loop: send(None) runs them to the next
# suspension, StopIteration carries the return value, __await__ objects suspend them.


async def add(a, b):
    return a + b


async def main():
    x = await add(1, 2)
    y = await add(x, 10)
    return x * y


c = main()
other = main()
print(type(c).__name__, type(c) is type(other))
other.close()
try:
    c.send(None)
except StopIteration as e:
    print("returned", e.value)

# A finished coroutine cannot be awaited again.
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)


class Suspend:
    """Awaiting this suspends the coroutine once, yielding a label, and returns what is sent."""

    def __init__(self, label):
        self.label = label

    def __await__(self):
        sent = yield self.label
        return sent * 2


async def twice():
    a = await Suspend("first")
    b = await Suspend("second")
    return a + b


c = twice()
print(c.send(None))
print(c.send(10))
try:
    c.send(100)
except StopIteration as e:
    print("sum", e.value)

# Sending a value into a coroutine that has not started is an error.
c = twice()
try:
    c.send(5)
except TypeError as e:
    print("TypeError:", e)
c.close()


async def guarded():
    try:
        await Suspend("waiting")
    except ValueError as e:
        print("caught inside:", e)
        return "recovered"
    finally:
        print("finally runs")


c = guarded()
print(c.send(None))
try:
    c.throw(ValueError("boom"))
except StopIteration as e:
    print("after throw:", e.value)

# close() raises GeneratorExit at the suspension point.
c = guarded()
c.send(None)
c.close()
print("closed")


async def no_await():
    return "immediate"


try:
    no_await().send(None)
except StopIteration as e:
    print(e.value)


# Awaiting something that is not awaitable.
async def bad():
    await 42


try:
    bad().send(None)
except TypeError as e:
    print("TypeError:", e)


# A coroutine raising StopIteration is turned into RuntimeError.
async def stops():
    raise StopIteration("inner")


try:
    stops().send(None)
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))


# Nested awaits pass values from the innermost yield out to the driver.
async def level3():
    return await Suspend("deep")


async def level2():
    return await level3() + 1


async def level1():
    return await level2() + 1


c = level1()
print(c.send(None))
try:
    c.send(20)
except StopIteration as e:
    print("nested result", e.value)
print(level1.__name__, level1.__qualname__, bool(level1.__code__.co_flags & 0x80))
