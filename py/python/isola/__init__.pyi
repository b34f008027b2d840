"""Type stubs for the isola package (see __init__.py and docs/python.md)."""

from typing import (
    Any,
    Awaitable,
    Callable,
    Literal,
    Mapping,
    Optional,
    Tuple,
    Union,
)

from ._errors import (
    Error as Error,
    ExecutionFailed as ExecutionFailed,
    InterpreterCrashed as InterpreterCrashed,
    InterpreterError as InterpreterError,
    LimitExceeded as LimitExceeded,
)

# What crosses into and out of an interpreter, copied: scalars, and tuples, lists, dicts, sets
# and frozensets of these, and queues.
Value = Any
# What a Queue carries: the runtime's shareable values (tuples, no lists, dicts or sets).
Shareable = Union[None, bool, int, float, str, bytes, Tuple[Any, ...], "Queue"]
Backend = Literal["wasmtime", "native"]
Stream = Literal["stdout", "stderr"]
OutputCallback = Callable[[Stream, str], None]

class Limits:
    timeout: Optional[float]
    max_memory: Optional[int]
    max_instructions: Optional[int]
    max_output: Optional[int]
    max_recursion: int
    def __init__(
        self,
        timeout: Optional[float] = ...,
        max_memory: Optional[int] = ...,
        max_instructions: Optional[int] = ...,
        max_output: Optional[int] = ...,
        max_recursion: int = ...,
    ) -> None: ...

class Result:
    value: Value
    stdout: str
    stderr: str
    def __init__(self, value: Value, stdout: str, stderr: str) -> None: ...

class Queue:
    @property
    def id(self) -> int: ...
    @property
    def maxsize(self) -> int: ...
    def put(self, item: Shareable, block: bool = ...) -> None: ...
    def get(self, block: bool = ..., timeout: Optional[float] = ...) -> Shareable: ...
    def qsize(self) -> int: ...
    def empty(self) -> bool: ...
    def __len__(self) -> int: ...

class Runtime:
    limits: Limits
    def __init__(
        self,
        backend: Backend = ...,
        *,
        limits: Optional[Limits] = ...,
        functions: Optional[Mapping[str, Callable[..., Union[Value, Awaitable[Value]]]]] = ...,
        modules: Optional[Mapping[str, str]] = ...,
        instance_memory: Optional[int] = ...,
        max_instances: Optional[int] = ...,
        max_interpreters: Optional[int] = ...,
        max_queue_items: Optional[int] = ...,
        seed: Optional[int] = ...,
        frozen_clock: Optional[float] = ...,
    ) -> None: ...
    @property
    def backend(self) -> Backend: ...
    def create(
        self, *, on_output: Optional[OutputCallback] = ..., capture: bool = ...
    ) -> Interpreter: ...
    def create_queue(self, maxsize: int = ...) -> Queue: ...
    def interpreter_count(self) -> int: ...

class Interpreter:
    @property
    def id(self) -> int: ...
    @property
    def runtime(self) -> Runtime: ...
    @property
    def closed(self) -> bool: ...
    def is_running(self) -> bool: ...
    def exec(self, code: str, *, filename: str = ...) -> None: ...
    def eval(self, expression: str) -> Value: ...
    def run(self, code: str) -> Value: ...
    def call(self, name: str, /, *args: Value, **kwargs: Value) -> Value: ...
    def prepare_main(
        self, ns: Optional[Mapping[str, Value]] = ..., /, **kwargs: Value
    ) -> None: ...
    def finish(self) -> None: ...
    def take_output(self) -> Tuple[str, str]: ...
    def close(self) -> None: ...
    def __enter__(self) -> Interpreter: ...
    def __exit__(self, *exc_info: Any) -> None: ...
    async def exec_async(self, code: str, *, filename: str = ...) -> None: ...
    async def eval_async(self, expression: str) -> Value: ...
    async def run_async(self, code: str) -> Value: ...
    async def call_async(self, name: str, /, *args: Value, **kwargs: Value) -> Value: ...

def run(
    code: str,
    *,
    inputs: Optional[Mapping[str, Value]] = ...,
    functions: Optional[Mapping[str, Callable[..., Union[Value, Awaitable[Value]]]]] = ...,
    limits: Optional[Limits] = ...,
    backend: Backend = ...,
    on_output: Optional[OutputCallback] = ...,
) -> Result: ...
