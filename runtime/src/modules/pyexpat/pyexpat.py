# pyexpat's Python half: the parser object over the native tokenizer `_scan`, which turns
# text into events (kind, line, column, byte index, payload...) and reports expat's errors.
# Here: decoding bytes, namespace resolution, buffered character data, and calling handlers.

EXPAT_VERSION = 'expat_2.5.0'
version_info = (2, 5, 0)
native_encoding = 'UTF-8'
features = [('sizeof(XML_Char)', 1), ('sizeof(XML_LChar)', 1), ('XML_DTD', 0),
            ('XML_CONTEXT_BYTES', 1024), ('XML_NS', 0), ('XML_BLAP_MAX_AMP', 100),
            ('XML_BLAP_ACT_THRES', 8388608)]
expat_CAPI = None

XML_PARAM_ENTITY_PARSING_NEVER = 0
XML_PARAM_ENTITY_PARSING_UNLESS_STANDALONE = 1
XML_PARAM_ENTITY_PARSING_ALWAYS = 2


class ExpatError(Exception):
    pass


ExpatError.__module__ = 'xml.parsers.expat'
error = ExpatError

# (constant name, message) for expat's error codes 1, 2, ...
_ERRORS = [
    ('NO_MEMORY', 'out of memory'),
    ('SYNTAX', 'syntax error'),
    ('NO_ELEMENTS', 'no element found'),
    ('INVALID_TOKEN', 'not well-formed (invalid token)'),
    ('UNCLOSED_TOKEN', 'unclosed token'),
    ('PARTIAL_CHAR', 'partial character'),
    ('TAG_MISMATCH', 'mismatched tag'),
    ('DUPLICATE_ATTRIBUTE', 'duplicate attribute'),
    ('JUNK_AFTER_DOC_ELEMENT', 'junk after document element'),
    ('PARAM_ENTITY_REF', 'illegal parameter entity reference'),
    ('UNDEFINED_ENTITY', 'undefined entity'),
    ('RECURSIVE_ENTITY_REF', 'recursive entity reference'),
    ('ASYNC_ENTITY', 'asynchronous entity'),
    ('BAD_CHAR_REF', 'reference to invalid character number'),
    ('BINARY_ENTITY_REF', 'reference to binary entity'),
    ('ATTRIBUTE_EXTERNAL_ENTITY_REF', 'reference to external entity in attribute'),
    ('MISPLACED_XML_PI', 'XML or text declaration not at start of entity'),
    ('UNKNOWN_ENCODING', 'unknown encoding'),
    ('INCORRECT_ENCODING', 'encoding specified in XML declaration is incorrect'),
    ('UNCLOSED_CDATA_SECTION', 'unclosed CDATA section'),
    ('EXTERNAL_ENTITY_HANDLING', 'error in processing external entity reference'),
    ('NOT_STANDALONE', 'document is not standalone'),
    ('UNEXPECTED_STATE', 'unexpected parser state - please send a bug report'),
    ('ENTITY_DECLARED_IN_PE', 'entity declared in parameter entity'),
    ('FEATURE_REQUIRES_XML_DTD', 'requested feature requires XML_DTD support in Expat'),
    ('CANT_CHANGE_FEATURE_ONCE_PARSING', 'cannot change setting once parsing has begun'),
    ('UNBOUND_PREFIX', 'unbound prefix'),
    ('UNDECLARING_PREFIX', 'must not undeclare prefix'),
    ('INCOMPLETE_PE', 'incomplete markup in parameter entity'),
    ('XML_DECL', 'XML declaration not well-formed'),
    ('TEXT_DECL', 'text declaration not well-formed'),
    ('PUBLICID', 'illegal character(s) in public id'),
    ('SUSPENDED', 'parser suspended'),
    ('NOT_SUSPENDED', 'parser not suspended'),
    ('ABORTED', 'parsing aborted'),
    ('FINISHED', 'parsing finished'),
    ('SUSPEND_PE', 'cannot suspend in external parameter entity'),
    ('RESERVED_PREFIX_XML', 'reserved prefix (xml) must not be undeclared or bound to another namespace name'),
    ('RESERVED_PREFIX_XMLNS', 'reserved prefix (xmlns) must not be declared or undeclared'),
    ('RESERVED_NAMESPACE_URI', 'prefix must not be bound to one of the reserved namespace names'),
    ('INVALID_ARGUMENT', 'invalid argument'),
    ('NO_BUFFER', 'a successful prior call to function XML_GetBuffer is required'),
    ('AMPLIFICATION_LIMIT_BREACH', 'limit on input amplification factor (from DTD and entities) breached'),
]

