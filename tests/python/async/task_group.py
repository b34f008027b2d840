# asyncio.TaskGroup (3.11): results, the first failure cancelling the rest and the block,
# an error in the block, misuse; asyncio.timeout.
import asyncio
async def ok(n, log):
    await asyncio.sleep(0.001 * n)
    log.append(n)
    return n
async def bad(n):
    await asyncio.sleep(0.001 * n)
    raise ValueError(f'bad {n}')
async def slow(log):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log.append('slow cancelled')
        raise
async def main():
    log = []
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(ok(2, log))
        b = tg.create_task(ok(1, log), name='second')
    print(a.result(), b.result(), log, b.get_name())
    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(slow(log))
            tg.create_task(bad(1))
            tg.create_task(bad(2))
            await asyncio.sleep(5)
            log.append('not reached')
    except* ValueError as eg:
        print('group', sorted(str(e) for e in eg.exceptions), log)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(slow(log))
            raise KeyError('body')
    except* KeyError as eg:
        print('body error', eg.exceptions, log)
    tg = asyncio.TaskGroup()
    coro = ok(0, [])
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print(e)
    coro.close()
    async with asyncio.timeout(0.01):
        pass
    try:
        async with asyncio.timeout(0.001):
            await asyncio.sleep(1)
    except TimeoutError:
        print('timed out')
asyncio.run(main())
