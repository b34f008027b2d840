"""Weak references, as far as isola supports them: the VM counts references without a cycle
collector, so a weak reference here keeps its object alive (it never reports it dead). The
API is CPython's, so code that uses caches and registries of weak references runs."""

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs", "WeakKeyDictionary",
           "ReferenceType", "ProxyType", "CallableProxyType", "ProxyTypes",
           "WeakValueDictionary", "WeakSet", "WeakMethod", "finalize"]


class ref:
    __slots__ = ('_obj', '_callback', '__weakref__')

    def __init__(self, obj, callback=None):
        if type(obj) in (int, float, str, tuple, list, dict, bool, type(None), bytes):
            raise TypeError(f"cannot create weak reference to '{type(obj).__name__}' object")
        self._obj = obj
        self._callback = callback

    def __call__(self):
        return self._obj

    def __eq__(self, other):
        if isinstance(other, ref):
            return self._obj == other._obj
        return NotImplemented

    def __hash__(self):
        return hash(self._obj)

    def __repr__(self):
        return f'<weakref at {id(self):#x}; to {type(self._obj).__name__!r} at {id(self._obj):#x}>'

    @property
    def __callback__(self):
        return self._callback


ReferenceType = ref


class WeakMethod(ref):
    __slots__ = ()


def proxy(obj, callback=None):
    return obj


ProxyType = CallableProxyType = type(None)
ProxyTypes = (ProxyType, CallableProxyType)


def getweakrefcount(obj):
    return 0


def getweakrefs(obj):
    return []


class WeakValueDictionary(dict):
    def __repr__(self):
        return f'<WeakValueDictionary at {id(self):#x}>'

    def valuerefs(self):
        return [ref(v) for v in self.values()]

    def itervaluerefs(self):
        return iter(self.valuerefs())


class WeakKeyDictionary(dict):
    def __repr__(self):
        return f'<WeakKeyDictionary at {id(self):#x}>'

    def keyrefs(self):
        return [ref(k) for k in self.keys()]


class WeakSet(set):
    def __repr__(self):
        return f'<WeakSet at {id(self):#x}>'


class finalize:
    """A finalizer that runs when called (or at no point automatically, as objects here are
    not collected while the interpreter runs)."""

    def __init__(self, obj, func, /, *args, **kwargs):
        self._func = func
        self._args = args
        self._kwargs = kwargs
        self.atexit = True
        self._alive = True

    def __call__(self, _=None):
        if self._alive:
            self._alive = False
            return self._func(*self._args, **self._kwargs)

    def detach(self):
        if self._alive:
            self._alive = False
            return (None, self._func, self._args, self._kwargs)

    def peek(self):
        if self._alive:
            return (None, self._func, self._args, self._kwargs)

    @property
    def alive(self):
        return self._alive
