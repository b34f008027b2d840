for data in [b'', b'\x00', b'\x80', b'\xff'*8, b'\x7f'+b'\xff'*7, b'\x80'+b'\x00'*7, b'\x01\x02\x03', b'\xff'*9, b'\x01'*12]:
    for order in ('big','little'):
        for signed in (False, True):
            print(data.hex(), order, signed, int.from_bytes(data, order, signed=signed))
print(bytes(range(256)).hex(), b'\x01\x02'.hex(':'), bytes.fromhex('0a 0b ff'), bytes.fromhex(''))
try: bytes.fromhex('0g')
except ValueError as e: print(e)
try: bytes.fromhex('0')
except ValueError as e: print(e)
import binascii
print(binascii.crc32(b'hello world'), binascii.crc32(b'abc', 12345), binascii.a2b_base64(b'aGVsbG8=\n'), binascii.b2a_hex(b'\x01\xff'))
import base64
for f in ['b64','b32','b16','a85','b85','urlsafe_b64','b32hex']:
    e = getattr(base64, f+'encode')(b'hello world\x00\xff')
    print(f, e, getattr(base64, f+'decode')(e))
print(base64.a85encode(b'    xx\x00\x00\x00\x00', foldspaces=True, adobe=True, wrapcol=5))
try: base64.b64decode(b'abc')
except Exception as e: print(type(e).__name__, e)
print(base64.encodebytes(b'x'*100))
# Decoding errors and non-canonical input.
for bad in [b'a', b'ab=c', b'!!!!']:
    try:
        print(base64.b64decode(bad, validate=True))
    except Exception as e:
        print(type(e).__name__, e)
print(base64.b64decode(b'aG Vs\nbG8='), base64.b32decode('mzxw6===', casefold=True))
try:
    base64.a85decode(b'z!')
except ValueError as e:
    print(e)
print(int.from_bytes(bytearray(b'\x01\x00'), 'little'), int.from_bytes([1, 2], 'big'))
print(binascii.hexlify(b'\x00\xab\xcd', '-'), binascii.unhexlify('00abCD'))
print(binascii.crc32(bytes(range(256)) * 4))
