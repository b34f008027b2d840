# The Python half of the `re` module: CPython's API (Pattern, Match, the module functions,
# templates for sub, escape, error) over the native `_compile` and `_scan` (re.rs).

_FLAG_NAMES = [(1, 'TEMPLATE'), (2, 'IGNORECASE'), (4, 'LOCALE'), (8, 'MULTILINE'),
               (16, 'DOTALL'), (32, 'UNICODE'), (64, 'VERBOSE'), (128, 'DEBUG'), (256, 'ASCII')]


class RegexFlag(int):
    __module__ = 're'

    def __repr__(self):
        v = int(self)
        if v == 0:
            return 're.NOFLAG'
        return _flags_repr(v)

    __str__ = __repr__

    def __or__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) | int(other))
        return NotImplemented

    __ror__ = __or__

    def __and__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) & int(other))
        return NotImplemented

    __rand__ = __and__

    def __xor__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) ^ int(other))
        return NotImplemented

    __rxor__ = __xor__


NOFLAG = RegexFlag(0)
TEMPLATE = T = RegexFlag(1)
IGNORECASE = I = RegexFlag(2)
LOCALE = L = RegexFlag(4)
MULTILINE = M = RegexFlag(8)
DOTALL = S = RegexFlag(16)
UNICODE = U = RegexFlag(32)
VERBOSE = X = RegexFlag(64)
DEBUG = RegexFlag(128)
ASCII = A = RegexFlag(256)
_MAXSIZE = 9223372036854775807


class error(Exception):
    __module__ = 're'

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = '%s at position %d' % (msg, pos)
            if isinstance(pattern, str):
                newline = '\n'
            else:
                newline = b'\n'
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        Exception.__init__(self, msg)


PatternError = error


def _flags_repr(flags):
    names = []
    for bit, name in _FLAG_NAMES:
        if flags & bit:
            names.append('re.' + name)
            flags &= ~bit
    if flags:
        names.append(hex(flags))
    return '|'.join(names)


def _check_string(pattern, string):
    if isinstance(pattern, str):
        if isinstance(string, str):
            return
        if isinstance(string, bytes):
            raise TypeError('cannot use a string pattern on a bytes-like object')
    else:
        if isinstance(string, bytes):
            return
        if isinstance(string, str):
            raise TypeError('cannot use a bytes pattern on a string-like object')
    raise TypeError("expected string or bytes-like object, got '%s'" % type(string).__name__)


