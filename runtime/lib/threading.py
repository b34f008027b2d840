"""Thread objects and synchronisation primitives, as CPython's threading module has them.

isola runs an interpreter's threads as green threads on the interpreter's own OS thread: the
VM switches between them at instruction boundaries (every time slice, and whenever a thread
waits), so the interpreter's lock is their GIL, as in PEP 684. A wait that no other thread can
ever end (a deadlock) raises RuntimeError instead of hanging the sandbox.
"""

import _thread
from _thread import get_ident, TIMEOUT_MAX
from _clock import monotonic as _time

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread', 'enumerate',
           'main_thread', 'TIMEOUT_MAX', 'Event', 'Lock', 'RLock', 'Semaphore',
           'BoundedSemaphore', 'Thread', 'Barrier', 'BrokenBarrierError', 'Timer',
           'ThreadError', 'ExceptHookArgs', 'setprofile', 'settrace', 'local', 'stack_size',
           'excepthook', 'get_native_id', 'getprofile', 'gettrace']

_switch = _thread._switch
_wake = _thread._wake
# `_cas(cell, old, new)` is the one atomic step (a thread switch never happens inside a
# built-in call): every state change that depends on a check goes through it.
_cas = _thread._cas
_rlock_enter = _thread._rlock_enter
_rlock_exit = _thread._rlock_exit
ThreadError = RuntimeError


def _wait_until(ready, timeout=None):
    """Lets the other threads run until `ready()` is true or `timeout` seconds pass."""
    if ready():
        return True
    if timeout is None:
        while not ready():
            _switch(True, False)
        return True
    end = _time() + timeout
    while not ready():
        if _time() >= end:
            return False
        # Alone, the thread sleeps until `end` (never past the run's deadline).
        _switch(True, True, end)
    return True


def _check_timeout(blocking, timeout):
    if not blocking and timeout != -1:
        raise ValueError("can't specify a timeout for a non-blocking call")
    if timeout < 0 and timeout != -1:
        raise ValueError("timeout value must be positive")
    return None if timeout == -1 else timeout


class Lock:
    """A primitive lock (`_thread.lock`)."""

    def __init__(self):
        self._state = [False]

    def acquire(self, blocking=True, timeout=-1):
        # The common case first: a plain acquire of a free lock.
        if blocking is True and timeout == -1 and _cas(self._state, False, True):
            return True
        timeout = _check_timeout(blocking, timeout)
        state = self._state
        if not blocking:
            return _cas(state, False, True)
        return _wait_until(lambda: _cas(state, False, True), timeout)

    def release(self):
        if not _cas(self._state, True, False):
            raise RuntimeError('release unlocked lock')
        _wake()

    def locked(self):
        return self._state[0]

    __enter__ = acquire

    def __exit__(self, *args):
        self.release()

    def _release_save(self):
        self.release()

    def _acquire_restore(self, state):
        self.acquire()

    def _is_owned(self):
        # A plain lock has no owner: CPython's Condition tries a non-blocking acquire.
        if self.acquire(False):
            self.release()
            return False
        return True

    def __repr__(self):
        state = 'locked' if self._state[0] else 'unlocked'
        return f'<{state} _thread.lock object at {hex(id(self))}>'


allocate_lock = Lock
_allocate_lock = Lock


class RLock:
    """A reentrant lock: the thread that holds it may acquire it again."""

    def __init__(self):
        # [owner, count]: the thread holding the lock (None when free) and how many times it
        # acquired it; `_rlock_enter` and `_rlock_exit` change both in one atomic step.
        self._cell = [None, 0]

    @property
    def _owner(self):
        return self._cell[0]

    @property
    def _count(self):
        return self._cell[1]

    def acquire(self, blocking=True, timeout=-1):
        cell = self._cell
        # The common case first: a plain acquire of a free lock or of one this thread holds.
        if blocking is True and timeout == -1 and _rlock_enter(cell):
            return True
        timeout = _check_timeout(blocking, timeout)
        if _rlock_enter(cell):
            return True
        if not blocking:
            return False
        return _wait_until(lambda: _rlock_enter(cell), timeout)

    def release(self):
        if not _rlock_exit(self._cell):
            raise RuntimeError('cannot release un-acquired lock')

    __enter__ = acquire

    def __exit__(self, *args):
        self.release()

    def _is_owned(self):
        return self._owner == get_ident()

    def _release_save(self):
        if self._owner != get_ident():
            raise RuntimeError('cannot release un-acquired lock')
        cell = self._cell
        state = (cell[1], cell[0])
        cell[0] = None
        cell[1] = 0
        _wake()
        return state

    def _acquire_restore(self, state):
        count, owner = state
        cell = self._cell
        _wait_until(lambda: _cas(cell, None, owner))
        cell[1] = count

    def __repr__(self):
        state = 'locked' if self._owner is not None else 'unlocked'
        return (f'<{state} _thread.RLock object owner={self._owner or 0} '
                f'count={self._count} at {hex(id(self))}>')


