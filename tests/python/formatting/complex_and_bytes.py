# format() of complex numbers, and %-formatting of bytes.
z = 3 + 4j
for spec in ['', '.2f', '20', '<20.3e', '.2', '+', '^20g', '*>12', 'e', 'G']:
    print(repr(spec), repr(format(z, spec)), repr(format(-1.5j, spec)))
print(f'{1+2j}', f'{complex(1, -0.0)}', f'{1e20+1j}', f'{-0.0+1j}', f'{z!r:>10}')
for spec in ['010', '=10', 'd', 'x']:
    try:
        format(z, spec)
    except ValueError as e:
        print('ValueError', e)
print(b'%s|%r|%a' % (b'x', b'y', 'z'), b'%c%c' % (65, b'B'), b'%5s|%-4b|' % (b'ab', b'c'))
print(b'\xff%s' % b'\xfe', b'%d %x %05.1f' % (5, 255, 2.25), b'%(k)s' % {b'k': b'v'})
print(b'%s' % bytearray(b'ba'), bytearray(b'<%s>') % b'x')
for args in [(b'%s', 5), (b'%c', 256), (b'%c', 'a')]:
    try:
        args[0] % args[1]
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
