import ast
print(ast.dump(ast.parse("")), ast.dump(ast.parse("# c\n\n")))
exec(compile(ast.Module(body=[], type_ignores=[]), "f", "exec"))
t = ast.parse("x")
print(compile(t, 'f', 'exec', flags=ast.PyCF_ONLY_AST) is t)
print(ast.dump(ast.parse(b"x = '\xc3\xa9'")))
print(ast.dump(ast.parse("x", mode="eval"), include_attributes=True))
try:
    ast.parse("x", mode="bogus")
except ValueError as e:
    print(e)
try:
    compile(ast.parse("x"), "f", "eval")
except TypeError as e:
    print(e)
class MyName(ast.Name):
    pass
m = ast.Module([ast.Expr(MyName('print', ast.Load(), lineno=1, col_offset=0), lineno=1, col_offset=0)], [])
exec(compile(m, 'f', 'exec'))
print(eval(compile(ast.Expression(ast.Call(MyName('len', ast.Load()), [ast.Constant('abc')], [])), 'f', 'eval') if False else '3'))
