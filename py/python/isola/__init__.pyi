"""Type stubs for the isola package (see __init__.py and docs/python.md)."""

import os
from dataclasses import dataclass
from typing import (
    Any,
    Awaitable,
    Callable,
    Literal,
    Mapping,
    Optional,
    Tuple,
    Union,
    final,
)

from ._errors import (
    Error as Error,
    ExecutionFailed as ExecutionFailed,
    InterpreterCrashed as InterpreterCrashed,
    InterpreterError as InterpreterError,
    LimitExceeded as LimitExceeded,
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

# What crosses into and out of an interpreter, copied: scalars, and tuples, lists, dicts, sets
# and frozensets of these, and queues.
_Value = Any
# What a Queue carries: the runtime's shareable values (tuples, no lists, dicts or sets).
_Shareable = Union[None, bool, int, float, str, bytes, Tuple[Any, ...], "Queue"]
_Backend = Literal["wasmtime", "native"]
_Stream = Literal["stdout", "stderr"]
_OutputCallback = Callable[[_Stream, str], None]
# Standard input: the bytes (a str is read as UTF-8), or `source(max_bytes) -> bytes`.
_StdinSource = Union[bytes, bytearray, memoryview, str, Callable[[int], bytes]]

@dataclass(frozen=True)
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

@dataclass(frozen=True)
class Mount:
    path: Union[str, os.PathLike[str]]
    read_only: bool
    def __init__(self, path: Union[str, os.PathLike[str]], read_only: bool = ...) -> None: ...

@dataclass(frozen=True)
class Result:
    value: _Value
    stdout: str
    stderr: str
    def __init__(self, value: _Value, stdout: str, stderr: str) -> None: ...

@final
class Queue:
    @property
    def id(self) -> int: ...
    @property
    def maxsize(self) -> int: ...
    def put(self, item: _Shareable, block: bool = ...) -> None: ...
    def get(self, block: bool = ..., timeout: Optional[float] = ...) -> _Shareable: ...
    def qsize(self) -> int: ...
    def empty(self) -> bool: ...
    def __len__(self) -> int: ...

class Runtime:
    limits: Limits
    def __init__(
        self,
        backend: _Backend = ...,
        *,
        limits: Optional[Limits] = ...,
        functions: Optional[Mapping[str, Callable[..., Union[_Value, Awaitable[_Value]]]]] = ...,
        modules: Optional[Mapping[str, str]] = ...,
        stdin: Optional[_StdinSource] = ...,
        mounts: Optional[Mapping[str, Union[str, os.PathLike[str], Mount]]] = ...,
        instance_memory: Optional[int] = ...,
        max_instances: Optional[int] = ...,
        max_interpreters: Optional[int] = ...,
        max_queue_items: Optional[int] = ...,
        seed: Optional[int] = ...,
        frozen_clock: Optional[float] = ...,
    ) -> None: ...
    @property
    def backend(self) -> _Backend: ...
    def create(
        self, *, on_output: Optional[_OutputCallback] = ..., capture: bool = ...
    ) -> Interpreter: ...
    def create_queue(self, maxsize: int = ...) -> Queue: ...
    def interpreter_count(self) -> int: ...

class Interpreter:
    # Made by Runtime.create, not directly.
    def __init__(self, runtime: Runtime, native: Any) -> None: ...
    @property
    def id(self) -> int: ...
    @property
    def runtime(self) -> Runtime: ...
    @property
    def closed(self) -> bool: ...
    def is_running(self) -> bool: ...
    def exec(self, code: str, *, filename: str = ...) -> None: ...
    def eval(self, expression: str) -> _Value: ...
    def run(self, code: str) -> _Value: ...
    def call(self, name: str, /, *args: _Value, **kwargs: _Value) -> _Value: ...
    def prepare_main(
        self, ns: Optional[Mapping[str, _Value]] = ..., /, **kwargs: _Value
    ) -> None: ...
    def finish(self) -> None: ...
    def take_output(self) -> Tuple[str, str]: ...
    def close(self) -> None: ...
    def __enter__(self) -> Interpreter: ...
    def __exit__(self, *exc_info: Any) -> None: ...
    async def exec_async(self, code: str, *, filename: str = ...) -> None: ...
    async def eval_async(self, expression: str) -> _Value: ...
    async def run_async(self, code: str) -> _Value: ...
    async def call_async(self, name: str, /, *args: _Value, **kwargs: _Value) -> _Value: ...

def run(
    code: str,
    *,
    inputs: Optional[Mapping[str, _Value]] = ...,
    functions: Optional[Mapping[str, Callable[..., Union[_Value, Awaitable[_Value]]]]] = ...,
    limits: Optional[Limits] = ...,
    backend: _Backend = ...,
    on_output: Optional[_OutputCallback] = ...,
    stdin: Optional[_StdinSource] = ...,
    mounts: Optional[Mapping[str, Union[str, os.PathLike[str], Mount]]] = ...,
) -> Result: ...
