ba = bytearray(b'hello')
ba[0] = 72
ba.append(33)
ba.extend(b' ok')
ba.extend([65, 66])
ba += b'!!'
ba.insert(0, 62)
print(ba, len(ba))
ba[1:3] = b'XYZ'
print(ba)
del ba[0]
del ba[-2:]
print(ba)
ba.reverse()
print(ba)
ba.clear()
print(ba, bool(ba))
x = bytearray(b'ab')
y = x
x *= 3
print(y, x is y)
for b in bytearray(b'hi'):
    print(b)
try:
    ba[0] = 256
except ValueError as e:
    print('ValueError', e)
try:
    bytearray(b'a')[5] = 1
except IndexError as e:
    print('IndexError', e)
try:
    {bytearray(): 1}
except TypeError as e:
    print('TypeError', e)
print(bytearray(b'abc').split(b'b'), bytearray(b'x').rjust(3))
print(sorted(bytearray(b'cab')))
print(bytearray(b'a b c').split(maxsplit=1))
