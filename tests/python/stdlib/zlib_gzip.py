# zlib and gzip: round trips in each framing, checksums, streaming objects fed in pieces,
# trailing data, errors on damaged input, and gzip's one-shot and file interfaces over
# BytesIO. Compressed bytes differ between DEFLATE implementations: only what any correct
# one gives is printed.
import codecs
import gzip
import io
import zlib

data = b'hello world ' * 100 + bytes(range(256))
for wbits in (15, 9, -15, -9, 31):
    for level in (-1, 0, 1, 9):
        c = zlib.compress(data, level, wbits)
        print(wbits, level, zlib.decompress(c, wbits) == data, len(c) < len(data) or level == 0)
c = zlib.compress(data)
print(c[:1], (c[0] * 256 + c[1]) % 31, zlib.decompress(c, 47) == data,
      zlib.decompress(zlib.compress(data, wbits=31), 47) == data)
print(zlib.decompress(zlib.compress(b'')), zlib.compress(b'x', wbits=31)[:3])
print(zlib.crc32(b'hello'), zlib.crc32(b' world', zlib.crc32(b'hello')), zlib.crc32(b'hello world'))
print(zlib.adler32(b'hello'), zlib.adler32(b''), zlib.crc32(b''), zlib.adler32(data), zlib.crc32(data))
print(zlib.crc32(b'abc', 2 ** 32 + 5), zlib.adler32(bytearray(b'abc')), zlib.crc32(memoryview(b'abc')))

co = zlib.compressobj(9, zlib.DEFLATED, -15)
parts = co.compress(data[:500]) + co.compress(data[500:]) + co.flush()
do = zlib.decompressobj(-15)
out = b''
for i in range(0, len(parts), 7):
    out += do.decompress(parts[i:i + 7])
out += do.flush()
print(out == data, do.eof, do.unused_data)
do = zlib.decompressobj()
print(do.decompress(zlib.compress(b'abc') + b'extra'), do.eof, do.unused_data)
do = zlib.decompressobj()
print(do.decompress(zlib.compress(b'abc')[:3]), do.eof)
co = zlib.compressobj()
co2 = co.copy()
print(zlib.decompress(co.compress(b'one') + co.flush()), zlib.decompress(co2.flush()))
for bad in [b'not compressed', zlib.compress(data)[:-10], zlib.compress(data)[:-1] + b'\x00']:
    try:
        zlib.decompress(bad)
    except zlib.error:
        print('zlib.error')
try:
    zlib.compress(data, 10)
except zlib.error as e:
    print('zlib.error', e)
try:
    zlib.compress('text')
except TypeError as e:
    print('TypeError', e)

g = gzip.compress(data, mtime=0)
print(g[:4], gzip.decompress(g) == data)
print(gzip.decompress(g + gzip.compress(b'more', mtime=0))[-4:])
bio = io.BytesIO()
with gzip.GzipFile(fileobj=bio, mode='wb', mtime=0) as f:
    f.write(b'line one\n')
    f.write(b'line two\n')
bio.seek(0)
with gzip.GzipFile(fileobj=bio) as f:
    print(f.read())
bio.seek(0)
with gzip.GzipFile(fileobj=bio) as f:
    print(f.readline(), list(f))
bio.seek(0)
with gzip.GzipFile(fileobj=bio) as f:
    print(f.read(4), f.read(6), f.read())
try:
    gzip.decompress(g[:-5])
except EOFError as e:
    print('EOFError', e)
try:
    gzip.decompress(b'plain bytes')
except gzip.BadGzipFile as e:
    print('BadGzipFile', e)
print(zlib.MAX_WBITS, zlib.DEFLATED, zlib.Z_BEST_COMPRESSION, zlib.Z_DEFAULT_COMPRESSION)
print(codecs.decode(codecs.encode(b'abc', 'zlib'), 'zlib'))
