import os, pathlib
class P:
    def __fspath__(self):
        return "/x/y"
class Bad:
    def __fspath__(self):
        return 3
class S(str): pass
class NoneFs:
    __fspath__ = None
print(os.fspath("a"), os.fspath(b"b"), os.fspath(P()), type(os.fspath(S("s"))).__name__, os.fspath(path="kw"))
print(os.fspath(pathlib.PurePosixPath("/a/b")))
for v in (1, None, Bad(), NoneFs()):
    try:
        os.fspath(v)
    except TypeError as e:
        print("TypeError", e)
for call in (lambda: os.fspath(), lambda: os.fspath("a", "b"), lambda: os.fspath(p="a")):
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
print(os.path.basename(P()), os.path.splitext(S("a.b.c")), os.path.join(P(), "z"))
class C:
    f = os.fspath
print(C().f("q"), C.f("r"))
import math


class Holder:
    # A module's built-in function stored in a class stays a plain function (it does not
    # bind to the instance); a type's built-in method does.
    sqrt = math.sqrt
    length = len
    upper = str.upper


h = Holder()
print(h.sqrt(16), h.length("abc"), Holder.upper("x"), h.sqrt is math.sqrt)
print(os.path.basename("/a/b/c.txt"), os.path.dirname(P()), os.path.splitext("x.tar.gz"))
