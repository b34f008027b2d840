# Methods of int, float and complex.


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


for n in [0, 1, -1, 5, -5, 255, 256, -256, 2**63 - 1, -2**63, 2**64, -(2**100) + 7, True, False]:
    print(n, n.bit_length(), n.bit_count(), n.conjugate(), n.as_integer_ratio(),
          type(n.conjugate()).__name__, type(n.as_integer_ratio()[0]).__name__)

for n in [0, 1, 127, 128, 255, 256, 65535, -1, -128, -129, 2**64 - 1, -(2**63)]:
    for length in [0, 1, 2, 8, 9]:
        for order in ['big', 'little']:
            for signed in [False, True]:
                show('%d.to_bytes(%d, %s, %s)' % (n, length, order, signed),
                     lambda: n.to_bytes(length, order, signed=signed))
print((5).to_bytes(), (65).to_bytes(1), (258).to_bytes(2), (1).to_bytes(byteorder='little', length=3))

for data in [b'', b'\x00', b'\x01', b'\xff', b'\x01\x00', b'\x00\x01', b'\xff\xff', b'\x80\x00',
             b'\x7f\xff\xff\xff\xff\xff\xff\xff\xff']:
    print(repr(data), int.from_bytes(data), int.from_bytes(data, 'little'),
          int.from_bytes(data, 'big', signed=True), int.from_bytes(data, byteorder='little', signed=True))
print(int.from_bytes([1, 2]), int.from_bytes((255,), 'little', signed=True), int.from_bytes(iter([1, 0])),
      (7).from_bytes(b'\x02'), int.from_bytes(bytes=b'\x03'))

for x in [0.0, -0.0, 1.0, 1.5, -2.5, 0.1, 1e300, 5e-324, 2.2250738585072014e-308, 1e-310, 123.456,
          float('inf'), float('-inf'), float('nan'), 2.0**53, 3.0]:
    show('hex %r' % x, lambda: x.hex())
    show('ratio %r' % x, lambda: x.as_integer_ratio())
    print('   ', x.is_integer(), x.conjugate(), x == float.fromhex(x.hex()) or x != x)

for s in ['0x1p0', '0x1.8p1', '-0x1p-2', '0X1P+3', '1', '1.', '.8', '0x.8', 'a', 'ff', '0xf.f',
          '  0x1p1  ', '+0x1', 'inf', '-Infinity', 'nan', 'NaN', '-nan', '0x1p-1074', '0x1p-1075',
          '0x1.8p-1075', '0x1p-1076', '0x1.fffffffffffff8p1023', '0x1.fffffffffffff7p1023',
          '0x1p1023', '0x1p1024', '0x0p99999', '0x1p-99999', '0x1.0000000000000800001p0',
          '0x1.00000000000008p0', '0x1.00000000000018p0', '0x123456789abcdef0123p0', '0x0.0', '0x',
          '0x1p', 'x1', '0x1.2.3', '0x1p1.5', '', '   ', '0x1 p1', '0x1p+-1', '0x_1', '١']:
    show('fromhex %r' % s, lambda: float.fromhex(s))
print((1.5).fromhex('0x1p2'), float.fromhex('0x1p2').hex())
print(bool.from_bytes(b'\x01'), bool.from_bytes(b'\x00', 'little'), type(True.to_bytes(1)).__name__)

for c in [1j, 3 + 4j, -2 - 0j, complex(1.5, -2.5)]:
    print(c, c.conjugate())

for f in [lambda: (1).to_bytes(-1), lambda: (256).to_bytes(1), lambda: (-1).to_bytes(1),
          lambda: (1).to_bytes(1, 'middle'), lambda: (1).to_bytes(1, 5), lambda: (1).to_bytes(1.5),
          lambda: (1).to_bytes('1'), lambda: (1).to_bytes(2**70), lambda: int.from_bytes('ab'),
          lambda: int.from_bytes(5), lambda: int.from_bytes([256]), lambda: int.from_bytes(['a']),
          lambda: int.from_bytes(b'a', 'x'), lambda: int.from_bytes(), lambda: int.from_bytes(None),
          lambda: float.fromhex(5), lambda: float.fromhex(b'0x1'), lambda: float.fromhex(),
          lambda: (1.5).hex(1), lambda: float('nan').as_integer_ratio(),
          lambda: float('inf').as_integer_ratio(), lambda: (1).is_integer()]:
    show('err', f)
