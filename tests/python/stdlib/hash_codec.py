import hashlib
import base64
import binascii
import struct

for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512"]:
    h = hashlib.new(name, b"hello")
    print(name, h.hexdigest(), h.digest_size, h.block_size, h.name)
    h2 = h.copy()
    h.update(b" world")
    print(" ", h.hexdigest(), h2.hexdigest() == hashlib.new(name, b"hello").hexdigest())
print(hashlib.md5().hexdigest(), hashlib.sha256(b"abc").digest()[:8], hashlib.sha1(b"x" * 1000).hexdigest())
h = hashlib.sha256()
for i in range(100):
    h.update(str(i).encode())
print(h.hexdigest(), "sha256" in hashlib.algorithms_guaranteed)
for bad in [lambda: hashlib.md5("text"), lambda: hashlib.new("nope")]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

for data in [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(256))[:40], b"\xff\xfe\xfd"]:
    e = base64.b64encode(data)
    print(e, base64.b64decode(e) == data, base64.urlsafe_b64encode(data), base64.b32encode(data), base64.b16encode(data))
    print(" ", base64.b32decode(base64.b32encode(data)) == data, base64.b16decode(base64.b16encode(data)) == data,
          base64.urlsafe_b64decode(base64.urlsafe_b64encode(data)) == data)
print(base64.b64decode("aGVsbG8="), base64.b64decode(b"aGVs bG8=\n"), base64.standard_b64encode(b"hi"), base64.encodebytes(b"x" * 60))
print(base64.b64encode(b"\xfb\xff", altchars=b"-_"), base64.b64decode(b"-_8=", altchars=b"-_"), base64.b32decode("mzxw6===", casefold=True))
for bad in [b"abc", b"a", b"ab=c", "é"]:
    try:
        print(base64.b64decode(bad))
    except (binascii.Error, ValueError) as e:
        print(type(e).__name__, e)
try:
    base64.b64decode(b"ab!d", validate=True)
except binascii.Error as e:
    print("Error", e)
print(binascii.hexlify(b"\x01\xab"), binascii.unhexlify("01ab"), binascii.b2a_hex(b"xyz", "-"), binascii.crc32(b"hello"), binascii.crc32(b" world", binascii.crc32(b"hello")))
print(binascii.b2a_base64(b"abc"), binascii.a2b_base64("YWJj"), isinstance(binascii.Error(), ValueError))
for bad in ["abc", "zz"]:
    try:
        binascii.unhexlify(bad)
    except binascii.Error as e:
        print("Error", e)

print(struct.pack("<i", 1), struct.pack(">i", 1), struct.pack("!h", -2), struct.pack("<q", -1), struct.pack("<Q", 2**64 - 1))
print(struct.pack("<bBhHiIlLqQ", -1, 255, -300, 65535, -5, 4000000000, -7, 7, -2**63, 2**63))
print(struct.pack("<fd", 1.5, -2.25), struct.pack(">e", 0.5), struct.pack("<?c", True, b"z"), struct.pack("<3s", b"abcdef"), struct.pack("<5s", b"ab"))
print(struct.pack("@bi", 1, 2), struct.pack("=bi", 1, 2), struct.pack("@hq", 1, 2), struct.pack("<2h3x", 1, 2), struct.pack("5p", b"ab"))
print(struct.calcsize("@bi"), struct.calcsize("@ci2h"), struct.calcsize("<bi"), struct.calcsize("@q"), struct.calcsize("@bq"), struct.calcsize("@ld"), struct.calcsize("10s"), struct.calcsize("< i i"))
print(struct.unpack("<i", b"\x01\x00\x00\x00"), struct.unpack(">h", b"\xff\xfe"), struct.unpack("<bBhHiIqQ", struct.pack("<bBhHiIqQ", -1, 2, -3, 4, -5, 6, -7, 8)))
print(struct.unpack("<fd", struct.pack("<fd", 0.1, 0.1)), struct.unpack("<e", struct.pack("<e", 3.14159)), struct.unpack("<?cs", b"\x01zq"))
print(struct.unpack_from("<h", b"xxab", 2), list(struct.iter_unpack("<h", b"\x01\x00\x02\x00")), struct.unpack("5p", b"\x02abxx"))
s = struct.Struct("<hi")
print(s.size, s.format, s.pack(1, 2), s.unpack(s.pack(-1, -2)))
for f, v in [("@Q", -1), ("<h", 40000), ("b", 200), ("B", -1), ("@i", 2**31), ("<i", "x"), ("f", "x"), ("s", 1), ("c", b"ab"), ("<q", 2**63), ("z", 1), ("3", 1), ("<H", 1.5), ("<I", -1)]:
    try:
        print(f, struct.pack(f, v))
    except struct.error as e:
        print(f, "error", e)
for f, b in [("<i", b"ab"), ("<2h", b"abcdef")]:
    try:
        print(struct.unpack(f, b))
    except struct.error as e:
        print("error", e)
try:
    struct.pack("<2i", 1)
except struct.error as e:
    print(e)
try:
    list(struct.iter_unpack("<i", b"abcde"))
except struct.error as e:
    print(e)
try:
    struct.unpack_from("<i", b"abc", 1)
except struct.error as e:
    print(e)
