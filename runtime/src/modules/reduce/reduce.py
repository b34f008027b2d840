# The Python half of `object.__reduce_ex__` and `object.__reduce__` (reduce.rs): how pickle
# and copy take apart an object whose class says nothing itself. Protocol 2 and above give
# copyreg.__newobj__ with the arguments __new__ needs, below 2 copyreg._reconstructor; the
# built-in types whose C code has a reduction of its own (range, set, bytearray...) are
# listed in `_builtin_reduce`.

import copyreg


def _builtin_base(cls):
    """The built-in type an instance of `cls` is laid out as (object for plain classes)."""
    for base in cls.__mro__:
        if base.__module__ == 'builtins':
            return base
    return object


def _mangled(klass, name):
    if name.startswith('__') and not name.endswith('__'):
        return '_%s%s' % (klass.__name__.lstrip('_'), name)
    return name


def _getstate(obj, proto):
    """What object.__getstate__ gives: the instance dict, and a dict of slot values."""
    getstate = getattr(obj, '__getstate__', None)
    if getstate is not None:
        return getstate()
    cls = type(obj)
    try:
        d = obj.__dict__
    except AttributeError:
        d = None
    state = d if d else None
    slots = {}
    has_slots = False
    for klass in cls.__mro__:
        names = klass.__dict__.get('__slots__', ())
        if isinstance(names, str):
            names = (names,)
        for name in names:
            has_slots = True
            if name in ('__dict__', '__weakref__'):
                continue
            name = _mangled(klass, name)
            try:
                slots[name] = getattr(obj, name)
            except AttributeError:
                pass
    if has_slots and proto < 2 and d is None:
        raise TypeError('a class that defines __slots__ without defining __getstate__ '
                        'cannot be pickled with protocol %d' % proto)
    if slots:
        state = (state, slots)
    return state


def _builtin_reduce(obj, base, proto):
    """The reduction of a built-in type with one of its own in CPython, or None."""
    cls = type(obj)
    if obj is Ellipsis or obj is NotImplemented:
        # Saved by name, as the singletons reduce to in CPython.
        return repr(obj)
    if cls.__name__ == 'builtin_function_or_method' and cls.__module__ == 'builtins':
        owner = getattr(obj, '__self__', None)
        if owner is None or type(owner).__name__ == 'module':
            return obj.__qualname__
        return (getattr, (owner, obj.__name__))
    if base is range:
        return (range, (obj.start, obj.stop, obj.step))
    if base is slice:
        return (slice, (obj.start, obj.stop, obj.step))
    if base is set or base is frozenset:
        return (cls, (list(obj),), _getstate(obj, proto))
    if base.__name__ == 'bytearray':
        if proto < 3:
            return (cls, (bytes(obj).decode('latin-1'), 'latin-1'), _getstate(obj, proto))
        return (cls, (bytes(obj),), _getstate(obj, proto))
    return None


def _newargs(obj, base):
    """The arguments __new__ needs to remake `obj`: its value, for the immutable built-ins."""
    if base is complex:
        return (obj.real, obj.imag)
    if base in (int, float, str, bytes, tuple, bool):
        return (base(obj),)
    return ()


def _reduce_newobj(obj, proto):
    cls = type(obj)
    kwargs = None
    getnewargs_ex = getattr(obj, '__getnewargs_ex__', None)
    if getnewargs_ex is not None:
        args, kwargs = getnewargs_ex()
        if not isinstance(args, tuple):
            raise TypeError('first item of the tuple returned by __getnewargs_ex__ must be '
                            'a tuple, not %s' % type(args).__name__)
        if not isinstance(kwargs, dict):
            raise TypeError('second item of the tuple returned by __getnewargs_ex__ must be '
                            'a dict, not %s' % type(kwargs).__name__)
    else:
        getnewargs = getattr(obj, '__getnewargs__', None)
        if getnewargs is not None:
            args = getnewargs()
            if not isinstance(args, tuple):
                raise TypeError('__getnewargs__ should return a tuple, not %s'
                                % type(args).__name__)
        else:
            args = _newargs(obj, _builtin_base(cls))
    state = _getstate(obj, proto)
    listitems = iter(obj) if isinstance(obj, list) else None
    dictitems = iter(obj.items()) if isinstance(obj, dict) else None
    if kwargs:
        return (copyreg.__newobj_ex__, (cls, args, kwargs), state, listitems, dictitems)
    return (copyreg.__newobj__, (cls,) + args, state, listitems, dictitems)


def _reduce_old(obj, proto):
    cls = type(obj)
    base = _builtin_base(cls)
    if base is object:
        value = None
    else:
        if base is cls:
            raise TypeError('cannot pickle %r object' % cls.__name__)
        value = base(obj)
    state = _getstate(obj, proto)
    if state:
        return (copyreg._reconstructor, (cls, base, value), state)
    return (copyreg._reconstructor, (cls, base, value))


def reduce_ex(obj, proto):
    cls = type(obj)
    own = getattr(cls, '__reduce__', None)
    if own is not None and own is not object.__reduce__:
        return obj.__reduce__()
    return reduce(obj, proto)


def reduce(obj, proto=0):
    if isinstance(obj, type):
        raise TypeError('cannot pickle %r object' % type(obj).__name__)
    special = _builtin_reduce(obj, _builtin_base(type(obj)), proto)
    if special is not None:
        return special
    if proto >= 2:
        return _reduce_newobj(obj, proto)
    return _reduce_old(obj, proto)
