"""Enumerations: Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique and the functional API,
written for isola after CPython 3.11's enum module (reprs, str(), errors and auto() values
follow it; boundary handling and _ignore_ are simplified)."""

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag',
           'ReprEnum', 'auto', 'unique', 'property', 'verify', 'member', 'nonmember',
           'FlagBoundary', 'STRICT', 'CONFORM', 'EJECT', 'KEEP', 'global_enum',
           'EnumCheck', 'CONTINUOUS', 'NAMED_FLAGS', 'UNIQUE', 'show_flag_values']

import builtins as _bltns

_auto_null = object()


class auto:
    """Instances are replaced with an appropriate value in Enum class suites."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return f'auto({self.value!r})'


class member:
    def __init__(self, value):
        self.value = value


class nonmember:
    def __init__(self, value):
        self.value = value


property = _bltns.property


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and name[-3] != '_'


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == '_' and name[1] != '_' and name[-2] != '_'


def _is_private(cls_name, name):
    pattern = f'_{cls_name.lstrip("_")}__'
    return name.startswith(pattern) and not name.endswith('__')


def _is_descriptor(obj):
    return (hasattr(obj, '__get__') or hasattr(obj, '__set__') or hasattr(obj, '__delete__')
            or isinstance(obj, (staticmethod, classmethod, _bltns.property)))


def _power_of_two(value):
    return value > 0 and value & (value - 1) == 0


class EnumType(type):
    """Metaclass for Enum."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        return {}

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        ignore = classdict.get('_ignore_', [])
        if isinstance(ignore, str):
            ignore = ignore.replace(',', ' ').split()
        members = {}
        body = {}
        gen = classdict.get('_generate_next_value_')
        if gen is None and first_enum is not None:
            gen = first_enum._generate_next_value_
        elif isinstance(gen, staticmethod):
            gen = gen.__func__
        last_values = []
        for key, value in classdict.items():
            if key in ignore or key == '_ignore_':
                continue
            if isinstance(value, nonmember):
                body[key] = value.value
                continue
            if isinstance(value, member):
                value = value.value
            elif (_is_dunder(key) or _is_sunder(key) or _is_private(cls, key)
                    or _is_descriptor(value)):
                body[key] = value
                continue
            if key in members:
                raise TypeError(f'{key!r} already defined as {members[key]!r}')
            if isinstance(value, auto):
                if value.value is _auto_null:
                    value.value = gen(key, 1, len(last_values), last_values[:])
                value = value.value
            elif isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
                value = tuple(gen(key, 1, len(last_values), last_values[:])
                              if isinstance(v, auto) and v.value is _auto_null
                              else (v.value if isinstance(v, auto) else v) for v in value)
            members[key] = value
            last_values.append(value)
        for key in members:
            if key in ('mro', ''):
                raise ValueError(f'invalid enum member name: {key!r}')
        body['_member_names_'] = []
        body['_member_map_'] = {}
        body['_value2member_map_'] = {}
        body['_unhashable_values_'] = []
        body['_member_type_'] = member_type
        body['_new_member_'] = None
        if first_enum is not None and members and first_enum._member_names_:
            raise TypeError(f'{cls!r} cannot extend {first_enum!r}')
        enum_class = super().__new__(metacls, cls, bases, body, **kwds)
        enum_class._boundary_ = boundary
        # The mixed-in type's repr/str/format must not win over Enum's through the MRO
        # (IntEnum is int first); a method the enum class itself defines stays.
        if first_enum is not None:
            for name in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
                if name in classdict:
                    continue
                for klass in enum_class.__mro__:
                    if name in klass.__dict__:
                        break
                else:
                    continue
                if not isinstance(klass, EnumType):
                    type.__setattr__(enum_class, name, getattr(first_enum, name))
        new = classdict.get('__new__')
        if new is None:
            for base in enum_class.__mro__[1:]:
                candidate = base.__dict__.get('__new__')
                if candidate is not None and base not in (Enum_base(), object) and \
                        not isinstance(base, EnumType):
                    new = candidate
                    break
        if isinstance(new, staticmethod):
            new = new.__func__
        custom_new = '__new__' in classdict or any(
            '_new_member_custom_' in b.__dict__ for b in enum_class.__mro__[1:])
        if '__new__' in classdict:
            enum_class._new_member_custom_ = new
        else:
            for b in enum_class.__mro__[1:]:
                if '_new_member_custom_' in b.__dict__:
                    new = b.__dict__['_new_member_custom_']
                    break
        # A flag's operators are Flag's even when int comes first in the MRO (IntFlag).
        flag = Flag_base()
        if flag is not None and issubclass(enum_class, flag):
            for name in ('__or__', '__and__', '__xor__', '__ror__', '__rand__', '__rxor__',
                         '__invert__'):
                if name not in classdict:
                    type.__setattr__(enum_class, name, flag.__dict__[name])
        for name, value in members.items():
            enum_class._add_member_(name, value, new if custom_new else None)
        if Flag_base() is not None and issubclass(enum_class, Flag_base()):
            all_bits = 0
            for m in enum_class._member_map_.values():
                if isinstance(m._value_, int):
                    all_bits |= m._value_
            enum_class._flag_mask_ = all_bits
        return enum_class

    def _add_member_(cls, name, value, new):
        args = value if isinstance(value, tuple) else (value,)
        member_type = cls._member_type_
        if new is not None:
            obj = new(cls, *args)
        elif member_type is object:
            obj = object.__new__(cls)
        else:
            if member_type is tuple:
                args = (args,)
            obj = member_type.__new__(cls, *args)
        if not hasattr(obj, '_value_'):
            if member_type is object or new is not None:
                obj._value_ = value
            else:
                obj._value_ = member_type(*args)
        value = obj._value_
        obj._name_ = name
        obj.__objclass__ = cls
        init = type(obj).__dict__.get('__init__') or next(
            (b.__dict__['__init__'] for b in cls.__mro__
             if '__init__' in b.__dict__ and isinstance(b, EnumType) and b.__name__ not in
             ('Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag', 'ReprEnum')), None)
        if init is not None:
            init(obj, *args)
        # An alias: a second name for an existing value.
        canonical = None
        for m in cls._member_map_.values():
            if m._value_ == value:
                canonical = m
                break
        if canonical is not None and not (isinstance(value, int) and not _power_of_two(value)
                                          and Flag_base() is not None
                                          and issubclass(cls, Flag_base()) and False):
            type.__setattr__(cls, name, canonical)
            cls._member_map_[name] = canonical
            return
        cls._member_names_.append(name)
        cls._member_map_[name] = obj
        try:
            cls._value2member_map_[value] = obj
        except TypeError:
            cls._unhashable_values_.append(value)
        type.__setattr__(cls, name, obj)

    @classmethod
    def _get_mixins_(metacls, class_name, bases):
        if not bases:
            return object, None
        first_enum = None
        for base in reversed(bases):
            if isinstance(base, EnumType):
                first_enum = base
                break
        member_type = object
        for chain in bases:
            for base in chain.__mro__:
                if base is object:
                    continue
                if isinstance(base, EnumType):
                    if base._member_type_ is not object:
                        member_type = base._member_type_
                        break
                    continue
                member_type = base
                break
            if member_type is not object:
                break
        return member_type, first_enum

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        if names is None:
            return cls.__new_lookup__(value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type,
                            start=start, boundary=boundary)

    def __new_lookup__(cls, value):
        if isinstance(value, cls):
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            for m in cls._member_map_.values():
                if m._value_ == value:
                    return m
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if result is None:
            raise ValueError(f'{value!r} is not a valid {cls.__qualname__}')
        raise TypeError(f'error in {cls.__name__}._missing_: returned {result!r} instead of '
                        f'None or a valid member')

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        bases = (cls,) if type is None else (type, cls)
        classdict = {}
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original, names = names, []
            last = []
            for count, name in enumerate(original):
                value = cls._generate_next_value_(name, start, count, last[:])
                last.append(value)
                names.append((name, value))
        items = names.items() if hasattr(names, 'items') else names
        for item in items:
            if isinstance(item, str):
                member_name, member_value = item, names[item]
            else:
                member_name, member_value = item
            classdict[member_name] = member_value
        classdict['__module__'] = module or '__main__'
        classdict['__qualname__'] = qualname if qualname is not None else class_name
        return EnumType.__new__(EnumType, class_name, bases, classdict, boundary=boundary)

    def __contains__(cls, value):
        if isinstance(value, cls):
            return True
        try:
            return value in cls._value2member_map_
        except TypeError:
            return value in cls._unhashable_values_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError(f'{cls.__name__!r} cannot delete member {attr!r}.')
        super().__delattr__(attr)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    @_bltns.property
    def __members__(cls):
        return dict(cls._member_map_)

    def __repr__(cls):
        if Flag_base() is not None and issubclass(cls, Flag_base()):
            return f'<flag {cls.__name__!r}>'
        return f'<enum {cls.__name__!r}>'

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get('_member_map_', {})
        if name in member_map:
            raise AttributeError(f'cannot reassign member {name!r}')
        super().__setattr__(name, value)

    def __dir__(cls):
        return ['__class__', '__doc__', '__members__', '__module__'] + cls._member_names_


