"""Support for type hints: enough of CPython's typing module to import, annotate and inspect
(subscripted aliases with __origin__/__args__, TypeVar, Generic, Protocol, NamedTuple,
TypedDict, get_type_hints). Nothing here checks types at run time, as in CPython."""

import collections
import collections.abc
import functools
import sys

TYPE_CHECKING = False


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if obj is type(None) or obj is None:
        return 'None'
    if isinstance(obj, (list, tuple)):
        return '[' + ', '.join(_type_repr(a) for a in obj) + ']'
    if type(obj).__name__ == 'function':
        return obj.__name__
    return repr(obj)


def _type_check(arg):
    if arg is None:
        return type(None)
    if isinstance(arg, str):
        return ForwardRef(arg)
    return arg


class ForwardRef:
    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        self.__forward_arg__ = arg
        self.__forward_module__ = module

    def __eq__(self, other):
        return isinstance(other, ForwardRef) and self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash(self.__forward_arg__)

    def __repr__(self):
        return f'ForwardRef({self.__forward_arg__!r})'

    def _evaluate(self, globalns, localns, recursive_guard=frozenset()):
        return eval(self.__forward_arg__, globalns, localns)


class _Final:
    __slots__ = ()


class _GenericAlias(_Final):
    """A subscripted type such as List[int]: calling it makes an instance of its origin."""

    def __init__(self, origin, args, name=None, inst=True):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = tuple(... if a is ... else _type_check(a) for a in args)
        self._name = name
        self._inst = inst
        self.__parameters__ = tuple(a for a in self.__args__ if isinstance(a, TypeVar))

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f'Type {self._name} cannot be instantiated; use '
                            f'{self.__origin__.__name__}() instead')
        return self.__origin__(*args, **kwargs)

    def __getitem__(self, params):
        return _GenericAlias(self.__origin__, params, self._name, self._inst)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __instancecheck__(self, obj):
        raise TypeError('Subscripted generics cannot be used with class and instance checks')

    def __subclasscheck__(self, cls):
        raise TypeError('Subscripted generics cannot be used with class and instance checks')

    def __getattr__(self, attr):
        if attr.startswith('__') and attr.endswith('__'):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __repr__(self):
        name = self._name or _type_repr(self.__origin__)
        cargs = self.__dict__.get('_callable_args')
        if cargs is not None or '_callable_args' in self.__dict__:
            params = '...' if cargs is ... else _type_repr(list(self.__args__[:-1]))
            return f'{name}[{params}, {_type_repr(self.__args__[-1])}]'
        if self.__args__ == ((),):
            return f'{name}[()]'
        return f"{name}[{', '.join(_type_repr(a) for a in self.__args__)}]"


class _SpecialForm(_Final):
    def __init__(self, name, getitem):
        self._name = name
        self._getitem = getitem

    def __repr__(self):
        return 'typing.' + self._name

    def __call__(self, *args, **kwds):
        raise TypeError(f'Cannot instantiate {self!r}')

    def __getitem__(self, parameters):
        return self._getitem(self, parameters)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class _UnionGenericAlias(_GenericAlias):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and type(None) in args:
            other = args[0] if args[1] is type(None) else args[1]
            return f'typing.Optional[{_type_repr(other)}]'
        return f"typing.Union[{', '.join(_type_repr(a) for a in args)}]"

    def __eq__(self, other):
        if not isinstance(other, _UnionGenericAlias):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))


def _union(self, parameters):
    if parameters == ():
        raise TypeError('Cannot take a Union of no types.')
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    flat = []
    for p in parameters:
        p = _type_check(p)
        if isinstance(p, _UnionGenericAlias) or type(p).__name__ == 'UnionType':
            items = p.__args__
        else:
            items = (p,)
        for item in items:
            if item not in flat:
                flat.append(item)
    if len(flat) == 1:
        return flat[0]
    return _UnionGenericAlias(self, tuple(flat), 'typing.Union')


def _optional(self, parameters):
    return Union[parameters, None]


def _single(self, parameters):
    return _GenericAlias(self, parameters, 'typing.' + self._name, inst=False)


