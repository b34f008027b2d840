# Argument-count errors of built-in functions and constructors, as CPython words them.
cases = [
    lambda: sum(), lambda: sum([1], 2, 3), lambda: pow(), lambda: pow(1), lambda: pow(1, 2, 3, 4),
    lambda: round(), lambda: round(1, 2, 3), lambda: enumerate(), lambda: enumerate([], 1, 2),
    lambda: reversed(), lambda: str(1, 2, 3, 4), lambda: bytes(1, 2, 3, 4), lambda: len(),
    lambda: isinstance(1), lambda: getattr(1), lambda: divmod(1), lambda: abs(),
    lambda: min(), lambda: iter(), lambda: next(), lambda: chr(), lambda: ord(), lambda: hash(),
    lambda: range(), lambda: range(1, 2, 3, 4), lambda: object(1), lambda: type(),
    lambda: sorted(), lambda: zip(1), lambda: map(), lambda: filter(),
]
for case in cases:
    try:
        case()
    except TypeError as e:
        print(e)
print(hash('') == 0, hash(b'') == 0, hash(range(3)) == hash(range(0, 3)), hash(range(0)) == hash(range(5, 5)))
print(hash(range(1, 2)) == hash(range(1, 5, 10)), {range(3): 'r'}[range(0, 3, 1)])
