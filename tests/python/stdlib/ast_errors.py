import ast
for s in ["x = \n", "def f(:", "1 +* 2", "if x\n  pass", "  x = 1", "return_ = 1\nreturn 5", "f(**a, *b)", "x = (1, 2", "a = 1 = 2", "print 'x'\n", "'\\N{bogus}'\n", "break", "def f():\n  x = 1\n   y = 2", "class C:\npass", "nonlocal x", "f() = 1", "del f()", "(a, b) += 1", "x = yield = 3", "lambda: (yield)", "def f(a, a): pass\n", "async def f():\n    yield from x", "await x", "x = [i async for i in y]"]:
    for mode in ("exec", "eval", "single"):
        if mode == "eval" and s.startswith("print"):
            continue
        try:
            t = ast.parse(s, "<src>", mode)
            print(repr(s), mode, "ok", ast.dump(t)[:60])
        except SyntaxError as e:
            print(repr(s), mode, type(e).__name__, e.msg, e.lineno, e.offset, e.filename)
L = dict(lineno=1, col_offset=0)
tests = [
 ast.Module(body=[ast.Expr()], type_ignores=[]),
 ast.Module(body=[ast.Expr(value=ast.Name('x', ast.Load()))], type_ignores=[]),
 ast.Module(body=[3], type_ignores=[]),
 ast.Module(body=3, type_ignores=[]),
 ast.Module(body=[ast.If(test=ast.Constant(1,**L), body=[], orelse=[], **L)], type_ignores=[]),
 ast.Module(body=[ast.Expr(value=ast.Name(3, ast.Load(),**L), **L)], type_ignores=[]),
 ast.Module(body=[ast.Expr(value=ast.Constant([1],**L), **L)], type_ignores=[]),
 ast.Module(body=[ast.Assign(targets=[ast.Name('x', ast.Load(),**L)], value=ast.Constant(1,**L), **L)], type_ignores=[]),
 ast.Module(body=[]),
 ast.Expression(body=ast.Constant(1,**L)),
 3,
 ast.Module(body=[ast.Expr(value=None, **L)], type_ignores=[]),
 ast.Module(body=[ast.Expr(value=ast.BinOp(ast.Constant(1,**L), None, ast.Constant(1,**L), **L), **L)], type_ignores=[]),
 ast.Module(body=[ast.Expr(value=ast.Call(ast.Name('f', ast.Load(),**L), [], [ast.keyword(None, ast.Constant(1,**L))], **L), **L)], type_ignores=[]),
 ast.Module(body=[ast.Expr(value=ast.Name('x', None,**L), **L)], type_ignores=[]),
 ast.Module(body=[ast.Expr(value=ast.Name('x', **L), **L)], type_ignores=[]),
 ast.Module(body=[ast.Expr(value=ast.Constant(True, lineno='a', col_offset=0), **L)], type_ignores=[]),
 ast.Module(body=[ast.Return(ast.Constant(1, **L), **L)], type_ignores=[]),
 ast.Module(body=[ast.Assign(targets=[ast.Call(ast.Name('f', ast.Load(),**L), [], [], **L)], value=ast.Constant(1,**L), **L)], type_ignores=[]),
 ast.Module(body=[ast.Try(body=[ast.Pass(**L)], handlers=[], orelse=[], finalbody=[], **L)], type_ignores=[]),
 ast.Module(body=[ast.Expr(ast.Starred(ast.Name('x', ast.Load(), **L), ast.Load(), **L), **L)], type_ignores=[]),
 ast.Module(body=[ast.Expr(ast.Slice(**L), **L)], type_ignores=[]),
 ast.Module(body=[ast.Expr(ast.JoinedStr([ast.Name('x', ast.Load(), **L)], **L), **L)], type_ignores=[]),
 ast.Module(body=[ast.Expr(ast.Constant(1+2j, **L), **L)], type_ignores=[]),
 ast.Module(body=[ast.Expr(ast.Constant((1, (2, 'a')), **L), **L)], type_ignores=[]),
 ast.Module(body=[ast.Expr(ast.Yield(**L), **L)], type_ignores=[]),
 ast.Module(body=[ast.Break(**L)], type_ignores=[]),
 ast.Module(body=[ast.Expr(ast.Compare(ast.Constant(1, **L), [], [], **L), **L)], type_ignores=[]),
 ast.Module(body=[ast.Expr(ast.BoolOp(ast.And(), [], **L), **L)], type_ignores=[]),
]
for t in tests:
    try:
        c = compile(t, '<t>', 'exec')
        print("compiled")
        try:
            exec(c, {'x': [1]})
        except Exception as e:
            print("  run:", type(e).__name__, e)
    except Exception as e:
        print(type(e).__name__, str(e).split(' at 0x')[0])
print(eval(compile(ast.Expression(ast.Constant((1, (2, 'a')), **L)), 'e', 'eval')))
print(eval(compile(ast.Expression(ast.Constant(1+2j, **L)), 'e', 'eval')))