errors.__doc__ = 'Constants used to describe error conditions.'
errors.codes = {}
errors.messages = {}
for _code, (_name, _message) in enumerate(_ERRORS, 1):
    setattr(errors, 'XML_ERROR_' + _name, _message)
    errors.codes[_message] = _code
    errors.messages[_code] = _message

model.__doc__ = 'Constants used to interpret content model information.'
for _value, _name in enumerate(['EMPTY', 'ANY', 'MIXED', 'NAME', 'CHOICE', 'SEQ'], 1):
    setattr(model, 'XML_CTYPE_' + _name, _value)
for _value, _name in enumerate(['NONE', 'OPT', 'REP', 'PLUS']):
    setattr(model, 'XML_CQUANT_' + _name, _value)
del _code, _name, _message, _value


def ErrorString(code):
    return errors.messages.get(code)


_XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace'

_HANDLERS = (
    'StartElementHandler', 'EndElementHandler', 'ProcessingInstructionHandler',
    'CharacterDataHandler', 'UnparsedEntityDeclHandler', 'NotationDeclHandler',
    'StartNamespaceDeclHandler', 'EndNamespaceDeclHandler', 'CommentHandler',
    'StartCdataSectionHandler', 'EndCdataSectionHandler', 'DefaultHandler',
    'DefaultHandlerExpand', 'NotStandaloneHandler', 'ExternalEntityRefHandler',
    'StartDoctypeDeclHandler', 'EndDoctypeDeclHandler', 'EntityDeclHandler',
    'XmlDeclHandler', 'ElementDeclHandler', 'AttlistDeclHandler', 'SkippedEntityHandler',
)

# Event kinds, as the tokenizer numbers them.
(_START, _END, _DATA, _COMMENT, _PI, _START_CDATA, _END_CDATA, _XML_DECL, _START_DOCTYPE,
 _END_DOCTYPE, _ENTITY_DECL, _SKIPPED, _ERROR) = range(13)


