import io
import xml.etree.ElementTree as ET

doc = """<?xml version="1.0"?>
<library name="city &amp; county">
  <book id="b1" lang="en">
    <title>Dune</title>
    <author>Frank Herbert</author>
    <year>1965</year>
    <price currency="USD">9.99</price>
  </book>
  <book id="b2" lang="fr">
    <title>L'\u00c9tranger</title>
    <author>Albert Camus</author>
    <year>1942</year>
    <price currency="EUR">7.50</price>
  </book>
  <!-- a comment -->
  <magazine id="m1"><title>Wired</title>tail text</magazine>
</library>
"""
root = ET.fromstring(doc)
print(root.tag, root.attrib, repr(root.text))
for child in root:
    print(child.tag, child.attrib, repr(child.tail))
for t in root.iter('title'):
    print('title:', t.text)
print([e.tag for e in root.iter()])
print(root.find('book').get('id'))
print(root.find("book[@lang='fr']/title").text)
print([b.get('id') for b in root.findall('book')])
print(root.findtext('book/author'))
print(root.findtext('nothing', default='none'))
print([p.text for p in root.findall('.//price')])
print([p.get('currency') for p in root.findall(".//price[@currency]")])
print([b.get('id') for b in root.findall("book[year='1942']")])
print(root.find('book[2]').get('id'), root.find('book[last()]').get('id'))
print([e.tag for e in root.findall('*')])
print([e.tag for e in root.findall('.//title/..')])
print(root.find('magazine').text, repr(root.find('magazine').tail))
print(repr(root.find('magazine/title').tail))
print(len(root), len(root[0]), root[1][0].text)
print(list(root[0].keys()), list(root[0].items()))
print(sorted(ET.iterparse.__doc__ is not None for _ in range(1)))

tree = ET.parse(io.StringIO(doc))
print(tree.getroot().tag, tree.find('book/title').text)
tree = ET.parse(io.BytesIO(doc.encode('utf-8')))
print(tree.getroot()[1][0].text)
latin = '<?xml version="1.0" encoding="iso-8859-1"?><r>caf\xe9</r>'.encode('latin-1')
print(ET.fromstring(latin).text)
print(ET.fromstring('<r>&lt;&gt;&amp;&quot;&apos;&#65;&#x42;&#233;</r>').text)
print(ET.fromstring('<r a="x&#10;y\tz"/>').get('a').split())
print(repr(ET.fromstring('<r><![CDATA[<not> & tag]]></r>').text))
print(repr(ET.fromstring('<r>a\r\nb</r>').text))
