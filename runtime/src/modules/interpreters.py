"""Subinterpreters and the queues between them (PEP 734)."""

import _interpreters

__all__ = [
    'get_current', 'get_main', 'create', 'list_all', 'is_shareable',
    'Interpreter', 'InterpreterError', 'InterpreterNotFoundError',
    'ExecutionFailed', 'NotShareableError',
    'create_queue', 'Queue', 'QueueEmpty', 'QueueFull', 'call_host',
]


class InterpreterError(Exception):
    """A cross-interpreter operation failed."""


class InterpreterNotFoundError(InterpreterError):
    """An interpreter was not found."""


class NotShareableError(ValueError):
    """The object cannot be sent to another interpreter."""


class QueueError(RuntimeError):
    """A queue operation failed."""


class QueueEmpty(QueueError):
    """Raised from get_nowait() (or get() with a timeout) when the queue is empty."""


class QueueFull(QueueError):
    """Raised from put_nowait() (or put() with a timeout) when the queue is full."""


class _Namespace:
    def __init__(self, **kwargs):
        self.__dict__.update(kwargs)

    def __repr__(self):
        items = ', '.join(f'{k}={v!r}' for k, v in self.__dict__.items())
        return f'namespace({items})'


class ExecutionFailed(InterpreterError):
    """An uncaught exception in another interpreter: its type name, message and traceback."""

    def __init__(self, type_name, msg, formatted_tb):
        formatted = f'{type_name}: {msg}' if msg else type_name
        super().__init__(formatted)
        self.excinfo = _Namespace(
            type=_Namespace(__name__=type_name, __qualname__=type_name, __module__='builtins'),
            msg=msg,
            formatted=formatted,
            errdisplay=formatted_tb.rstrip('\n'),
        )

    def __str__(self):
        info = self.excinfo
        return f'{info.formatted}\n\nUncaught in the interpreter:\n\n{info.errdisplay}'


def create(*, max_instructions=None, max_heap_bytes=None, max_recursion=None,
           max_output_bytes=None, timeout=None):
    """A new interpreter, with limits no larger than what the current one has left."""
    id = _interpreters.create(max_instructions, max_heap_bytes, max_recursion,
                              max_output_bytes, timeout)
    return Interpreter(id)


def list_all():
    """Every live interpreter."""
    return [Interpreter(id) for id in _interpreters.list_all()]


def get_current():
    """The interpreter running this code."""
    return Interpreter(_interpreters.get_current())


def get_main():
    """The main interpreter: the one the embedder (or the command line) created."""
    return Interpreter(_interpreters.get_main())


def is_shareable(obj):
    """Whether obj can be sent to another interpreter."""
    return _interpreters.is_shareable(obj)


def call_host(name, *args):
    """Call the function that the embedder registered as name, with shareable arguments."""
    return _interpreters.host_call(name, args)


class Interpreter:
    """A single interpreter in the runtime."""

    def __init__(self, id):
        if not isinstance(id, int):
            raise TypeError(f'id must be an int, got {id!r}')
        self._id = id

    def __repr__(self):
        return f'{type(self).__name__}({self._id})'

    def __eq__(self, other):
        if not isinstance(other, Interpreter):
            return NotImplemented
        return self._id == other._id

    def __hash__(self):
        return hash(self._id)

    def __reduce__(self):
        raise TypeError(f'cannot pickle {type(self).__name__!r} object')

    @property
    def id(self):
        return self._id

    @property
    def whence(self):
        return 'stdlib'

    def is_running(self):
        """Whether the interpreter is running code right now."""
        return _interpreters.is_running(self._id)

    def close(self):
        """Finalize and destroy the interpreter (InterpreterError if it is running)."""
        _interpreters.destroy(self._id)

    def prepare_main(self, ns=None, /, **kwargs):
        """Bind the given shareable values in the interpreter's __main__ module."""
        names = {}
        if ns is not None:
            names.update(ns)
        names.update(kwargs)
        _interpreters.prepare_main(self._id, names)

    def exec(self, code, /):
        """Run source code in the interpreter's __main__ module, in the current thread.

        An uncaught exception there raises ExecutionFailed here; running an interpreter that is
        already running raises InterpreterError.
        """
        if callable(code):
            self.call(code)
            return None
        _interpreters.exec(self._id, code)

    def call(self, callable, /, *args, **kwargs):
        """Call a function (without free variables) in the interpreter and return its result.

        The function travels as its source and runs with the interpreter's __main__ as its
        globals; arguments and the result must be shareable.
        """
        return _interpreters.call(self._id, callable, args, kwargs)

    def call_in_thread(self, callable, /, *args, **kwargs):
        """Call a function in the interpreter; the returned thread's join() gives its result."""
        return _CallThread(self, callable, args, kwargs)


class _CallThread:
    """The result of call_in_thread: the call runs in the interpreter's own OS thread."""

    def __init__(self, interp, func, args, kwargs):
        self._result = None
        self._error = None
        try:
            self._result = interp.call(func, *args, **kwargs)
        except ExecutionFailed as exc:
            self._error = exc

    def join(self, timeout=None):
        return None

    def is_alive(self):
        return False


def create_queue(maxsize=0):
    """A new cross-interpreter queue; maxsize 0 or less is unbounded."""
    return Queue(_interpreters.queue_create(maxsize))


class Queue:
    """A cross-interpreter FIFO of shareable objects."""

    def __init__(self, id):
        if not isinstance(id, int):
            raise TypeError(f'id must be an int, got {id!r}')
        self.__isola_queue__ = id

    def __repr__(self):
        return f'{type(self).__name__}({self.id})'

    def __eq__(self, other):
        if not isinstance(other, Queue):
            return NotImplemented
        return self.id == other.id

    def __hash__(self):
        return hash(self.id)

    def __reduce__(self):
        raise TypeError(f'cannot pickle {type(self).__name__!r} object')

    @property
    def id(self):
        return self.__isola_queue__

    @property
    def maxsize(self):
        return _interpreters.queue_maxsize(self.id)

    def empty(self):
        return self.qsize() == 0

    def full(self):
        maxsize = self.maxsize
        return maxsize > 0 and self.qsize() >= maxsize

    def qsize(self):
        return _interpreters.queue_size(self.id)

    def put(self, obj, block=True, timeout=None):
        """Add obj; when the queue is full, wait for room (QueueFull after timeout seconds)."""
        _interpreters.queue_put(self.id, obj, block, timeout)

    def put_nowait(self, obj):
        _interpreters.queue_put(self.id, obj, False, None)

    def get(self, block=True, timeout=None):
        """Take the oldest object; when empty, wait (QueueEmpty after timeout seconds)."""
        return _interpreters.queue_get(self.id, block, timeout)

    def get_nowait(self):
        return _interpreters.queue_get(self.id, False, None)