class Condition:
    """A condition variable over a lock (an RLock unless one is given)."""

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = []

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return f'<Condition({self._lock}, {len(self._waiters)})>'

    def wait(self, timeout=None):
        if not self._lock._is_owned():
            raise RuntimeError('cannot wait on un-acquired lock')
        waiter = [False]
        self._waiters.append(waiter)
        saved = self._lock._release_save()
        try:
            notified = _wait_until(lambda: waiter[0], timeout)
            if not notified and waiter in self._waiters:
                self._waiters.remove(waiter)
            return notified
        finally:
            self._lock._acquire_restore(saved)

    def wait_for(self, predicate, timeout=None):
        endtime = None
        waittime = timeout
        result = predicate()
        while not result:
            if waittime is not None:
                if endtime is None:
                    endtime = _time() + waittime
                else:
                    waittime = endtime - _time()
                    if waittime <= 0:
                        break
            self.wait(waittime)
            result = predicate()
        return result

    def notify(self, n=1):
        if not self._lock._is_owned():
            raise RuntimeError('cannot notify on un-acquired lock')
        woken = self._waiters[:n]
        del self._waiters[:n]
        for waiter in woken:
            waiter[0] = True
        if woken:
            _wake()

    def notify_all(self):
        self.notify(len(self._waiters))

    def notifyAll(self):
        self.notify_all()


class Semaphore:
    """A counter that `acquire` decrements, waiting while it is zero."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError('semaphore initial value must be >= 0')
        self._cell = [value]

    def __repr__(self):
        cls = type(self)
        return (f'<{cls.__module__}.{cls.__qualname__} at {hex(id(self))}: '
                f'value={self._value}>')

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        if not blocking:
            return self._take()
        return _wait_until(self._take, timeout)

    def _take(self):
        value = self._cell[0]
        return value > 0 and _cas(self._cell, value, value - 1)

    @property
    def _value(self):
        return self._cell[0]

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        self._cell[0] += n
        _wake()

    def __exit__(self, *args):
        self.release()


class BoundedSemaphore(Semaphore):
    """A semaphore that refuses to be released above its initial value."""

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def __repr__(self):
        cls = type(self)
        return (f'<{cls.__module__}.{cls.__qualname__} at {hex(id(self))}: '
                f'value={self._value}/{self._initial_value}>')

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        if self._value + n > self._initial_value:
            raise ValueError('Semaphore released too many times')
        Semaphore.release(self, n)


class Event:
    """A flag that threads can wait for."""

    def __init__(self):
        self._flag = False

    def __repr__(self):
        cls = type(self)
        status = 'set' if self._flag else 'unset'
        return f'<{cls.__module__}.{cls.__qualname__} at {hex(id(self))}: {status}>'

    def is_set(self):
        return self._flag

    isSet = is_set

    def set(self):
        self._flag = True
        _wake()

    def clear(self):
        self._flag = False

    def wait(self, timeout=None):
        return _wait_until(lambda: self._flag, timeout)


class BrokenBarrierError(RuntimeError):
    pass


class Barrier:
    """Makes `parties` threads wait until all of them have called `wait`."""

    def __init__(self, parties, action=None, timeout=None):
        if parties < 1:
            raise ValueError('parties must be > 0')
        self._parties = parties
        self._action = action
        self._timeout = timeout
        self._cell = [0]
        self._generation = 0
        self._broken = False

    def wait(self, timeout=None):
        if timeout is None:
            timeout = self._timeout
        if self._broken:
            raise BrokenBarrierError
        # Another thread may run between any two instructions: claim an index atomically.
        cell = self._cell
        while True:
            index = cell[0]
            if _cas(cell, index, index + 1):
                break
        generation = self._generation
        if index + 1 == self._parties:
            if self._action is not None:
                try:
                    self._action()
                except BaseException:
                    self._broken = True
                    _wake()
                    raise
            cell[0] = 0
            self._generation += 1
            _wake()
            return index
        if not _wait_until(lambda: self._generation != generation or self._broken, timeout):
            self._broken = True
            _wake()
            raise BrokenBarrierError
        if self._broken:
            raise BrokenBarrierError
        return index

    def reset(self):
        self._broken = False
        self._cell[0] = 0
        self._generation += 1
        _wake()

    def abort(self):
        self._broken = True
        _wake()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return self._cell[0]

    @property
    def broken(self):
        return self._broken


_counter = 0


def _newname(name_template='Thread-%d'):
    global _counter
    _counter += 1
    return name_template % _counter


# Live threads by ident (the main thread included).
_active = {}


class ExceptHookArgs:
    def __init__(self, exc_type, exc_value, exc_traceback, thread):
        self.exc_type = exc_type
        self.exc_value = exc_value
        self.exc_traceback = exc_traceback
        self.thread = thread


def excepthook(args):
    """Prints an exception that ended a thread, as CPython does."""
    if args.exc_type is SystemExit:
        return
    import sys
    import traceback
    name = args.thread.name if args.thread is not None else get_ident()
    sys.stderr.write(f'Exception in thread {name}:\n')
    traceback.print_exception(args.exc_type, args.exc_value, args.exc_traceback,
                              file=sys.stderr)


__excepthook__ = excepthook


class Thread:
    """A thread of control: `start()` runs `run()`, which calls `target(*args, **kwargs)`."""

    _initialized = False

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *,
                 daemon=None):
        assert group is None, 'group argument must be None for now'
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname('Thread-%d')
            if target is not None:
                try:
                    name += f' ({target.__name__})'
                except AttributeError:
                    pass
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        if daemon is not None:
            self._daemonic = daemon
        else:
            self._daemonic = current_thread().daemon
        self._ident = None
        self._started = False
        self._is_stopped = False
        self._initialized = True

    def __repr__(self):
        assert self._initialized, 'Thread.__init__() was not called'
        status = 'initial'
        if self._started:
            status = 'started'
        if self._is_stopped:
            status = 'stopped'
        if self._daemonic:
            status += ' daemon'
        if self._ident is not None:
            status += f' {self._ident}'
        return f'<{type(self).__name__}({self._name}, {status})>'

    def start(self):
        if not self._initialized:
            raise RuntimeError('thread.__init__() not called')
        if self._started:
            raise RuntimeError('threads can only be started once')
        self._ident = _thread.start_new_thread(self._bootstrap, ())
        _active[self._ident] = self
        self._started = True

    def _bootstrap(self):
        try:
            self.run()
        except BaseException as exc:
            excepthook(ExceptHookArgs(type(exc), exc, exc.__traceback__, self))
        finally:
            self._is_stopped = True
            _active.pop(self._ident, None)
            _wake()

    def run(self):
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            del self._target, self._args, self._kwargs

    def join(self, timeout=None):
        if not self._initialized:
            raise RuntimeError('Thread.__init__() not called')
        if not self._started:
            raise RuntimeError('cannot join thread before it is started')
        if self is current_thread():
            raise RuntimeError('cannot join current thread')
        if timeout is not None and timeout < 0:
            timeout = 0
        _wait_until(lambda: self._is_stopped, timeout)

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        self._name = str(name)

    @property
    def ident(self):
        return self._ident

    @property
    def native_id(self):
        return self._ident

    def is_alive(self):
        return self._started and not self._is_stopped

    @property
    def daemon(self):
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError('Thread.__init__() not called')
        if self._started:
            raise RuntimeError('cannot set daemon status of active thread')
        self._daemonic = daemonic

    def isDaemon(self):
        return self.daemon

    def setDaemon(self, daemonic):
        self.daemon = daemonic

    def getName(self):
        return self.name

    def setName(self, name):
        self.name = name


class _MainThread(Thread):
    def __init__(self):
        self._daemonic = False
        Thread.__init__(self, name='MainThread', daemon=False)
        self._started = True
        self._ident = _thread._main_ident
        _active[self._ident] = self


class _DummyThread(Thread):
    def __init__(self):
        Thread.__init__(self, name=_newname('Dummy-%d'), daemon=True)
        self._started = True
        self._ident = get_ident()

    def join(self, timeout=None):
        raise RuntimeError('cannot join a dummy thread')


class Timer(Thread):
    """Calls `function(*args, **kwargs)` after `interval` seconds unless cancelled."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