class Match:
    __module__ = 're'

    def __init__(self, pattern, string, pos, endpos, found):
        self.re = pattern
        self.string = string
        n = len(string)
        self.pos = 0 if pos < 0 else (n if pos > n else pos)
        self.endpos = 0 if endpos < 0 else (n if endpos > n else endpos)
        self._spans, self.lastindex = found

    @property
    def lastgroup(self):
        if self.lastindex is not None:
            for name, index in self.re.groupindex.items():
                if index == self.lastindex:
                    return name
        return None

    def _index(self, g):
        if isinstance(g, int):
            if 0 <= g <= self.re.groups:
                return g
        elif isinstance(g, str):
            index = self.re.groupindex.get(g)
            if index is not None:
                return index
        raise IndexError('no such group')

    def _get(self, index, default=None):
        s = self._spans[2 * index]
        if s < 0:
            return default
        return self.string[s:self._spans[2 * index + 1]]

    def group(self, *args):
        if not args:
            return self._get(0)
        if len(args) == 1:
            return self._get(self._index(args[0]))
        return tuple(self._get(self._index(g)) for g in args)

    def __getitem__(self, g):
        return self._get(self._index(g))

    def groups(self, default=None):
        return tuple(self._get(i, default) for i in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        return {name: self._get(index, default) for name, index in self.re.groupindex.items()}

    def start(self, group=0):
        return self._spans[2 * self._index(group)]

    def end(self, group=0):
        return self._spans[2 * self._index(group) + 1]

    def span(self, group=0):
        i = self._index(group)
        return (self._spans[2 * i], self._spans[2 * i + 1])

    @property
    def regs(self):
        return tuple((self._spans[2 * i], self._spans[2 * i + 1])
                     for i in range(self.re.groups + 1))

    def expand(self, template):
        return _expand(self.re, _parse_template(self.re, template), self)

    def __repr__(self):
        return '<re.Match object; span=%r, match=%r>' % (self.span(), self.group())

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


Match.__class_getitem__ = classmethod(type(list[int]))


class Pattern:
    __module__ = 're'

    def __init__(self, pattern, flags, groups, names):
        self.pattern = pattern
        self.flags = flags
        self.groups = groups
        self.groupindex = dict(names)

    def __repr__(self):
        flags = self.flags
        if isinstance(self.pattern, str):
            flags &= ~UNICODE
        p = repr(self.pattern)
        if len(p) > 200:
            p = p[:200]
        if flags:
            return 're.compile(%s, %s)' % (p, _flags_repr(flags))
        return 're.compile(%s)' % p

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def _run(self, string, pos, endpos, mode, count):
        return _scan(self.pattern, self.flags, string, pos, endpos, mode, count), pos, endpos

    def match(self, string, pos=0, endpos=_MAXSIZE):
        return _match(Match, self, string, pos, endpos, 0)

    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):
        return _match(Match, self, string, pos, endpos, 1)

    def search(self, string, pos=0, endpos=_MAXSIZE):
        return _match(Match, self, string, pos, endpos, 2)

    def _all(self, string, pos=0, endpos=_MAXSIZE, count=0):
        found = _scan(self.pattern, self.flags, string, pos, endpos, 2, count)
        return [Match(self, string, pos, endpos, f) for f in found]

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        return iter(self._all(string, pos, endpos))

    def findall(self, string, pos=0, endpos=_MAXSIZE):
        return _findall(self.pattern, self.flags, string, pos, endpos)

    def split(self, string, maxsplit=0):
        found, pos, endpos = self._run(string, 0, _MAXSIZE, 2, maxsplit if maxsplit > 0 else 0)
        if maxsplit < 0:
            return [string]
        out = []
        last = 0
        for spans, _ in found:
            out.append(string[last:spans[0]])
            for i in range(1, self.groups + 1):
                s = spans[2 * i]
                out.append(string[s:spans[2 * i + 1]] if s >= 0 else None)
            last = spans[1]
        out.append(string[last:])
        return out

    def subn(self, repl, string, count=0):
        if callable(repl):
            template = None
        else:
            if isinstance(repl, str):
                plain = '\\' not in repl
            elif isinstance(repl, bytes):
                plain = b'\\' not in repl
            else:
                _check_string(self.pattern, repl)
            template = [repl] if plain else _parse_template(self, repl)
            if type(string) is str or type(string) is bytes:
                return _subn(self.pattern, self.flags, string, count, template)
        matches = self._all(string, 0, _MAXSIZE, count if count > 0 else 0)
        if count < 0:
            matches = []
        pieces = []
        last = 0
        for m in matches:
            if last < m.start():
                pieces.append(string[last:m.start()])
            if template is None:
                r = repl(m)
                if isinstance(string, str):
                    if not isinstance(r, str):
                        raise TypeError('sequence item %d: expected str instance, %s found'
                                        % (len(pieces), type(r).__name__))
                elif not isinstance(r, bytes):
                    raise TypeError("expected a bytes-like object, %s found" % type(r).__name__)
                pieces.append(r)
            else:
                pieces.append(_expand(self, template, m))
            last = m.end()
        if last < len(string):
            pieces.append(string[last:])
        return string[:0].join(pieces), len(matches)

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def scanner(self, string, pos=0, endpos=_MAXSIZE):
        raise NotImplementedError('Pattern.scanner is not supported')


Pattern.__class_getitem__ = classmethod(type(list[int]))


