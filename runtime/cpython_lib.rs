// CPython's standard library as a pinned dependency: which release, which of its modules the
// runtime embeds, and every place where isola departs from them. Read by `build.rs` (which
// fetches, verifies, patches and embeds) and by the runtime's tests; see ARCHITECTURE.md,
// "Where the standard library comes from".

/// The Debian release of CPython 3.11 whose library isola embeds (bookworm, with its security
/// updates). The library's `.py` files are the same in every architecture's package.
pub const VERSION: &str = "3.11.2-6+deb12u9";

/// The packages, each as (file name, SHA-256, SHA-1). `libpython3.11-minimal` holds the modules
/// Python needs to start (functools, collections, datetime...), `libpython3.11-stdlib` the
/// rest; the SHA-1 names the file on snapshot.debian.org, which keeps every version ever
/// published (the Debian pools drop a version once it is superseded).
pub const DEBS: &[(&str, &str, &str)] = &[
    (
        "libpython3.11-minimal_3.11.2-6+deb12u9_amd64.deb",
        "69f41cfa3f4ba17284e538f843069d7529c53c207d2ae17a5b02785944870e33",
        "0e640b66c2796b0243f44fdfdf912bfbbdec3c08",
    ),
    (
        "libpython3.11-stdlib_3.11.2-6+deb12u9_amd64.deb",
        "10f13e000ee757f5f2d2d3569f9e30546214a0c850acd78695feae373bfa3e53",
        "6478f2f894e217395545fef582422a0e6d62836c",
    ),
];

/// Where the packages are fetched from, tried in order; `{file}` is the package's file name
/// and `{sha1}` its SHA-1. Plain HTTP, as apt fetches: what vouches for a package is its pinned
/// SHA-256, checked before anything is used (and the build needs no TLS stack, nor a proxy's
/// certificate authority).
pub const MIRRORS: &[&str] = &[
    "http://deb.debian.org/debian/pool/main/p/python3.11/{file}",
    "http://deb.debian.org/debian-security/pool/updates/main/p/python3.11/{file}",
    "http://snapshot.debian.org/file/{sha1}",
];

/// The modules embedded from CPython's `Lib/`, unmodified except for `PATCHES`. `a.b` is
/// `a/b.py` or, for a package, `a/b/__init__.py`.
pub const MODULES: &[&str] = &[
    "_collections_abc",
    "_compat_pickle",
    "_compression",
    "_markupbase",
    "_pydecimal",
    "_weakrefset",
    "abc",
    "argparse",
    "ast",
    "base64",
    "bisect",
    "calendar",
    "codecs",
    "collections",
    "collections.abc",
    "colorsys",
    "configparser",
    "contextlib",
    "copyreg",
    "csv",
    "dataclasses",
    "datetime",
    "decimal",
    "difflib",
    "encodings",
    "encodings.aliases",
    "encodings.ascii",
    "encodings.base64_codec",
    "encodings.charmap",
    "encodings.cp1250",
    "encodings.cp1251",
    "encodings.cp1252",
    "encodings.cp437",
    "encodings.cp850",
    "encodings.hex_codec",
    "encodings.iso8859_1",
    "encodings.iso8859_15",
    "encodings.iso8859_2",
    "encodings.koi8_r",
    "encodings.latin_1",
    "encodings.mac_roman",
    "encodings.punycode",
    "encodings.raw_unicode_escape",
    "encodings.rot_13",
    "encodings.undefined",
    "encodings.unicode_escape",
    "encodings.utf_16",
    "encodings.utf_16_be",
    "encodings.utf_16_le",
    "encodings.utf_32",
    "encodings.utf_32_be",
    "encodings.utf_32_le",
    "encodings.utf_8",
    "encodings.utf_8_sig",
    "encodings.zlib_codec",
    "fnmatch",
    "fractions",
    "functools",
    "genericpath",
    "getopt",
    "gettext",
    "glob",
    "graphlib",
    "gzip",
    "heapq",
    "hmac",
    "html.parser",
    "ipaddress",
    "keyword",
    "locale",
    "logging",
    "numbers",
    "operator",
    "optparse",
    "pickle",
    "platform",
    "posixpath",
    "pprint",
    "queue",
    "quopri",
    "random",
    "reprlib",
    "secrets",
    "shlex",
    "stat",
    "statistics",
    "textwrap",
    "token",
    "tokenize",
    "tomllib",
    "tomllib._parser",
    "tomllib._re",
    "tomllib._types",
    "types",
    "unittest",
    "unittest._log",
    "unittest.case",
    "unittest.loader",
    "unittest.main",
    "unittest.mock",
    "unittest.result",
    "unittest.runner",
    "unittest.signals",
    "unittest.suite",
    "unittest.util",
    "urllib",
    "urllib.parse",
    "uuid",
    "warnings",
    "weakref",
];

