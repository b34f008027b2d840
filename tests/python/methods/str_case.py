# Case conversions and the is... predicates, including non-ASCII text where CPython's
# Unicode 14 rules apply (full case mappings, final sigma, titlecase letters).
samples = ['hello', 'HELLO', 'Hello World', 'hello world', "they're bill's friends", '1st place',
           'x-ray', 'ǆemal ǈubljana', 'straße', 'ﬁne ﬂour', 'ΑΣ ΣΑ ΑΣΑ Σ', 'ΌΣΟΣ', 'İstanbul',
           'ǅ', 'ß', 'ŉ', 'Ⅷ', 'ⓐⓑ', 'ǰ', 'ΐ', 'ﬃ', 'Ꭰ', 'ꭰ', 'µ', 'ſ', 'K', 'Ω', '',
           'ABC def', 'aBc DeF', 'MiXeD 123', 'ß SS', 'ǉ ǈ Ǉ', 'a\u0345b', "o'neil", 'İ̇',
           'Α\u0301Σ', 'AΣ\u0301', 'AΣ.', 'A.Σ', '\u1fb3', '\u1f80']
for s in samples:
    print(repr(s), repr(s.upper()), repr(s.lower()), repr(s.casefold()), repr(s.swapcase()),
          repr(s.title()), repr(s.capitalize()))
    print('   ', s.isupper(), s.islower(), s.istitle(), s.isalpha(), s.isalnum())

chars = ['a', 'Z', '5', '٣', '²', '½', 'Ⅷ', '〇', '一', '\u0e53', '\u2155', '\U0001d7ce', 'é', '_',
         ' ', '\t', '\x1c', '\x85', '\u00a0', '\u2028', '\u200b', '\x7f', '\xad', '\u0378', '☃',
         '\U0001f600', 'ǅ', 'ª', 'ʰ', '\u0345', '\u0301', '·', '℘', '℮', '゛', '\u1885', '\u2118']
for c in chars:
    print(repr(c), c.isalpha(), c.isalnum(), c.isdecimal(), c.isdigit(), c.isnumeric(),
          c.isspace(), c.isprintable(), c.isidentifier(), c.isascii(), c.islower(), c.isupper(),
          c.istitle())

words = ['', 'abc', 'ABC', 'Abc', 'a1', '123', '١٢٣', '½¼', ' \t\n', 'hello world', 'Hello World',
         'Hello world', 'HELLO', 'hello\n', 'x_1', '_x', '1x', 'for', 'if_', 'é1', 'a-b', 'Ǆ', 'ǅa',
         'Aǅ', '\u2160\u2161', 'abc\x00', 'ascii\x7f', 'ünïcödé', 'Ⅻ', 'A1B2', '1A', 'A 1 B']
for w in words:
    print(repr(w), w.isalpha(), w.isalnum(), w.isdecimal(), w.isdigit(), w.isnumeric(),
          w.isspace(), w.isprintable(), w.isidentifier(), w.isascii(), w.islower(), w.isupper(),
          w.istitle())

# Every character below U+0800 through each mapping, summarised so the output stays short.
counts = [0] * 10
for cp in range(0x3000):
    c = chr(cp)
    counts[0] += len(c.upper())
    counts[1] += len(c.lower())
    counts[2] += len(c.casefold())
    counts[3] += len(c.title())
    counts[4] += c.isalpha()
    counts[5] += c.isnumeric()
    counts[6] += c.islower()
    counts[7] += c.isupper()
    counts[8] += c.isidentifier()
    counts[9] += sum(map(ord, c.upper() + c.lower() + c.title() + c.casefold()))
print(counts)
