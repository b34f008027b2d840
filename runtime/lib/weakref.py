"""Weak references: objects that refer to another without keeping it alive. A weak reference
holds a handle of the runtime (`_weakref`), which answers None once its referent is gone and
calls the callback when it goes."""

import _weakref
from _collections_abc import MutableMapping, MutableSet

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs", "WeakKeyDictionary",
           "ReferenceType", "ProxyType", "CallableProxyType", "ProxyTypes",
           "WeakValueDictionary", "WeakSet", "WeakMethod", "finalize"]


class ref:
    __slots__ = ('_h', '_hash', '__weakref__')

    def __init__(self, ob, callback=None):
        self._h = _weakref.make(ob, callback, self)
        self._hash = None

    def __call__(self):
        return _weakref.get(self._h)

    @property
    def __callback__(self):
        return _weakref.callback(self._h)

    def __hash__(self):
        if self._hash is None:
            ob = self()
            if ob is None:
                raise TypeError("weak object has gone away")
            self._hash = hash(ob)
        return self._hash

    def __eq__(self, other):
        if not isinstance(other, ref):
            return NotImplemented
        a, b = self(), other()
        if a is None or b is None:
            return self is other
        return a == b

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __repr__(self):
        ob = self()
        if ob is None:
            return f'<weakref at {id(self):#x}; dead>'
        return f'<weakref at {id(self):#x}; to {type(ob).__name__!r} at {id(ob):#x}>'

    def __class_getitem__(cls, item):
        return cls


ReferenceType = ref


class WeakMethod(ref):
    """A weak reference to a bound method, alive while both its object and its function
    are."""

    __slots__ = ('_func_ref', '_meth_type', '_alive')

    def __init__(self, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError(f"argument should be a bound method, not {type(meth)}") from None

        def _cb(arg, self_ref=ref(self)):
            self = self_ref()
            if self is not None and self._alive:
                self._alive = False
                if callback is not None:
                    callback(self)

        super().__init__(obj, _cb)
        self._func_ref = ref(func, _cb)
        self._meth_type = type(meth)
        self._alive = True

    def __call__(self):
        obj = super().__call__()
        func = self._func_ref()
        if obj is None or func is None:
            return None
        return func.__get__(obj, type(obj))

    def __eq__(self, other):
        if isinstance(other, WeakMethod):
            if not self._alive or not other._alive:
                return self is other
            return ref.__eq__(self, other) and self._func_ref == other._func_ref
        return NotImplemented

    def __hash__(self):
        return hash((ref.__call__(self), self._func_ref()))


class KeyedRef(ref):
    """A weak reference that remembers a key, for WeakValueDictionary's callbacks."""

    __slots__ = ('key',)

    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)
        self.key = key


def getweakrefcount(obj):
    return _weakref.count(obj)


def getweakrefs(obj):
    return _weakref.refs(obj)


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


ProxyTypes = (ProxyType, CallableProxyType)


def proxy(ob, callback=None):
    if callable(ob):
        return CallableProxyType(ob, callback)
    return ProxyType(ob, callback)


class WeakValueDictionary(MutableMapping):
    """A mapping whose values are held weakly: an entry goes when its value does."""

    def __init__(self, other=(), /, **kw):
        def remove(wr, selfref=ref(self)):
            self = selfref()
            if self is not None and self.data.get(wr.key) is wr:
                del self.data[wr.key]
        self._remove = remove
        self.data = {}
        self.update(other, **kw)

    def __getitem__(self, key):
        o = self.data[key]()
        if o is None:
            raise KeyError(key)
        return o

    def __setitem__(self, key, value):
        self.data[key] = KeyedRef(value, self._remove, key)

    def __delitem__(self, key):
        del self.data[key]

    def __len__(self):
        return sum(1 for wr in list(self.data.values()) if wr() is not None)

    def __contains__(self, key):
        try:
            o = self.data[key]()
        except KeyError:
            return False
        return o is not None

    def __iter__(self):
        for k, wr in list(self.data.items()):
            if wr() is not None:
                yield k

    def __repr__(self):
        return f"<{self.__class__.__name__} at {id(self):#x}>"

    def copy(self):
        new = WeakValueDictionary()
        for key, wr in list(self.data.items()):
            o = wr()
            if o is not None:
                new[key] = o
        return new

    __copy__ = copy

    def get(self, key, default=None):
        try:
            wr = self.data[key]
        except KeyError:
            return default
        o = wr()
        return default if o is None else o

    def items(self):
        for k, wr in list(self.data.items()):
            v = wr()
            if v is not None:
                yield k, v

    def keys(self):
        return iter(self)

    def values(self):
        for wr in list(self.data.values()):
            o = wr()
            if o is not None:
                yield o

    def itervaluerefs(self):
        yield from list(self.data.values())

    def valuerefs(self):
        return list(self.data.values())

    def pop(self, key, *args):
        try:
            o = self.data.pop(key)()
        except KeyError:
            o = None
        if o is None:
            if args:
                return args[0]
            raise KeyError(key)
        return o

    def popitem(self):
        while True:
            key, wr = self.data.popitem()
            o = wr()
            if o is not None:
                return key, o

    def setdefault(self, key, default=None):
        try:
            o = self.data[key]()
        except KeyError:
            o = None
        if o is None:
            self[key] = default
            return default
        return o

    def update(self, other=None, /, **kwargs):
        if other is not None:
            if not hasattr(other, "items"):
                other = dict(other)
            for key, o in other.items():
                self[key] = o
        for key, o in kwargs.items():
            self[key] = o


