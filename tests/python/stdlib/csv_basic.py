# csv as programs use it: reader and writer over StringIO, dialects and their settings,
# quoting modes, DictReader/DictWriter, Sniffer, and the errors of malformed input.
import csv
import io

data = 'name,age,city\r\nAnn,30,"New York, NY"\r\n"Bob ""B""",25,Paris\r\n\r\n"multi\nline",1,x\r\n'
rows = list(csv.reader(io.StringIO(data, newline='')))
print(rows)
r = csv.reader(io.StringIO('a,b\nc,d\n'))
print(next(r), r.line_num, r.dialect.delimiter, repr(r.dialect.lineterminator))
print(list(csv.reader(['x;y;"z;w"', ' 1; 2;3'], delimiter=';', skipinitialspace=True)))
print(list(csv.reader(['a\\,b,c', '"q\\"x",y'], escapechar='\\')))
print(list(csv.reader(['1,2.5,"x"', '"3",4,5'], quoting=csv.QUOTE_NONNUMERIC)))
print(list(csv.reader(['a,"b,c"'], quoting=csv.QUOTE_NONE)))
print(list(csv.reader(['a,"b"x,c', 'end"'])))
print(list(csv.reader(['"unterminated'])))
print(list(csv.reader(['', 'a', ',', '""'])))

out = io.StringIO()
w = csv.writer(out)
w.writerow(['plain', 'with,comma', 'with "quote"', 'line\nbreak', None, 3, 2.5, True])
w.writerows([[1, 2], [], [''], ['', '']])
print(repr(out.getvalue()))
for quoting in (csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_MINIMAL):
    out = io.StringIO()
    csv.writer(out, quoting=quoting, lineterminator='\n').writerow(['a', 1, 2.0, None, 'b c'])
    print(quoting, repr(out.getvalue()))
out = io.StringIO()
csv.writer(out, quoting=csv.QUOTE_NONE, escapechar='\\', delimiter='|').writerow(['a|b', 'c"d', 'e\\f'])
print(repr(out.getvalue()))
out = io.StringIO()
csv.writer(out, doublequote=False, escapechar='\\').writerow(['say "hi"'])
print(repr(out.getvalue()))
print(csv.writer(io.StringIO()).writerow(['x', 'y']))

csv.register_dialect('pipes', delimiter='|', quoting=csv.QUOTE_ALL, lineterminator='\n')
print(sorted(csv.list_dialects()))
d = csv.get_dialect('pipes')
print(d.delimiter, d.quotechar, d.quoting, d.doublequote, repr(d.lineterminator), d.strict)
out = io.StringIO()
csv.writer(out, 'pipes').writerow(['a', 'b'])
print(repr(out.getvalue()), list(csv.reader(out.getvalue().splitlines(), 'pipes')))
csv.unregister_dialect('pipes')


class Tabs(csv.Dialect):
    delimiter = '\t'
    quotechar = "'"
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = csv.QUOTE_MINIMAL


out = io.StringIO()
csv.writer(out, Tabs).writerow(["it's", 'x\ty'])
print(repr(out.getvalue()), list(csv.reader(io.StringIO(out.getvalue()), dialect=Tabs)))
print(list(csv.reader(['a\tb'], dialect='excel-tab')))

text = 'id,name,score\n1,Ann,9.5\n2,Bob,\n\n3,"Cy, Jr",7\n'
for row in csv.DictReader(io.StringIO(text)):
    print(row)
dr = csv.DictReader(io.StringIO('a,b\n1,2,3\n4\n'), restkey='extra', restval='-')
print(dr.fieldnames, list(dr))
out = io.StringIO()
dw = csv.DictWriter(out, fieldnames=['id', 'name'], extrasaction='ignore', lineterminator='\n')
dw.writeheader()
dw.writerows([{'id': 1, 'name': 'x', 'junk': 0}, {'id': 2}])
print(repr(out.getvalue()))
try:
    csv.DictWriter(io.StringIO(), fieldnames=['a']).writerow({'a': 1, 'b': 2})
except ValueError as e:
    print('ValueError', e)

sniffer = csv.Sniffer()
sample = 'a;b;c\n1;2;3\n4;5;6\n'
dialect = sniffer.sniff(sample)
print(dialect.delimiter, sniffer.has_header('name,age\nann,30\nbob,25\n'))

for bad in [dict(delimiter='::'), dict(delimiter=1), dict(quotechar=None),
            dict(quoting=9), dict(lineterminator=5), dict(bogus=1)]:
    try:
        csv.writer(io.StringIO(), **bad)
    except (TypeError, csv.Error) as e:
        print(type(e).__name__, e)
for bad, kw in [(['a,"b"c'], dict(strict=True)), (['"open'], dict(strict=True)),
                (['a\rb'], {})]:
    try:
        print(list(csv.reader(bad, **kw)))
    except csv.Error as e:
        print('Error', e)
try:
    csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(['a,b'])
except csv.Error as e:
    print('Error', e)
try:
    csv.writer(io.StringIO()).writerow(5)
except csv.Error as e:
    print('Error', e)
try:
    csv.get_dialect('nope')
except csv.Error as e:
    print('Error', e)
print(csv.field_size_limit(), csv.field_size_limit(10), csv.field_size_limit())
try:
    list(csv.reader(['x' * 11]))
except csv.Error as e:
    print('Error', e)
