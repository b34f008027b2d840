# Every method of the built-in types called with no arguments, too many, and an unknown
# keyword: each calling convention words its errors differently. (A bound method object of a
# METH_VARARGS method such as `find` names itself unqualified in the keyword error; the VM
# gives the qualified name of the `obj.find(...)` form, which is what this file checks.)
METHODS = {
    'str': ('abc', 'capitalize casefold center count encode endswith expandtabs find format '
            'format_map index isalnum isalpha isascii isdecimal isdigit isidentifier islower '
            'isnumeric isprintable isspace istitle isupper join ljust lower lstrip maketrans '
            'partition removeprefix removesuffix replace rfind rindex rjust rpartition rsplit '
            'rstrip split splitlines startswith strip swapcase title translate upper zfill'),
    'list': ([1], 'append clear copy count extend index insert pop remove reverse sort'),
    'tuple': ((1,), 'count index'),
    'dict': ({1: 2}, 'clear copy fromkeys get items keys pop popitem setdefault update values'),
    'set': ({1}, 'add clear copy difference difference_update discard intersection '
                 'intersection_update isdisjoint issubset issuperset pop remove '
                 'symmetric_difference symmetric_difference_update union update'),
    'frozenset': (frozenset({1}), 'copy difference intersection isdisjoint issubset issuperset '
                                  'symmetric_difference union'),
    'int': (5, 'as_integer_ratio bit_count bit_length conjugate from_bytes to_bytes'),
    'float': (1.5, 'as_integer_ratio conjugate fromhex hex is_integer'),
    'complex': (1j, 'conjugate'),
    'bytes': (b'abc', 'capitalize center count decode endswith expandtabs find fromhex hex '
                      'index isalnum isalpha isascii isdigit islower isspace istitle isupper '
                      'join ljust lower lstrip maketrans partition removeprefix removesuffix '
                      'replace rfind rindex rjust rpartition rsplit rstrip split splitlines '
                      'startswith strip swapcase title translate upper zfill'),
}


def attempt(f):
    try:
        r = f()
        if isinstance(r, (set, frozenset)):
            r = sorted(r)
        return 'ok ' + repr(r)
    except Exception as e:
        return type(e).__name__ + ': ' + str(e)


for tn, (obj, names) in METHODS.items():
    for name in names.split():
        fresh = obj.copy() if hasattr(obj, 'copy') and not isinstance(obj, frozenset) else obj
        m = getattr(fresh, name)
        print(tn + '.' + name)
        print('  ()     ', attempt(lambda: m()))
        print('  (x6)   ', attempt(lambda: m(1, 1, 1, 1, 1, 1)))
        # Through the type, as `obj.name(...)` calls it (static and class methods take no
        # receiver).
        d = getattr(type(obj), name)
        if name in ('maketrans', 'fromkeys', 'from_bytes', 'fromhex'):
            print('  (zz=1) ', attempt(lambda: d(zz=1)))
        else:
            print('  (zz=1) ', attempt(lambda: d(fresh, zz=1)))

# Descriptors called on the wrong type or without a receiver.
for f in [lambda: str.upper(1), lambda: str.upper(), lambda: list.append((), 1),
          lambda: dict.keys(5), lambda: set.add(frozenset(), 1), lambda: frozenset.union({1}),
          lambda: int.bit_length('a'), lambda: float.hex(1), lambda: bytes.upper('a'),
          lambda: tuple.count([1], 1), lambda: list.count((1,), 1), lambda: dict.get(),
          lambda: str.join('-', ['a', 'b']), lambda: complex.conjugate(1.0)]:
    print(attempt(f))

# Keyword arguments that are accepted, and the ones given twice.
for f in [lambda: 'a b'.split(sep=' '), lambda: 'a b c'.split(maxsplit=1),
          lambda: 'a b'.split(' ', sep=' '), lambda: 'a b'.rsplit(None, maxsplit=1),
          lambda: 'x\ny'.splitlines(keepends=True), lambda: 'a\tb'.expandtabs(tabsize=2),
          lambda: 'é'.encode(encoding='latin-1'), lambda: 'é'.encode('ascii', errors='replace'),
          lambda: (5).to_bytes(length=2, byteorder='little'), lambda: (5).to_bytes(2, 'big', True),
          lambda: int.from_bytes(bytes=b'\x01', byteorder='big', signed=True),
          lambda: [3, 1].sort(1), lambda: b'ab'.hex(sep='-'), lambda: b'\xe9'.decode(errors='replace'),
          lambda: b'abc'.translate(None, delete=b'b'), lambda: b'abc'.translate(table=None)]:
    print(attempt(f))
