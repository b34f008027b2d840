"""A small asyncio: one event loop per asyncio.run(), tasks, futures, gather, sleep, wait_for,
queues, events and locks.

The sandbox has no sockets or threads, so the loop only runs callbacks and timers. Time is
virtual: when nothing is ready to run, the loop jumps to the earliest timer instead of waiting,
so `await asyncio.sleep(1)` costs no wall time and programs run the same on every host.
"""

__all__ = [
    "CancelledError", "InvalidStateError", "TimeoutError", "QueueEmpty", "QueueFull",
    "Future", "Task", "Event", "Lock", "Semaphore", "BoundedSemaphore", "Condition",
    "Queue", "LifoQueue", "PriorityQueue", "TaskGroup", "Timeout", "timeout_at",
    "run", "sleep", "gather", "create_task", "ensure_future", "wait_for", "wait",
    "as_completed", "shield", "timeout", "get_event_loop", "get_running_loop",
    "new_event_loop", "set_event_loop", "current_task", "all_tasks", "iscoroutine",
    "iscoroutinefunction", "isfuture", "FIRST_COMPLETED", "FIRST_EXCEPTION", "ALL_COMPLETED",
]


class CancelledError(BaseException):
    """The operation was cancelled."""


class InvalidStateError(Exception):
    """The operation is not allowed in this state."""


TimeoutError = TimeoutError


class QueueEmpty(Exception):
    """Raised by Queue.get_nowait() on an empty queue."""


class QueueFull(Exception):
    """Raised by Queue.put_nowait() on a full queue."""


FIRST_COMPLETED = "FIRST_COMPLETED"
FIRST_EXCEPTION = "FIRST_EXCEPTION"
ALL_COMPLETED = "ALL_COMPLETED"

_PENDING = "PENDING"
_CANCELLED = "CANCELLED"
_FINISHED = "FINISHED"

_running_loop = None
_event_loop = None


class Handle:
    """A callback scheduled on the loop; cancel() stops it from running."""

    def __init__(self, callback, args, loop):
        self._callback = callback
        self._args = args
        self._loop = loop
        self._cancelled = False

    def cancel(self):
        self._cancelled = True

    def cancelled(self):
        return self._cancelled

    def _run(self):
        self._callback(*self._args)


class TimerHandle(Handle):
    """A callback scheduled for a (virtual) time."""

    def __init__(self, when, seq, callback, args, loop):
        super().__init__(callback, args, loop)
        self._when = when
        self._seq = seq

    def when(self):
        return self._when

    def __lt__(self, other):
        return (self._when, self._seq) < (other._when, other._seq)


class AbstractEventLoop:
    """The event loop: a queue of ready callbacks and a heap of timers."""

    def __init__(self):
        self._ready = []
        self._timers = []
        self._time = 0.0
        self._seq = 0
        self._closed = False
        self._running = False
        self._stopping = False
        self._tasks = []
        self._current = None

    def time(self):
        return self._time

    def is_running(self):
        return self._running

    def is_closed(self):
        return self._closed

    def close(self):
        self._ready = []
        self._timers = []
        self._closed = True

    def stop(self):
        self._stopping = True

    def call_soon(self, callback, *args, context=None):
        handle = Handle(callback, args, self)
        self._ready.append(handle)
        return handle

    def call_later(self, delay, callback, *args, context=None):
        return self.call_at(self._time + max(delay, 0), callback, *args)

    def call_at(self, when, callback, *args, context=None):
        self._seq += 1
        timer = TimerHandle(when, self._seq, callback, args, self)
        _heappush(self._timers, timer)
        return timer

    def create_future(self):
        return Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        return Task(coro, loop=self, name=name)

    def _run_once(self):
        if not self._ready and self._timers:
            # Nothing can run before the next timer: advance the virtual clock to it.
            first = self._timers[0]
            if first._when > self._time:
                self._time = first._when
        while self._timers and self._timers[0]._when <= self._time:
            timer = _heappop(self._timers)
            if not timer._cancelled:
                self._ready.append(timer)
        ready = self._ready
        self._ready = []
        for handle in ready:
            if not handle._cancelled:
                handle._run()

    def run_forever(self):
        global _running_loop
        if self._running:
            raise RuntimeError("This event loop is already running")
        previous = _running_loop
        _running_loop = self
        self._running = True
        self._stopping = False
        try:
            while not self._stopping:
                if not self._ready and not self._timers:
                    break
                self._run_once()
        finally:
            self._running = False
            self._stopping = False
            _running_loop = previous

    def run_until_complete(self, future):
        if self._closed:
            raise RuntimeError("Event loop is closed")
        future = ensure_future(future, loop=self)
        future.add_done_callback(_stop_loop)
        global _running_loop
        if self._running:
            raise RuntimeError("This event loop is already running")
        if _running_loop is not None:
            raise RuntimeError("Cannot run the event loop while another loop is running")
        previous = _running_loop
        _running_loop = self
        self._running = True
        try:
            while not future.done():
                if not self._ready and not self._timers:
                    raise RuntimeError("Event loop stopped before Future completed.")
                self._run_once()
        finally:
            self._running = False
            _running_loop = previous
        return future.result()

    def shutdown_asyncgens(self):
        return _done_coroutine()


