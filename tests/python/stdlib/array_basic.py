from array import array
import array as array_module

a = array('i', [1, 2, 3])
print(a, len(a), a[0], a[-1], a[1:], a.typecode, a.itemsize, list(a), sum(a), 2 in a)
a.append(4)
a.extend([5, 6])
a.insert(0, 0)
print(a, a.pop(), a.pop(0), a.index(3), a.count(2), a.tolist())
a[0] = 10
del a[1]
a.reverse()
print(a, a + array('i', [7]), a * 2, a == array('i', [5, 4, 3, 10]), a < array('i', [6]))
print(array('d', [1.5, 2]), array('f', [0.1]), array('b'), array('u', 'hi'), array('B', b'\x01\x02'))
print(array('h', [1, -2]).tobytes(), array('H', b'\x01\x00\x02\x00'), array('q', range(3)), array('d', (x / 2 for x in range(3))))
b = array('i', [1, 2])
b += array('i', [3])
b *= 2
print(b, b[::2], array('l', [2**40]), array('Q', [2**64 - 1]))
for bad in [lambda: array('z'), lambda: array('b', [200]), lambda: array('B', [-1]), lambda: array('i', [1.5]),
            lambda: array('d', ['x']), lambda: array('i', [1]) + array('d', [1.0]), lambda: array('i').pop(),
            lambda: array('i', [1])[5], lambda: array('i', [1]).remove(9), lambda: array('h', [70000])]:
    try:
        print(bad())
    except (ValueError, TypeError, OverflowError, IndexError) as e:
        print(type(e).__name__, e)
print(array_module.typecodes)
