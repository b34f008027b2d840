"""isola: run Python code in isolated subinterpreters, from Python.

Each interpreter has its own heap, modules and globals, its own thread, and (under the default
``wasmtime`` backend) its own wasm instance, with instruction, memory, output and time limits
enforced by isola's VM. Values cross in and out as copies. The GIL is released while isola
runs, so threads driving different interpreters run in parallel.

    >>> import isola
    >>> isola.run("sum(xs) * 2", inputs={"xs": [1, 2, 3]}).value
    12

The types: ``Runtime`` (the backend, limits and host functions, shared by the interpreters it
creates), ``Interpreter`` (one isolated interpreter), ``Queue`` (a FIFO of shareable values
between interpreters and the host), ``Limits`` and ``Result``; the exceptions derive from
``isola.Error``. py/README.md documents them all.
"""

import ast
import asyncio
import functools
import inspect
import keyword
import os
import sys
import threading
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Dict, Mapping, Optional, Tuple, Union

from . import _codec, _isola
from ._errors import (
    Error,
    ExecutionFailed,
    InterpreterCrashed,
    InterpreterError,
    LimitExceeded,
)

__all__ = [
    "run",
    "Result",
    "Limits",
    "Mount",
    "Runtime",
    "Interpreter",
    "Queue",
    "Error",
    "ExecutionFailed",
    "LimitExceeded",
    "InterpreterCrashed",
    "InterpreterError",
]

Queue = _isola.Queue

# The name of the one host function through which every wrapped call goes (see _guest.py).
_DISPATCH = "__isola_call"
# The module that each interpreter imports for the wrappers and the codec.
_GUEST_MODULE = "isola_host"
# How the host reaches the guest's helpers through the Rust API's `call`, which evaluates the
# name as an expression in `__main__`.
_GUEST = f"__import__({_GUEST_MODULE!r})"

_SOURCE_DIR = Path(__file__).parent


def _opaque(type_name: str) -> Any:
    raise TypeError(
        f"the result holds a {type_name}, which cannot leave the interpreter: only None, "
        "bool, int, float, str, bytes, tuples, lists, dicts and sets of these, and queues can"
    )


def _refuse(value: Any) -> Any:
    if isinstance(value, Queue):
        return value
    raise TypeError(
        f"a {type(value).__name__} cannot cross into an isola interpreter: only None, bool, "
        "int, float, str, bytes, tuples, lists, dicts and sets of these, and isola.Queue can"
    )


def _encode(value: Any) -> Any:
    return _codec.encode(value, _refuse)


def _decode(value: Any) -> Any:
    return _codec.decode(value, _opaque)


@dataclass(frozen=True)
class Limits:
    """What one interpreter may consume; ``None`` is unlimited.

    - ``timeout``: seconds of wall-clock time per call (``exec``, ``eval``, ``call``...).
    - ``max_memory``: bytes of live Python objects, as the runtime accounts them.
    - ``max_instructions``: bytecode instructions, counted across all calls.
    - ``max_output``: bytes written to stdout and stderr together, across all calls.
    - ``max_recursion``: Python call depth; beyond it the code gets a (catchable)
      RecursionError, as in CPython. Default 1000.

    Going past any other limit raises ``LimitExceeded`` with ``kind`` set to the field's name
    without ``max_`` ("timeout", "memory", "instructions", "output").
    """

    timeout: Optional[float] = None
    max_memory: Optional[int] = None
    max_instructions: Optional[int] = None
    max_output: Optional[int] = None
    max_recursion: int = 1000


@dataclass(frozen=True)
class Mount:
    """A host directory shown in every interpreter's file system (``Runtime(mounts=...)``).

    ``path`` is the host directory; ``read_only`` makes every change there fail with
    ``OSError(EROFS)``. Paths resolve beneath it: ``..`` stops at the mount point and a symbolic
    link that leads out fails with PermissionError. Only regular files and directories open.
    """

    path: Union[str, "os.PathLike[str]"]
    read_only: bool = False