def _literal(self, parameters):
    alias = _GenericAlias(self, (), 'typing.Literal', inst=False)
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    alias.__args__ = parameters
    return alias


Any = _SpecialForm('Any', _single)
NoReturn = _SpecialForm('NoReturn', _single)
Never = _SpecialForm('Never', _single)
Self = _SpecialForm('Self', _single)
LiteralString = _SpecialForm('LiteralString', _single)
TypeAlias = _SpecialForm('TypeAlias', _single)
ClassVar = _SpecialForm('ClassVar', _single)
Final = _SpecialForm('Final', _single)
Required = _SpecialForm('Required', _single)
NotRequired = _SpecialForm('NotRequired', _single)
TypeGuard = _SpecialForm('TypeGuard', _single)
Concatenate = _SpecialForm('Concatenate', _single)
Union = _SpecialForm('Union', _union)
Optional = _SpecialForm('Optional', _optional)
Literal = _SpecialForm('Literal', _literal)


def _annotated(self, params):
    if not isinstance(params, tuple) or len(params) < 2:
        raise TypeError('Annotated[...] should be used with at least two arguments '
                        '(a type and an annotation).')
    alias = _GenericAlias(params[0], (params[0],), 'typing.Annotated')
    alias.__metadata__ = params[1:]
    return alias


Annotated = _SpecialForm('Annotated', _annotated)


class TypeVar(_Final):
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = _type_check(bound) if bound is not None else None
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __repr__(self):
        prefix = '+' if self.__covariant__ else '-' if self.__contravariant__ else '~'
        return prefix + self.__name__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class ParamSpec(TypeVar):
    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        super().__init__(name, bound=bound, covariant=covariant, contravariant=contravariant)
        self.args = object()
        self.kwargs = object()


class TypeVarTuple(_Final):
    def __init__(self, name):
        self.__name__ = name

    def __repr__(self):
        return self.__name__


AnyStr = TypeVar('AnyStr', bytes, str)
T = TypeVar('T')
KT = TypeVar('KT')
VT = TypeVar('VT')
T_co = TypeVar('T_co', covariant=True)
V_co = TypeVar('V_co', covariant=True)
VT_co = TypeVar('VT_co', covariant=True)
T_contra = TypeVar('T_contra', contravariant=True)
CT_co = TypeVar('CT_co', covariant=True, bound=type)


class _SpecialGenericAlias(_GenericAlias):
    """An unsubscripted alias like typing.List: subscripting gives List[int]."""

    def __init__(self, origin, nparams, name, inst=True):
        super().__init__(origin, (), name, inst)
        self.__args__ = ()
        self._nparams = nparams

    def __getitem__(self, params):
        return _GenericAlias(self.__origin__, params, self._name, self._inst)

    def __repr__(self):
        return self._name

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__origin__)

    def __subclasscheck__(self, cls):
        return issubclass(cls, self.__origin__)


def _alias(origin, nparams, name=None, inst=True):
    return _SpecialGenericAlias(origin, nparams, 'typing.' + (name or origin.__name__), inst)


