"""Utilities for packages: resolve_name (what unittest.mock's patch uses to find its target)
and the module iteration functions, which find nothing to walk in the sandbox: isola's modules
are compiled into the runtime, not files on a path."""

import importlib
import sys
from collections import namedtuple

__all__ = ['iter_modules', 'walk_packages', 'resolve_name', 'ModuleInfo', 'extend_path',
           'get_data']

ModuleInfo = namedtuple('ModuleInfo', 'module_finder name ispkg')
ModuleInfo.__doc__ = 'A namedtuple with minimal info about a module.'


def iter_modules(path=None, prefix=''):
    return iter(())


def walk_packages(path=None, prefix='', onerror=None):
    return iter(())


def extend_path(path, name):
    return path


def get_data(package, resource):
    return None


def resolve_name(name):
    """The object `name` names: 'pkg.mod', 'pkg.mod:attr.sub', or 'pkg.mod.attr' (the longest
    importable prefix is the module, the rest attributes)."""
    if not isinstance(name, str):
        raise TypeError('name must be a str')
    if ':' in name:
        modname, _, attrs = name.partition(':')
        if not modname or modname.split('.')[0] == '' or not all(
                p.isidentifier() for p in modname.split('.')):
            raise ValueError(f'invalid format: {name!r}')
        obj = importlib.import_module(modname)
        if attrs:
            for part in attrs.split('.'):
                obj = getattr(obj, part)
        return obj
    parts = name.split('.')
    if not all(p.isidentifier() for p in parts):
        raise ValueError(f'invalid format: {name!r}')
    obj = importlib.import_module(parts[0])
    done = parts[0]
    rest = parts[1:]
    while rest:
        attempt = done + '.' + rest[0]
        try:
            obj = importlib.import_module(attempt)
        except ImportError:
            break
        done = attempt
        rest.pop(0)
    for part in rest:
        obj = getattr(obj, part)
    return obj