class WeakKeyDictionary(MutableMapping):
    """A mapping whose keys are held weakly: an entry goes when its key does."""

    def __init__(self, dict=None):
        def remove(k, selfref=ref(self)):
            self = selfref()
            if self is not None:
                self.data.pop(k, None)
        self._remove = remove
        self.data = {}
        if dict is not None:
            self.update(dict)

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __len__(self):
        return sum(1 for wr in list(self.data) if wr() is not None)

    def __repr__(self):
        return f"<{self.__class__.__name__} at {id(self):#x}>"

    def __setitem__(self, key, value):
        self.data[ref(key, self._remove)] = value

    def copy(self):
        new = WeakKeyDictionary()
        for key, value in list(self.data.items()):
            o = key()
            if o is not None:
                new[o] = value
        return new

    __copy__ = copy

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def items(self):
        for wr, value in list(self.data.items()):
            key = wr()
            if key is not None:
                yield key, value

    def keys(self):
        for wr in list(self.data):
            obj = wr()
            if obj is not None:
                yield obj

    __iter__ = keys

    def values(self):
        for wr, value in list(self.data.items()):
            if wr() is not None:
                yield value

    def keyrefs(self):
        return list(self.data)

    def popitem(self):
        while True:
            key, value = self.data.popitem()
            o = key()
            if o is not None:
                return o, value

    def pop(self, key, *args):
        return self.data.pop(ref(key), *args)

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._remove), default)

    def update(self, dict=None, /, **kwargs):
        if dict is not None:
            if not hasattr(dict, "items"):
                dict = type({})(dict)
            for key, value in dict.items():
                self[key] = value
        if kwargs:
            self.update(kwargs)


class WeakSet(MutableSet):
    """A set whose elements are held weakly: an element goes when nothing else holds it."""

    def __init__(self, data=None):
        self.data = set()

        def _remove(item, selfref=ref(self)):
            self = selfref()
            if self is not None:
                self.data.discard(item)
        self._remove = _remove
        if data is not None:
            self.update(data)

    def __iter__(self):
        for itemref in list(self.data):
            item = itemref()
            if item is not None:
                yield item

    def __len__(self):
        return sum(1 for r in list(self.data) if r() is not None)

    def __contains__(self, item):
        try:
            wr = ref(item)
        except TypeError:
            return False
        return wr in self.data

    def __repr__(self):
        return f"{self.__class__.__name__}({list(self)!r})"

    def add(self, item):
        self.data.add(ref(item, self._remove))

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def pop(self):
        while True:
            try:
                itemref = self.data.pop()
            except KeyError:
                raise KeyError('pop from empty WeakSet') from None
            item = itemref()
            if item is not None:
                return item

    def remove(self, item):
        self.data.remove(ref(item))

    def discard(self, item):
        self.data.discard(ref(item))

    def update(self, other):
        for element in other:
            self.add(element)

    def __ior__(self, other):
        self.update(other)
        return self

    def difference(self, other):
        return self.__class__(item for item in self if item not in other)

    __sub__ = difference

    def intersection(self, other):
        return self.__class__(item for item in other if item in self)

    __and__ = intersection

    def union(self, other):
        return self.__class__(list(self) + list(other))

    __or__ = union

    def issubset(self, other):
        return all(item in other for item in self)

    __le__ = issubset

    def issuperset(self, other):
        return all(item in self for item in other)

    __ge__ = issuperset

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return set(self) == set(other)


class finalize:
    """Calls `func(*args, **kwargs)` when `obj` is collected, unless called or detached
    before."""

    _registry = {}
    _index = 0
    _registered_with_atexit = False

    class _Info:
        __slots__ = ("weakref", "func", "args", "kwargs", "atexit", "index")

    def __init__(self, obj, func, /, *args, **kwargs):
        info = self._Info()
        info.weakref = ref(obj, self)
        info.func = func
        info.args = args
        info.kwargs = kwargs or None
        info.atexit = True
        finalize._index += 1
        info.index = finalize._index
        self._registry[self] = info
        if not finalize._registered_with_atexit:
            import atexit
            atexit.register(self._exitfunc)
            finalize._registered_with_atexit = True

    def __call__(self, _=None):
        info = self._registry.pop(self, None)
        if info:
            return info.func(*info.args, **(info.kwargs or {}))

    def detach(self):
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None and self._registry.pop(self, None):
            return (obj, info.func, info.args, info.kwargs or {})

    def peek(self):
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None:
            return (obj, info.func, info.args, info.kwargs or {})

    @property
    def alive(self):
        return self in self._registry

    @property
    def atexit(self):
        info = self._registry.get(self)
        return bool(info) and info.atexit

    @atexit.setter
    def atexit(self, value):
        info = self._registry.get(self)
        if info:
            info.atexit = bool(value)

    @classmethod
    def _exitfunc(cls):
        # At exit, the finalizers still alive whose atexit is true run, oldest first.
        pending = sorted((info.index, f) for f, info in list(cls._registry.items())
                         if info.atexit)
        for _, f in pending:
            f()

    def __repr__(self):
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is None:
            return f'<{type(self).__name__} object at {id(self):#x}; dead>'
        return (f'<{type(self).__name__} object at {id(self):#x}; '
                f'for {type(obj).__name__!r} at {id(obj):#x}>')
