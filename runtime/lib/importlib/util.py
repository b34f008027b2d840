"""importlib.util over isola's import system: specs of the runtime's modules (there are no
source files or bytecode caches to find or write)."""

import sys
import types

from . import _resolve_name
from .machinery import ModuleSpec, _find

MAGIC_NUMBER = (3495).to_bytes(2, 'little') + b'\r\n'


def resolve_name(name, package):
    """An absolute module name for a relative one ('.sub' in `package`)."""
    if not name.startswith('.'):
        return name
    if not package:
        raise ImportError(f'no package specified for {repr(name)} '
                          '(required for relative module names)')
    level = 0
    for character in name:
        if character != '.':
            break
        level += 1
    return _resolve_name(name[level:], package, level)


def find_spec(name, package=None):
    """The spec of a module: the imported module's own, or what the runtime would load."""
    fullname = resolve_name(name, package) if name.startswith('.') else name
    if fullname in sys.modules:
        module = sys.modules[fullname]
        if module is None:
            return None
        spec = getattr(module, '__spec__', None)
        if spec is None:
            return _find(fullname)
        return spec
    parent = fullname.rpartition('.')[0]
    if parent:
        __import__(parent)
    return _find(fullname)


def module_from_spec(spec):
    """A new, empty module for `spec` (exec_module fills it)."""
    module = None
    if spec.loader is not None and hasattr(spec.loader, 'create_module'):
        module = spec.loader.create_module(spec)
    if module is None:
        module = types.ModuleType(spec.name)
    module.__spec__ = spec
    module.__loader__ = spec.loader
    module.__package__ = spec.parent
    if spec.submodule_search_locations is not None:
        module.__path__ = spec.submodule_search_locations
    return module


def spec_from_loader(name, loader, *, origin=None, is_package=None):
    if is_package is None and loader is not None and hasattr(loader, 'is_package'):
        try:
            is_package = loader.is_package(name)
        except ImportError:
            is_package = None
    return ModuleSpec(name, loader, origin=origin, is_package=is_package)


def cache_from_source(path, debug_override=None, *, optimization=None):
    raise NotImplementedError('sys.implementation.cache_tag is None')


def source_from_cache(path):
    raise NotImplementedError('sys.implementation.cache_tag is None')


def decode_source(source_bytes):
    """Source code from bytes, with universal newlines."""
    import io
    text = source_bytes.decode('utf-8')
    return io.IncrementalNewlineDecoder(None, True).decode(text, final=True)
