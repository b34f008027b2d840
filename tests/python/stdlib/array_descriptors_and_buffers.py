# array.array's read-only attributes, its iterator's repr, and what frombytes accepts.
import array


class A(array.array):
    pass


for arr in (array.array('i', [1, 2]), A('h', [3])):
    for name, value in (('typecode', 'd'), ('itemsize', 8)):
        try:
            setattr(arr, name, value)
        except AttributeError as e:
            print(e)

it = iter(array.array('b', [1, 2, 3]))
print(repr(it).split(' object at ')[0], next(it), list(it))
print(type(iter(array.array('d'))).__module__, type(iter(array.array('d'))).__name__)

b = array.array('b')
b.frombytes(b'\x01\x02')
b.frombytes(bytearray(b'\x03'))
b.frombytes(memoryview(b'\x04'))
b.frombytes(array.array('B', [5]))
print(b)
for source in (array.array('i', [1]), memoryview(b'\x00' * 4).cast('i'), 'text', [1]):
    try:
        b.frombytes(source)
    except TypeError as e:
        print(type(source).__name__, e)
print(b)
