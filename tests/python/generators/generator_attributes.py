# Attributes of generator and coroutine objects: names, code, running/suspended state, and
# what a paused `yield from` or `await` is delegating to.


def inner():
    yield 1
    yield 2


def outer():
    yield from inner()


g = outer()
print(g.__name__, g.__qualname__, g.gi_code.co_name, g.gi_running, g.gi_suspended)
print(g.gi_yieldfrom)
next(g)
print(g.gi_suspended, type(g.gi_yieldfrom).__name__, g.gi_yieldfrom.__name__)
list(g)
print(g.gi_suspended, g.gi_yieldfrom, g.gi_code.co_name)


def running():
    yield me.gi_running


me = running()
print(next(me))


class Wait:
    def __await__(self):
        yield "w"


async def co():
    await Wait()


c = co()
print(c.cr_code.co_name, c.cr_running, c.cr_await)
c.send(None)
print(type(c.cr_await).__name__, c.cr_suspended)
c.close()


async def ag():
    yield 1


a = ag()
print(a.ag_code.co_name, a.ag_running, a.__name__)
