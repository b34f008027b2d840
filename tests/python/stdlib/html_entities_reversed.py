# CPython's html module with its full entity table, and reversed() on instances of classes
# deriving from built-in sequences and dicts.
import html
import html.entities
from collections import OrderedDict

print(html.escape('<a href="x">&\'</a>'), html.escape('"q"', quote=False))
print(html.unescape('&lt;&amp;&#39;&eacute;&hearts;&#x1F600;&NotAnEntity;&amp'))
print(html.unescape('caf&eacute; &mdash; &frac12; &notin; &nbsp;|'))
print(len(html.entities.html5) > 2000, html.entities.name2codepoint['eacute'],
      html.entities.codepoint2name[233])


class Rows(list):
    pass


class Text(str):
    pass


class Record(dict):
    pass


print(list(reversed(Rows([1, 2, 3]))), ''.join(reversed(Text('abc'))),
      list(reversed(Record(a=1, b=2))), list(reversed((1, 2))))
od = OrderedDict(a=1, b=2, c=3)
od.move_to_end('a')
print(list(reversed(od)), list(reversed(od.items())), list(reversed(od.values())))


class Backwards(list):
    def __reversed__(self):
        return iter(['custom'])


print(list(reversed(Backwards([1, 2]))))