_abc = collections.abc
Hashable = _alias(_abc.Hashable, 0)
Awaitable = _alias(_abc.Awaitable, 1)
Coroutine = _alias(_abc.Coroutine, 3)
AsyncIterable = _alias(_abc.AsyncIterable, 1)
AsyncIterator = _alias(_abc.AsyncIterator, 1)
Iterable = _alias(_abc.Iterable, 1)
Iterator = _alias(_abc.Iterator, 1)
Reversible = _alias(_abc.Reversible, 1)
Sized = _alias(_abc.Sized, 0)
Container = _alias(_abc.Container, 1)
Collection = _alias(_abc.Collection, 1)
Callable = _alias(_abc.Callable, 2)
AbstractSet = _alias(_abc.Set, 1, 'AbstractSet')
MutableSet = _alias(_abc.MutableSet, 1)
Mapping = _alias(_abc.Mapping, 2)
MutableMapping = _alias(_abc.MutableMapping, 2)
Sequence = _alias(_abc.Sequence, 1)
MutableSequence = _alias(_abc.MutableSequence, 1)
ByteString = _alias(_abc.ByteString, 0)
Tuple = _alias(tuple, -1, 'Tuple', inst=False)
List = _alias(list, 1, 'List', inst=False)
Deque = _alias(collections.deque, 1, 'Deque')
Set = _alias(set, 1, 'Set', inst=False)
FrozenSet = _alias(frozenset, 1, 'FrozenSet', inst=False)
MappingView = _alias(_abc.MappingView, 1)
KeysView = _alias(_abc.KeysView, 1)
ItemsView = _alias(_abc.ItemsView, 2)
ValuesView = _alias(_abc.ValuesView, 1)
Dict = _alias(dict, 2, 'Dict', inst=False)
DefaultDict = _alias(collections.defaultdict, 2, 'DefaultDict')
OrderedDict = _alias(collections.OrderedDict, 2)
Counter = _alias(collections.Counter, 1)
ChainMap = _alias(collections.ChainMap, 2)
Generator = _alias(_abc.Generator, 3)
AsyncGenerator = _alias(_abc.AsyncGenerator, 2)
Type = _alias(type, 1, 'Type', inst=False)
Text = str


class _CallableAlias(_SpecialGenericAlias):
    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError('Callable must be used as Callable[[arg, ...], result].')
        args, result = params
        alias = _GenericAlias(self.__origin__, (), self._name)
        if isinstance(args, list):
            alias.__args__ = tuple(_type_check(a) for a in args) + (_type_check(result),)
        else:
            alias.__args__ = (args, _type_check(result))
        alias._callable_args = args
        return alias


Callable = _CallableAlias(_abc.Callable, 2, 'typing.Callable')


class Generic:
    """Abstract base class for generic types: Generic[T] as a base gives the class itself."""
    __slots__ = ()
    _is_protocol = False

    def __class_getitem__(cls, params):
        return cls

    @classmethod
    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)


# Names in a protocol class's namespace that are bookkeeping, not members it asks for.
_PROTO_SKIP = frozenset({
    '__module__', '__qualname__', '__doc__', '__dict__', '__weakref__', '__slots__',
    '__annotations__', '__init__', '__new__', '__init_subclass__', '__subclasshook__',
    '__class_getitem__', '__abstractmethods__', '__parameters__', '__orig_bases__',
    '__args__', '__origin__', '_is_protocol', '_is_runtime_protocol',
})


def _protocol_members(cls):
    """The attribute names a protocol class requires, from every protocol in its MRO."""
    members = set()
    for base in cls.__mro__:
        if base in (Protocol, Generic, object):
            continue
        if not base.__dict__.get('_is_protocol', False):
            continue
        for name in list(base.__dict__) + list(base.__dict__.get('__annotations__', {})):
            if name in _PROTO_SKIP or name.startswith('_abc_'):
                continue
            members.add(name)
    return members


def _only_methods(cls):
    return all(callable(getattr(cls, name, None)) for name in _protocol_members(cls))


def _check_runtime(cls):
    if not cls.__dict__.get('_is_runtime_protocol', False):
        raise TypeError('Instance and class checks can only be used with'
                        ' @runtime_checkable protocols')


class _ProtocolMeta(type(collections.abc.Iterable)):
    """Structural isinstance()/issubclass() for @runtime_checkable protocol classes."""

    def __instancecheck__(cls, instance):
        if not cls.__dict__.get('_is_protocol', False):
            return super().__instancecheck__(instance)
        _check_runtime(cls)
        if cls in type(instance).__mro__:
            return True
        for name in _protocol_members(cls):
            if not hasattr(instance, name):
                return False
            # A method can be switched off by setting it to None.
            if callable(getattr(cls, name, None)) and getattr(instance, name) is None:
                return False
        return True

    def __subclasscheck__(cls, other):
        if not cls.__dict__.get('_is_protocol', False):
            return super().__subclasscheck__(other)
        _check_runtime(cls)
        if not isinstance(other, type):
            raise TypeError('issubclass() arg 1 must be a class')
        if not _only_methods(cls):
            raise TypeError("Protocols with non-method members don't support issubclass()")
        if cls in other.__mro__:
            return True
        for name in _protocol_members(cls):
            for base in other.__mro__:
                if name in base.__dict__:
                    if base.__dict__[name] is None:
                        return False
                    break
            else:
                return False
        return True