/// Build-time changes to CPython's text, each as (module, exact text, replacement, reason).
/// The text must occur exactly once in the module, or the build fails.
pub const PATCHES: &[(&str, &str, &str, &str)] = &[
    (
        "unittest.mock",
        "    def __get__(self, obj, _type=None):\n        return self.create_mock()\n\n\nclass AsyncMockMixin(Base):",
        "    def __get__(self, obj, _type=None):\n        return self.create_mock()\n\n    def __call__(self, obj, /, *args, **kwargs):\n        return self.__get__(obj)(*args, **kwargs)\n\n\nclass AsyncMockMixin(Base):",
        "isola calls a special method found on the class (len(m) finds __len__) with the instance first, without a descriptor's __get__: the proxy makes its mock when called so",
    ),
    (
        "logging",
        "                frame = tb.tb_frame\n",
        "                frame = None\n",
        "isola's tracebacks carry no frames to walk for the caller's stack; handleError then names the record's file and line, as CPython does when it finds no frame",
    ),
    (
        "pickle",
        "                if not key:\n                    raise EOFError\n",
        "                if not key:\n                    raise EOFError(\"Ran out of input\")\n",
        "the message of CPython's C _pickle, which isola does not have: the pure unpickler's EOFError has none",
    ),
    (
        "argparse",
        "                import shutil as _shutil\n                width = _shutil.get_terminal_size().columns\n",
        "                width = int(_os.environ.get('COLUMNS', 80))\n",
        "the sandbox has no shutil and no terminal: this is what shutil.get_terminal_size gives when stdout is not a terminal, so help wraps at CPython's width",
    ),
    (
        "unittest.result",
        "        tb = self._clean_tracebacks(exctype, value, tb, test)\n        tb_e = traceback.TracebackException(\n            exctype, value, tb,\n            capture_locals=self.tb_locals, compact=True)\n        msgLines = list(tb_e.format())\n",
        "        msgLines = [line for line in traceback.format_exception(exctype, value, tb)\n                    if not line.startswith('  File \"<frozen unittest.')]\n",
        "isola's tracebacks are entries kept by the VM, not tb objects with frames whose globals mark unittest's own levels; leaving out the entries of unittest's modules prints what CPython's _clean_tracebacks keeps",
    ),
    (
        "unittest.signals",
        "import signal\n",
        "",
        "the sandbox has no signal module; only installHandler (unittest's --catch) reaches it, which isola cannot honour",
    ),
    (
        "contextlib",
        "\nimport os\n",
        "\n",
        "the sandbox has no os module; only contextlib.chdir uses it (and there is no directory to change)",
    ),
    (
        "contextlib",
        "def _create_exit_wrapper(cm, cm_exit):\n        return MethodType(cm_exit, cm)",
        "def _create_exit_wrapper(cm, cm_exit):\n        return lambda *exc_details: cm_exit(cm, *exc_details)",
        "isola cannot construct types.MethodType objects; a closure binds the same way",
    ),
    (
        "contextlib",
        "def _create_async_exit_wrapper(cm, cm_exit):\n        return MethodType(cm_exit, cm)",
        "def _create_async_exit_wrapper(cm, cm_exit):\n        return lambda *exc_details: cm_exit(cm, *exc_details)",
        "isola cannot construct types.MethodType objects; a closure binds the same way",
    ),
    (
        "shlex",
        "\nimport os\n",
        "\n",
        "the sandbox has no os module; only shlex.sourcehook uses it, to open files isola does not have",
    ),
    (
        "heapq",
        "invariant.\"\"\"\n    lastelt = heap.pop()    # raises appropriate IndexError if heap is empty",
        "invariant.\"\"\"\n    if not heap:\n        raise IndexError('index out of range')\n    lastelt = heap.pop()",
        "CPython's C _heapq says 'index out of range' for an empty heap, the pure version 'pop from empty list'",
    ),
    (
        "heapq",
        "heapreplace(heap, item)\n    \"\"\"\n    returnitem = heap[0]    # raises appropriate IndexError if heap is empty",
        "heapreplace(heap, item)\n    \"\"\"\n    if not heap:\n        raise IndexError('index out of range')\n    returnitem = heap[0]",
        "as heappop: the message of CPython's C _heapq",
    ),
    (
        "_collections_abc",
        "longrange_iterator = type(iter(range(1 << 1000)))",
        "longrange_iterator = range_iterator",
        "isola's ranges hold i64 bounds: there is no range past them, nor a second iterator type",
    ),
    (
        "_pydecimal",
        "raise error(explanation)",
        "raise error([condition])",
        "the C _decimal (which CPython uses) raises a signal with the list of conditions, not the explanation",
    ),
    (
        "_pydecimal",
        "_signals = [Clamped, DivisionByZero, Inexact, Overflow, Rounded,\n            Underflow, InvalidOperation, Subnormal, FloatOperation]",
        "_signals = [Clamped, DivisionByZero, Inexact, Overflow, Rounded,\n            Underflow, InvalidOperation, Subnormal, FloatOperation]\n_c_trap_order = [Clamped, InvalidOperation, DivisionByZero, Inexact,\n                 FloatOperation, Overflow, Rounded, Subnormal, Underflow]\n_c_flag_order = [Clamped, DivisionByZero, InvalidOperation, Inexact,\n                 FloatOperation, Overflow, Rounded, Subnormal, Underflow]",
        "the order in which the C _decimal lists signals in a Context's repr: it follows libmpdec's condition bits, where InvalidOperation set as a trap (all its conditions) comes first, and raised by an operation (one condition) after DivisionByZero",
    ),
    (
        "_pydecimal",
        "names = [f.__name__ for f, v in self.flags.items() if v]",
        "names = [f.__name__ for f in _c_flag_order if self.flags.get(f)]",
        "a Context's repr lists its flags in the C _decimal's order",
    ),
    (
        "_pydecimal",
        "names = [t.__name__ for t, v in self.traps.items() if v]",
        "names = [t.__name__ for t in _c_trap_order if self.traps.get(t)]",
        "and its traps",
    ),
    (
        "_pydecimal",
        "self.traps = dict((s, int(s in traps)) for s in _signals + traps)",
        "self.traps = dict((s, s in traps) for s in _signals + traps)",
        "the C _decimal's traps and flags read as bools (True), the pure module's as ints (1)",
    ),
    (
        "_pydecimal",
        "self.flags = dict.fromkeys(_signals, 0)\n        elif not isinstance(flags, dict):\n            self.flags = dict((s, int(s in flags)) for s in _signals + flags)",
        "self.flags = dict.fromkeys(_signals, False)\n        elif not isinstance(flags, dict):\n            self.flags = dict((s, s in flags) for s in _signals + flags)",
        "as above, for a new context's flags",
    ),
    (
        "_pydecimal",
        "        self.flags[error] = 1\n",
        "        self.flags[error] = True\n",
        "as above, for a raised flag",
    ),
    (
        "_pydecimal",
        "context.flags[FloatOperation] = 1",
        "context.flags[FloatOperation] = True",
        "as above, for FloatOperation",
    ),
    (
        "_pydecimal",
        "        for flag in self.flags:\n            self.flags[flag] = 0",
        "        for flag in self.flags:\n            self.flags[flag] = False",
        "as above, for clear_flags",
    ),
    (
        "_pydecimal",
        "        for flag in self.traps:\n            self.traps[flag] = 0",
        "        for flag in self.traps:\n            self.traps[flag] = False",
        "as above, for clear_traps",
    ),
    (
        "datetime",
        "        raise ValueError('year must be in %d..%d' % (MINYEAR, MAXYEAR), year)\n    if not 1 <= month <= 12:\n        raise ValueError('month must be in 1..12', month)\n    dim = _days_in_month(year, month)\n    if not 1 <= day <= dim:\n        raise ValueError('day must be in 1..%d' % dim, day)",
        "        raise ValueError('year %i is out of range' % year)\n    if not 1 <= month <= 12:\n        raise ValueError('month must be in 1..12')\n    dim = _days_in_month(year, month)\n    if not 1 <= day <= dim:\n        raise ValueError('day is out of range for month')",
        "the C _datetime's messages (CPython uses it; the pure module's ValueErrors also carry the value)",
    ),
    (
        "datetime",
        "        raise ValueError('hour must be in 0..23', hour)\n    if not 0 <= minute <= 59:\n        raise ValueError('minute must be in 0..59', minute)\n    if not 0 <= second <= 59:\n        raise ValueError('second must be in 0..59', second)\n    if not 0 <= microsecond <= 999999:\n        raise ValueError('microsecond must be in 0..999999', microsecond)\n    if fold not in (0, 1):\n        raise ValueError('fold must be either 0 or 1', fold)",
        "        raise ValueError('hour must be in 0..23')\n    if not 0 <= minute <= 59:\n        raise ValueError('minute must be in 0..59')\n    if not 0 <= second <= 59:\n        raise ValueError('second must be in 0..59')\n    if not 0 <= microsecond <= 999999:\n        raise ValueError('microsecond must be in 0..999999')\n    if fold not in (0, 1):\n        raise ValueError('fold must be either 0 or 1')",
        "as above, for the time fields",
    ),
    (
        "datetime",
        "        return (f'{self.__class__.__name__}'\n                f'(year={self[0]}, week={self[1]}, weekday={self[2]})')",
        "        return (f'datetime.{self.__class__.__name__}'\n                f'(year={self[0]}, week={self[1]}, weekday={self[2]})')",
        "the C _datetime's IsoCalendarDate repr names its module",
    ),
    (
        "datetime",
        "raise OverflowError(\"timedelta # of days is too large: %d\" % d)",
        "raise OverflowError(\"days=%d; must have magnitude <= 999999999\" % d)",
        "the C _datetime's message",
    ),
    (
        "datetime",
        "\"timedelta(hours=24).\")",
        "\"timedelta(hours=24), not %r.\" % (offset,))",
        "the C _datetime's message names the offset",
    ),
    (
        "datetime",
        "return type(self).fromordinal(o)\n            raise OverflowError(\"result out of range\")",
        "return type(self).fromordinal(o)\n            raise OverflowError(\"date value out of range\")",
        "the C _datetime's message for a date past its range",
    ),
    (
        "datetime",
        "tzinfo=self._tzinfo))\n        raise OverflowError(\"result out of range\")",
        "tzinfo=self._tzinfo))\n        raise OverflowError(\"date value out of range\")",
        "as above, for datetime + timedelta",
    ),
    (
        "datetime",
        "raise TypeError(\"cannot compare naive and aware times\")",
        "raise TypeError(\"can't compare offset-naive and offset-aware times\")",
        "the C _datetime's message",
    ),
    (
        "datetime",
        "raise TypeError(\"cannot compare naive and aware datetimes\")",
        "raise TypeError(\"can't compare offset-naive and offset-aware datetimes\")",
        "the C _datetime's message",
    ),
    (
        "datetime",
        "raise TypeError(\"cannot mix naive and timezone-aware time\")",
        "raise TypeError(\"can't subtract offset-naive and offset-aware datetimes\")",
        "the C _datetime's message",
    ),
    (
        "types",
        "GetSetDescriptorType = type(FunctionType.__code__)\nMemberDescriptorType = type(FunctionType.__globals__)",
        "class GetSetDescriptorType:\n    pass\nMemberDescriptorType = GetSetDescriptorType",
        "isola's built-in attributes (function.__code__, __slots__ members) are no descriptor objects: no value is of these types",
    ),
    (
        "types",
        "            # TODO: Implement this in C.\n            co = func.__code__\n            # 0x100 == CO_ITERABLE_COROUTINE\n            func.__code__ = co.replace(co_flags=co.co_flags | 0x100)\n            return func",
        "            return func",
        "isola's code objects are immutable (no replace) and have no iterable-coroutine flag: the generator function comes back as it is, as isola's own types module gave it",
    ),
];

