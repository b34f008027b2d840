"""Installed distributions' metadata: a sandboxed interpreter has none installed, so every
lookup by name raises PackageNotFoundError, as CPython's does for a package that is not
installed, and the listings are empty. Code that asks for its own version
(`version('mypkg')` under `except PackageNotFoundError`) takes its fallback."""

__all__ = ['Distribution', 'DistributionFinder', 'PackageMetadata', 'PackageNotFoundError',
           'distribution', 'distributions', 'entry_points', 'files', 'metadata',
           'packages_distributions', 'requires', 'version', 'EntryPoint', 'EntryPoints']


class PackageNotFoundError(ModuleNotFoundError):
    """No distribution of this name is installed."""

    def __str__(self):
        return f'No package metadata was found for {self.name}'

    @property
    def name(self):
        (name,) = self.args
        return name


class PackageMetadata:
    """The protocol of a distribution's metadata (an email.message.Message in CPython)."""


class EntryPoint:
    """An entry point: a name, a `module:attr` value and its group."""

    def __init__(self, name, value, group):
        self.name, self.value, self.group = name, value, group

    def load(self):
        import importlib
        module_name, _, attrs = self.value.partition(':')
        obj = importlib.import_module(module_name.strip())
        for attr in filter(None, attrs.strip().split('.')):
            obj = getattr(obj, attr)
        return obj

    def __repr__(self):
        return f'EntryPoint(name={self.name!r}, value={self.value!r}, group={self.group!r})'


class EntryPoints(tuple):
    """A tuple of entry points, selectable by name and group."""

    def select(self, **params):
        return EntryPoints(ep for ep in self
                           if all(getattr(ep, key) == value for key, value in params.items()))

    @property
    def names(self):
        return {ep.name for ep in self}

    @property
    def groups(self):
        return {ep.group for ep in self}

    def __getitem__(self, name):
        if isinstance(name, int):
            return tuple.__getitem__(self, name)
        for ep in self:
            if ep.name == name:
                return ep
        raise KeyError(name)


class Distribution:
    """An installed distribution; none are installed in the sandbox."""

    @classmethod
    def from_name(cls, name):
        if not name:
            raise ValueError('A distribution name is required.')
        raise PackageNotFoundError(name)

    @classmethod
    def discover(cls, **kwargs):
        return iter(())


class DistributionFinder:
    """What finds distributions on sys.meta_path."""

    class Context:
        def __init__(self, **kwargs):
            self.name = kwargs.get('name')
            self.path = kwargs.get('path', [])


def distribution(distribution_name):
    return Distribution.from_name(distribution_name)


def distributions(**kwargs):
    return Distribution.discover(**kwargs)


def metadata(distribution_name):
    return distribution(distribution_name).metadata


def version(distribution_name):
    return distribution(distribution_name).version


def files(distribution_name):
    return distribution(distribution_name).files


def requires(distribution_name):
    return distribution(distribution_name).requires


def entry_points(**params):
    return EntryPoints().select(**params)


def packages_distributions():
    return {}
