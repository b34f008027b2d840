# expect: timeout or memory
# A billion laughs behind a megabyte of padding: expat's amplification defence allows 100
# expanded characters per input character, so this expansion may run to 100 million
# characters before the parser refuses it. The expansion must charge fuel and check the
# deadline and the heap limit as it goes.
import xml.etree.ElementTree as ET

entities = '<!ENTITY lol "lol">' + "".join(
    '<!ENTITY lol%d "%s">' % (i, ("&lol%d;" % (i - 1) if i > 1 else "&lol;") * 10)
    for i in range(1, 10)
)
padding = "<!--" + "x" * 1_000_000 + "-->"
bomb = '<?xml version="1.0"?><!DOCTYPE lolz [' + entities + "]>" + padding + "<lolz>&lol9;</lolz>"
ET.fromstring(bomb)
