"""The garbage collector interface. Objects are freed by reference counting as soon as the
last reference goes; the cycle collector (the runtime's gc.rs) finds the cycles that reference
counting cannot free, in three generations, as CPython's does."""

import _gc

garbage = []
callbacks = []
_gc._set_callbacks(callbacks)

DEBUG_STATS = 1
DEBUG_COLLECTABLE = 2
DEBUG_UNCOLLECTABLE = 4
DEBUG_SAVEALL = 32
DEBUG_LEAK = 38

_debug = 0


def _index(value, name):
    if isinstance(value, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    try:
        return value.__index__()
    except AttributeError:
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer") from None


def collect(generation=2):
    generation = _index(generation, 'generation')
    if generation < 0 or generation > 2:
        raise ValueError('invalid generation')
    return _gc.collect(generation)


def enable():
    _gc.enable()


def disable():
    _gc.disable()


def isenabled():
    return _gc.isenabled()


def get_count():
    return _gc.get_count()


def get_threshold():
    return _gc.get_threshold()


def set_threshold(threshold0, threshold1=None, threshold2=None):
    t = [_index(threshold0, 'threshold0')]
    for extra in (threshold1, threshold2):
        if extra is None:
            break
        t.append(_index(extra, 'threshold'))
    _gc.set_threshold(*t)


def get_debug():
    return _debug


def set_debug(flags):
    global _debug
    _debug = _index(flags, 'flags')


def get_objects(generation=None):
    if generation is None:
        return _gc.get_objects(-1)
    generation = _index(generation, 'generation')
    if generation >= 3:
        raise ValueError(f"generation parameter must be less than the number of available generations (3)")
    if generation < 0:
        raise ValueError("generation parameter cannot be negative")
    return _gc.get_objects(generation)


def get_stats():
    return _gc.get_stats()


def get_referrers(*objs):
    found = []
    for o in _gc.get_objects(-1):
        refs = _gc.get_referents(o)
        if any(r is x for r in refs for x in objs):
            found.append(o)
    return found


def get_referents(*objs):
    return _gc.get_referents(*objs)


def is_tracked(obj):
    return _gc.is_tracked(obj)


def is_finalized(obj):
    return False


def freeze():
    _gc.freeze()


def unfreeze():
    _gc.unfreeze()


def get_freeze_count():
    return _gc.get_freeze_count()
