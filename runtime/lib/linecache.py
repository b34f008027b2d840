"""Lines of source files by name, for warnings and tracebacks: isola's version.

The sandbox has no files to read, so the only lines known are those put in `cache` by the
program itself (as `cache[name] = (size, None, lines, name)`, the shape CPython's module uses
for sources that have no file). Everything else has no lines, as CPython's module answers for
"<string>" and other names it cannot open.
"""

__all__ = ["getline", "getlines", "clearcache", "checkcache", "lazycache"]

# name -> (size, modification time or None, list of lines with their newlines, full name)
cache = {}


def clearcache():
    """Forgets every cached source."""
    cache.clear()


def getlines(filename, module_globals=None):
    """The lines of `filename`, or [] when there is no source for it."""
    entry = cache.get(filename)
    if entry is None or len(entry) == 1:
        return updatecache(filename, module_globals)
    return entry[2]


def getline(filename, lineno, module_globals=None):
    """Line `lineno` (counted from 1) of `filename`, or '' when it has no such line."""
    lines = getlines(filename, module_globals)
    return lines[lineno - 1] if 1 <= lineno <= len(lines) else ''


def checkcache(filename=None):
    """Nothing cached here can go stale: the sandbox's sources never change on disk."""


def updatecache(filename, module_globals=None):
    """Looks the source up again: a module whose loader offers `get_source` gives it."""
    cache.pop(filename, None)
    loader = (module_globals or {}).get('__loader__')
    get_source = getattr(loader, 'get_source', None)
    if get_source is None:
        return []
    try:
        text = get_source((module_globals or {}).get('__name__'))
    except (ImportError, OSError):
        return []
    if not text:
        return []
    lines = text.splitlines(keepends=True)
    if not lines[-1].endswith('\n'):
        lines[-1] += '\n'
    cache[filename] = (len(text), None, lines, filename)
    return lines


def lazycache(filename, module_globals):
    """Whether a later `getlines` can fetch the source through the module's loader."""
    if filename in cache:
        return len(cache[filename]) == 1
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return False
    loader = (module_globals or {}).get('__loader__')
    if getattr(loader, 'get_source', None) is None:
        return False
    cache[filename] = (lambda: loader.get_source(module_globals.get('__name__')),)
    return True

