"""Host functions (sync and async), queues, threads and the GIL."""

import asyncio
import queue
import threading
import time

import pytest

import isola


@pytest.fixture(scope="module", params=["native", "wasmtime"])
def backend(request):
    return request.param


def test_host_functions_take_and_return_copies(backend):
    seen = []

    def record(items, *, label="none"):
        seen.append((items, label))
        items.append("host")
        return {"count": len(items), "label": label}

    rt = isola.Runtime(backend, functions={"record": record, "not-an-identifier": len})
    with rt.create() as interp:
        interp.exec("xs = [1, 2]\nr = record(xs, label='l')")
        assert interp.eval("r, xs") == ({"count": 3, "label": "l"}, [1, 2])
        assert seen == [([1, 2, "host"], "l")]
        # Every function is reachable through isola_host.call, and raw through call_host.
        assert interp.eval("__import__('isola_host').call('not-an-identifier', [1, 2, 3])") == 3


def test_raw_call_host_passes_shareable_values(backend):
    rt = isola.Runtime(backend, functions={"add": lambda a, b: (a + b, type(a).__name__)})
    with rt.create() as interp:
        assert interp.eval("__import__('interpreters').call_host('add', 2, 3)") == (5, "int")


def test_a_host_exception_is_a_runtime_error_in_the_code(backend):
    def fail(message):
        raise ValueError(message)

    rt = isola.Runtime(backend, functions={"fail": fail, "bad": lambda: object()})
    with rt.create() as interp:
        interp.exec(
            "try:\n    fail('no')\nexcept RuntimeError as e:\n    caught = str(e)\n"
            "try:\n    bad()\nexcept RuntimeError as e:\n    unshareable = str(e)\n"
        )
        assert "ValueError: no" in interp.eval("caught")
        assert "TypeError" in interp.eval("unshareable")
        with pytest.raises(isola.ExecutionFailed) as caught:
            interp.exec("fail('loud')")
        assert caught.value.type_name == "RuntimeError"
        with pytest.raises(isola.ExecutionFailed) as caught:
            interp.exec("fail(object())")
        assert caught.value.type_name == "TypeError"


def test_runtime_checks_functions():
    with pytest.raises(TypeError, match="callable"):
        isola.Runtime("native", functions={"f": 1})


def test_queues_between_host_and_interpreters(backend):
    rt = isola.Runtime(backend)
    q = rt.create_queue()
    assert q.id >= 1 and q.maxsize == 0 and q.empty()
    q.put((1, "two", b"3", None, 2**70))
    with rt.create() as interp:
        interp.prepare_main(q=q)
        interp.exec("item = q.get()\nq.put(('echo', item))\nq.put(q)")
    assert q.get(timeout=5) == ("echo", (1, "two", b"3", None, 2**70))
    assert q.get(timeout=5) == q
    assert len(q) == 0
    with pytest.raises(queue.Empty):
        q.get(block=False)
    with pytest.raises(queue.Empty):
        q.get(timeout=0.05)
    with pytest.raises(TypeError, match="list"):
        q.put([1, 2])


def test_a_bounded_queue_is_full(backend):
    q = isola.Runtime(backend).create_queue(maxsize=1)
    q.put(1, block=False)
    with pytest.raises(queue.Full):
        q.put(2, block=False)
    assert q.qsize() == 1 and q.get() == 1


def test_two_threads_drive_two_interpreters_at_once(backend):
    # Each interpreter waits on a queue for the other one's item, so both must run at the
    # same time: that needs the GIL released while each runs.
    rt = isola.Runtime(backend)
    ping, pong = rt.create_queue(), rt.create_queue()
    results = {}

    def drive(name, code):
        with rt.create() as interp:
            interp.prepare_main(ping=ping, pong=pong)
            results[name] = interp.run(code)

    threads = [
        threading.Thread(target=drive, args=("a", "ping.put('from a')\npong.get(timeout=10)")),
        threading.Thread(target=drive, args=("b", "pong.put('from b')\nping.get(timeout=10)")),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert results == {"a": "from b", "b": "from a"}


def test_the_host_thread_runs_while_an_interpreter_does(backend):
    rt = isola.Runtime(backend)
    ticks = []
    with rt.create() as interp:
        worker = threading.Thread(target=interp.exec, args=("import time\ntime.sleep(0.5)",))
        worker.start()
        while worker.is_alive():
            ticks.append(1)
            time.sleep(0.01)
        worker.join()
    assert len(ticks) >= 10


def test_exec_async_lets_the_loop_run_and_serves_async_host_functions(backend):
    loop_thread = []

    async def fetch(key):
        loop_thread.append(threading.get_ident())
        await asyncio.sleep(0.01)
        return {"key": key, "value": len(key)}

    rt = isola.Runtime(backend, functions={"fetch": fetch})

    async def main():
        ticks = 0
        with rt.create() as interp:
            task = asyncio.ensure_future(
                interp.run_async("import time\ntime.sleep(0.3)\nfetch('abc')")
            )
            while not task.done():
                ticks += 1
                await asyncio.sleep(0.01)
            value = await task
            await interp.exec_async("x = fetch('xy')")
            assert await interp.eval_async("x['value']") == 2
            interp.exec("def add(a, b): return a + b")
            assert await interp.call_async("add", 1, b=2) == 3
        return value, ticks, threading.get_ident()

    value, ticks, main_thread = asyncio.run(main())
    assert value == {"key": "abc", "value": 3}
    assert ticks >= 5
    assert loop_thread == [main_thread, main_thread]


def test_an_async_host_function_also_works_from_sync_calls(backend):
    async def later(x):
        await asyncio.sleep(0)
        return x + 1

    rt = isola.Runtime(backend, functions={"later": later})
    with rt.create() as interp:
        assert interp.eval("later(1)") == 2


def test_a_host_function_cannot_run_code_in_its_own_caller(backend):
    interpreters = []

    def reenter():
        return interpreters[0].eval("1")

    def other():
        return interpreters[1].eval("2")

    rt = isola.Runtime(backend, functions={"reenter": reenter, "other": other})
    with rt.create() as interp, rt.create() as second:
        interpreters.extend([interp, second])
        interp.exec("try:\n    reenter()\nexcept RuntimeError as e:\n    error = str(e)")
        assert "InterpreterError" in interp.eval("error")
        # Another interpreter is fine.
        assert interp.eval("other()") == 2