def _mounts(mounts: Optional[Mapping[str, Any]]) -> Any:
    """``mounts`` as the extension module takes it: ``(host, guest, read_only)`` triples."""
    triples = []
    for guest, spec in (mounts or {}).items():
        if not isinstance(guest, str):
            raise TypeError(f"a mount point is a str such as '/data', not {type(guest).__name__}")
        if not isinstance(spec, Mount):
            spec = Mount(spec)
        triples.append((os.fspath(spec.path), guest, bool(spec.read_only)))
    return triples


@dataclass(frozen=True)
class Result:
    """What ``isola.run`` returns: the program's value and what it printed."""

    value: Any
    stdout: str
    stderr: str


def _to_sys(stream: str, text: str) -> None:
    # Looked up at each write, so that redirect_stdout and pytest's capsys see the output.
    target = sys.stdout if stream == "stdout" else sys.stderr
    target.write(text)
    if stream == "stderr" or "\n" in text:
        target.flush()


class _Loops:
    """The event loops waiting on ``*_async`` calls, by interpreter id: an ``async def`` host
    function called from that interpreter runs on its loop."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._loops: Dict[int, Tuple[asyncio.AbstractEventLoop, int]] = {}

    def enter(self, interpreter_id: int, loop: asyncio.AbstractEventLoop) -> None:
        with self._lock:
            _, count = self._loops.get(interpreter_id, (loop, 0))
            self._loops[interpreter_id] = (loop, count + 1)

    def leave(self, interpreter_id: int) -> None:
        with self._lock:
            loop, count = self._loops[interpreter_id]
            if count == 1:
                del self._loops[interpreter_id]
            else:
                self._loops[interpreter_id] = (loop, count - 1)

    def get(self, interpreter_id: int) -> Optional[asyncio.AbstractEventLoop]:
        with self._lock:
            entry = self._loops.get(interpreter_id)
        return entry[0] if entry else None


async def _awaited(awaitable: Any) -> Any:
    return await awaitable


def _settle(result: Any, loop: Optional[asyncio.AbstractEventLoop]) -> Any:
    """The value of a host function's result, awaiting it if it is awaitable: on the event loop
    of the ``*_async`` call waiting on the interpreter, else on a loop of its own."""
    if not inspect.isawaitable(result):
        return result
    if loop is not None and loop.is_running():
        return asyncio.run_coroutine_threadsafe(_awaited(result), loop).result()
    return asyncio.run(_awaited(result))


def _raw(function: Callable[..., Any]) -> Callable[..., Any]:
    """``function`` for ``interpreters.call_host(name, *args)`` from the code: shareable values
    in and out, no codec."""

    @functools.wraps(function)
    def raw(*args: Any) -> Any:
        return _settle(function(*args), None)

    return raw


# The interpreters each thread is serving a host function for, as (the runtime's _Loops, id):
# such an interpreter waits for the function to return, so running code in it from there would
# wait forever.
_SERVING = threading.local()


def _serving() -> list:
    stack = getattr(_SERVING, "stack", None)
    if stack is None:
        stack = _SERVING.stack = []
    return stack


def _dispatch(
    functions: Mapping[str, Callable[..., Any]],
    loops: _Loops,
    name: str,
    caller: int,
    encoded: Any,
) -> Any:
    """The host end of ``isola_host.call``: decode, call, await if need be, encode."""
    function = functions.get(name)
    if function is None:
        raise NameError(f"no host function named {name!r}")
    args, kwargs = _decode(encoded)
    stack = _serving()
    stack.append((loops, caller))
    try:
        return _encode(_settle(function(*args, **kwargs), loops.get(caller)))
    finally:
        stack.pop()


def _guest_source(names) -> str:
    parts = [
        (_SOURCE_DIR / "_codec.py").read_text(encoding="utf-8"),
        (_SOURCE_DIR / "_guest.py").read_text(encoding="utf-8"),
    ]
    for name in names:
        parts.append(
            f"\n\ndef {name}(*args, **kwargs):\n"
            f"    return call({name!r}, *args, **kwargs)\n"
        )
    return "\n".join(parts)


def _wrapper_name(name: str) -> bool:
    return name.isidentifier() and not keyword.iskeyword(name) and not name.startswith("_")


# What `stdin=` takes: the input itself, or a callable that is asked for more of it.
_StdinSource = Union[bytes, bytearray, memoryview, str, Callable[[int], bytes]]


def _stdin_source(stdin: Optional[_StdinSource]) -> Any:
    """``stdin`` as the extension module takes it: None, bytes or a callable."""
    if stdin is None:
        return None
    if isinstance(stdin, str):
        return stdin.encode("utf-8")
    if isinstance(stdin, (bytes, bytearray, memoryview)):
        return bytes(stdin)
    if callable(stdin):
        return stdin
    raise TypeError(
        "stdin must be bytes, str, or a callable that takes the most bytes wanted and returns "
        f"bytes (b'' at the end), not {type(stdin).__name__}"
    )


class Runtime:
    """The backend, limits and host functions shared by the interpreters it creates.

    Build one per configuration and create interpreters from it, from any thread. Under
    ``wasmtime`` (the default, and the backend for untrusted code) building one loads the
    compiled guest (compiled once, then cached under ``~/.cache/isola/modules``); ``native``
    runs interpreters as threads of this process, for code you trust.

    ``functions`` maps names to Python callables that the code can call: each is a global of
    ``__main__`` in every interpreter this runtime creates (and importable from the module
    ``isola_host``, along with ``isola_host.call(name, *args, **kwargs)``). Arguments and results
    cross as copies; an exception in the function is raised in the code as ``RuntimeError``.
    A function runs on the calling interpreter's thread, holding the GIL; an ``async def`` one
    runs on the event loop of the ``*_async`` call that is waiting on the interpreter (or on a
    loop of its own).

    ``modules`` maps module names to Python source that every interpreter can import.

    ``stdin`` is what ``sys.stdin`` and ``input()`` read: bytes, or a str (read as its UTF-8),
    or a callable ``stdin(max_bytes)`` that returns the next bytes (what it returns beyond
    ``max_bytes`` is kept for the next read), blocking until there are some, and ``b""`` at the
    end of input; ``sys.stdin.buffer.read1`` passes the host's own stdin through. It runs on the
    reading interpreter's thread, holding the GIL; an exception in it is reported through
    ``sys.unraisablehook`` and reads as the end of input. The interpreters of a runtime share
    its stdin, as processes share one pipe: what one reads (a chunk at a time, into its
    buffer), the others do not.
    Default None: no input, so reads see the end at once and ``input()`` raises EOFError.

    ``mounts`` maps mount points (absolute paths such as ``"/data"``) to host directories: a
    path, mounted read-write, or a ``Mount(path, read_only=True)``. Each interpreter's file
    system is otherwise its own, in memory; there the code reads and writes the host's files
    with ``open``, ``os``, ``pathlib`` and ``shutil``, each change reaching the host at once.

    ``instance_memory`` (wasmtime only) is the wall on each wasm instance's memory, in bytes;
    ``seed`` and ``frozen_clock`` make ``random`` and ``time.time()`` deterministic.
    """

    def __init__(
        self,
        backend: str = "wasmtime",
        *,
        limits: Optional[Limits] = None,
        functions: Optional[Mapping[str, Callable[..., Any]]] = None,
        modules: Optional[Mapping[str, str]] = None,
        stdin: Optional[_StdinSource] = None,
        mounts: Optional[Mapping[str, Any]] = None,
        instance_memory: Optional[int] = None,
        max_instances: Optional[int] = None,
        max_interpreters: Optional[int] = None,
        max_queue_items: Optional[int] = None,
        seed: Optional[int] = None,
        frozen_clock: Optional[float] = None,
    ) -> None:
        limits = limits if limits is not None else Limits()
        if not isinstance(limits, Limits):
            raise TypeError(f"limits must be an isola.Limits, not {type(limits).__name__}")
        stdin = _stdin_source(stdin)
        functions = dict(functions or {})
        for name, function in functions.items():
            if not isinstance(name, str) or name.startswith("__"):
                raise ValueError(f"host function names are strs without a leading __: {name!r}")
            if not callable(function):
                raise TypeError(f"host function {name!r} is not callable")
        self._functions = functions
        self._loops = _Loops()
        self._wrapped = [name for name in functions if _wrapper_name(name)]
        # Neither closure holds the runtime: isola's own closures keep them (see _isola's
        # HostTable), and the garbage collector would have to break that cycle.
        raw = {name: _raw(function) for name, function in functions.items()}
        raw[_DISPATCH] = functools.partial(_dispatch, functions, self._loops)
        sources = [(_GUEST_MODULE, _guest_source(self._wrapped), False)]
        for name, source in (modules or {}).items():
            sources.append((name, source, False))
        self._native = _isola.Runtime(
            backend=backend,
            max_instructions=limits.max_instructions,
            max_memory=limits.max_memory,
            max_output=limits.max_output,
            timeout=limits.timeout,
            max_recursion=limits.max_recursion,
            functions=raw,
            modules=sources,
            stdin=stdin,
            mounts=_mounts(mounts),
            instance_memory=instance_memory,
            max_instances=max_instances,
            max_interpreters=max_interpreters,
            max_queue_items=max_queue_items,
            seed=seed,
            frozen_clock=frozen_clock,
        )
        self.limits = limits

    @property
    def backend(self) -> str:
        """``"wasmtime"`` or ``"native"``."""
        return self._native.backend

    def create(
        self,
        *,
        on_output: Optional[Callable[[str, str], None]] = None,
        capture: bool = False,
    ) -> "Interpreter":
        """A new interpreter. Its output (print, sys.stdout/stderr, tracebacks it prints) goes
        to ``on_output(stream, text)`` as it is written, with stream ``"stdout"`` or
        ``"stderr"``; with ``capture=True``, into a buffer that ``Interpreter.take_output``
        empties (no GIL taken while the code prints); by default, to the host's ``sys.stdout``
        and ``sys.stderr``."""
        if on_output is not None and capture:
            raise ValueError("give on_output or capture=True, not both")
        if on_output is None and not capture:
            on_output = _to_sys
        native = self._native.create(on_output=on_output, capture=capture)
        interpreter = Interpreter(self, native)
        if self._wrapped:
            names = ", ".join(self._wrapped)
            native.exec(f"from {_GUEST_MODULE} import {names}", "<isola>")
        return interpreter

    def create_queue(self, maxsize: int = 0) -> Queue:
        """A new queue holding at most ``maxsize`` items (0: unbounded)."""
        return self._native.create_queue(maxsize)

    def interpreter_count(self) -> int:
        """How many interpreters are alive, those that Python code created included."""
        return self._native.interpreter_count()

    def __repr__(self) -> str:
        return f"isola.Runtime({self.backend!r}, limits={self.limits!r})"


def _plan(code: str) -> Tuple[str, Optional[str], int, bool]:
    """Split ``code`` for ``Interpreter.run``: the statements to exec, the last expression
    statement's source (or None) with its line, and whether to call ``main()`` after.

    The host's own parser finds the split; code it cannot parse (a syntax error, or syntax newer
    than the host's Python) runs whole, and its value is None.
    """
    try:
        tree = ast.parse(code)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return code, None, 0, False
    if not tree.body:
        return code, None, 0, False
    last = tree.body[-1]
    if isinstance(last, ast.Expr) and last.end_lineno is not None:
        # ast's columns count UTF-8 bytes.
        lines = code.encode("utf-8").splitlines(keepends=True)
        start = sum(len(line) for line in lines[: last.lineno - 1]) + last.col_offset
        end = sum(len(line) for line in lines[: last.end_lineno - 1])
        end += last.end_col_offset if last.end_col_offset is not None else 0
        raw = b"".join(lines)
        return raw[:start].decode("utf-8"), raw[start:end].decode("utf-8"), last.lineno, False
    defines_main = any(
        isinstance(statement, ast.FunctionDef) and statement.name == "main"
        for statement in tree.body
    )
    mentions_main = any(
        isinstance(node, ast.Name) and node.id == "main" for node in ast.walk(tree)
    )
    return code, None, 0, defines_main and not mentions_main


class Interpreter:
    """One isolated Python interpreter: its own heap, modules and ``__main__`` globals, which
    persist from one call to the next.

    Every method blocks the calling thread (with the GIL released) until the code finishes;
    calls from several threads take turns. The ``*_async`` methods run the same call in a
    worker thread and await it, so the event loop goes on meanwhile (and serves ``async def``
    host functions); a call cannot be cancelled once started. A Python exception in the code
    raises ``ExecutionFailed`` and leaves the interpreter usable. Close it with ``close()`` or a
    ``with`` block (it is closed when collected, too).
    """

    def __init__(self, runtime: Runtime, native: Any) -> None:
        self._runtime = runtime
        self._native = native

    def _enter(self) -> Any:
        """The native interpreter, unless this thread is inside one of its host functions."""
        loops = self._runtime._loops
        for serving, caller in _serving():
            if serving is loops and caller == self.id:
                raise InterpreterError(
                    "the interpreter is waiting for this host function to return: it cannot "
                    "run code until then"
                )
        return self._native

    @property
    def id(self) -> int:
        """The interpreter's id, as ``interpreters.get_current().id`` says inside it."""
        return self._native.id

    @property
    def runtime(self) -> Runtime:
        return self._runtime

    @property
    def closed(self) -> bool:
        return self._native.closed

    def is_running(self) -> bool:
        """Whether the interpreter is running code right now."""
        return self._native.is_running()

    def exec(self, code: str, *, filename: str = "<string>") -> None:
        """Run ``code`` in ``__main__``; ``filename`` names it in tracebacks."""
        self._enter().exec(code, filename)

    def eval(self, expression: str) -> Any:
        """The value of ``expression``, evaluated in ``__main__``'s globals."""
        return _decode(self._enter().call(f"{_GUEST}._eval", (expression, 1)))

    def run(self, code: str) -> Any:
        """Run ``code`` in ``__main__`` and return its value: the value of its last statement if
        that is an expression; else, if the code defines a top-level ``def main()`` that it never
        refers to itself, what ``main()`` returns; else None."""
        body, expression, line, call_main = _plan(code)
        if expression is None or body.strip():
            self._enter().exec(body, "<string>")
        if expression is not None:
            return _decode(self._enter().call(f"{_GUEST}._eval", (expression, line)))
        if call_main:
            return self.call("main")
        return None

    def call(self, name: str, /, *args: Any, **kwargs: Any) -> Any:
        """Call the function ``name`` of ``__main__`` (a dotted name reaches an attribute:
        ``"obj.method"``) with copies of the arguments, and return a copy of its result."""
        encoded = (name, _encode(args), _encode(kwargs))
        return _decode(self._enter().call(f"{_GUEST}._invoke", encoded))

    def prepare_main(self, ns: Optional[Mapping[str, Any]] = None, /, **kwargs: Any) -> None:
        """Bind names in ``__main__`` to copies of the values, as PEP 734's
        ``Interpreter.prepare_main`` does."""
        names = dict(ns or {})
        names.update(kwargs)
        for name in names:
            if not isinstance(name, str):
                raise TypeError(f"prepare_main takes str names, not {type(name).__name__}")
        if names:
            self._enter().call(f"{_GUEST}._bind", (_encode(names),))

    def finish(self) -> None:
        """End the program as CPython's shutdown does: run the ``atexit`` callbacks, then empty
        ``__main__`` so that finalizers run. The globals are gone after."""
        self._enter().finish()

    def take_output(self) -> Tuple[str, str]:
        """The stdout and stderr written since the last call, for an interpreter created with
        ``capture=True``; ``("", "")`` otherwise."""
        return self._native.take_output()

    def close(self) -> None:
        """Close the interpreter and free its instance (and those of the interpreters its code
        created). Later calls raise InterpreterError. Closing twice does nothing."""
        self._native.close()

    def __enter__(self) -> "Interpreter":
        return self

    def __exit__(self, *exc_info: Any) -> None:
        self.close()

    async def _in_thread(self, method: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        loop = asyncio.get_running_loop()
        self._runtime._loops.enter(self.id, loop)
        try:
            return await loop.run_in_executor(None, functools.partial(method, *args, **kwargs))
        finally:
            self._runtime._loops.leave(self.id)

    async def exec_async(self, code: str, *, filename: str = "<string>") -> None:
        """``exec`` in a worker thread, awaited."""
        await self._in_thread(self.exec, code, filename=filename)

    async def eval_async(self, expression: str) -> Any:
        """``eval`` in a worker thread, awaited."""
        return await self._in_thread(self.eval, expression)

    async def run_async(self, code: str) -> Any:
        """``run`` in a worker thread, awaited."""
        return await self._in_thread(self.run, code)

    async def call_async(self, name: str, /, *args: Any, **kwargs: Any) -> Any:
        """``call`` in a worker thread, awaited."""
        return await self._in_thread(self.call, name, *args, **kwargs)

    def __repr__(self) -> str:
        state = "closed" if self.closed else "open"
        return f"<isola.Interpreter id={self.id} {state}>"


# `run` keeps a few runtimes (one per backend and limits) rather than loading the guest each
# time; runtimes with host functions are built per call.
_RUNTIMES: "OrderedDict[Tuple[str, Limits], Runtime]" = OrderedDict()
_RUNTIMES_LOCK = threading.Lock()
_RUNTIMES_KEPT = 4


def _shared_runtime(backend: str, limits: Limits) -> Runtime:
    key = (backend, limits)
    with _RUNTIMES_LOCK:
        runtime = _RUNTIMES.get(key)
        if runtime is not None:
            _RUNTIMES.move_to_end(key)
            return runtime
    runtime = Runtime(backend, limits=limits)
    with _RUNTIMES_LOCK:
        _RUNTIMES[key] = runtime
        while len(_RUNTIMES) > _RUNTIMES_KEPT:
            _RUNTIMES.popitem(last=False)
    return runtime


def run(
    code: str,
    *,
    inputs: Optional[Mapping[str, Any]] = None,
    functions: Optional[Mapping[str, Callable[..., Any]]] = None,
    limits: Optional[Limits] = None,
    backend: str = "wasmtime",
    on_output: Optional[Callable[[str, str], None]] = None,
    stdin: Optional[_StdinSource] = None,
    mounts: Optional[Mapping[str, Any]] = None,
) -> Result:
    """Run ``code`` once in a fresh interpreter and return a ``Result``.

    ``inputs`` become globals (copies); ``functions`` become globals that call back into the
    host. ``Result.value`` is what ``Interpreter.run`` returns: the value of the last statement
    if it is an expression, else what ``main()`` returns if the code defines ``main`` without
    calling it, else None. ``Result.stdout`` and ``Result.stderr`` hold the output, unless
    ``on_output`` takes it as it is written (they are empty then). ``stdin`` is what
    ``sys.stdin`` and ``input()`` read, as ``Runtime`` takes it (bytes, str or a callable);
    by default there is none, and ``input()`` raises EOFError. ``mounts`` shows host
    directories to the code, as ``Runtime`` takes them.

    A Python exception raises ``ExecutionFailed``, a limit ``LimitExceeded``; either carries the
    output so far as ``.stdout`` and ``.stderr``.
    """
    limits = limits if limits is not None else Limits()
    if functions or stdin is not None or mounts:
        # The input and the mounts are the runtime's, and no other program may reach them.
        runtime = Runtime(backend, limits=limits, functions=functions, stdin=stdin, mounts=mounts)
    else:
        runtime = _shared_runtime(backend, limits)
    capture = on_output is None
    with runtime.create(on_output=on_output, capture=capture) as interpreter:
        try:
            if inputs:
                interpreter.prepare_main(inputs)
            value = interpreter.run(code)
        except (ExecutionFailed, LimitExceeded) as error:
            error.stdout, error.stderr = interpreter.take_output()
            raise
        stdout, stderr = interpreter.take_output()
    return Result(value, stdout, stderr)