_main_thread = None


def main_thread():
    return _main_thread


def current_thread():
    thread = _active.get(get_ident())
    if thread is None:
        return _DummyThread()
    return thread


currentThread = current_thread


def active_count():
    return len(_active)


activeCount = active_count


def enumerate():
    return list(_active.values())


def get_native_id():
    return get_ident()


def setprofile(func):
    pass


def settrace(func):
    pass


def getprofile():
    return None


def gettrace():
    return None


def stack_size(size=0):
    if size != 0:
        raise ValueError('setting the stack size is not supported')
    return 0


class local:
    """Thread-local data: each thread sees its own attributes."""

    def __new__(cls, *args, **kwargs):
        if (args or kwargs) and cls.__init__ is object.__init__:
            raise TypeError('Initialization arguments are not supported')
        self = object.__new__(cls)
        object.__setattr__(self, '_local__args', (args, kwargs))
        object.__setattr__(self, '_local__dicts', {get_ident(): {}})
        return self

    def _local__dict(self):
        dicts = object.__getattribute__(self, '_local__dicts')
        me = get_ident()
        d = dicts.get(me)
        if d is None:
            d = dicts[me] = {}
            args, kwargs = object.__getattribute__(self, '_local__args')
            type(self).__init__(self, *args, **kwargs)
        return d

    def __getattribute__(self, name):
        if name.startswith('_local__') or name in ('__class__', '__dict__'):
            if name == '__dict__':
                return local._local__dict(self)
            return object.__getattribute__(self, name)
        d = local._local__dict(self)
        if name in d:
            return d[name]
        return object.__getattribute__(self, name)

    def __setattr__(self, name, value):
        if name == '__dict__':
            raise AttributeError(
                "%r object attribute '__dict__' is read-only" % type(self).__name__)
        local._local__dict(self)[name] = value

    def __delattr__(self, name):
        d = local._local__dict(self)
        if name not in d:
            raise AttributeError(name)
        del d[name]


_main_thread = _MainThread()
