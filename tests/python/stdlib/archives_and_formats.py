# zipfile, tarfile (through gzip detection), plistlib, mimetypes, http.HTTPStatus, sched,
# pickletools, xdrlib and wave from CPython's library, over in-memory streams.
import warnings
warnings.simplefilter("ignore", DeprecationWarning)
import sched, pickletools, fileinput, filecmp, mimetypes, plistlib, zipfile, tarfile, http, wave, io, time, xdrlib
print(http.HTTPStatus.NOT_FOUND, http.HTTPStatus(200).phrase, repr(http.HTTPStatus.OK), http.HTTPMethod.GET if hasattr(http, 'HTTPMethod') else '')
print(mimetypes.guess_type('a.html'), mimetypes.guess_extension('image/png'), mimetypes.guess_type('x.tar.gz'))
d = plistlib.dumps({'a': [1, 2.5, True, 'x'], 'b': b'\x00'}); print(d[:40], plistlib.loads(d))
buf = io.BytesIO()
with zipfile.ZipFile(buf, 'w', compression=zipfile.ZIP_DEFLATED) as z:
    z.writestr('a.txt', 'hello ' * 20)
    z.writestr('dir/b.txt', b'bytes')
buf.seek(0)
with zipfile.ZipFile(buf) as z:
    print(z.namelist(), z.read('a.txt')[:11], z.getinfo('a.txt').file_size, z.testzip())
tb = io.BytesIO()
with tarfile.open(fileobj=tb, mode='w') as t:
    data = b'tar data'
    info = tarfile.TarInfo('f.txt'); info.size = len(data); info.mtime = 0
    t.addfile(info, io.BytesIO(data))
tb.seek(0)
with tarfile.open(fileobj=tb) as t:
    print(t.getnames(), t.extractfile('f.txt').read())
s = sched.scheduler(time.monotonic, time.sleep)
out = []
s.enter(0.01, 1, out.append, ('b',)); s.enter(0, 1, out.append, ('a',)); s.run(); print(out)
out = io.StringIO(); pickletools.dis(pickletools.optimize(__import__('pickle').dumps([1, 'a'], 2)), out); print(out.getvalue().splitlines()[0])
p = xdrlib.Packer(); p.pack_int(7); p.pack_string(b'hi'); u = xdrlib.Unpacker(p.get_buffer()); print(u.unpack_int(), u.unpack_string())
wb = io.BytesIO()
with wave.open(wb, 'wb') as w:
    w.setnchannels(1); w.setsampwidth(2); w.setframerate(8000); w.writeframes(b'\x00\x01' * 10)
wb.seek(0)
with wave.open(wb) as w: print(w.getparams())