EnumMeta = EnumType


def Enum_base():
    return globals().get('Enum')


def Flag_base():
    return globals().get('Flag')


class _MemberAttr:
    # A member's `name` or `value`: read-only, with the message of CPython's enum.property.

    def __init__(self, name):
        self.name = name
        self.attr = f'_{name}_'

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return getattr(instance, self.attr)

    def __set__(self, instance, value):
        raise AttributeError(f"<enum 'Enum'> cannot set attribute {self.name!r}")

    def __delete__(self, instance):
        raise AttributeError(f"<enum 'Enum'> cannot delete attribute {self.name!r}")


class Enum(metaclass=EnumType):
    """Create a collection of name/value pairs."""

    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        try:
            last = sorted(last_values)[-1] if False else last_values[-1]
            for v in reversed(last_values):
                if isinstance(v, int):
                    return v + 1
            return last + 1
        except TypeError:
            raise TypeError(f'unable to sort non-numeric values') from None

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        v_repr = self.__class__._value_repr_ if '_value_repr_' in dir(self.__class__) else repr
        return f'<{self.__class__.__name__}.{self._name_}: {v_repr(self._value_)}>'

    def __str__(self):
        return f'{self.__class__.__name__}.{self._name_}'

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __dir__(self):
        return ['__class__', '__doc__', '__eq__', '__hash__', '__module__', 'name', 'value']

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    name = _MemberAttr('name')
    value = _MemberAttr('value')


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in type."""


class IntEnum(int, ReprEnum):
    """Enum where members are also (and must be) ints."""

    def __str__(self):
        return int.__repr__(self)

    def __format__(self, format_spec):
        return int.__format__(int(self), format_spec)


class StrEnum(str, ReprEnum):
    """Enum where members are also (and must be) strings."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError(f'too many arguments for str(): {values!r}')
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError(f'{values[0]!r} is not a string')
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    def __str__(self):
        return self._value_

    def __format__(self, format_spec):
        return format(self._value_, format_spec)

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


