# open(): reading, writing, appending, seeking, truncating, newlines, encodings and the errors
# CPython gives, on the interpreter's own file system.
import io
import os
import tempfile

os.chdir(tempfile.mkdtemp())
print(open is io.open)

with open('a.txt', 'w') as f:
    print(type(f).__name__, f.mode, f.name, f.closed, f.writable(), f.readable())
    print(f.write('line one\n'), f.write('line two\n'))
    f.writelines(['three\n', 'four'])
print(f.closed)

with open('a.txt') as f:
    print(repr(f.read()))
with open('a.txt') as f:
    print(repr(f.readline()), repr(f.readline(4)), repr(f.readline()))
    print(f.readlines())
with open('a.txt') as f:
    for n, line in enumerate(f):
        print(n, repr(line))
with open('a.txt') as f:
    print(repr(f.read(5)), f.tell(), repr(f.read(3)))
    f.seek(0)
    print(repr(f.read(4)))
    print(f.seek(0, 2), repr(f.read()))

with open('a.txt', 'a') as f:
    f.write('\nfive\n')
print(open('a.txt').read().splitlines())

with open('b.bin', 'wb') as f:
    print(type(f).__name__, f.mode, f.write(b'\x00\x01\x02abc'), f.tell())
    f.write(bytearray(b'XYZ'))
with open('b.bin', 'rb') as f:
    print(type(f).__name__, f.read(2), f.read(), f.read())
    f.seek(-3, 2)
    print(f.tell(), f.read(1), f.seek(1, 1), f.read())
with open('b.bin', 'r+b') as f:
    print(type(f).__name__, f.mode)
    f.seek(3)
    f.write(b'---')
    f.seek(0)
    print(f.read())
    print(f.truncate(4), f.tell())
    f.seek(0)
    print(f.read())
with open('b.bin', 'rb', buffering=0) as f:
    print(type(f).__name__, f.mode, f.read(), f.closefd)
with open('w.txt', 'w+') as f:
    f.write('abc\ndef\n')
    f.seek(0)
    print(repr(f.read()), f.tell())
    f.truncate(2)
    f.seek(0)
    print(repr(f.read()))
print(os.path.getsize('w.txt'))

# 'x' creates, and only once.
with open('x.txt', 'x') as f:
    f.write('new')
try:
    open('x.txt', 'x')
except FileExistsError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)

# Newlines: universal on reading, translated on writing.
with open('nl.txt', 'wb') as f:
    f.write(b'a\nb\r\nc\rd')
print(repr(open('nl.txt').read()))
print(open('nl.txt', newline='').readlines())
print(open('nl.txt', newline='\n').readlines())
print(open('nl.txt', newline='\r').readlines())
print(open('nl.txt', newline='\r\n').readlines())
with open('nl2.txt', 'w', newline='\r\n') as f:
    f.write('x\ny\n')
print(open('nl2.txt', 'rb').read())
with open('nl3.txt', 'w', newline='') as f:
    f.write('x\r\ny\n')
print(open('nl3.txt', 'rb').read())

# Encodings and errors.
with open('u.txt', 'w', encoding='utf-8') as f:
    f.write('h\u00e9llo \u20ac\n')
print(open('u.txt', 'rb').read(), open('u.txt', encoding='utf-8').read())
print(repr(open('u.txt', encoding='latin-1').read()))
with open('l.txt', 'w', encoding='latin-1') as f:
    f.write('caf\u00e9')
print(open('l.txt', 'rb').read())
try:
    open('l.txt').read()
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e.reason)
print(open('l.txt', errors='replace').read())
print(open('l.txt', errors='ignore').read())
with open('s.txt', 'w', encoding='utf-16') as f:
    f.write('ab')
    f.write('c')
print(open('s.txt', 'rb').read(), open('s.txt', encoding='utf-16').read())
try:
    open('e.txt', 'w', encoding='ascii').write('\u00e9')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError', e.reason)
try:
    open('e.txt', 'w', encoding='no-such-codec')
except LookupError as e:
    print('LookupError', e)

# Errors.
def attempt(f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print('ok', type(r).__name__)
        if hasattr(r, 'close'):
            r.close()

attempt(open, 'missing.txt')
attempt(open, 'missing/dir/file.txt', 'w')
attempt(open, '.')
attempt(open, '.', 'w')
attempt(open, 'a.txt/x')
attempt(open, 'a.txt', 'rw')
attempt(open, 'a.txt', 'rr')
attempt(open, 'a.txt', 'rU')
attempt(open, 'a.txt', 'tb')
attempt(open, 'a.txt', 'b')
attempt(open, 'a.txt', 'rb', encoding='utf-8')
attempt(open, 'a.txt', 'rb', errors='strict')
attempt(open, 'a.txt', 'rb', newline='')
attempt(open, 'a.txt', 'r', newline='x')
attempt(open, 'a.txt', 'r', newline=5)
attempt(open, 'a.txt', 5)
attempt(open, 'a.txt', 'r', buffering=0)
attempt(open, 1.5)
attempt(open, None)
attempt(open, 'a.txt', 'r', encoding=3)
with open('a.txt') as f:
    attempt(f.write, 'x')
with open('a.txt', 'w') as f:
    attempt(f.read)
    attempt(f.write, b'x')
with open('a.txt', 'rb') as f:
    attempt(f.write, b'x')
with open('a.txt', 'wb') as f:
    attempt(f.read)
    attempt(f.write, 'x')
f = open('a.txt')
f.close()
attempt(f.read)
attempt(f.readline)
attempt(f.write, 'x')
with open('a.txt', 'w+') as f:
    f.write('hello')
    attempt(f.seek, 1, 1)
    attempt(f.seek, 1, 2)
    attempt(f.seek, -1)
    attempt(f.seek, 0, 3)

# By descriptor, and with an opener.
fd = os.open('fd.txt', os.O_WRONLY | os.O_CREAT)
with open(fd, 'w') as f:
    print(f.name == fd, f.write('through fd'))
attempt(os.write, fd, b'x')
with open('fd.txt', opener=lambda path, flags: os.open(path, flags)) as f:
    print(f.read())
fd = os.open('fd.txt', os.O_RDONLY)
f = open(fd, closefd=False)
print(f.read())
f.close()
print(os.read(fd, 3), os.lseek(fd, 0, 0), os.read(fd, 7))
os.close(fd)

# isinstance relations.
with open('a.txt') as f:
    print(isinstance(f, io.TextIOWrapper), isinstance(f, io.TextIOBase), isinstance(f, io.IOBase),
          isinstance(f.buffer, io.BufferedReader), isinstance(f.buffer.raw, io.FileIO),
          isinstance(f.buffer.raw, io.RawIOBase), f.fileno() >= 3, f.isatty(), f.encoding)
with open('a.txt', 'wb') as f:
    print(isinstance(f, io.BufferedWriter), isinstance(f, io.BufferedIOBase))
with open('a.txt', 'w+b') as f:
    print(isinstance(f, io.BufferedRandom), isinstance(f, io.BufferedReader))
print(sorted(os.listdir()))

# A failed open is reported at the caller's line: open and os are C in CPython, with no frames.
import traceback


def opener(path):
    return open(path)


for attempt in (lambda: opener('/no/such/file'), lambda: os.stat('missing'),
                lambda: os.mkdir('a.txt'), lambda: open('a.txt', 'rb').read(-2 + 'x')):
    try:
        attempt()
    except Exception as e:
        print(type(e).__name__, [f.name for f in traceback.extract_tb(e.__traceback__)])
