import ast
src = '''
import os, sys as s
from . import x
from ..a.b import (c as d, e)
@dec
@dec2(1)
def f(a, b=1, /, c=2, *args, d, e=3, **kw) -> int:
    """doc"""
    global g
    x: int = 5
    y += 1
    del x, y[0], z.a
    return a if b else c
async def g():
    async for i in x: await y
    async with a as b, c: pass
class C(B, metaclass=M):
    def m(self): pass
try:
    pass
except E as e:
    raise X from e
except: pass
else: pass
finally: pass
try: pass
except* ValueError: pass
while x: break
else: continue
for i, j in z: pass
with open(f) as (a, b): pass
lambda x, *y, z=1, **k: x
[x for x in y if x if z for q in w]
{k: v for k, v in d}
{a for a in b}
(a for a in b)
x = y = z[1:2, ::3, ...]
a, *b = c
f(*a, **k, x=1)
assert x, "m"
print(f"a{b!r:>{w}} {c=}")
match p:
    case 1 | 2: pass
    case [a, *rest]: pass
    case {"k": v, **r}: pass
    case Point(x=0, y=_) if x: pass
    case str() as s: pass
    case None: pass
    case -1+2j: pass
(x := 5)
a < b <= c is not d not in e
-x + ~y * +z @ w // 2 ** 3 % 4 << 1 >> 2 | 3 ^ 4 & 5
not a and b or c
b'bytes'; 'str' u'uni'; u'x'
pass
'''
t = ast.parse(src)
print(ast.dump(t, indent=1))
print(ast.dump(t, include_attributes=True))
print(ast.unparse(t))
print(ast.dump(ast.parse('u"a" f"{x}"\nu"a" "b"\n"a" u"b"\nU"x"')))
