# mypy: ignore-errors
# (Not a module of the host: it runs inside interpreters, after _codec.py.)
"""The interpreter's half of the module ``isola_host``, which each interpreter imports.

It is not imported on the host: the package joins ``_codec.py``, this file and one wrapper per
host function into the source of ``isola_host`` (see ``Runtime.__init__``). The host reaches
``_bind``, ``_eval`` and ``_invoke`` through ``Interpreter.call`` of the Rust API; programs call
host functions through ``call`` or the wrappers, which ``from isola_host import ...`` puts in
``__main__``.
"""

import interpreters as _interpreters
import sys as _sys


def _unshareable(value):
    # A queue crosses as itself; anything else goes back by its type's name, and the host
    # raises TypeError for it.
    if isinstance(value, _interpreters.Queue):
        return value
    return (OPAQUE, type(value).__qualname__)  # noqa: F821 (defined by _codec.py above)


def _refuse(value):
    if isinstance(value, _interpreters.Queue):
        return value
    raise TypeError(
        "a " + type(value).__name__ + " cannot be passed to a host function: only None, bool, "
        "int, float, str, bytes, tuples, lists, dicts and sets of these, and queues can"
    )


def _no_opaque(type_name):
    raise TypeError("a " + type_name + " cannot cross into the interpreter")


def _globals():
    return _sys.modules["__main__"].__dict__


def _bind(names):
    _globals().update(decode(names, _no_opaque))  # noqa: F821


def _eval(source, line):
    # The leading newlines keep the expression's line number in tracebacks.
    code = compile("\n" * (line - 1) + source, "<string>", "eval")
    return encode(eval(code, _globals()), _unshareable)  # noqa: F821


def _invoke(name, args, kwargs):
    parts = name.split(".")
    scope = _globals()
    if parts[0] not in scope:
        raise NameError("name '" + parts[0] + "' is not defined")
    function = scope[parts[0]]
    for part in parts[1:]:
        function = getattr(function, part)
    result = function(*decode(args, _no_opaque), **decode(kwargs, _no_opaque))  # noqa: F821
    return encode(result, _unshareable)  # noqa: F821


def call(*args, **kwargs):
    """call(name, *args, **kwargs): call the host function ``name`` and return its result.

    Arguments and result cross as copies (lists, dicts and sets too); an exception in the host
    function is raised here as RuntimeError, with its type and message.
    """
    if not args:
        raise TypeError("call() needs the host function's name")
    encoded = encode((args[1:], kwargs), _refuse)  # noqa: F821
    result = _interpreters.call_host(
        "__isola_call", args[0], _interpreters.get_current().id, encoded
    )
    return decode(result, _no_opaque)  # noqa: F821
