from html.parser import HTMLParser
class P(HTMLParser):
    def handle_starttag(self, tag, attrs): print('start', tag, attrs)
    def handle_endtag(self, tag): print('end', tag)
    def handle_data(self, data):
        if data.strip(): print('data', repr(data))
    def handle_comment(self, data): print('comment', data)
    def handle_entityref(self, name): print('ent', name)
    def handle_startendtag(self, tag, attrs): print('startend', tag, attrs)
p = P()
p.feed('<!DOCTYPE html><html><head><title>T &amp; x</title></head><body class="a b" id=x><p>Hi <b>there</b><br/><!-- c --><a href="/u?a=1&b=2">link</a></p></body></html>')
p.close()
class L(HTMLParser):
    def __init__(self):
        super().__init__(); self.links = []
    def handle_starttag(self, tag, attrs):
        if tag == 'a': self.links.append(dict(attrs).get('href'))
l = L(); l.feed('<a href="x">1</a><A HREF=y>2</A>'); print(l.links)
