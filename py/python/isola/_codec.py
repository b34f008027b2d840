"""How lists, dicts and sets cross into and out of an isola interpreter.

The runtime itself moves only shareable values (None, bool, int, float, str, bytes, tuples of
these, queues). This module carries more on top of them: every container becomes a tuple whose
first item is an int tag saying what it was, and scalars go as they are. So a decoded value is
always an exact copy of the encoded one, and a plain tuple is never mistaken for a container.

The same source runs on both sides: the host imports it, and each interpreter gets it as part
of the module ``isola_host`` (so it uses nothing that isola's runtime lacks).
"""

TUPLE = 0
LIST = 1
DICT = 2
SET = 3
FROZENSET = 4
# A value that cannot cross, by its type's name: the receiving side raises TypeError.
OPAQUE = 5


def encode(value, other):
    """``value`` as shareable values; ``other(value)`` answers for any other type."""
    if value is None or value is True or value is False:
        return value
    kind = type(value)
    if kind is int or kind is float or kind is str or kind is bytes:
        return value
    if kind is tuple:
        return (TUPLE,) + tuple([encode(item, other) for item in value])
    if kind is list:
        return (LIST,) + tuple([encode(item, other) for item in value])
    if kind is dict:
        flat = [DICT]
        for key, item in value.items():
            flat.append(encode(key, other))
            flat.append(encode(item, other))
        return tuple(flat)
    if kind is set:
        return (SET,) + tuple([encode(item, other) for item in value])
    if kind is frozenset:
        return (FROZENSET,) + tuple([encode(item, other) for item in value])
    # Subclasses (IntEnum, a str subclass, a namedtuple, an OrderedDict) cross as their base.
    if isinstance(value, bool):
        return bool(value)
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        return float(value)
    if isinstance(value, str):
        return str(value)
    if isinstance(value, (bytes, bytearray)):
        return bytes(value)
    if isinstance(value, tuple):
        return encode(tuple(value), other)
    if isinstance(value, list):
        return encode(list(value), other)
    if isinstance(value, dict):
        return encode(dict(value), other)
    if isinstance(value, (set, frozenset)):
        return encode(frozenset(value), other)
    return other(value)


def decode(value, opaque):
    """The value that ``encode`` turned into ``value``; ``opaque(type_name)`` answers for an
    OPAQUE tag (it raises)."""
    if type(value) is not tuple:
        return value
    tag = value[0]
    if tag == TUPLE:
        return tuple([decode(item, opaque) for item in value[1:]])
    if tag == LIST:
        return [decode(item, opaque) for item in value[1:]]
    if tag == DICT:
        result = {}
        for index in range(1, len(value), 2):
            result[decode(value[index], opaque)] = decode(value[index + 1], opaque)
        return result
    if tag == SET:
        return set([decode(item, opaque) for item in value[1:]])
    if tag == FROZENSET:
        return frozenset([decode(item, opaque) for item in value[1:]])
    if tag == OPAQUE:
        return opaque(value[1])
    raise ValueError("not an encoded value: unknown tag " + repr(tag))