def _stop_loop(future):
    pass


async def _done_coroutine():
    return None


EventLoop = AbstractEventLoop


def _heappush(heap, item):
    heap.append(item)
    i = len(heap) - 1
    while i > 0:
        parent = (i - 1) // 2
        if heap[i] < heap[parent]:
            heap[i], heap[parent] = heap[parent], heap[i]
            i = parent
        else:
            break


def _heappop(heap):
    last = heap.pop()
    if not heap:
        return last
    top = heap[0]
    heap[0] = last
    i = 0
    n = len(heap)
    while True:
        left = 2 * i + 1
        smallest = i
        if left < n and heap[left] < heap[smallest]:
            smallest = left
        if left + 1 < n and heap[left + 1] < heap[smallest]:
            smallest = left + 1
        if smallest == i:
            break
        heap[i], heap[smallest] = heap[smallest], heap[i]
        i = smallest
    return top


class Future:
    """A result that will be available later; awaiting it suspends the task until then."""

    _asyncio_future_blocking = False

    def __init__(self, *, loop=None):
        self._loop = loop if loop is not None else get_event_loop()
        self._state = _PENDING
        self._result = None
        self._exception = None
        self._callbacks = []
        self._cancel_message = None

    def __repr__(self):
        state = self._state.lower()
        if self._state == _FINISHED:
            if self._exception is not None:
                state += " exception=%r" % (self._exception,)
            else:
                state += " result=%r" % (self._result,)
        return "<%s %s>" % (type(self).__name__, state)

    def get_loop(self):
        return self._loop

    def done(self):
        return self._state != _PENDING

    def cancelled(self):
        return self._state == _CANCELLED

    def cancel(self, msg=None):
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self._schedule_callbacks()
        return True

    def result(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError("Result is not ready.")
        if self._exception is not None:
            raise self._exception
        return self._result

    def exception(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError("Exception is not set.")
        return self._exception

    def _make_cancelled_error(self):
        if self._cancel_message is None:
            return CancelledError()
        return CancelledError(self._cancel_message)

    def set_result(self, result):
        if self._state != _PENDING:
            raise InvalidStateError("invalid state")
        self._result = result
        self._state = _FINISHED
        self._schedule_callbacks()

    def set_exception(self, exception):
        if self._state != _PENDING:
            raise InvalidStateError("invalid state")
        if isinstance(exception, type):
            exception = exception()
        if isinstance(exception, StopIteration):
            raise TypeError("StopIteration interacts badly with generators "
                            "and cannot be raised into a Future")
        self._exception = exception
        self._state = _FINISHED
        self._schedule_callbacks()

    def add_done_callback(self, fn, *, context=None):
        if self._state != _PENDING:
            self._loop.call_soon(fn, self)
        else:
            self._callbacks.append(fn)

    def remove_done_callback(self, fn):
        before = len(self._callbacks)
        self._callbacks = [cb for cb in self._callbacks if cb != fn]
        return before - len(self._callbacks)

    def _schedule_callbacks(self):
        callbacks = self._callbacks
        self._callbacks = []
        for callback in callbacks:
            self._loop.call_soon(callback, self)

    def __await__(self):
        if not self.done():
            self._asyncio_future_blocking = True
            yield self
        if not self.done():
            raise RuntimeError("await wasn't used with future")
        return self.result()

    __iter__ = __await__


Future.__class_getitem__ = classmethod(type(list[int]))


class _Yield:
    """Awaiting this gives the loop one turn: the bare yield that `sleep(0)` needs."""

    def __await__(self):
        yield


class Task(Future):
    """Runs a coroutine on the loop, one step per turn, until it finishes."""

    _counter = 0

    def __init__(self, coro, *, loop=None, name=None):
        super().__init__(loop=loop)
        if not iscoroutine(coro):
            raise TypeError("a coroutine was expected, got %r" % (coro,))
        self._coro = coro
        Task._counter += 1
        self._name = name if name is not None else "Task-%d" % Task._counter
        self._must_cancel = False
        self._waiting_on = None
        self._loop._tasks.append(self)
        self._loop.call_soon(self._step)

    def __repr__(self):
        state = self._state.lower()
        text = "<Task %s name=%r coro=%r" % (state, self._name, self._coro)
        if self._state == _FINISHED:
            if self._exception is not None:
                text += " exception=%r" % (self._exception,)
            else:
                text += " result=%r" % (self._result,)
        return text + ">"

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def get_coro(self):
        return self._coro

    def cancel(self, msg=None):
        if self.done():
            return False
        if self._waiting_on is not None and self._waiting_on.cancel(msg=msg):
            # The awaited future's callback wakes us with the CancelledError.
            self._cancel_message = msg
            return True
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def _step(self, exc=None):
        if self.done():
            return
        if self._must_cancel:
            if not isinstance(exc, CancelledError):
                exc = self._make_cancelled_error()
            self._must_cancel = False
        loop = self._loop
        previous = loop._current
        loop._current = self
        self._waiting_on = None
        try:
            if exc is None:
                result = self._coro.send(None)
            else:
                result = self._coro.throw(exc)
        except StopIteration as e:
            if self._must_cancel:
                self._must_cancel = False
                Future.cancel(self, msg=self._cancel_message)
            else:
                Future.set_result(self, e.value)
        except CancelledError as e:
            if e.args:
                self._cancel_message = e.args[0]
            Future.cancel(self, msg=self._cancel_message)
        except (KeyboardInterrupt, SystemExit) as e:
            Future.set_exception(self, e)
            raise
        except BaseException as e:
            Future.set_exception(self, e)
        else:
            if isinstance(result, Future):
                if result is self:
                    self._loop.call_soon(
                        self._step, RuntimeError("Task cannot await on itself: %r" % (self,)))
                else:
                    result._asyncio_future_blocking = False
                    self._waiting_on = result
                    result.add_done_callback(self._wakeup)
                    if self._must_cancel:
                        if result.cancel(msg=self._cancel_message):
                            self._must_cancel = False
            elif result is None:
                self._loop.call_soon(self._step)
            else:
                self._loop.call_soon(
                    self._step,
                    RuntimeError("Task got bad yield: %r" % (result,)))
        finally:
            loop._current = previous

    def _wakeup(self, future):
        try:
            future.result()
        except BaseException as e:
            self._step(e)
        else:
            self._step()


def iscoroutine(obj):
    return type(obj).__name__ == "coroutine"


def iscoroutinefunction(func):
    code = getattr(func, "__code__", None)
    return code is not None and bool(code.co_flags & 0x80)


def isfuture(obj):
    return isinstance(obj, Future)


def get_running_loop():
    if _running_loop is None:
        raise RuntimeError("no running event loop")
    return _running_loop


def get_event_loop():
    global _event_loop
    if _running_loop is not None:
        return _running_loop
    if _event_loop is None or _event_loop.is_closed():
        _event_loop = AbstractEventLoop()
    return _event_loop


def new_event_loop():
    return AbstractEventLoop()


def set_event_loop(loop):
    global _event_loop
    _event_loop = loop


def current_task(loop=None):
    if loop is None:
        loop = get_running_loop()
    return loop._current


def all_tasks(loop=None):
    if loop is None:
        loop = get_running_loop()
    return {t for t in loop._tasks if not t.done()}


def ensure_future(coro_or_future, *, loop=None):
    if isinstance(coro_or_future, Future):
        return coro_or_future
    if loop is None:
        loop = get_event_loop()
    if iscoroutine(coro_or_future):
        return loop.create_task(coro_or_future)
    if hasattr(coro_or_future, "__await__"):
        return loop.create_task(_wrap_awaitable(coro_or_future))
    raise TypeError("An asyncio.Future, a coroutine or an awaitable is required")


async def _wrap_awaitable(awaitable):
    return await awaitable


def create_task(coro, *, name=None, context=None):
    return get_running_loop().create_task(coro, name=name)


def run(main, *, debug=None):
    global _event_loop
    if _running_loop is not None:
        raise RuntimeError("asyncio.run() cannot be called from a running event loop")
    if not iscoroutine(main):
        raise ValueError("a coroutine was expected, got %r" % (main,))
    loop = new_event_loop()
    _event_loop = loop
    try:
        return loop.run_until_complete(main)
    finally:
        for task in loop._tasks:
            if not task.done():
                task.cancel()
        pending = [t for t in loop._tasks if not t.done()]
        if pending:
            loop._running = False
            try:
                loop.run_until_complete(gather(*pending, return_exceptions=True))
            except BaseException:
                pass
        loop.close()
        _event_loop = None


async def sleep(delay, result=None):
    if delay <= 0:
        await _Yield()
        return result
    loop = get_running_loop()
    future = loop.create_future()
    handle = loop.call_later(delay, _set_result_unless_cancelled, future, result)
    try:
        return await future
    finally:
        handle.cancel()


def _set_result_unless_cancelled(future, result):
    if not future.done():
        future.set_result(result)


class _GatheringFuture(Future):
    """The future gather() returns: cancelling it cancels every child."""

    def __init__(self, children, *, loop):
        super().__init__(loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        ret = False
        for child in self._children:
            if child.cancel(msg=msg):
                ret = True
        if ret:
            self._cancel_requested = True
        return ret


def gather(*coros_or_futures, return_exceptions=False):
    loop = get_event_loop()
    if not coros_or_futures:
        outer = loop.create_future()
        outer.set_result([])
        return outer
    children = []
    seen = {}
    for arg in coros_or_futures:
        if isinstance(arg, Future) or arg not in seen:
            fut = ensure_future(arg, loop=loop)
            if not isinstance(arg, Future):
                seen[arg] = fut
        else:
            fut = seen[arg]
        children.append(fut)
    outer = _GatheringFuture(children, loop=loop)
    state = {"done": 0}

    def on_child_done(fut):
        state["done"] += 1
        if outer.done():
            if not fut.cancelled():
                fut.exception()
            return
        if not return_exceptions:
            if fut.cancelled():
                outer.set_exception(fut._make_cancelled_error())
                return
            exc = fut.exception()
            if exc is not None:
                outer.set_exception(exc)
                return
        if state["done"] == len(children):
            results = []
            for child in children:
                if child.cancelled():
                    res = child._make_cancelled_error()
                else:
                    res = child.exception()
                    if res is None:
                        res = child.result()
                results.append(res)
            if outer._cancel_requested:
                outer.set_exception(CancelledError())
            else:
                outer.set_result(results)

    for child in children:
        child.add_done_callback(on_child_done)
    return outer


async def wait_for(fut, timeout):
    loop = get_running_loop()
    if timeout is None:
        return await fut
    fut = ensure_future(fut, loop=loop)
    if timeout <= 0 and fut.done():
        return fut.result()
    waiter = loop.create_future()
    timer = loop.call_later(timeout, _set_result_unless_cancelled, waiter, False)

    def on_done(_):
        _set_result_unless_cancelled(waiter, True)

    fut.add_done_callback(on_done)
    try:
        try:
            await waiter
        except CancelledError:
            fut.remove_done_callback(on_done)
            fut.cancel()
            raise
        if fut.done():
            return fut.result()
        fut.remove_done_callback(on_done)
        fut.cancel()
        try:
            await _cancel_and_wait(fut)
        except CancelledError:
            pass
        raise TimeoutError()
    finally:
        timer.cancel()


async def _cancel_and_wait(fut):
    loop = get_running_loop()
    waiter = loop.create_future()

    def on_done(_):
        _set_result_unless_cancelled(waiter, None)

    fut.add_done_callback(on_done)
    fut.cancel()
    await waiter


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    if isinstance(fs, Future) or iscoroutine(fs):
        raise TypeError("expect a list of futures, not %s" % type(fs).__name__)
    fs = set(ensure_future(f) for f in fs)
    if not fs:
        raise ValueError("Set of Tasks/Futures is empty.")
    loop = get_running_loop()
    waiter = loop.create_future()
    timer = None
    if timeout is not None:
        timer = loop.call_later(timeout, _set_result_unless_cancelled, waiter, None)
    counter = {"left": len(fs)}

    def on_done(f):
        counter["left"] -= 1
        if (counter["left"] <= 0 or return_when == FIRST_COMPLETED
                or (return_when == FIRST_EXCEPTION and not f.cancelled()
                    and f.exception() is not None)):
            _set_result_unless_cancelled(waiter, None)

    for f in fs:
        f.add_done_callback(on_done)
    try:
        if not all(f.done() for f in fs) or return_when != ALL_COMPLETED:
            if not any(f.done() for f in fs) or return_when == ALL_COMPLETED:
                await waiter
    finally:
        if timer is not None:
            timer.cancel()
        for f in fs:
            f.remove_done_callback(on_done)
    done = set(f for f in fs if f.done())
    return done, fs - done


def as_completed(fs, *, timeout=None):
    loop = get_event_loop()
    todo = [ensure_future(f, loop=loop) for f in fs]
    finished = []
    waiters = []

    def on_done(f):
        finished.append(f)
        if waiters:
            _set_result_unless_cancelled(waiters.pop(0), None)

    for f in todo:
        f.add_done_callback(on_done)

    async def next_done():
        if not finished:
            waiter = get_running_loop().create_future()
            waiters.append(waiter)
            await waiter
        return finished.pop(0).result()

    return [next_done() for _ in todo]


def shield(arg):
    inner = ensure_future(arg)
    if inner.done():
        return inner
    loop = inner.get_loop()
    outer = loop.create_future()

    def copy_state(inner):
        if outer.cancelled():
            return
        if inner.cancelled():
            outer.cancel()
        elif inner.exception() is not None:
            outer.set_exception(inner.exception())
        else:
            outer.set_result(inner.result())

    inner.add_done_callback(copy_state)
    return outer


class Timeout:
    """`async with asyncio.timeout(delay)`: cancels the block's task when time is up and
    raises TimeoutError in its place."""

    def __init__(self, when):
        self._when = when
        self._handle = None
        self._task = None
        self._expired = False

    def when(self):
        return self._when

    def expired(self):
        return self._expired

    def reschedule(self, when):
        if self._handle is not None:
            self._handle.cancel()
            self._handle = None
        self._when = when
        if when is not None and self._task is not None:
            self._handle = get_running_loop().call_at(when, self._on_timeout)

    def _on_timeout(self):
        self._expired = True
        self._task.cancel()

    async def __aenter__(self):
        self._task = current_task()
        if self._task is None:
            raise RuntimeError("Timeout should be used inside a task")
        self.reschedule(self._when)
        return self

    async def __aexit__(self, exc_type, exc, tb):
        if self._handle is not None:
            self._handle.cancel()
            self._handle = None
        if self._expired and exc_type is CancelledError:
            raise TimeoutError from exc
        return None


def timeout(delay):
    loop = get_running_loop()
    return Timeout(loop.time() + delay if delay is not None else None)


def timeout_at(when):
    return Timeout(when)


class TaskGroup:
    """`async with asyncio.TaskGroup() as tg`: the tasks made by `tg.create_task` all finish
    before the block is left. The first task to fail cancels the others and the block's own
    task; the failures come out together as an ExceptionGroup (Python 3.11)."""

    def __init__(self):
        self._entered = False
        self._exiting = False
        self._aborting = False
        self._loop = None
        self._parent_task = None
        self._parent_cancel_requested = False
        self._tasks = set()
        self._errors = []
        self._base_error = None
        self._on_completed_fut = None

    def __repr__(self):
        info = ['']
        if self._tasks:
            info.append('tasks=%d' % len(self._tasks))
        if self._errors:
            info.append('errors=%d' % len(self._errors))
        if self._aborting:
            info.append('cancelling')
        elif self._entered:
            info.append('entered')
        return '<TaskGroup%s>' % ' '.join(info)

    async def __aenter__(self):
        if self._entered:
            raise RuntimeError("TaskGroup %r has been already entered" % (self,))
        self._entered = True
        self._loop = get_running_loop()
        self._parent_task = current_task()
        if self._parent_task is None:
            raise RuntimeError("TaskGroup %r cannot determine the parent task" % (self,))
        return self

    async def __aexit__(self, et, exc, tb):
        self._exiting = True
        propagate_cancellation_error = None
        if exc is not None and self._is_base_error(exc) and self._base_error is None:
            self._base_error = exc
        if et is not None and issubclass(et, CancelledError):
            # A cancellation this group asked for (a task failed) is its own business.
            if not self._parent_cancel_requested:
                propagate_cancellation_error = exc
        elif et is not None and not self._aborting:
            self._abort()
        while self._tasks:
            if self._on_completed_fut is None:
                self._on_completed_fut = self._loop.create_future()
            try:
                await self._on_completed_fut
            except CancelledError as e:
                if not self._aborting:
                    propagate_cancellation_error = e
                    self._abort()
            self._on_completed_fut = None
        if self._base_error is not None:
            raise self._base_error
        if propagate_cancellation_error is not None and not self._errors:
            raise propagate_cancellation_error
        if et is not None and not issubclass(et, CancelledError):
            self._errors.append(exc)
        if self._errors:
            errors, self._errors = self._errors, None
            raise BaseExceptionGroup('unhandled errors in a TaskGroup', errors) from None

    def create_task(self, coro, *, name=None, context=None):
        if not self._entered:
            raise RuntimeError("TaskGroup %r has not been entered" % (self,))
        if self._exiting and not self._tasks:
            raise RuntimeError("TaskGroup %r is finished" % (self,))
        if self._aborting:
            raise RuntimeError("TaskGroup %r is shutting down" % (self,))
        task = Task(coro, loop=self._loop, name=name)
        self._tasks.add(task)
        task.add_done_callback(self._on_task_done)
        return task

    @staticmethod
    def _is_base_error(exc):
        return isinstance(exc, (SystemExit, KeyboardInterrupt))

    def _abort(self):
        self._aborting = True
        for t in self._tasks:
            if not t.done():
                t.cancel()

    def _on_task_done(self, task):
        self._tasks.discard(task)
        if self._on_completed_fut is not None and not self._tasks:
            if not self._on_completed_fut.done():
                self._on_completed_fut.set_result(True)
        if task.cancelled():
            return
        exc = task.exception()
        if exc is None:
            return
        self._errors.append(exc)
        if self._is_base_error(exc) and self._base_error is None:
            self._base_error = exc
        if self._parent_task.done():
            return
        if not self._aborting and not self._parent_cancel_requested:
            self._abort()
            self._parent_cancel_requested = True
            self._parent_task.cancel()


class Event:
    """A flag that tasks can wait for."""

    def __init__(self):
        self._waiters = []
        self._value = False

    def is_set(self):
        return self._value

    def set(self):
        if not self._value:
            self._value = True
            for fut in self._waiters:
                if not fut.done():
                    fut.set_result(True)

    def clear(self):
        self._value = False

    async def wait(self):
        if self._value:
            return True
        fut = get_running_loop().create_future()
        self._waiters.append(fut)
        try:
            await fut
            return True
        finally:
            self._waiters.remove(fut)


class Lock:
    """A mutual-exclusion lock for tasks, released in the order they waited."""

    def __init__(self):
        self._waiters = []
        self._locked = False

    def locked(self):
        return self._locked

    async def acquire(self):
        if not self._locked and all(w.cancelled() for w in self._waiters):
            self._locked = True
            return True
        fut = get_running_loop().create_future()
        self._waiters.append(fut)
        try:
            await fut
        finally:
            self._waiters.remove(fut)
        self._locked = True
        return True

    def release(self):
        if not self._locked:
            raise RuntimeError("Lock is not acquired.")
        self._locked = False
        for fut in self._waiters:
            if not fut.done():
                fut.set_result(True)
                break

    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


class Semaphore:
    """A counter of available slots; acquire() waits while it is zero."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("Semaphore initial value must be >= 0")
        self._value = value
        self._waiters = []

    def locked(self):
        return self._value == 0

    async def acquire(self):
        while self._value <= 0:
            fut = get_running_loop().create_future()
            self._waiters.append(fut)
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        self._value -= 1
        return True

    def release(self):
        self._value += 1
        for fut in self._waiters:
            if not fut.done():
                fut.set_result(True)
                break

    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """A semaphore that refuses to be released above its initial value."""

    def __init__(self, value=1):
        self._bound_value = value
        super().__init__(value)

    def release(self):
        if self._value >= self._bound_value:
            raise ValueError("BoundedSemaphore released too many times")
        super().release()


class Condition:
    """Tasks wait on it until another task notifies them, holding its lock around both."""

    def __init__(self, lock=None):
        self._lock = lock if lock is not None else Lock()
        self._waiters = []

    def locked(self):
        return self._lock.locked()

    async def acquire(self):
        return await self._lock.acquire()

    def release(self):
        self._lock.release()

    async def __aenter__(self):
        await self._lock.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self._lock.release()

    async def wait(self):
        self._lock.release()
        fut = get_running_loop().create_future()
        self._waiters.append(fut)
        try:
            await fut
            return True
        finally:
            self._waiters.remove(fut)
            await self._lock.acquire()

    async def wait_for(self, predicate):
        result = predicate()
        while not result:
            await self.wait()
            result = predicate()
        return result

    def notify(self, n=1):
        count = 0
        for fut in self._waiters:
            if count >= n:
                break
            if not fut.done():
                count += 1
                fut.set_result(False)

    def notify_all(self):
        self.notify(len(self._waiters))


class Queue:
    """A first-in first-out queue for tasks; get() waits while it is empty, put() while full."""

    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._getters = []
        self._putters = []
        self._unfinished_tasks = 0
        self._finished = Event()
        self._finished.set()
        self._init(maxsize)

    def _init(self, maxsize):
        self._queue = []

    def _get(self):
        return self._queue.pop(0)

    def _put(self, item):
        self._queue.append(item)

    def __repr__(self):
        return "<%s maxsize=%r qsize=%r>" % (type(self).__name__, self._maxsize, self.qsize())

    def _wakeup_next(self, waiters):
        while waiters:
            waiter = waiters.pop(0)
            if not waiter.done():
                waiter.set_result(None)
                break

    @property
    def maxsize(self):
        return self._maxsize

    def qsize(self):
        return len(self._queue)

    def empty(self):
        return not self._queue

    def full(self):
        if self._maxsize <= 0:
            return False
        return self.qsize() >= self._maxsize

    async def put(self, item):
        while self.full():
            putter = get_running_loop().create_future()
            self._putters.append(putter)
            try:
                await putter
            except BaseException:
                if putter in self._putters:
                    self._putters.remove(putter)
                if not self.full() and not putter.cancelled():
                    self._wakeup_next(self._putters)
                raise
        return self.put_nowait(item)

    def put_nowait(self, item):
        if self.full():
            raise QueueFull
        self._put(item)
        self._unfinished_tasks += 1
        self._finished.clear()
        self._wakeup_next(self._getters)

    async def get(self):
        while self.empty():
            getter = get_running_loop().create_future()
            self._getters.append(getter)
            try:
                await getter
            except BaseException:
                if getter in self._getters:
                    self._getters.remove(getter)
                if not self.empty() and not getter.cancelled():
                    self._wakeup_next(self._getters)
                raise
        return self.get_nowait()

    def get_nowait(self):
        if self.empty():
            raise QueueEmpty
        item = self._get()
        self._wakeup_next(self._putters)
        return item

    def task_done(self):
        if self._unfinished_tasks <= 0:
            raise ValueError("task_done() called too many times")
        self._unfinished_tasks -= 1
        if self._unfinished_tasks == 0:
            self._finished.set()

    async def join(self):
        if self._unfinished_tasks > 0:
            await self._finished.wait()


Queue.__class_getitem__ = classmethod(type(list[int]))


class LifoQueue(Queue):
    """A last-in first-out queue."""

    def _get(self):
        return self._queue.pop()


class PriorityQueue(Queue):
    """A queue that hands out its smallest item first."""

    def _put(self, item):
        _heappush(self._queue, item)

    def _get(self):
        return _heappop(self._queue)
