# importlib.util and _imp over isola's import system: specs of modules the runtime has,
# module_from_spec + exec_module, resolve_name; float.__getformat__; the file system encoding.
import importlib.util
import sys

spec = importlib.util.find_spec('textwrap')
print(spec.name, spec.parent, importlib.util.find_spec('no_such_module_here'))
module = importlib.util.module_from_spec(spec)
spec.loader.exec_module(module)
print(module.__name__, module.dedent('    a\n    b'))
print(importlib.util.resolve_name('.sub', 'pkg.mod'), importlib.util.resolve_name('..x', 'a.b.c'))
print(importlib.util.find_spec('collections.abc').name, importlib.util.find_spec('collections').parent)
try:
    importlib.util.resolve_name('.x', None)
except ImportError as e:
    print(e)
print(float.__getformat__('double'), sys.getfilesystemencoding(), sys.getfilesystemencodeerrors())
try:
    float.__getformat__('long')
except ValueError as e:
    print(e)
print(b'abc'.decode('utf-8', 'surrogateescape'), 'abc'.encode('ascii', 'surrogateescape'))
try:
    '\u00e9'.encode('ascii', 'surrogateescape')
except UnicodeEncodeError as e:
    print(e)
