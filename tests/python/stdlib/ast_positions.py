import ast
srcs = [
'''
@a.b(c)
class K(object):
    """Doc."""
    x = 1
    def f(self, *, k): ...
''',
'''
if a:
    pass
elif b:
    x = (1 +
         2)
else:
    y = [
        1, 2,
    ]
''',
's = "héllo" + x  # ü\nt = "ü"; u = f"é{x}é"\n',
'f(x for x in y)\nf((x for x in y), 1)\n',
'with (a as b, c as d):\n    pass\n',
'with (a, b):\n    pass\n',
'x = obj.method(1)\\\n    .other[2:3]\n',
'def g():\n    yield x\n    yield from y\n    z = yield\n',
'lambda: 0\nlambda *a, **k: 0\n',
'try:\n    pass\nexcept (A, B) as e:\n    pass\nexcept C:\n    pass\n',
'x[1:2]\nx[::]\nx[a, b:c]\nx[()]\nx[(1, 2)]\n',
'a = b if c else d\nnot x\n',
'print(f"{x:{y}.{z}f}" f"{a!s}" "plain" f"{b=!r:10}")\n',
'f"{x}" "abc"\n"abc" f"{x}"\nf""\nf"plain"\n',
'x = 10**20\ny = 1.5e10\nz = 0xFF\nw = 1_000\nv = 3j\n',
'(a, b) = 1, 2\n[c, d] = e\n',
'for x in range(10):\n    if x: continue\n    else: break\nelse:\n    pass\n',
'match x:\n    case [1, 2, *_]:\n        pass\n    case {1: _, "a": [b]}:\n        pass\n    case (1 | 2) as z:\n        pass\n    case A.B:\n        pass\n    case _:\n        pass\n',
'def f(a: int = 1, *args: str, b: "x" = 2, **kw: dict) -> None:\n    pass\n',
'async def f():\n    return [x async for x in y]\n',
'x: list[int]\n(y): int = 3\nself.a: int = 1\n',
'del (a), [b]\n',
'assert (a,\n  b)\n',
'raise\n',
'global a, b\n',
'import a.b.c\nfrom a import *\n',
'{**a, "b": 1}\n{}\n{1, 2}\n[]\n()\n',
'f(a)(b)(c)\n',
'x = -1\ny = +1.5\n',
'"""multi\nline"""\n',
'call(a,\n     b=2,\n     *c,\n     **d)\n',
'\n\n# comment\n\nx = 1   \n',
'if x:\n    pass\n    # trailing\n',
'class A: pass\n',
'@d\nasync def f(): pass\n',
'while 1:\n    pass\n',
'x = [i for i in range(3)]; y = 2\n',
'nonlocal_ = 1\n',
"b'a' b'b'\n",
'x = ...\n',
'a.b.c = 1\n',
'a[b][c] += 1\n',
'print(*a, sep="")\n',
]
for src in srcs:
    print(ast.dump(ast.parse(src), include_attributes=True))
print(ast.dump(ast.parse("1 + 2", mode="eval"), include_attributes=True))
print(ast.dump(ast.parse("x = 1", mode="single"), include_attributes=True))
print(ast.dump(ast.parse("if x:\n  pass\n", mode="single"), include_attributes=True))
