print(str(b'\xff', 'utf-8', 'replace'), str(b'caf\xc3\xa9', 'utf-8'), str(b'ab', encoding='ascii'))
try:
    str(b'\xff', 'utf-8')
except UnicodeDecodeError as e:
    print(e)
