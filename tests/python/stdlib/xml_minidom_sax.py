import io
import xml.dom.minidom as minidom
import xml.sax
from xml.sax.handler import ContentHandler

doc = minidom.parseString('<?xml version="1.0"?><catalog><item id="1" kind="a">First &amp; best</item><item id="2"><name>Second</name><!-- note --></item></catalog>')
print(doc.documentElement.tagName)
for item in doc.getElementsByTagName('item'):
    print(item.getAttribute('id'), item.getAttribute('kind') or '-', [c.nodeType for c in item.childNodes])
print(doc.getElementsByTagName('name')[0].firstChild.data)
print(doc.toxml())
print(doc.toprettyxml(indent='  '))
print(doc.documentElement.toprettyxml(indent='\t', newl='\n'))
new = doc.createElement('extra')
new.setAttribute('flag', 'yes & no')
new.appendChild(doc.createTextNode('<text>'))
doc.documentElement.appendChild(new)
print(doc.documentElement.lastChild.toxml())
print(doc.toxml(encoding='utf-8')[:50])
d2 = minidom.parse(io.BytesIO(b'<r xmlns:p="urn:p"><p:x a="1"/></r>'))
x = d2.getElementsByTagNameNS('urn:p', 'x')[0]
print(x.tagName, x.namespaceURI, x.localName, x.prefix)
impl = minidom.getDOMImplementation()
nd = impl.createDocument(None, 'root', None)
nd.documentElement.appendChild(nd.createComment('hi'))
print(nd.toxml())
d3 = minidom.parseString('<!DOCTYPE r [<!ENTITY e "ent">]><r>&e; <![CDATA[cd<>]]></r>')
print(d3.doctype.name, d3.documentElement.toxml())


class Handler(ContentHandler):
    def startDocument(self):
        print('startDocument')
    def endDocument(self):
        print('endDocument')
    def startElement(self, name, attrs):
        print('start', name, dict(attrs), attrs.getNames())
    def endElement(self, name):
        print('end', name)
    def characters(self, content):
        print('chars', repr(content))
    def processingInstruction(self, target, data):
        print('pi', target, data)

xml.sax.parseString(b'<?xml version="1.0"?><doc a="1"><p>Hello\nworld &amp; all</p><?go now?><e/></doc>', Handler())
xml.sax.parse(io.BytesIO(b'<doc><x>1</x></doc>'), Handler())


class NSHandler(ContentHandler):
    def startElementNS(self, name, qname, attrs):
        print('startNS', name, qname, dict(attrs))
    def endElementNS(self, name, qname):
        print('endNS', name)
    def startPrefixMapping(self, prefix, uri):
        print('map', prefix, uri)

parser = xml.sax.make_parser()
parser.setFeature(xml.sax.handler.feature_namespaces, True)
parser.setContentHandler(NSHandler())
parser.parse(io.BytesIO(b'<r xmlns="urn:d" xmlns:q="urn:q"><q:a q:k="v"/></r>'))

try:
    xml.sax.parseString(b'<a><b></a>', ContentHandler())
except xml.sax.SAXParseException as e:
    print('SAXParseException:', e, e.getLineNumber(), e.getColumnNumber())
try:
    minidom.parseString('<a>')
except Exception as e:
    print(type(e).__name__, e)

from xml.sax.saxutils import XMLGenerator
out = io.StringIO()
g = XMLGenerator(out)
g.startDocument()
g.startElement('r', {'a': '<&>'})
g.characters('x & y')
g.endElement('r')
g.endDocument()
print(out.getvalue())
