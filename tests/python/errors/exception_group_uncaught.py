# An uncaught exception group is drawn as nested boxes, with chained context above it.
def f():
    raise ValueError("inner")
try:
    f()
except ValueError as e:
    v = e
try:
    raise KeyError("ctx")
except KeyError:
    raise ExceptionGroup("outer", [v, TypeError(2), ExceptionGroup("nested", [OSError("os")])])
