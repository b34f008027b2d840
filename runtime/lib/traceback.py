"""Extract, format and print information about Python stack traces (the common part of
CPython's traceback module, over the VM's own traceback text and entries)."""

import sys
import _traceback

__all__ = ['extract_tb', 'format_exc', 'format_exception', 'format_exception_only',
           'format_list', 'format_tb', 'print_exc', 'print_exception', 'print_tb',
           'FrameSummary', 'StackSummary', 'TracebackException', 'print_last', 'walk_tb']

_sentinel = object()


class FrameSummary:
    __slots__ = ('filename', 'lineno', 'name', '_line', 'locals', 'end_lineno', 'colno',
                 'end_colno')

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        self.locals = locals
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno

    @property
    def line(self):
        return self._line

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno and
                    self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)

    def __len__(self):
        return 4


class StackSummary(list):
    @classmethod
    def from_list(klass, a_list):
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format(self):
        out = []
        for f in self:
            row = f'  File "{f.filename}", line {f.lineno}, in {f.name}\n'
            if f.line:
                row += f'    {f.line.strip()}\n'
            out.append(row)
        return out


def _exc_of(exc, value):
    if value is not _sentinel and value is not None:
        return value
    if isinstance(exc, BaseException):
        return exc
    if value is None and isinstance(exc, type):
        return None
    return exc


def _tb_holder(tb):
    # isola's __traceback__ holds snapshots of code and line only; the exception being
    # handled carries the entries.
    info = sys.exc_info()[1]
    return info


def walk_tb(tb):
    """(frame, line number) for each level of the traceback `tb`, outermost first."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def _tb_entries(tb):
    # A traceback object's own chain of snapshots: code and line of each level.
    entries = []
    for frame, lineno in walk_tb(tb):
        code = frame.f_code
        entries.append((code.co_filename, lineno, code.co_name,
                        _traceback.source_line(code, lineno)))
    return entries


def extract_tb(tb, limit=None):
    if isinstance(tb, BaseException):
        entries = list(_traceback.entries(tb))
    elif tb is not None and hasattr(tb, 'tb_frame'):
        entries = _tb_entries(tb)
    else:
        exc = _tb_holder(tb)
        if exc is None:
            return StackSummary()
        entries = list(_traceback.entries(exc))
    if limit is not None:
        entries = entries[:limit] if limit >= 0 else entries[limit:]
    return StackSummary.from_list(entries)


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def format_tb(tb, limit=None):
    return extract_tb(tb, limit=limit).format()


def print_tb(tb, limit=None, file=None):
    if file is None:
        file = sys.stderr
    for item in format_tb(tb, limit):
        print(item, file=file, end='')


def format_exception_only(exc, /, value=_sentinel):
    exc = _exc_of(exc, value)
    if exc is None:
        return ['NoneType: None\n']
    text = _traceback.format_exception(exc, False)
    lines = text.splitlines(keepends=True)
    # The exception line (and a SyntaxError's location lines) follow the traceback entries.
    start = 0
    if lines and lines[0].startswith('Traceback'):
        start = 1
        while start < len(lines) and lines[start].startswith('  '):
            if isinstance(exc, SyntaxError) and lines[start].startswith('  File') and \
                    ', line ' in lines[start] and ', in ' not in lines[start]:
                break
            start += 1
    return [''.join(lines[start:])]


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    exc = _exc_of(exc, value)
    if exc is None:
        return ['NoneType: None\n']
    text = _traceback.format_exception(exc, chain)
    return text.splitlines(keepends=True)


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit=limit, chain=chain):
        print(line, file=file, end='')


def format_exc(limit=None, chain=True):
    exc = sys.exc_info()[1]
    return ''.join(format_exception(exc, limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    exc = sys.exc_info()[1]
    print_exception(exc, limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, "last_value"):
        raise ValueError("no last exception")
    print_exception(sys.last_value, limit=limit, file=file, chain=chain)


def clear_frames(tb):
    # isola's tracebacks hold no frames whose locals could be cleared.
    pass


def format_stack(f=None, limit=None):
    return []


def extract_stack(f=None, limit=None):
    return StackSummary()


def print_stack(f=None, limit=None, file=None):
    pass


class TracebackException:
    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, lookup_lines=True,
                 capture_locals=False, compact=False, max_group_width=15, max_group_depth=10,
                 _seen=None):
        self._exc = exc_value
        self.exc_type = exc_type
        self.stack = extract_tb(exc_value) if exc_value is not None else StackSummary()
        self.__cause__ = None
        self.__context__ = None
        self.__suppress_context__ = getattr(exc_value, '__suppress_context__', False)
        self._str = str(exc_value)

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        yield from format_exception_only(self._exc)

    def format(self, *, chain=True):
        yield from format_exception(self._exc, chain=chain)