class Protocol(Generic, metaclass=_ProtocolMeta):
    __slots__ = ()
    _is_protocol = True

    @classmethod
    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get('_is_protocol', False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)
        if cls._is_protocol and '__init__' not in cls.__dict__:
            cls.__init__ = _protocol_init

    def __new__(cls, *args, **kwargs):
        if cls.__dict__.get('_is_protocol', False):
            raise TypeError('Protocols cannot be instantiated')
        return super().__new__(cls)


def _protocol_init(self, *args, **kwargs):
    if type(self).__dict__.get('_is_protocol', False):
        raise TypeError('Protocols cannot be instantiated')


def runtime_checkable(cls):
    if not (isinstance(cls, type) and issubclass(cls, Generic)
            and cls.__dict__.get('_is_protocol', False)):
        raise TypeError('@runtime_checkable can be only applied to protocol classes,'
                        ' got %r' % cls)
    cls._is_runtime_protocol = True
    return cls


@runtime_checkable
class SupportsInt(Protocol):
    __slots__ = ()

    def __int__(self) -> int:
        pass


@runtime_checkable
class SupportsFloat(Protocol):
    __slots__ = ()

    def __float__(self) -> float:
        pass


@runtime_checkable
class SupportsIndex(Protocol):
    __slots__ = ()

    def __index__(self) -> int:
        pass


@runtime_checkable
class SupportsAbs(Protocol):
    __slots__ = ()

    def __abs__(self):
        pass


@runtime_checkable
class SupportsRound(Protocol):
    __slots__ = ()

    def __round__(self, ndigits=0):
        pass


@runtime_checkable
class SupportsBytes(Protocol):
    __slots__ = ()

    def __bytes__(self) -> bytes:
        pass


@runtime_checkable
class SupportsComplex(Protocol):
    __slots__ = ()

    def __complex__(self) -> complex:
        pass


def cast(typ, val):
    return val


def assert_type(val, typ, /):
    return val


def assert_never(arg, /):
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + '...'
    raise AssertionError(f'Expected code to be unreachable, but got: {value}')


def reveal_type(obj, /):
    print(f'Runtime type is {type(obj).__name__!r}', file=sys.stderr)
    return obj


def overload(func):
    def _overload_dummy(*args, **kwds):
        raise NotImplementedError(
            'You should not call an overloaded function. A series of @overload-decorated '
            'functions outside a stub module should always be followed by an implementation '
            'that is not @overload-ed.')
    return _overload_dummy


def get_overloads(func):
    return []


def clear_overloads():
    pass


def final(f):
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    return arg


def no_type_check_decorator(decorator):
    return decorator