/// Files under `runtime/lib/` that isola wrote itself and that share a name with a CPython
/// module, each with the reason it is not CPython's. The test `lib_is_not_a_copy` fails when
/// such a file is not listed here, or when it shares most of its lines with CPython's module.
pub const OVERLAYS: &[(&str, &str)] = &[
    ("__future__", "the feature table only: the compiler handles `from __future__` itself"),
    ("asyncio", "a small event loop of isola's own: the sandbox has no sockets, selectors or OS threads for CPython's asyncio package"),
    ("concurrent", "the package holds concurrent.interpreters (PEP 734, built into the runtime), not futures"),
    ("contextvars", "contexts as module state of one interpreter (CPython's re-exports the C _contextvars)"),
    ("copy", "copying written for isola's object model (no copyreg, __reduce_ex__ of builtins in Rust)"),
    ("enum", "an Enum written for isola: CPython's enum leans on details of type creation isola does not have"),
    ("html", "escape and a short unescape table, without CPython's html.entities"),
    ("importlib", "import_module over isola's import system (no importlib._bootstrap)"),
    ("inspect", "the predicates and signature(): isola keeps no frames or source files to read"),
    ("io", "StringIO, BytesIO and a BufferedReader: isola has no files (CPython's io re-exports the C _io)"),
    ("linecache", "no files to read: lines come only from its cache, which the program fills"),
    ("os", "paths (CPython's posixpath), constants and an empty environment: the sandbox has no file system, processes or system calls for CPython's os"),
    ("pkgutil", "resolve_name only (the module iteration finds nothing): CPython's walks importlib's finders and the files on sys.path, which isola does not have"),
    ("string", "Template scanned by hand, Formatter without the C _string"),
    ("threading", "green threads on the interpreter's own OS thread, over isola's _thread"),
    ("traceback", "formats the VM's own traceback entries (no frame or code objects to walk)"),
    ("typing", "enough of typing to import, annotate and inspect, over isola's type system"),
];

/// Files under `runtime/lib/` that are still, for the most part, copies of CPython's module
/// (before this list existed): each has yet to be replaced by CPython's own with patches. The
/// test `lib_is_not_a_copy` tolerates these, and only these, above its threshold.
pub const PENDING: &[(&str, &str)] = &[];
