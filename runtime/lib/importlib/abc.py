"""The abstract base classes of importers, for code that subclasses or registers them: isola's
import system takes modules from the runtime and the embedder, not from finders on sys.path,
so these only describe the protocols (CPython's also carry its file loaders' machinery)."""

import abc

__all__ = ['Loader', 'MetaPathFinder', 'PathEntryFinder', 'ResourceLoader', 'InspectLoader',
           'ExecutionLoader', 'FileLoader', 'SourceLoader', 'ResourceReader', 'Traversable',
           'TraversableResources']


class Loader(metaclass=abc.ABCMeta):
    """Loads a module found by a finder."""

    def create_module(self, spec):
        """None: the import system makes the module object itself."""
        return None

    def load_module(self, fullname):
        raise ImportError

    def module_repr(self, module):
        raise NotImplementedError


class MetaPathFinder(metaclass=abc.ABCMeta):
    """A finder on sys.meta_path."""

    def invalidate_caches(self):
        pass


class PathEntryFinder(metaclass=abc.ABCMeta):
    """A finder for one entry of sys.path."""

    def invalidate_caches(self):
        pass


class ResourceLoader(Loader):
    """A loader that reads data files beside its modules."""

    @abc.abstractmethod
    def get_data(self, path):
        raise OSError


class InspectLoader(Loader):
    """A loader that hands out a module's source and code."""

    def is_package(self, fullname):
        raise ImportError

    def get_code(self, fullname):
        source = self.get_source(fullname)
        if source is None:
            return None
        return self.source_to_code(source)

    @abc.abstractmethod
    def get_source(self, fullname):
        raise ImportError

    @staticmethod
    def source_to_code(data, path='<string>'):
        return compile(data, path, 'exec', dont_inherit=True)

    def exec_module(self, module):
        code = self.get_code(module.__name__)
        if code is None:
            raise ImportError(f'cannot load module {module.__name__!r} when get_code() '
                              'returns None')
        exec(code, module.__dict__)


class ExecutionLoader(InspectLoader):
    """An inspect loader that knows each module's file name."""

    @abc.abstractmethod
    def get_filename(self, fullname):
        raise ImportError


class FileLoader(ResourceLoader, ExecutionLoader):
    """A loader of one file, given its module name and path."""

    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def get_filename(self, fullname=None):
        return self.path

    def get_data(self, path):
        with open(path, 'rb') as f:
            return f.read()


class SourceLoader(ResourceLoader, ExecutionLoader):
    """A loader of source files, through get_data and get_filename."""

    def get_source(self, fullname):
        from importlib.util import decode_source
        return decode_source(self.get_data(self.get_filename(fullname)))

    def get_code(self, fullname):
        path = self.get_filename(fullname)
        return self.source_to_code(self.get_data(path), path)


class ResourceReader(metaclass=abc.ABCMeta):
    """Reads the resources of a package."""

    @abc.abstractmethod
    def open_resource(self, resource):
        raise FileNotFoundError

    @abc.abstractmethod
    def resource_path(self, resource):
        raise FileNotFoundError

    @abc.abstractmethod
    def is_resource(self, path):
        raise FileNotFoundError

    @abc.abstractmethod
    def contents(self):
        return iter([])


class Traversable(metaclass=abc.ABCMeta):
    """A path-like view of a package's resources."""

    @abc.abstractmethod
    def iterdir(self):
        pass

    def read_bytes(self):
        with self.open('rb') as f:
            return f.read()

    def read_text(self, encoding=None):
        with self.open(encoding=encoding) as f:
            return f.read()

    @abc.abstractmethod
    def is_dir(self):
        pass

    @abc.abstractmethod
    def is_file(self):
        pass

    @abc.abstractmethod
    def joinpath(self, *descendants):
        pass

    def __truediv__(self, child):
        return self.joinpath(child)

    @abc.abstractmethod
    def open(self, mode='r', *args, **kwargs):
        pass

    @property
    @abc.abstractmethod
    def name(self):
        pass


class TraversableResources(ResourceReader):
    """A resource reader whose resources are a Traversable tree (`files()`)."""

    @abc.abstractmethod
    def files(self):
        pass

    def open_resource(self, resource):
        return self.files().joinpath(resource).open('rb')

    def resource_path(self, resource):
        raise FileNotFoundError(resource)

    def is_resource(self, path):
        return self.files().joinpath(path).is_file()

    def contents(self):
        return (item.name for item in self.files().iterdir())
