import xml.etree.ElementTree as ET

doc = '''<root xmlns="http://default/ns" xmlns:x="http://x/ns" xmlns:y="http://y/ns">
  <x:item y:attr="1" plain="2">one</x:item>
  <item>two</item>
  <y:other><x:deep>three</x:deep></y:other>
</root>'''
root = ET.fromstring(doc)
print(root.tag)
for e in root.iter():
    print(e.tag, sorted(e.attrib.items()))
ns = {'x': 'http://x/ns', 'd': 'http://default/ns', 'y': 'http://y/ns'}
print(root.find('x:item', ns).text)
print(root.find('d:item', ns).text)
print(root.findtext('y:other/x:deep', namespaces=ns))
print([e.text for e in root.findall('.//{http://x/ns}*')])
print([e.tag for e in root.findall('{*}item')])
print(root.find('{http://x/ns}item').get('{http://y/ns}attr'))
print(ET.tostring(root, encoding='unicode'))
ET.register_namespace('ex', 'http://x/ns')
print(ET.tostring(root, encoding='unicode'))
print(ET.tostring(root.find('y:other', ns), encoding='unicode', default_namespace='http://x/ns'))
q = ET.QName('http://x/ns', 'tag')
print(q.text, str(q), q == ET.QName('{http://x/ns}tag'))
e = ET.Element(ET.QName('http://z/ns', 'z'))
ET.SubElement(e, '{http://z/ns}child').text = 'c'
print(ET.tostring(e))
events = []
for event, item in ET.iterparse(__import__('io').StringIO(doc), events=('start-ns', 'end-ns', 'start', 'end')):
    events.append((event, item if isinstance(item, (tuple, type(None))) else item.tag))
for ev in events:
    print(ev)
