"""The build configuration sysconfig reports for isola: no C compiler, shared library or
extension modules lie behind the sandbox, so the values are those of a plain, non-debug,
static build, and the compiler and path settings are empty."""

build_time_vars = {
    'ABIFLAGS': '',
    'CC': '',
    'CFLAGS': '',
    'EXE': '',
    'EXT_SUFFIX': None,
    'HAVE_FORK': 0,
    'LDLIBRARY': '',
    'LIBDIR': '',
    'MACHDEP': 'isola',
    'MULTIARCH': '',
    'Py_DEBUG': 0,
    'Py_ENABLE_SHARED': 0,
    'Py_TRACE_REFS': 0,
    'SHLIB_SUFFIX': '',
    'SIZEOF_VOID_P': 8,
    'SOABI': None,
    'VERSION': '3.11',
    'WITH_DOC_STRINGS': 1,
    'WITH_PYMALLOC': 0,
}