_ESCAPES = {'a': '\a', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t', 'v': '\v', '\\': '\\'}
_ASCII_LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'
_DIGITS = '0123456789'
_OCTDIGITS = '01234567'


def _parse_template(pattern, template):
    # A list of literal strings and group indexes, as sre_parse.parse_template builds.
    is_bytes = isinstance(template, bytes)
    src = template.decode('latin-1') if is_bytes else template
    out = []
    lit = []
    i = 0
    n = len(src)
    groups = pattern.groups
    groupindex = pattern.groupindex

    def flush():
        if lit:
            s = ''.join(lit)
            out.append(s.encode('latin-1') if is_bytes else s)
            lit.clear()

    while i < n:
        c = src[i]
        if c != '\\':
            lit.append(c)
            i += 1
            continue
        start = i
        i += 1
        if i >= n:
            raise error('bad escape (end of pattern)', template, start)
        c = src[i]
        i += 1
        if c == 'g':
            if i >= n or src[i] != '<':
                raise error('missing <', template, i)
            j = src.find('>', i + 1)
            if j < 0:
                raise error('missing >, unterminated name', template, i + 1)
            name = src[i + 1:j]
            if not name:
                raise error('missing group name', template, i + 1)
            if name.isdigit() and name.isascii():
                index = int(name)
                if index > groups:
                    raise error('invalid group reference %d' % index, template, i + 1)
            elif name.isidentifier():
                if name not in groupindex:
                    raise IndexError('unknown group name %r' % name)
                index = groupindex[name]
            else:
                raise error('bad character in group name %r' % name, template, i + 1)
            i = j + 1
            flush()
            out.append(index)
        elif c == '0':
            k = i
            while k < n and k < i + 2 and src[k] in _OCTDIGITS:
                k += 1
            lit.append(chr(int('0' + src[i:k], 8)))
            i = k
        elif c in _DIGITS:
            k = i
            if k < n and src[k] in _DIGITS:
                k += 1
                if (c in _OCTDIGITS and src[k - 1] in _OCTDIGITS and k < n
                        and src[k] in _OCTDIGITS):
                    k += 1
                    value = int(src[i - 1:k], 8)
                    if value > 0o377:
                        raise error('octal escape value \\%s outside of range 0-0o377'
                                    % src[i - 1:k], template, start)
                    lit.append(chr(value))
                    i = k
                    continue
            index = int(src[i - 1:k])
            if index > groups:
                raise error('invalid group reference %d' % index, template, start + 1)
            i = k
            flush()
            out.append(index)
        elif c in _ESCAPES:
            lit.append(_ESCAPES[c])
        elif c in _ASCII_LETTERS:
            raise error('bad escape \\%s' % c, template, start)
        else:
            lit.append('\\' + c)
    flush()
    return out


def _expand(pattern, template, m):
    empty = m.string[:0]
    pieces = []
    for item in template:
        if isinstance(item, int):
            g = m.group(item)
            if g is not None:
                pieces.append(g)
        else:
            pieces.append(item)
    return empty.join(pieces)


_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError('cannot process flags argument with a compiled pattern')
        return pattern
    flags = int(flags)
    key = (type(pattern), pattern, flags)
    p = _cache.get(key)
    if p is not None:
        return p
    if not isinstance(pattern, (str, bytes)):
        raise TypeError('first argument must be string or compiled pattern')
    if isinstance(pattern, str):
        if flags & LOCALE:
            raise ValueError('cannot use LOCALE flag with a str pattern')
        if not flags & ASCII:
            flags |= UNICODE
        elif flags & UNICODE:
            raise ValueError('ASCII and UNICODE flags are incompatible')
    elif flags & UNICODE:
        raise ValueError('cannot use UNICODE flag with a bytes pattern')
    result = _native_compile(pattern, flags)
    if result[0] is None:
        raise error(result[1], pattern, result[2])
    groups, names, final_flags = result
    if isinstance(pattern, str) and final_flags & ASCII and final_flags & UNICODE and not flags & ASCII:
        final_flags &= ~UNICODE
    p = Pattern(pattern, final_flags, groups, names)
    if len(_cache) >= _MAXCACHE:
        _cache.clear()
    _cache[key] = p
    return p


def compile(pattern, flags=0):
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return _compile(pattern, flags).finditer(string)


def purge():
    _cache.clear()


_SPECIAL = {c: '\\' + c for c in '()[]{}?*+-|^$\\.&~# \t\n\r\v\f'}


def escape(pattern):
    if isinstance(pattern, str):
        return ''.join([_SPECIAL.get(c, c) for c in pattern])
    s = pattern.decode('latin-1')
    return ''.join([_SPECIAL.get(c, c) for c in s]).encode('latin-1')


class Scanner:
    """A tokenizer over a lexicon of `(pattern, action)` pairs: at each position the first
    pattern that matches there wins (as the alternatives of one pattern would), and its action,
    a callable `action(scanner, text)` or a constant, gives the token (None: no token).
    `scan(string)` returns the tokens and the text left where no pattern matched."""

    def __init__(self, lexicon, flags=0):
        self.lexicon = [(_compile(pattern, flags), action) for pattern, action in lexicon]
        self.match = None

    def scan(self, string):
        result = []
        i = 0
        end = len(string)
        while i <= end:
            for regex, action in self.lexicon:
                m = regex.match(string, i)
                if m is not None:
                    break
            else:
                break
            j = m.end()
            if i == j:
                break
            if callable(action):
                self.match = m
                action = action(self, m.group())
            if action is not None:
                result.append(action)
            i = j
        return result, string[i:]


__all__ = ['match', 'fullmatch', 'search', 'sub', 'subn', 'split', 'findall', 'finditer',
           'compile', 'purge', 'escape', 'error', 'Pattern', 'Match', 'A', 'I', 'L', 'M',
           'S', 'X', 'U', 'ASCII', 'IGNORECASE', 'LOCALE', 'MULTILINE', 'DOTALL', 'VERBOSE',
           'UNICODE', 'NOFLAG', 'RegexFlag']
