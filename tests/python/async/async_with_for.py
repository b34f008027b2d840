# async with and async for, driven by a tiny scheduler loop: __aenter__/__aexit__ and
# __anext__ results are awaited, StopAsyncIteration ends the loop, exceptions reach __aexit__.


class Tick:
    def __await__(self):
        yield "tick"


def run(coro):
    """Runs a coroutine to completion, counting how often it suspended."""
    ticks = 0
    while True:
        try:
            coro.send(None)
            ticks += 1
        except StopIteration as e:
            return e.value, ticks


class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        await Tick()
        print("enter", self.name)
        return self.name.upper()

    async def __aexit__(self, exc_type, exc, tb):
        await Tick()
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress


class Countdown:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        await Tick()
        if self.n <= 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n


async def main():
    async with Resource("a") as a, Resource("b") as b:
        print("body", a, b)
    async with Resource("quiet", suppress=True):
        raise KeyError("suppressed")
    try:
        async with Resource("loud"):
            raise ValueError("propagates")
    except ValueError as e:
        print("caught", e)
    out = []
    async for i in Countdown(3):
        out.append(i)
    else:
        out.append("else")
    print(out)
    async for i in Countdown(5):
        if i == 3:
            continue
        if i == 1:
            break
        print("loop", i)
    else:
        print("not reached")
    print([i async for i in Countdown(4) if i % 2 == 0])
    print({i: i * i async for i in Countdown(3)})
    return "done"


print(run(main()))


async def early_return():
    async with Resource("ret"):
        async for i in Countdown(10):
            if i == 7:
                return i
    return None


print(run(early_return()))


async def not_iterable():
    async for x in [1, 2]:
        pass


try:
    run(not_iterable())
except TypeError as e:
    print("TypeError:", e)


async def not_a_manager():
    async with open_like():
        pass


class open_like:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


try:
    run(not_a_manager())
except TypeError as e:
    print("TypeError:", e)
try:
    with 42:
        pass
except TypeError as e:
    print("TypeError:", e)


class NoAnext:
    def __aiter__(self):
        return self


async def no_anext():
    async for x in NoAnext():
        pass


try:
    run(no_anext())
except TypeError as e:
    print("TypeError:", e)


class SyncNext:
    def __aiter__(self):
        return self

    def __anext__(self):
        return 1


async def sync_next():
    async for x in SyncNext():
        pass


try:
    run(sync_next())
except TypeError as e:
    print("TypeError:", e)


class BadNext:
    def __aiter__(self):
        return self

    async def __anext__(self):
        raise IndexError("from anext")


async def bad_next():
    async for x in BadNext():
        pass


try:
    run(bad_next())
except IndexError as e:
    print("IndexError:", e)