class FlagBoundary:
    STRICT = 'strict'
    CONFORM = 'conform'
    EJECT = 'eject'
    KEEP = 'keep'


STRICT, CONFORM, EJECT, KEEP = 'strict', 'conform', 'eject', 'keep'


class Flag(Enum):
    """Support for flags."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last_value = max(v for v in last_values if isinstance(v, int))
        return 2 ** last_value.bit_length()

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError(f'{value!r} is not a valid {cls.__qualname__}')
        mask = cls._flag_mask_
        if value < 0:
            value = value & mask if cls._member_type_ is object else value
        if cls._member_type_ is object and value & ~mask:
            raise ValueError(f'{value!r} is not a valid {cls.__qualname__}')
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        pseudo._value_ = value
        names = [m._name_ for m in cls if m._value_ & value == m._value_ and m._value_]
        extra = value & ~sum(m._value_ for m in cls if m._value_ & value == m._value_)
        if names:
            pseudo._name_ = '|'.join(names)
            if extra:
                pseudo._name_ += f'|{extra:#x}'
        elif extra:
            pseudo._name_ = None
        else:
            pseudo._name_ = None
        return cls._value2member_map_.setdefault(value, pseudo)

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError(f"unsupported operand type(s) for 'in': "
                            f"{type(other).__qualname__!r} and {self.__class__.__qualname__!r}")
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        for m in self.__class__:
            if m._value_ and m._value_ & self._value_ == m._value_ and _power_of_two(m._value_):
                yield m

    def __len__(self):
        return self._value_.bit_count()

    def __repr__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return f'<{cls_name}: {self._value_!r}>'
        return f'<{cls_name}.{self._name_}: {self._value_!r}>'

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return f'{cls_name}({self._value_!r})'
        return f'{cls_name}.{self._name_}'

    def __bool__(self):
        return bool(self._value_)

    def __or__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            pass
        else:
            return NotImplemented
        return self.__class__(self._value_ | other)

    def __and__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            pass
        else:
            return NotImplemented
        return self.__class__(self._value_ & other)

    def __xor__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            pass
        else:
            return NotImplemented
        return self.__class__(self._value_ ^ other)

    def __invert__(self):
        return self.__class__(self._flag_mask_ ^ self._value_)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__


class IntFlag(int, ReprEnum, Flag):
    """Support for integer-based Flags."""

    def __str__(self):
        return int.__repr__(self)

    def __format__(self, format_spec):
        return int.__format__(int(self), format_spec)

    def __invert__(self):
        return self.__class__(self._flag_mask_ ^ self._value_)


def unique(enumeration):
    """Class decorator for enumerations ensuring unique member values."""
    duplicates = []
    for name, m in enumeration.__members__.items():
        if name != m.name:
            duplicates.append((name, m.name))
    if duplicates:
        alias_details = ', '.join([f'{alias} -> {name}' for (alias, name) in duplicates])
        raise ValueError(f'duplicate values found in {enumeration!r}: {alias_details}')
    return enumeration


class EnumCheck:
    CONTINUOUS = 'no skipped integer values'
    NAMED_FLAGS = 'multi-flag aliases may not contain unnamed flags'
    UNIQUE = 'one name per value'


CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck.CONTINUOUS, EnumCheck.NAMED_FLAGS, EnumCheck.UNIQUE


class verify:
    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        if UNIQUE in self.checks:
            unique(enumeration)
        return enumeration


def _simple_enum(etype=Enum, *, boundary=None, use_args=None):
    """Class decorator: the class, whose attributes are the members, as an enum deriving from
    `etype` (CPython's stdlib declares its enums this way)."""
    def convert_class(cls):
        body = {k: v for k, v in cls.__dict__.items() if k not in ('__dict__', '__weakref__')}
        kwds = {} if boundary is None else {'boundary': boundary}
        enum_class = type(etype)(cls.__name__, (etype,), body, **kwds)
        enum_class.__qualname__ = cls.__qualname__
        return enum_class
    return convert_class


def global_enum(cls):
    return cls


def show_flag_values(value):
    return [1 << i for i in range(value.bit_length()) if value & (1 << i)]
