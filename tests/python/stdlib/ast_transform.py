import ast
src = '''
"""Module doc."""
import math
def area(r: float) -> float:
    """Area of a circle."""
    return math.pi * r ** 2
class Shape:
    """A shape."""
    def __init__(self, n):
        self.n = n
total = 0
for i in range(5):
    total += i * 2
print("total", total, area(2.0))
print([x * x for x in range(4)], {k: v for k, v in zip("ab", (1, 2))})
print(f"{total:>6}|{'s'!r}")
'''
tree = ast.parse(src)
print(ast.get_docstring(tree))
print(ast.get_docstring(tree.body[2]))
print(ast.get_docstring(tree.body[3]), ast.get_docstring(tree.body[3].body[1]))
names = sorted({n.id for n in ast.walk(tree) if isinstance(n, ast.Name)})
print(names)
print(sum(1 for _ in ast.walk(tree)))

class Counter(ast.NodeVisitor):
    def __init__(self):
        self.calls = []
    def visit_Call(self, node):
        if isinstance(node.func, ast.Name):
            self.calls.append(node.func.id)
        self.generic_visit(node)
c = Counter(); c.visit(tree); print(c.calls)

class Doubler(ast.NodeTransformer):
    def visit_Constant(self, node):
        if isinstance(node.value, int) and not isinstance(node.value, bool):
            return ast.copy_location(ast.Constant(node.value * 10), node)
        return node
    def visit_Name(self, node):
        if node.id == 'print':
            return ast.copy_location(ast.Name(id='shout', ctx=node.ctx), node)
        return node

def shout(*args):
    print(*args, "!")

new = ast.fix_missing_locations(Doubler().visit(tree))
code = compile(new, "<ast>", "exec")
ns = {"shout": shout}
exec(code, ns)
print(ast.unparse(new))

# Build a tree by hand
mod = ast.Module(body=[
    ast.Assign(targets=[ast.Name('x', ast.Store())], value=ast.BinOp(ast.Constant(6), ast.Mult(), ast.Constant(7))),
    ast.Expr(ast.Call(ast.Name('print', ast.Load()), [ast.Name('x', ast.Load())], [])),
], type_ignores=[])
ast.fix_missing_locations(mod)
exec(compile(mod, "<hand>", "exec"))
print(ast.dump(mod, include_attributes=True))
e = ast.Expression(body=ast.BinOp(ast.Constant(2), ast.Pow(), ast.Constant(10)))
print(eval(compile(ast.fix_missing_locations(e), "<e>", "eval")))
# increment_lineno
t = ast.parse("x = 1\ny = 2")
ast.increment_lineno(t, 3)
print([(n.lineno, n.end_lineno) for n in t.body])
# round trips
for s in ["a = (1, 2)", "def f(a, /, b=2, *c, d, **e):\n    return (yield)", "x = lambda a=1: a", "del a[1:2, ::3]",
          "async def f():\n    async with a as b:\n        await c", "match x:\n    case [1, *r] if r:\n        pass\n    case {'k': v, **kw}:\n        pass\n    case P(1, y=2) | None:\n        pass",
          "try:\n    pass\nexcept* E as e:\n    raise X from e\nfinally:\n    pass", "x = f'{a!r:>{w}} {b=}'", "print(*a, **k)", "@d\nclass C(B, metaclass=M):\n    x: int = 1",
          "global a\nnonlocal b", "with a, b as (c, d):\n    pass", "x = {**a, 'b': 1}", "a if b else c", "(x := 1)", "not a or b and c", "-x ** 2", "(-x) ** 2", "1 < 2 <= 3", "x = [*a, *b]",
          "from ..m import (a as b, c)", "assert x, 'msg'", "while True:\n    break\nelse:\n    continue", "x = 1,", "for (a, b) in c:\n    pass", "print('a' 'b', b'x', 1.5, 1e400, 3j, ...)"]:
    t = ast.parse(s)
    u = ast.unparse(t)
    print(u)
    print(ast.dump(ast.parse(u)) == ast.dump(t))
node = ast.Name('x', ast.Load())
print(node.__match_args__, ast.Name._fields, ast.expr._attributes, ast.Name.__module__)
print(ast.Constant(1).kind, ast.FunctionDef().returns, hasattr(ast.Name(), 'id'))
try:
    ast.Name('a', ast.Load(), 3)
except TypeError as e:
    print(e)
print(isinstance(ast.Constant(1), ast.expr), issubclass(ast.Load, ast.expr_context), ast.AST.__subclasses__()[:3])
print(ast.PyCF_ONLY_AST, ast.PyCF_TYPE_COMMENTS, ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
print(type(compile("x", "f", "eval", ast.PyCF_ONLY_AST)).__name__)
import pickle, copy
d = copy.deepcopy(ast.parse("a + b"))
print(ast.dump(d))
print(ast.dump(pickle.loads(pickle.dumps(ast.parse("a + b")))))
print(ast.Num(5).n, isinstance(ast.Constant(5), ast.Num), isinstance(ast.Constant('s'), ast.Str))
