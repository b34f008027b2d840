# A typical asyncio program: worker tasks pulling from a queue, joined and then cancelled,
# results gathered in order, and an exception in a task seen by the awaiting code.
import asyncio


async def worker(name, queue, results):
    while True:
        job = await queue.get()
        try:
            await asyncio.sleep(job / 100)
            results.append((name, job))
        finally:
            queue.task_done()


async def fetch(i):
    await asyncio.sleep((5 - i) / 100)
    if i == 3:
        raise LookupError(f"item {i} missing")
    return i * i


async def main():
    queue = asyncio.Queue()
    results = []
    for job in [3, 1, 4, 6, 2]:
        queue.put_nowait(job)
    workers = [asyncio.create_task(worker(f"w{i}", queue, results)) for i in range(2)]
    await queue.join()
    for w in workers:
        w.cancel()
    outcome = await asyncio.gather(*workers, return_exceptions=True)
    print([type(o).__name__ for o in outcome])
    print(results)
    values = await asyncio.gather(*(fetch(i) for i in range(5)), return_exceptions=True)
    print([v if not isinstance(v, Exception) else repr(v) for v in values])
    task = asyncio.create_task(fetch(3))
    try:
        await task
    except LookupError as e:
        print("task failed:", e, task.done(), task.cancelled())
    print(asyncio.get_running_loop().time() > 0, asyncio.current_task().get_name() != "")
    return len(results)


print(asyncio.run(main()))
