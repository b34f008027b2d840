# codecs and the encodings package: lookup, the text encodings beyond UTF-8 (UTF-16/32,
# code pages, escapes), the bytes-to-bytes codecs, incremental and stream coders, error
# handlers, and str.encode/bytes.decode reaching the same codecs.
import codecs
import io

print(codecs.lookup('UTF-8').name, codecs.lookup('latin1').name, codecs.lookup('CP1252').name,
      codecs.lookup('utf_16').name, codecs.lookup('U8').name)
text = 'hé€\U0001F600\n'
for enc in ['utf-8', 'latin-1', 'ascii', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32',
            'utf-32-be', 'cp1252', 'cp437', 'cp850', 'iso8859-15', 'mac_roman', 'koi8_r',
            'unicode_escape', 'raw_unicode_escape', 'utf-8-sig']:
    b = codecs.encode(text, enc, 'replace')
    print(enc, b, repr(codecs.decode(b, enc, 'replace')), text.encode(enc, 'replace') == b)
print('Grüße'.encode('cp1252'), b'Gr\xfc\xdfe'.decode('cp1252'), 'ok'.encode('utf-16-le'))
print(b'\xff\xfeh\x00i\x00'.decode('utf-16'), b'\xfe\xff\x00h\x00i'.decode('utf-16'))
print(codecs.encode(b'hi', 'hex'), codecs.decode(b'6869', 'hex'), codecs.encode(b'hi', 'base64'),
      codecs.decode(b'aGk=\n', 'base64'), codecs.encode('Hello', 'rot13'),
      codecs.decode('Uryyb', 'rot_13'))
print(repr(codecs.decode(b'a\\tb\\x41\\u00e9\\N{BULLET}\\\\', 'unicode_escape')),
      codecs.escape_decode(b'\\x41\\n')[0], codecs.encode('tab\there\u20ac', 'unicode_escape'))
print(codecs.decode('caf\\u00e9'.encode(), 'raw_unicode_escape'))
dec = codecs.getincrementaldecoder('utf-8')()
print(repr(dec.decode(b'ab\xe2\x82')), repr(dec.decode(b'\xac!')), repr(dec.decode(b'', final=True)))
enc = codecs.getincrementalencoder('utf-16')()
print(enc.encode('a'), enc.encode('b'))
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE)
w = codecs.getwriter('utf-8')(io.BytesIO())
w.write('é')
w.writelines(['x', 'y'])
print(w.stream.getvalue())
r = codecs.getreader('utf-16')(io.BytesIO('hey\nyou'.encode('utf-16')))
print(r.readlines())
print(list(codecs.iterdecode([b'\xc3', b'\xa9x'], 'utf-8')), b''.join(codecs.iterencode(['a', 'é'], 'latin-1')))
info = codecs.lookup('utf-8')
print(info.name, info.encode('x'), info.decode(b'y'), info.incrementalencoder.__name__)
for bad in [(b'\x81', 'cp1252'), (b'\xff\xfe\x00\xd8', 'utf-16'), (b'\\x4', 'unicode_escape')]:
    try:
        codecs.decode(*bad)
    except UnicodeDecodeError as e:
        print('UnicodeDecodeError', e, e.start, e.end, e.reason)
try:
    codecs.encode('\u4e00', 'cp1252')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError', e, e.encoding, e.object, e.start, e.end)
try:
    codecs.lookup('no-such-codec')
except LookupError as e:
    print('LookupError', e)
try:
    'x'.encode('rot13')
except LookupError as e:
    print('LookupError', e)
print(codecs.encode('\u4e00x', 'cp1252', 'xmlcharrefreplace'),
      codecs.encode('\u4e00', 'latin-1', 'backslashreplace'),
      codecs.decode(b'a\x81b', 'cp1252', 'ignore'), codecs.decode(b'a\x81', 'cp1252', 'replace'))
codecs.register_error('stars', lambda e: ('*' * (e.end - e.start), e.end))
print(codecs.encode('a\u4e00\u4e01b', 'cp437', 'stars'))
print(codecs.lookup_error('strict') is codecs.strict_errors)
e = UnicodeEncodeError('ascii', 'a\xe9b', 1, 2, 'ordinal not in range(128)')
print(e, e.args, UnicodeDecodeError('utf-8', b'\xff\xfe', 0, 2, 'bad'))
print(UnicodeTranslateError('x\u20ac', 1, 2, 'no'))
