import io
import xml.etree.ElementTree as ET

doc = b'<root><a x="1">text<b/>tail</a><c>more</c></root>'
for event, elem in ET.iterparse(io.BytesIO(doc), events=('start', 'end')):
    print(event, elem.tag, elem.attrib)
it = ET.iterparse(io.BytesIO(doc))
print([e.tag for _, e in it], it.root.tag)

p = ET.XMLPullParser(events=('start', 'end', 'comment', 'pi'))
for chunk in ['<ro', 'ot><item>', 'one</it', 'em><!-- c --><?p d?><item>two', '</item></root>']:
    p.feed(chunk)
    print(repr(chunk), [(ev, getattr(el, 'tag', el) if ev in ('start', 'end') else el.text) for ev, el in p.read_events()])
p.close()

parser = ET.XMLParser()
parser.feed('<a><b>1</b>')
parser.feed('<b>2</b></a>')
root = parser.close()
print([b.text for b in root])

class Target:
    def __init__(self):
        self.log = []
    def start(self, tag, attrib):
        self.log.append(('start', tag, attrib))
    def end(self, tag):
        self.log.append(('end', tag))
    def data(self, data):
        self.log.append(('data', data))
    def comment(self, text):
        self.log.append(('comment', text))
    def close(self):
        return self.log
parser = ET.XMLParser(target=Target())
parser.feed('<r a="1">x<!--note--><s>y</s>z</r>')
for entry in parser.close():
    print(entry)

tb = ET.TreeBuilder(insert_comments=True, insert_pis=True)
parser = ET.XMLParser(target=tb)
parser.feed('<r><!--c--><?t d?></r>')
print(ET.tostring(parser.close()))

bad = ['<a><b></a>', '<a>', '', '<a b>', '<a>&foo;</a>', '<a></a><b/>', '<a x="1" x="2"/>',
       '<a>\n <b>\n</c></a>', 'plain text', '<a>&#0;</a>', '<?xml version="1.0"?>\n<a><1/></a>']
for text in bad:
    try:
        ET.fromstring(text)
    except ET.ParseError as e:
        print(repr(text), '->', e, e.position, e.code)
try:
    ET.parse(io.StringIO('<root><unclosed></root>'))
except ET.ParseError as e:
    print(type(e).__name__, e.position, str(e))
print(issubclass(ET.ParseError, SyntaxError))

bomb = '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">' + ''.join(
    '<!ENTITY lol%d "%s">' % (i, ('&lol%d;' % (i - 1) if i > 1 else '&lol;') * 10) for i in range(1, 10)) + ']><lolz>&lol9;</lolz>'
try:
    ET.fromstring(bomb)
except ET.ParseError as e:
    print('bomb:', e)
small = '<!DOCTYPE r [<!ENTITY who "world"><!ENTITY greet "hello &who;">]><r>&greet;!</r>'
print(ET.fromstring(small).text)
deep = '<a>' * 100000 + '</a>' * 100000
node, depth = ET.fromstring(deep), 1
while len(node):
    node, depth = node[0], depth + 1
print(depth)
