# Metaclass hooks: __prepare__ supplies the class body's namespace (with the class keywords),
# and a metaclass's __getattr__ answers attributes the class lacks.


class RecordingMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, [b.__name__ for b in bases], kw)
        return {"injected": name.lower()}

    def __new__(mcls, name, bases, ns, **kw):
        print("new", name, sorted(k for k in ns if not k.startswith("__")))
        return super().__new__(mcls, name, bases, dict(ns))

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)


class Model(metaclass=RecordingMeta, table="models"):
    x = injected + "!"


class Sub(Model):
    y = 2


print(Model.injected, Model.x, Sub.injected, Sub.y)


class BadPrepare(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 42


try:
    class Broken(metaclass=BadPrepare):
        pass
except TypeError as e:
    print("TypeError:", e)


class Fallback(type):
    def __getattr__(cls, name):
        if name.startswith("auto_"):
            return f"{cls.__name__}.{name}"
        raise AttributeError(name)


class Config(metaclass=Fallback):
    real = 1


print(Config.real, Config.auto_port, getattr(Config, "auto_host"))
print(hasattr(Config, "missing"), hasattr(Config, "auto_x"))
try:
    Config.missing
except AttributeError as e:
    print("AttributeError:", e)
