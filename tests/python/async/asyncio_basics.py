# asyncio: run, gather (with and without return_exceptions), create_task, sleep ordering,
# Queue producer/consumer, cancellation, wait_for timeouts, Event, Lock, Semaphore, wait,
# as_completed, timeout(), and asynchronous generators under the event loop.
import asyncio

async def worker(name, delay, log):
    log.append(f"{name} start")
    await asyncio.sleep(delay)
    log.append(f"{name} end")
    return name.upper()

async def failing(delay):
    await asyncio.sleep(delay)
    raise ValueError(f"failed after {delay}")

async def producer(q, n):
    for i in range(n):
        await q.put(i)
        print("put", i)
    await q.put(None)

async def consumer(q):
    total = 0
    while True:
        item = await q.get()
        q.task_done()
        if item is None:
            break
        print("got", item)
        total += item
    return total

async def main():
    log = []
    results = await asyncio.gather(worker("a", 0.03, log), worker("b", 0.01, log), worker("c", 0.02, log))
    print(results)
    print(log)
    r = await asyncio.gather(failing(0.01), worker("d", 0.02, log), return_exceptions=True)
    print([type(x).__name__ if isinstance(x, Exception) else x for x in r])
    try:
        await asyncio.gather(failing(0.01), worker("e", 0.02, log))
    except ValueError as e:
        print("gather raised", e)
    await asyncio.sleep(0.02)
    q = asyncio.Queue(maxsize=2)
    p = asyncio.create_task(producer(q, 5))
    total = await consumer(q)
    await p
    print("total", total, q.empty(), q.qsize())
    t = asyncio.create_task(asyncio.sleep(10))
    await asyncio.sleep(0)
    print(t.cancel(), t.cancelled(), t.done())
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled ok", t.cancelled())
    try:
        await asyncio.wait_for(asyncio.sleep(5, "late"), timeout=0.01)
    except asyncio.TimeoutError:
        print("timeout")
    print(await asyncio.wait_for(asyncio.sleep(0.01, "early"), timeout=1))
    ev = asyncio.Event()
    async def waiter(i):
        await ev.wait()
        print("woke", i)
    ws = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    print("setting")
    ev.set()
    await asyncio.gather(*ws)
    lock = asyncio.Lock()
    order = []
    async def locked(i):
        async with lock:
            order.append(("in", i))
            await asyncio.sleep(0.001)
            order.append(("out", i))
    await asyncio.gather(*(locked(i) for i in range(3)))
    print(order)
    sem = asyncio.Semaphore(2)
    active = [0, 0]
    async def limited(i):
        async with sem:
            active[0] += 1
            active[1] = max(active[1], active[0])
            await asyncio.sleep(0.001)
            active[0] -= 1
    await asyncio.gather(*(limited(i) for i in range(6)))
    print("max active", active[1])
    task = asyncio.create_task(worker("named", 0, log), name="my-task")
    print(task.get_name(), await task, task.done(), task.result())
    async def raiser():
        raise KeyError("k")
    t2 = asyncio.create_task(raiser())
    try:
        await t2
    except KeyError as e:
        print("task raised", repr(e), type(t2.exception()).__name__)
    fut = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_later(0.01, fut.set_result, 99)
    print("future", await fut)
    done, pending = await asyncio.wait([asyncio.create_task(asyncio.sleep(0.01, 1)), asyncio.create_task(asyncio.sleep(0.05, 2))], return_when=asyncio.FIRST_COMPLETED)
    print(len(done), len(pending), [d.result() for d in done])
    for p in pending:
        p.cancel()
    for coro in asyncio.as_completed([asyncio.sleep(0.03, "slow"), asyncio.sleep(0.01, "fast")]):
        print("as_completed", await coro)
    coro = worker("x", 0, log)
    print(asyncio.iscoroutinefunction(main), asyncio.iscoroutinefunction(print), asyncio.iscoroutine(coro))
    await coro
    return "main done"

print(asyncio.run(main()))

async def agen_source(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i

async def use_agen():
    out = [x async for x in agen_source(4)]
    g = agen_source(3)
    print(await g.__anext__(), await g.asend(None))
    await g.aclose()
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("exhausted")
    async with asyncio.timeout(0.01):
        await asyncio.sleep(0)
    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout ctx")
    return out

print(asyncio.run(use_agen()))
try:
    asyncio.run(failing(0))
except ValueError as e:
    print("run raised", e)
