# glob, csv and logging.FileHandler with files of the interpreter's own file system.
import csv
import glob
import logging
import os
import tempfile

os.chdir(tempfile.mkdtemp())
os.makedirs('src/pkg/sub')
for name in ('src/a.py', 'src/b.txt', 'src/pkg/__init__.py', 'src/pkg/sub/c.py', 'src/.hidden.py'):
    open(name, 'w').close()
print(sorted(glob.glob('src/*.py')))
print(sorted(glob.glob('src/**/*.py', recursive=True)))
print(sorted(glob.glob('**', recursive=True)))
print(sorted(glob.glob('src/[ab].*')))
print(sorted(glob.glob('src/*', include_hidden=True)))
print(glob.glob('nothing/*'), glob.glob('src/b.txt'), glob.escape('a[b]*'))
print(sorted(glob.glob('*.py', root_dir='src')))
print(sorted(glob.iglob('src/pkg/*')))

# csv to and from a file.
rows = [['name', 'qty', 'note'], ['apple', '3', 'red, round'], ['pear', '5', 'says "hi"'],
        ['fig', '', 'line\nbreak']]
with open('fruit.csv', 'w', newline='') as f:
    writer = csv.writer(f)
    writer.writerows(rows)
print(open('fruit.csv', 'rb').read())
with open('fruit.csv', newline='') as f:
    print(list(csv.reader(f)) == rows)
with open('fruit.csv', newline='') as f:
    for row in csv.DictReader(f):
        print(dict(row))
with open('dict.csv', 'w', newline='') as f:
    w = csv.DictWriter(f, fieldnames=['a', 'b'])
    w.writeheader()
    w.writerow({'a': 1, 'b': 'x'})
    w.writerow({'a': 2, 'b': 'y'})
with open('dict.csv') as f:
    print(f.read().splitlines())

# logging to a file.
log = logging.getLogger('files')
log.setLevel(logging.DEBUG)
handler = logging.FileHandler('app.log')
handler.setFormatter(logging.Formatter('%(levelname)s:%(name)s:%(message)s'))
log.addHandler(handler)
log.info('started')
log.warning('careful %d', 3)
log.debug('detail')
handler.close()
print(open('app.log').read(), end='')
appender = logging.FileHandler('app.log', mode='a', encoding='utf-8')
appender.setFormatter(logging.Formatter('%(message)s'))
log.addHandler(appender)
log.error('appended \u00e9')
appender.close()
print(open('app.log', encoding='utf-8').read().splitlines())
delayed = logging.FileHandler('later.log', delay=True)
print(os.path.exists('later.log'), os.path.basename(delayed.baseFilename))
delayed.close()
logging.basicConfig(filename='basic.log', level=logging.INFO, format='%(message)s', force=True)
logging.info('via basicConfig')
logging.shutdown()
print(open('basic.log').read(), end='')
print(sorted(os.listdir()))