def dataclass_transform(**kwargs):
    def decorator(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = kwargs
        return cls_or_fn
    return decorator


def _native_alias(tp):
    # int | str and list[int] are built-in objects (types.UnionType, types.GenericAlias).
    return type(tp).__name__ in ('UnionType', 'GenericAlias') and hasattr(tp, '__args__')


def get_origin(tp):
    if _native_alias(tp):
        return type(tp) if type(tp).__name__ == 'UnionType' else tp.__origin__
    if isinstance(tp, _SpecialGenericAlias):
        return tp.__origin__
    if isinstance(tp, _GenericAlias):
        if tp._name == 'typing.Annotated':
            return Annotated
        if isinstance(tp, _UnionGenericAlias):
            return Union
        return tp.__origin__
    if tp is Generic:
        return Generic
    return None


def get_args(tp):
    if _native_alias(tp):
        return tp.__args__
    if isinstance(tp, _SpecialGenericAlias):
        return ()
    if isinstance(tp, _GenericAlias):
        if tp._name == 'typing.Annotated':
            return (tp.__origin__,) + tp.__metadata__
        args = getattr(tp, '_callable_args', None)
        if args is not None and isinstance(args, list):
            return (list(tp.__args__[:-1]), tp.__args__[-1])
        return tp.__args__
    return ()


def _eval_hint(value, globalns, localns):
    if value is None:
        return type(None)
    if isinstance(value, str):
        value = ForwardRef(value)
    if isinstance(value, ForwardRef):
        return value._evaluate(globalns, localns)
    return value


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            ann = base.__dict__.get('__annotations__', {})
            base_globals = globalns
            if base_globals is None:
                module = sys.modules.get(base.__module__)
                base_globals = getattr(module, '__dict__', {})
            for name, value in ann.items():
                hints[name] = _eval_hint(value, base_globals, localns or dict(vars(base)))
        return hints
    if globalns is None:
        globalns = getattr(obj, '__globals__', None)
        if globalns is None:
            module = sys.modules.get(getattr(obj, '__module__', None))
            globalns = getattr(module, '__dict__', {})
    for name, value in getattr(obj, '__annotations__', {}).items():
        hints[name] = _eval_hint(value, globalns, localns)
    return hints


class _NamedTupleMeta(type):
    def __new__(mcls, typename, bases, ns):
        if ns.get('_root', False):
            return super().__new__(mcls, typename, bases, ns)
        types = ns.get('__annotations__', {})
        field_names = list(types)
        defaults = []
        for name in field_names:
            if name in ns:
                defaults.append(ns[name])
            elif defaults:
                raise TypeError(f"Non-default namedtuple field {name} cannot follow "
                                f"default field{'s' if len(defaults) > 1 else ''} "
                                f"{', '.join(field_names[:len(defaults)])}")
        nm_tpl = collections.namedtuple(typename, field_names, defaults=defaults,
                                        module=ns.get('__module__', '__main__'))
        nm_tpl.__annotations__ = nm_tpl.__new__.__annotations__ = dict(types)
        for key in ns:
            if key in ('__module__', '__qualname__', '__annotations__', '_root'):
                continue
            if key in ('_make', '_replace', '_asdict', '_source', '_fields',
                       '_field_defaults', '__new__', '__init__', '__slots__',
                       '__getnewargs__'):
                raise AttributeError('Cannot overwrite NamedTuple attribute ' + key)
            if key not in field_names:
                setattr(nm_tpl, key, ns[key])
        return nm_tpl

    def __call__(cls, typename, fields=None, /, **kwargs):
        if fields is None:
            fields = kwargs.items()
        fields = list(fields)
        nt = collections.namedtuple(typename, [n for n, t in fields])
        nt.__annotations__ = dict(fields)
        return nt


class NamedTuple(metaclass=_NamedTupleMeta):
    _root = True


class _TypedDictMeta(type):
    def __new__(mcls, name, bases, ns, total=True):
        if ns.get('_root', False):
            return super().__new__(mcls, name, bases, ns)
        annotations = {}
        for base in bases:
            annotations.update(base.__dict__.get('__annotations__', {}))
        annotations.update(ns.get('__annotations__', {}))
        ns = dict(ns)
        ns['__annotations__'] = annotations
        ns['__total__'] = total
        keys = frozenset(annotations)
        ns['__required_keys__'] = keys if total else frozenset()
        ns['__optional_keys__'] = frozenset() if total else keys
        return type.__new__(_TypedDictMeta, name, (dict,), ns)

    def __call__(cls, *args, **kwargs):
        if cls.__dict__.get('_root', False):
            typename, fields = args[0], (args[1] if len(args) > 1 else kwargs)
            total = kwargs.pop('total', True) if len(args) > 1 else True
            return _TypedDictMeta(typename, (), {'__annotations__': dict(fields)}, total=total)
        return dict(*args, **kwargs)

    def __instancecheck__(cls, obj):
        raise TypeError('TypedDict does not support instance and class checks')


class TypedDict(metaclass=_TypedDictMeta):
    _root = True


def NewType(name, tp):
    def new_type(x):
        return x
    new_type.__name__ = name
    new_type.__qualname__ = name
    new_type.__supertype__ = tp
    return new_type


class _IO:
    pass


IO = TextIO = BinaryIO = _IO

__all__ = [n for n in globals() if not n.startswith('_') and n not in ('collections', 'functools', 'sys')]
