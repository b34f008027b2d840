"""General functions for HTML manipulation: escape, and unescape of the common character
references (CPython's html module without its full entity table)."""

__all__ = ['escape', 'unescape']


def escape(s, quote=True):
    s = s.replace("&", "&amp;")
    s = s.replace("<", "&lt;")
    s = s.replace(">", "&gt;")
    if quote:
        s = s.replace('"', "&quot;")
        s = s.replace('\'', "&#x27;")
    return s


_ENTITIES = {'amp': '&', 'lt': '<', 'gt': '>', 'quot': '"', 'apos': "'", 'nbsp': '\xa0',
             'copy': '\xa9', 'reg': '\xae', 'hellip': '\u2026', 'mdash': '\u2014',
             'ndash': '\u2013', 'euro': '\u20ac', 'laquo': '\xab', 'raquo': '\xbb'}


def unescape(s):
    if '&' not in s:
        return s
    out = []
    i = 0
    n = len(s)
    while i < n:
        c = s[i]
        if c != '&':
            out.append(c)
            i += 1
            continue
        j = s.find(';', i + 1, i + 34)
        if j < 0:
            out.append(c)
            i += 1
            continue
        name = s[i + 1:j]
        if name.startswith('#'):
            try:
                code = int(name[2:], 16) if name[1:2] in ('x', 'X') else int(name[1:])
                out.append(chr(code) if 0 < code < 0x110000 else '\ufffd')
                i = j + 1
                continue
            except ValueError:
                pass
        elif name in _ENTITIES:
            out.append(_ENTITIES[name])
            i = j + 1
            continue
        out.append(c)
        i += 1
    return ''.join(out)
