"""The import system's classes as isola has them: every module is either built into the
runtime (BuiltinImporter) or compiled from source the runtime holds (FrozenImporter); there
are no files on a path to find modules in."""

import _imp
import sys

SOURCE_SUFFIXES = ['.py']
BYTECODE_SUFFIXES = ['.pyc']
EXTENSION_SUFFIXES = []


def all_suffixes():
    return SOURCE_SUFFIXES + BYTECODE_SUFFIXES + EXTENSION_SUFFIXES


class ModuleSpec:
    """What the import system knows of a module before it is loaded."""

    def __init__(self, name, loader, *, origin=None, loader_state=None, is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.loader_state = loader_state
        self.submodule_search_locations = [] if is_package else None
        self.cached = None
        self.has_location = False

    @property
    def parent(self):
        if self.submodule_search_locations is None:
            return self.name.rpartition('.')[0]
        return self.name

    def __repr__(self):
        args = [f'name={self.name!r}', f'loader={self.loader!r}']
        if self.origin is not None:
            args.append(f'origin={self.origin!r}')
        if self.submodule_search_locations is not None:
            args.append(f'submodule_search_locations={self.submodule_search_locations}')
        return f'{type(self).__name__}({", ".join(args)})'

    def __eq__(self, other):
        if not isinstance(other, ModuleSpec):
            return NotImplemented
        return (self.name, self.loader, self.origin, self.submodule_search_locations) == \
            (other.name, other.loader, other.origin, other.submodule_search_locations)


class _Importer:
    """Finds the runtime's modules of one kind; loading goes through `__import__`."""

    origin = None

    @classmethod
    def _found(cls, fullname):
        raise NotImplementedError

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        found = cls._found(fullname)
        if found is None:
            return None
        return ModuleSpec(fullname, cls, origin=cls.origin, is_package=found)

    @classmethod
    def create_module(cls, spec):
        return None

    @classmethod
    def exec_module(cls, module):
        name = module.__name__
        if name in sys.modules:
            del sys.modules[name]
        __import__(name)
        module.__dict__.update(sys.modules[name].__dict__)

    @classmethod
    def is_package(cls, fullname):
        return bool(cls._found(fullname))


class BuiltinImporter(_Importer):
    origin = 'built-in'

    @classmethod
    def _found(cls, fullname):
        return False if _imp.is_builtin(fullname) else None


class FrozenImporter(_Importer):
    origin = 'frozen'

    @classmethod
    def _found(cls, fullname):
        return _imp.is_frozen_package(fullname) if _imp.is_frozen(fullname) else None


def _find(fullname):
    for importer in (FrozenImporter, BuiltinImporter):
        spec = importer.find_spec(fullname)
        if spec is not None:
            return spec
    return None
