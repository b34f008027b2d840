"""The exceptions of the isola package; the extension module raises them by name."""

from typing import Optional

__all__ = [
    "Error",
    "ExecutionFailed",
    "LimitExceeded",
    "InterpreterCrashed",
    "InterpreterError",
]


class Error(Exception):
    """Base of every isola exception. Raised as itself when a backend cannot be set up."""


class ExecutionFailed(Error):
    """The code raised an exception it did not catch (SyntaxError and SystemExit included).

    ``type_name`` and ``message`` are the remote exception's type name and message,
    ``traceback`` the text CPython would print for it (empty for SystemExit), and ``exit_code``
    the status of a SystemExit (None for anything else). The interpreter stays usable, its
    globals intact.
    """

    def __init__(
        self,
        type_name: str,
        message: str,
        traceback: str,
        exit_code: Optional[int] = None,
    ) -> None:
        super().__init__(f"{type_name}: {message}" if message else type_name)
        self.type_name = type_name
        self.message = message
        self.traceback = traceback
        self.exit_code = exit_code
        self.stdout = ""
        self.stderr = ""

    def __reduce__(self):  # type: ignore[override]
        return (
            type(self),
            (self.type_name, self.message, self.traceback, self.exit_code),
        )


class LimitExceeded(Error):
    """A limit ended the run; the code could not catch it.

    ``kind`` names the limit as the ``Limits`` field does: "instructions", "memory", "output"
    or "timeout"; ``detail`` says more. The interpreter stays usable, its globals intact (the
    instruction and output limits count across calls, so a spent one stays spent).
    """

    def __init__(self, kind: str, detail: str) -> None:
        super().__init__(f"{kind} limit exceeded: {detail}")
        self.kind = kind
        self.detail = detail
        self.stdout = ""
        self.stderr = ""

    def __reduce__(self):  # type: ignore[override]
        return (type(self), (self.kind, self.detail))


class InterpreterCrashed(Error):
    """The interpreter itself broke (a wasm trap such as its memory wall, or a panic).

    Its instance was thrown away: the next call on the same Interpreter runs in a fresh one,
    without the old globals.
    """


class InterpreterError(Error):
    """The interpreter or runtime refused the call: it is closed, or a runtime-wide limit (such
    as the number of interpreters) is reached."""
