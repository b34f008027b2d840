# isinstance and len as called in loops, against classes, tuples, ABCs and subclasses.
import collections.abc
from numbers import Number


class A:
    pass


class B(A):
    pass


class MyInt(int):
    pass


class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == 'magic'


class Magic(metaclass=Meta):
    pass


values = [1, True, 1.5, 'a', b'b', [1], (1,), {1: 2}, {1}, None, A(), B(), MyInt(3), Magic(), 'magic']
checks = [int, bool, float, str, bytes, list, tuple, dict, set, object, A, B, MyInt, Magic,
          (int, str), (A, (float, list)), (), collections.abc.Sequence, Number,
          collections.abc.Hashable, type(None)]
for v in values:
    row = []
    for c in checks:
        row.append('1' if isinstance(v, c) else '.')
    print(f'{type(v).__name__:8}', ''.join(row))
for bad in ['int', (int, 'x'), 3]:
    try:
        print(isinstance(1, bad))
    except TypeError as e:
        print('TypeError:', e)
n = 0
for i in range(3000):
    n += isinstance(i, int) + isinstance(i, (str, bool)) * 2 + len([i] * (i % 5)) + len('é' * (i % 3))
print(n)
print(len({}), len(()), len(b''), len('abc'), len(range(5)), len(collections.deque([1, 2])))
try:
    len(5)
except TypeError as e:
    print('TypeError:', e)
