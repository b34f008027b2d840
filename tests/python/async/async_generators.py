# Asynchronous generators (PEP 525): async for over them, __anext__/asend/athrow/aclose
# driven by hand, awaits inside them passing through to the driver, async comprehensions.


class Tick:
    def __await__(self):
        yield "tick"


def run(coro):
    while True:
        try:
            coro.send(None)
        except StopIteration as e:
            return e.value


async def numbers(n):
    for i in range(n):
        await Tick()
        yield i * 10
    print("numbers exhausted")


async def echo():
    received = []
    try:
        while True:
            value = yield len(received)
            received.append(value)
    except ValueError as e:
        yield f"thrown {e}"
    finally:
        print("echo finally", received)


async def main():
    print([x async for x in numbers(3)])
    total = 0
    async for x in numbers(4):
        total += x
    print("total", total)
    g = echo()
    print(type(g).__name__)
    print(await g.__anext__())
    print(await g.asend("a"))
    print(await g.asend("b"))
    print(await g.athrow(ValueError("bad")))
    await g.aclose()
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("closed generator is exhausted")
    gen = (x + 1 async for x in numbers(3))
    print(type(gen).__name__, [y async for y in gen])
    return "ok"


print(run(main()))

# An asynchronous generator step, driven by hand: awaits inside pass through.
g = numbers(2)
step = g.__anext__()
print(step.send(None))
try:
    step.send(None)
except StopIteration as e:
    print("first value", e.value)
print(g.__aiter__() is g)


async def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2


async def check_ignore():
    g = ignores_exit()
    await g.__anext__()
    try:
        await g.aclose()
    except RuntimeError as e:
        print("RuntimeError:", e)


run(check_ignore())


async def raises_stop():
    yield 1
    raise StopAsyncIteration


async def check_stop():
    g = raises_stop()
    await g.__anext__()
    try:
        await g.__anext__()
    except RuntimeError as e:
        print("RuntimeError:", e)


run(check_stop())
