"""Names for built-in types, and helpers for creating classes (CPython's types module)."""

import sys


def _f():
    pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.__code__)
MappingProxyType = type(type.__dict__)
CellType = type((lambda x: lambda: x)(0).__closure__[0])


def _g():
    yield 1


GeneratorType = type(_g())


class _C:
    def _m(self):
        pass


MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
ModuleType = type(sys)
NoneType = type(None)
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)
del _f, _g, _C


# Built in Rust (sys.implementation is one); it takes keyword arguments only, as in 3.11.
SimpleNamespace = type(sys.implementation)


def new_class(name, bases=(), kwds=None, exec_body=None):
    resolved_bases = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved_bases, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved_bases is not bases:
        ns['__orig_bases__'] = bases
    return meta(name, resolved_bases, ns, **kwds)


def resolve_bases(bases):
    new_bases = list(bases)
    updated = False
    shift = 0
    for i, base in enumerate(bases):
        if isinstance(base, type):
            continue
        if not hasattr(base, "__mro_entries__"):
            continue
        new_base = base.__mro_entries__(bases)
        updated = True
        if not isinstance(new_base, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        new_bases[i + shift:i + shift + 1] = new_base
        shift += len(new_base) - 1
    if not updated:
        return bases
    return tuple(new_bases)


def prepare_class(name, bases=(), kwds=None):
    kwds = {} if kwds is None else dict(kwds)
    if 'metaclass' in kwds:
        meta = kwds.pop('metaclass')
    else:
        meta = type(bases[0]) if bases else type
    if isinstance(meta, type):
        winner = meta
        for base in bases:
            base_meta = type(base)
            if issubclass(winner, base_meta):
                continue
            if issubclass(base_meta, winner):
                winner = base_meta
                continue
            raise TypeError("metaclass conflict: the metaclass of a derived class must be "
                            "a (non-strict) subclass of the metaclasses of all its bases")
        meta = winner
    if hasattr(meta, '__prepare__'):
        ns = meta.__prepare__(name, bases, **kwds)
    else:
        ns = {}
    return meta, ns, kwds


class DynamicClassAttribute(property):
    """Route attribute access on a class to __getattr__ (an enum helper)."""

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if getattr(self, '__isabstractmethod__', False):
                return self
            raise AttributeError()
        return super().__get__(instance, ownerclass)


def coroutine(func):
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    return func


try:
    GenericAlias = type(list[int])
    UnionType = type(int | str)
except TypeError:
    def GenericAlias(origin, args):
        return origin


__all__ = [n for n in globals() if n[:1] != '_' and n != 'sys']


class _MemberDescriptor:
    # isola has no slot descriptor type of its own; nothing is an instance of this one.
    pass


MemberDescriptorType = _MemberDescriptor
GetSetDescriptorType = _MemberDescriptor
WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
MethodDescriptorType = type(str.join)
ClassMethodDescriptorType = type(dict.__dict__['fromkeys']) if 'fromkeys' in dict.__dict__ else type(str.join)
__all__ = [n for n in globals() if n[:1] != '_' and n != 'sys']