class xmlparser:
    """XML parser"""

    def __init__(self, encoding, namespace_separator, intern):
        self._encoding = encoding
        self._separator = namespace_separator
        self.intern = {} if intern is None else intern
        self.buffer_text = False
        self.buffer_size = 8192
        self.ordered_attributes = False
        self.specified_attributes = False
        self.namespace_prefixes = False
        for name in _HANDLERS:
            setattr(self, name, None)
        # The tokenizer's state: buffer, line, column, byte index, phase, open elements,
        # declared entities, DTD bits, characters expanded, characters read.
        self._state = ['', 1, 0, 0, 0, [], {}, 0, 0, 0]
        self._position = (1, 0, -1)
        self._error = (0, 1, 0, -1)
        self._text = []
        self._raw = b''
        self._decoder = None
        self._finished = False
        # Namespace scopes: one (bindings, declared prefixes) per open element.
        self._scopes = []
        self._bindings = {'xml': _XML_NAMESPACE}

    def __repr__(self):
        return '<pyexpat.xmlparser object at %#x>' % id(self)

    @property
    def buffer_used(self):
        return sum(len(t) for t in self._text)

    @property
    def CurrentLineNumber(self):
        return self._position[0]

    @property
    def CurrentColumnNumber(self):
        return self._position[1]

    @property
    def CurrentByteIndex(self):
        return self._position[2]

    @property
    def ErrorCode(self):
        return self._error[0]

    @property
    def ErrorLineNumber(self):
        return self._error[1] if self._error[0] else self._position[0]

    @property
    def ErrorColumnNumber(self):
        return self._error[2] if self._error[0] else self._position[1]

    @property
    def ErrorByteIndex(self):
        return self._error[3] if self._error[0] else self._position[2]

    def SetBase(self, base):
        self._base = base

    def GetBase(self):
        return getattr(self, '_base', None)

    def GetInputContext(self):
        return None

    def SetParamEntityParsing(self, flag):
        return 1

    def UseForeignDTD(self, flag=True):
        pass

    def ExternalEntityParserCreate(self, context, encoding=None):
        return xmlparser(encoding or self._encoding, self._separator, self.intern)

    def ParseFile(self, file):
        while True:
            data = file.read(2048)
            if not data:
                break
            self.Parse(data, False)
        return self.Parse(b'', True)

    def Parse(self, data, isfinal=False):
        if self._finished:
            self._raise(36, self._position)
        if isinstance(data, str):
            text = data
            if self._decoder is None:
                self._decoder = False
        else:
            text = self._decode(bytes(data), isfinal)
        events = _scan(self._state, text, isfinal)
        if isfinal:
            self._finished = True
        for event in events:
            self._dispatch(event)
        self._flush_text()
        return 1

    def _decode(self, data, isfinal):
        if self._decoder is None:
            data = self._raw + data
            encoding = self._encoding or self._sniff(data, isfinal)
            if encoding is None:
                self._raw = data
                return ''
            self._raw = b''
            import codecs
            try:
                self._decoder = codecs.getincrementaldecoder(encoding)()
            except LookupError:
                self._raise(18, (1, 0, 0))
        elif self._decoder is False:
            import codecs
            self._decoder = codecs.getincrementaldecoder('utf-8')()
        try:
            return self._decoder.decode(data, isfinal)
        except UnicodeDecodeError:
            self._raise(4, self._position)

    def _sniff(self, data, isfinal):
        # The encoding of bytes: a byte order mark, else the XML declaration's, else UTF-8.
        if data[:3] == b'\xef\xbb\xbf':
            return 'utf-8-sig'
        if data[:2] in (b'\xff\xfe', b'\xfe\xff'):
            return 'utf-16'
        if data[:4] == b'<\x00?\x00':
            return 'utf-16-le'
        if data[:4] == b'\x00<\x00?':
            return 'utf-16-be'
        if data[:5] != b'<?xml'[:len(data)] or (len(data) < 5 and isfinal):
            return 'utf-8'
        end = data.find(b'?>')
        if end < 0:
            return 'utf-8' if isfinal else None
        decl = data[:end].decode('latin-1')
        at = decl.find('encoding')
        if at < 0:
            return 'utf-8'
        rest = decl[at + 8:].lstrip(' \t\r\n')
        if not rest.startswith('='):
            return 'utf-8'
        rest = rest[1:].lstrip(' \t\r\n')
        if not rest or rest[0] not in '"\'':
            return 'utf-8'
        close = rest.find(rest[0], 1)
        return rest[1:close] if close > 0 else 'utf-8'

    def _raise(self, code, position):
        line, column, byte = position
        self._error = (code, line, column, byte)
        err = ExpatError('%s: line %d, column %d' % (errors.messages[code], line, column))
        err.code = code
        err.lineno = line
        err.offset = column
        raise err

    def _flush_text(self):
        if self._text:
            text = ''.join(self._text)
            self._text = []
            handler = self.CharacterDataHandler
            if handler is not None:
                handler(text)

    def _dispatch(self, event):
        kind = event[0]
        if kind == _DATA:
            if self.buffer_text:
                self._text.append(event[4])
                if self.buffer_used >= self.buffer_size:
                    self._flush_text()
                return
            self._position = event[1:4]
            handler = self.CharacterDataHandler
            if handler is not None:
                handler(event[4])
            elif self.DefaultHandlerExpand is not None:
                self.DefaultHandlerExpand(event[4])
            elif self.DefaultHandler is not None:
                self.DefaultHandler(event[4])
            return
        self._flush_text()
        self._position = event[1:4]
        if kind == _START:
            self._start(event)
        elif kind == _END:
            self._end(event)
        elif kind == _ERROR:
            self._finished = True
            self._raise(event[4], event[1:4])
        elif kind == _COMMENT:
            if self.CommentHandler is not None:
                self.CommentHandler(event[4])
        elif kind == _PI:
            if self.ProcessingInstructionHandler is not None:
                self.ProcessingInstructionHandler(event[4], event[5])
        elif kind == _START_CDATA:
            if self.StartCdataSectionHandler is not None:
                self.StartCdataSectionHandler()
        elif kind == _END_CDATA:
            if self.EndCdataSectionHandler is not None:
                self.EndCdataSectionHandler()
        elif kind == _XML_DECL:
            if self.XmlDeclHandler is not None:
                self.XmlDeclHandler(event[4], event[5], event[6])
        elif kind == _START_DOCTYPE:
            if self.StartDoctypeDeclHandler is not None:
                self.StartDoctypeDeclHandler(*event[4:8])
        elif kind == _END_DOCTYPE:
            if self.EndDoctypeDeclHandler is not None:
                self.EndDoctypeDeclHandler()
        elif kind == _ENTITY_DECL:
            name, is_param, value, base, system, public, notation = event[4:11]
            if notation is not None and self.UnparsedEntityDeclHandler is not None:
                self.UnparsedEntityDeclHandler(name, base, system, public, notation)
            elif self.EntityDeclHandler is not None:
                self.EntityDeclHandler(name, is_param, value, base, system, public, notation)
        elif kind == _SKIPPED:
            if self.SkippedEntityHandler is not None:
                self.SkippedEntityHandler(event[4], 0)
            elif self.DefaultHandlerExpand is not None:
                self.DefaultHandlerExpand('&%s;' % event[4])
            elif self.DefaultHandler is not None:
                self.DefaultHandler('&%s;' % event[4])

    def _start(self, event):
        name, attrs = event[4], event[5]
        if self._separator is not None:
            name, attrs = self._open_scope(name, attrs, event[1:4])
        handler = self.StartElementHandler
        if handler is None:
            return
        if self.ordered_attributes:
            handler(name, attrs)
        else:
            handler(name, {attrs[i]: attrs[i + 1] for i in range(0, len(attrs), 2)})

    def _end(self, event):
        name = event[4]
        declared = ()
        if self._separator is not None:
            name = self._expand(name, True, event[1:4])
            self._bindings, declared = self._scopes.pop()
        if self.EndElementHandler is not None:
            self.EndElementHandler(name)
        if self.EndNamespaceDeclHandler is not None:
            for prefix in reversed(declared):
                self.EndNamespaceDeclHandler(prefix)

    def _open_scope(self, name, attrs, position):
        # Namespace declarations come out of the attributes, are reported, and bind
        # prefixes for this element and those inside it.
        bindings = self._bindings
        declared = []
        rest = []
        for i in range(0, len(attrs), 2):
            attr, value = attrs[i], attrs[i + 1]
            if attr == 'xmlns' or attr.startswith('xmlns:'):
                prefix = attr[6:] or None
                if prefix is not None and not value:
                    self._raise(28, position)
                if bindings is self._bindings:
                    bindings = dict(bindings)
                bindings[prefix] = value or None
                declared.append(prefix)
                if self.StartNamespaceDeclHandler is not None:
                    self.StartNamespaceDeclHandler(prefix, value or None)
            else:
                rest.append(attr)
                rest.append(value)
        self._scopes.append((self._bindings, declared))
        self._bindings = bindings
        name = self._expand(name, True, position)
        for i in range(0, len(rest), 2):
            rest[i] = self._expand(rest[i], False, position)
        return name, rest

    def _expand(self, name, is_element, position):
        prefix, colon, local = name.partition(':')
        sep = self._separator
        if not colon:
            uri = self._bindings.get(None) if is_element else None
            return name if uri is None else uri + sep + name
        uri = self._bindings.get(prefix)
        if uri is None:
            self._raise(27, position)
        if self.namespace_prefixes:
            return uri + sep + local + sep + prefix
        return uri + sep + local


XMLParserType = xmlparser


def ParserCreate(encoding=None, namespace_separator=None, intern=None):
    if encoding is not None and not isinstance(encoding, str):
        raise TypeError("ParserCreate() argument 'encoding' must be str or None, not %s"
                        % type(encoding).__name__)
    if namespace_separator is not None:
        if not isinstance(namespace_separator, str):
            raise TypeError("ParserCreate() argument 'namespace_separator' must be str or None, not %s"
                            % type(namespace_separator).__name__)
        if len(namespace_separator) > 1:
            raise ValueError('namespace_separator must be at most one character, omitted, or None')
    return xmlparser(encoding, namespace_separator, intern)
