# importlib.abc's ABCs subclassed and registered, and importlib.metadata for a missing package.
import importlib.abc
import importlib.metadata
import types


class Finder(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        return None


class Source(importlib.abc.InspectLoader):
    def get_source(self, name):
        return 'x = 41 + 1\ndef f():\n    return x * 2\n'


print(isinstance(Finder(), importlib.abc.MetaPathFinder), Finder().invalidate_caches())
module = types.ModuleType('generated')
Source().exec_module(module)
print(module.x, module.f(), Source().is_package.__name__)
try:
    importlib.abc.ResourceLoader()
except TypeError as e:
    print('abstract:', 'get_data' in str(e))


class Reader(importlib.abc.Traversable):
    name = 'r'

    def iterdir(self):
        return iter(())

    def is_dir(self):
        return False

    def is_file(self):
        return True

    def joinpath(self, *parts):
        return self

    def open(self, mode='r', *args, **kwargs):
        import io
        return io.BytesIO(b'data') if 'b' in mode else io.StringIO('text')


print(Reader().read_bytes(), Reader().read_text(), (Reader() / 'x').name)

for call in (importlib.metadata.version, importlib.metadata.metadata,
             importlib.metadata.distribution):
    try:
        call('no-such-distribution-xyz')
    except importlib.metadata.PackageNotFoundError as e:
        print(type(e).__name__, e, isinstance(e, ModuleNotFoundError), e.name)
