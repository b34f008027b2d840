# memoryview basics: views of bytes and bytearray, one byte per item.
m = memoryview(b'abcdef')
print(len(m), m[0], m[-1], m[1:3].tobytes(), m.tolist()[:3], m.hex(), bytes(m[::2]))
print(m.readonly, m.itemsize, m.format, m.ndim, m.nbytes, m.shape, m.obj)
print(m == b'abcdef', m == memoryview(b'abcdef'), m != b'x', list(m[:2]), type(m).__name__)
ba = bytearray(b'xyz')
v = memoryview(ba)
v[0] = 65
print(ba, v.readonly, v.tobytes(), bytes(v))
with memoryview(b'q') as w:
    print(w.tobytes())
try:
    w.tobytes()
except ValueError as e:
    print('ValueError', e)
for bad in (lambda: memoryview('s'), lambda: memoryview(b'a').__setitem__(0, 1),
            lambda: m[10], lambda: hash(memoryview(ba))):
    try:
        bad()
    except (TypeError, IndexError, ValueError) as e:
        print(type(e).__name__, e)
