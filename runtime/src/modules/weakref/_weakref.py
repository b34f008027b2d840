# The Python half of `_weakref`: the reference and proxy types over the runtime's weak
# reference handles (`_make`, `_get`, `_callback`, `_count` and `_refs`, from weakref.rs), under
# the names CPython's C module has, for CPython's own weakref.py and _weakrefset.py.

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs", "ReferenceType", "ProxyType",
           "CallableProxyType"]


class ReferenceType:
    """A weak reference: calling it gives its referent, or None once the referent is gone."""

    __slots__ = ('_h', '_hash')

    def __new__(cls, ob, callback=None, /, *args, **kwargs):
        if args:
            raise TypeError(f"__new__ expected at most 2 arguments, got {2 + len(args)}")
        if callback is None and cls is ReferenceType:
            # A plain reference is shared, as CPython's is: ref(x) is ref(x).
            for r in _refs(ob):
                if type(r) is ReferenceType and _callback(r._h) is None:
                    return r
        self = object.__new__(cls)
        self._hash = None
        self._h = _make(ob, callback, self)
        return self

    def __init__(self, ob, callback=None, /, *args, **kwargs):
        if args:
            raise TypeError(f"__init__ expected at most 2 arguments, got {2 + len(args)}")

    def __call__(self):
        return _get(self._h)

    @property
    def __callback__(self):
        return _callback(self._h)

    def __hash__(self):
        h = self._hash
        if h is None:
            ob = _get(self._h)
            if ob is None:
                raise TypeError("weak object has gone away")
            h = self._hash = hash(ob)
        return h

    def __eq__(self, other):
        if not isinstance(other, ReferenceType):
            return NotImplemented
        a, b = _get(self._h), _get(other._h)
        if a is None or b is None:
            return self is other
        return a == b

    def __ne__(self, other):
        if not isinstance(other, ReferenceType):
            return NotImplemented
        a, b = _get(self._h), _get(other._h)
        if a is None or b is None:
            return self is not other
        return a != b

    def __repr__(self):
        ob = _get(self._h)
        if ob is None:
            return f'<weakref at {id(self):#x}; dead>'
        text = f'<weakref at {id(self):#x}; to {type(ob).__name__!r} at {id(ob):#x}'
        try:
            name = ob.__name__
        except Exception:
            name = None
        if isinstance(name, str):
            text += f' ({name})'
        return text + '>'

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


ReferenceType.__module__ = 'weakref'
ref = ReferenceType


def getweakrefcount(obj):
    """The number of weak references and proxies to `obj`."""
    return _count(obj)


def getweakrefs(obj):
    """The weak references and proxies to `obj`."""
    return _refs(obj)


def _remove_dead_weakref(d, key):
    """Deletes `d[key]` if it is a weak reference whose referent is gone."""
    try:
        wr = d[key]
    except KeyError:
        return
    if not isinstance(wr, ReferenceType):
        raise TypeError("not a weakref")
    if wr() is None:
        try:
            del d[key]
        except KeyError:
            pass


def _gone():
    raise ReferenceError("weakly-referenced object no longer exists")


class ProxyType:
    """A proxy: uses of it act on the referent while it lives."""

    __slots__ = ('_ref',)

    def __init__(self, ob, callback=None):
        object.__setattr__(self, '_ref', ref(ob, None if callback is None
                                             else (lambda r, p=ref(self): callback(p()))))

    def _get(self):
        ob = object.__getattribute__(self, '_ref')()
        if ob is None:
            _gone()
        return ob

    def __getattr__(self, name):
        return getattr(ProxyType._get(self), name)

    def __setattr__(self, name, value):
        setattr(ProxyType._get(self), name, value)

    def __delattr__(self, name):
        delattr(ProxyType._get(self), name)

    def __repr__(self):
        ob = object.__getattribute__(self, '_ref')()
        return f'<weakproxy at {id(self):#x}; to {type(ob).__name__!r} at {id(ob):#x}>' \
            if ob is not None else f'<weakproxy at {id(self):#x}; dead>'

    def __str__(self):
        return str(ProxyType._get(self))

    def __bool__(self):
        return bool(ProxyType._get(self))

    def __len__(self):
        return len(ProxyType._get(self))

    def __iter__(self):
        return iter(ProxyType._get(self))

    def __contains__(self, item):
        return item in ProxyType._get(self)

    def __getitem__(self, key):
        return ProxyType._get(self)[key]

    def __setitem__(self, key, value):
        ProxyType._get(self)[key] = value

    def __delitem__(self, key):
        del ProxyType._get(self)[key]

    def __eq__(self, other):
        return ProxyType._get(self) == other

    def __ne__(self, other):
        return ProxyType._get(self) != other

    def __lt__(self, other):
        return ProxyType._get(self) < other

    def __le__(self, other):
        return ProxyType._get(self) <= other

    def __gt__(self, other):
        return ProxyType._get(self) > other

    def __ge__(self, other):
        return ProxyType._get(self) >= other

    def __add__(self, other):
        return ProxyType._get(self) + other

    def __sub__(self, other):
        return ProxyType._get(self) - other

    def __mul__(self, other):
        return ProxyType._get(self) * other

    __hash__ = None


class CallableProxyType(ProxyType):
    __slots__ = ()

    def __call__(self, *args, **kwargs):
        return ProxyType._get(self)(*args, **kwargs)


ProxyType.__module__ = 'weakref'
CallableProxyType.__module__ = 'weakref'


def proxy(ob, callback=None):
    """A proxy to `ob`: uses of it act on `ob` while it lives, and raise ReferenceError after."""
    if callable(ob):
        return CallableProxyType(ob, callback)
    return ProxyType(ob, callback)
