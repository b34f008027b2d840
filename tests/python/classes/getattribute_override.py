# A class's own __getattribute__ sees every attribute access; __getattr__ catches its AttributeError.
class Logged:
    def __init__(self):
        self.x = 1

    def method(self):
        return "method result"

    def __getattribute__(self, name):
        if not name.startswith("_"):
            print("access", name)
        if name == "secret":
            return 42
        return object.__getattribute__(self, name)


o = Logged()
print(o.x, o.secret, o.method())
print(getattr(o, "x"), hasattr(o, "nope"))
try:
    o.missing
except AttributeError as e:
    print("AttributeError:", e)


class Fallback:
    def __getattribute__(self, name):
        if name == "boom":
            raise AttributeError("no boom here")
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        return f"fallback for {name}"


f = Fallback()
print(f.boom, f.other)


class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)

    def __getattribute__(self, name):
        target = object.__getattribute__(self, "_target")
        return getattr(target, name)


p = Proxy([3, 1, 2])
p.sort()
print(p.index(2), object.__getattribute__(p, "_target"))
