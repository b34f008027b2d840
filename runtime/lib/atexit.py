"""Functions to call when the program ends: `isola run` (and an embedder's
`Interpreter::finish`) calls them last registered first, before `__main__` is emptied."""

import sys

_handlers = []


def register(func, /, *args, **kwargs):
    if not callable(func):
        raise TypeError("the first argument must be callable")
    _handlers.append((func, args, kwargs))
    return func


def unregister(func):
    _handlers[:] = [h for h in _handlers if h[0] != func]


def _clear():
    _handlers.clear()


def _ncallbacks():
    return len(_handlers)


def _run_exitfuncs():
    # The runtime runs them at the end of the program (`Interpreter::run_atexit`); this runs
    # them the same way, for programs that call it.
    while _handlers:
        func, args, kwargs = _handlers.pop()
        try:
            func(*args, **kwargs)
        except BaseException:
            print(f"Exception ignored in atexit callback: {func!r}", file=sys.stderr)
            import traceback
            traceback.print_exc()
