# str.encode and bytes.decode with UTF-8, ASCII and Latin-1 and the error handlers.


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


texts = ['', 'plain', 'é', 'aéü', 'a€😀b', 'ÿ\u0100', 'x\u20acy\u20acz', '\x00\x7f\x80']
for t in texts:
    for enc in ['utf-8', 'ascii', 'latin-1']:
        for errors in ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace']:
            show(repr(t) + ' ' + enc + ' ' + errors, lambda: t.encode(enc, errors))
    print(t.encode(), t.encode('UTF8'), t.encode(encoding='utf_8'))

data = [b'', b'plain', b'\xc3\xa9', b'\xff', b'\xe0', b'\xe0\xa0', b'\xe0\x80', b'a\xe0\xa0b',
        b'\xf0\x90\x80', b'\xed\xa0\x80', b'\xc3', b'\xc3\x28', b'\x80\x80', b'\xf4\x90\x80\x80',
        b'\xf0\x9f\x98\x80', b'\xc0\xaf', b'ok\xe2\x82', b'\xe2\x82\xac\xe2\x82']
for d in data:
    for enc in ['utf-8', 'ascii', 'latin-1']:
        for errors in ['strict', 'ignore', 'replace', 'backslashreplace']:
            show(repr(d) + ' ' + enc + ' ' + errors, lambda: d.decode(enc, errors))

try:
    'aé€'.encode('ascii')
except UnicodeEncodeError as e:
    print(type(e).__name__, '|', e, '|', e.encoding, e.object, e.start, e.end, e.reason)
try:
    b'ab\xffcd'.decode('utf-8')
except UnicodeDecodeError as e:
    print(type(e).__name__, '|', e, '|', e.encoding, e.object, e.start, e.end, e.reason)
try:
    b'\xff'.decode('ascii')
except UnicodeError as e:
    print('caught as UnicodeError:', e)
try:
    'é'.encode('latin1').decode('utf8')
except ValueError as e:
    print('caught as ValueError:', e)

for name in ['UTF-8', 'utf8', 'U8', 'Latin-1', 'latin1', 'ISO-8859-1', 'iso8859_1', 'L1', 'ASCII',
             'us-ascii', 'US_ASCII', ' utf-8 ', 'utf 8']:
    show(name, lambda: 'aé'.encode(name, 'replace'))

for f in [lambda: 'a'.encode('rot13x'), lambda: 'é'.encode('ascii', 'bogus'), lambda: 'a'.encode('ascii', 'bogus'),
          lambda: b'\xff'.decode('utf-8', 'bogus'), lambda: b'a'.decode('utf-8', 'bogus'),
          lambda: 'a'.encode(1), lambda: 'a'.encode('utf-8', None), lambda: b'a'.decode(None),
          lambda: b'a'.decode('nope'), lambda: 'a'.encode('utf-8', 'strict', 'x'),
          lambda: 'a'.encode(encodin='x'), lambda: b'a'.decode(encoding='ascii', errors=5)]:
    show('err', f)
