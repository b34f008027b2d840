# complex(): from strings, from two parts, and its arithmetic and reprs.
for s in ['1+2j', '1.5-2.5j', 'j', '-j', '+j', ' (1+2j) ', '3', '2.5J', '1e3j', 'inf+nanj',
          '-1.5e-3-4j', '(3)', '0j', '1_000+2_0j']:
    print(repr(s), complex(s))
for s in ['1+2', 'x', '1+-2j', '', '()', '1 + 2j', 'j1', '1jj']:
    try:
        complex(s)
    except ValueError as e:
        print(repr(s), 'ValueError', e)
print(complex(1, 2), complex(1+2j, 1j), complex(2j, 3), complex(), complex(real=1, imag=-1))
for args in [('1', 2), (1, '2'), ([],)]:
    try:
        complex(*args)
    except TypeError as e:
        print('TypeError', e)
z = 3 - 4j
print(z.real, z.imag, z.conjugate(), abs(z), -z, +z, z * z, z / 2, z ** 2, 1 / z)
print(repr(1j), repr(-1j), repr(complex(0, 0)), repr(complex(-0.0, -0.0)), repr(1e20j))
print(str(1 + 2j), hash(1 + 0j) == hash(1), (1 + 2j) == 1 + 2j, 1j ** 0.5)
print(format(3 + 4j, '.2f'), f'{1.5-2j}', f'{2j:>10}')
try:
    (1 + 2j) / 0
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    (1 + 2j) < (2 + 3j)
except TypeError as e:
    print('TypeError', e)
