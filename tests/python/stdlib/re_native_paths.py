# sub/subn with templates, findall's shapes, and match objects made by search, match and
# fullmatch: on str, bytes and subclasses, with pos/endpos, counts and empty matches.
import re


class S(str):
    pass


print(re.sub(r'(\w+)@(\w+)', r'\2 at \1', 'mail bob@home and amy@work now'))
print(re.sub(r'(?P<a>\d)(?P<b>\d)?', r'[\g<b>|\g<a>|\g<0>]', 'x1y23z456'))
print(re.subn(r'a*', '-', 'baaac'))
print(re.subn(r'', '.', 'abc'))
print(re.subn(r'x*', '', 'xxaxx', count=1))
print(re.sub(r'o', 'O', 'foo boo', count=-1))
print(re.sub(r'o', 'O', 'foo boo', count=2))
print(re.sub(r'(a)|b', r'<\1>', 'abab'))
print(re.sub(r'\s+', ' ', '  lots   of\n\tspace  '))
print(re.sub(r'q', 'Q', 'no match here') == 'no match here')
print(re.sub(r'é+', 'e', 'caféé crème'))
print(re.sub(rb'(\d+)', rb'<\1>', b'a1b22c333'))
print(re.subn(rb'>.*\n|\n', b'', b'>head\nACGT\nTTGA\n'))
print(re.sub(r'\d', lambda m: str(int(m.group()) * 2), 'a1b2c9'))
print(re.sub(r'x', 'y', S('axbx')), type(re.sub(r'x', 'y', S('axbx'))).__name__)
print(re.sub(r'(a)', r'\n\1\t', 'bab'))
print(re.sub(r'(b)', '\\\\', 'abc'))
for bad in [r'\3', r'\g<x>', r'\g<1']:
    try:
        re.sub(r'(a)(b)?', bad, 'ab')
    except (re.error, IndexError) as e:
        print(type(e).__name__, e)
try:
    re.sub('a', b'b', 'a')
except TypeError as e:
    print('TypeError', e)
try:
    re.sub('a', 'b', b'a')
except TypeError as e:
    print('TypeError', e)

print(re.findall(r'\d+', 'a1b22c333'))
print(re.findall(r'(\w)(\d)?', 'a1bc2'))
print(re.findall(r'(\w)=(\d+)', 'a=1, b=22'))
print(re.findall(r'(x)?y', 'yxy'))
print(re.findall(r'', 'ab'))
print(re.findall(rb'[ag]', b'gattaca'))
print(re.findall(rb'(a)(t)?', b'gattaca'))
p = re.compile(r'\w')
print(p.findall('abcdef', 2, 4), p.findall('abcdef', 4), p.findall('abcdef', -3, 100))

m = re.search(r'(?P<word>[a-z]+)(\d)?', 'XX hello42 YY')
print(m, m.group(), m.group(0), m.group(1, 2), m.group('word'), m['word'])
print(m.start(), m.end(), m.span(), m.span(2), m.start(1), m.end('word'))
print(m.groups(), m.groupdict(), m.lastindex, m.lastgroup, m.pos, m.endpos, m.string, m.re)
print(m.regs, m.expand(r'<\g<word>:\2>'))
m = re.match(r'(a)|(b)', 'b')
print(m.groups(), m.groups('-'), m.lastindex, m.span(1))
print(re.match(r'b', 'ab'), re.fullmatch(r'a.', 'ab'), re.fullmatch(r'a', 'ab'))
p = re.compile(r'\d+')
print(p.search('ab123cd45', 4), p.search('ab123cd45', 4, 5), p.match('123', 1), p.match('123', 5))
print(p.search('ab123', -5, 99).span(), p.search('ab123', 3, 2))
print(p.fullmatch('a12b', 1, 3), p.fullmatch('a12b', 1, 4))
m = re.search(rb'(t+)', b'gattaca')
print(m, m.group(1), m.span())
print(re.search('x', S('axb')).string.__class__.__name__)
for g in [3, -1, 'nope', True]:
    try:
        re.search('(a)', 'a').group(g)
    except IndexError as e:
        print('IndexError', e)
print(bool(re.search('z', 'abc')), bool(re.search('', '')))
print([m.span() for m in re.finditer(r'a|', 'bab')])
print(re.split(r'(,)\s*', 'a, b,c'))
try:
    re.search(r'a', 1)
except TypeError as e:
    print('TypeError', e)
try:
    re.compile('a').search(b'a')
except TypeError as e:
    print('TypeError', e)
