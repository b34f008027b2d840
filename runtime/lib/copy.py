"""Generic (shallow and deep) copying operations, after CPython's copy module: __copy__,
__deepcopy__, __reduce_ex__/__reduce__, __getstate__/__setstate__, and a memo for cycles."""

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error


def _f():
    pass


_atomic = {type(None), int, float, bool, complex, str, bytes, type, range, slice, property,
           type(len), type(_f), type(Ellipsis), type(NotImplemented), frozenset}
del _f
_has_reduce = ('__reduce_ex__', '__reduce__')


def _own_reduce(cls):
    # A __reduce__ written in Python by the class (or a base) rather than object's default.
    for klass in cls.__mro__:
        if klass is object:
            return None
        for name in _has_reduce:
            if name in klass.__dict__:
                return name
    return None


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if cls in _atomic or cls is tuple:
        return x
    if cls is list:
        return x[:]
    if cls in (dict, set):
        return x.copy()
    if cls.__name__ == 'bytearray' and cls.__module__ == 'builtins':
        return cls(x)
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    if issubclass(cls, type):
        return x
    name = _own_reduce(cls)
    if name is not None:
        rv = getattr(x, name)(4) if name == '__reduce_ex__' else x.__reduce__()
        if isinstance(rv, str):
            return x
        return _reconstruct(x, None, *rv)
    return _copy_instance(x, cls, None)


def _new_like(x, cls, memo):
    if isinstance(x, tuple):
        args = x.__getnewargs__() if hasattr(x, '__getnewargs__') else tuple(x)
        if memo is not None:
            args = deepcopy(args, memo)
        return cls.__new__(cls, *args)
    if hasattr(x, '__getnewargs__'):
        args = x.__getnewargs__()
        if memo is not None:
            args = deepcopy(args, memo)
        return cls.__new__(cls, *args)
    if isinstance(x, (int, float, str, bytes, frozenset)):
        return cls.__new__(cls, x)
    return cls.__new__(cls)


def _copy_instance(x, cls, memo):
    y = _new_like(x, cls, memo)
    if memo is not None:
        memo[id(x)] = y
    if isinstance(x, list):
        y.extend(x if memo is None else [deepcopy(v, memo) for v in x])
    elif isinstance(x, dict):
        for k, v in x.items():
            y[k if memo is None else deepcopy(k, memo)] = v if memo is None else deepcopy(v, memo)
    elif isinstance(x, set):
        y.update(x if memo is None else [deepcopy(v, memo) for v in x])
    if hasattr(x, '__getstate__') and type(x).__getstate__ is not getattr(object, '__getstate__', None):
        state = x.__getstate__()
    else:
        state = getattr(x, '__dict__', None)
        slots = {}
        for klass in cls.__mro__:
            for name in klass.__dict__.get('__slots__', ()):
                if name not in ('__dict__', '__weakref__') and hasattr(x, name):
                    slots[name] = getattr(x, name)
        if slots:
            state = (state, slots)
    if state:
        if memo is not None:
            state = deepcopy(state, memo)
        _set_state(y, state)
    return y


def _set_state(y, state):
    if hasattr(y, '__setstate__'):
        y.__setstate__(state)
        return
    slotstate = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slotstate = state
    if state:
        y.__dict__.update(state)
    if slotstate:
        for key, value in slotstate.items():
            setattr(y, key, value)


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _atomic:
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is tuple:
        y = [deepcopy(a, memo) for a in x]
        try:
            return memo[d]
        except KeyError:
            pass
        for k, j in zip(x, y):
            if k is not j:
                y = tuple(y)
                break
        else:
            y = x
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is set:
        y = {deepcopy(a, memo) for a in x}
    elif cls.__name__ == 'bytearray' and cls.__module__ == 'builtins':
        y = cls(x)
    elif issubclass(cls, type):
        y = x
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            name = _own_reduce(cls)
            if name is not None:
                rv = getattr(x, name)(4) if name == '__reduce_ex__' else x.__reduce__()
                y = x if isinstance(rv, str) else _reconstruct(x, memo, *rv)
            elif cls.__name__ == 'method' and hasattr(x, '__self__'):
                y = type(x)(x.__func__, deepcopy(x.__self__, memo))
            else:
                y = _copy_instance(x, cls, memo)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        _set_state(y, state)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
            y[key] = value
    return y
