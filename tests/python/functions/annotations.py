# Function annotations: evaluated when the def runs, in parameter order then 'return', in the
# defining scope; absent annotations give an empty dict.

order = []


def note(x):
    order.append(x)
    return x


def f(a: note("a"), b: "s" = note("default"), *c: float, d: list = [], **e: dict) -> note("ret"):
    pass


print(f.__annotations__)
print(order)


def g():
    pass


print(g.__annotations__)


class K:
    def m(self, x: 'K') -> None: ...


print(K.m.__annotations__)


def outer():
    class Local:
        pass

    def inner(p: Local) -> Local:
        pass

    return inner


print(outer().__annotations__)
print(outer().__qualname__)


def kwonly(*, k: int = 1, m: str) -> tuple:
    return (k, m)


print(kwonly.__annotations__, kwonly(m="x"))
print(g.__code__.co_flags & 0x20, (lambda: (yield)).__code__.co_flags & 0x20)


def decorated_annotations(fn):
    fn.__annotations__["checked"] = True
    return fn


@decorated_annotations
def h(x: int) -> int:
    return x


print(h.__annotations__)
try:
    def broken(x: undefined_name):
        pass
except NameError as e:
    print("NameError:", e)
