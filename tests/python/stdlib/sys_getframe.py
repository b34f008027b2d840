# sys._getframe and the chain of callers it gives: what logging, warnings, inspect and
# namedtuple read from it.
import sys
import inspect


def leaf():
    fr = sys._getframe()
    print(fr.f_code.co_name, fr.f_back.f_code.co_name, fr.f_back.f_back.f_code.co_name)
    print(sorted(fr.f_back.f_locals.items()))
    print(fr.f_back is fr.f_back, fr.f_back.f_lineno)
    print(fr.f_globals is globals(), fr.f_back.f_globals["__name__"])
    names = []
    b = fr
    while b is not None:
        names.append(b.f_code.co_name)
        b = b.f_back
    print(names)
    print(sys._getframe(1).f_code.co_name, sys._getframe(2).f_code.co_name)
    print(sys._getframe(-3).f_code.co_name)
    try:
        sys._getframe(len(names))
    except ValueError as e:
        print("ValueError:", e)
    caller = inspect.currentframe().f_back
    print(caller.f_code.co_name, inspect.isframe(caller))
    return len(names)


def middle(a, b=2, *rest, **kw):
    x = a + b
    return leaf()


def outer():
    return middle(1, 5, 6, k=7)


def recurse(n):
    if n == 0:
        return [sys._getframe(i).f_code.co_name for i in range(3)]
    return recurse(n - 1)


print(outer())
print(recurse(40))


class Gen:
    def run(self):
        yield sys._getframe(1).f_code.co_name
        yield sys._getframe().f_back.f_code.co_name


def drive():
    return list(Gen().run())


print(drive())

# Module-level: the frame's locals are the module's namespace.
top = sys._getframe()
print(top.f_back, top.f_locals is globals(), top.f_code.co_name)

import collections

Point = collections.namedtuple("Point", "x y")
print(Point.__module__)
