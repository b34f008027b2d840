# pathlib (CPython's) over the interpreter's own file system.
import os
import pathlib
import tempfile
from pathlib import Path

os.chdir(tempfile.mkdtemp())
base = Path('.')
p = Path('data') / 'notes.txt'
print(p, repr(p), p.name, p.suffix, p.stem, p.parent, p.parts, type(p).__name__)
print(p.exists(), p.parent.exists())
p.parent.mkdir()
print(p.write_text('first\nsecond\n'), p.read_text().splitlines(), p.exists(), p.is_file(), p.is_dir())
print(p.stat().st_size, p.parent.is_dir())
Path('data/bin.dat').write_bytes(b'\x00\xff')
print(Path('data/bin.dat').read_bytes())
with p.open('a') as f:
    f.write('third\n')
print(p.read_text())
Path('deep/er/est').mkdir(parents=True)
Path('deep/er/est').mkdir(parents=True, exist_ok=True)
try:
    Path('deep').mkdir()
except FileExistsError as e:
    print('FileExistsError', e.filename)
try:
    Path('no/such').mkdir()
except FileNotFoundError as e:
    print('FileNotFoundError', e.filename)
Path('deep/er/a.py').write_text('a')
Path('deep/er/est/b.py').write_text('b')
Path('deep/c.txt').touch()
print(sorted(str(x) for x in base.iterdir()))
print(sorted(str(x) for x in Path('deep').glob('*')))
print(sorted(str(x) for x in base.glob('*/*.txt')))
print(sorted(str(x) for x in base.rglob('*.py')))
print(sorted(str(x) for x in Path('deep').glob('**/*')))
print(sorted(str(x.relative_to('deep')) for x in Path('deep').rglob('*')))
q = Path('data/notes.txt').rename('data/renamed.txt')
print(q, q.exists(), p.exists())
q.replace('moved.txt')
print(Path('moved.txt').read_text().count('\n'))
Path('moved.txt').unlink()
print(Path('moved.txt').exists())
try:
    Path('moved.txt').unlink()
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno, e.filename)
Path('moved.txt').unlink(missing_ok=True)
try:
    Path('missing.txt').read_text()
except FileNotFoundError as e:
    print('FileNotFoundError', e)
print(Path('deep/er/est').resolve() == Path.cwd() / 'deep/er/est', Path.cwd().is_absolute())
print(Path('deep/c.txt').with_suffix('.md'), Path('deep').joinpath('x', 'y'))
Path('deep/er/est/b.py').unlink()
Path('deep/er/est').rmdir()
print(sorted(str(x) for x in Path('deep').rglob('*')))
print(Path('data').samefile('./data'), Path('data/bin.dat').stat().st_size)
with Path('data/bin.dat').open('rb') as f:
    print(f.read())
print(pathlib.PurePosixPath('/a/b/../c').parts, Path('/tmp').exists())
