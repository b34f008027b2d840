//! Statements: every simple and compound statement, and their spans where subtle.

use super::{check, check_spans};

#[test]
fn simple() {
    check("pass", "Pass");
    check("break", "Break");
    check("continue", "Continue");
    check("return", "Return(-)");
    check("return x", "Return(x)");
    check("return *a, *b", "Return(Tuple([Starred(a), Starred(b)]))");
    check("raise", "Raise(-, -)");
    check("raise E", "Raise(E, -)");
    check("raise E from F", "Raise(E, F)");
    check("global a, b", "Global(a, b)");
    check("nonlocal a", "Nonlocal(a)");
    check("del a", "Delete([a])");
    check(
        "del a, b[0], c.d",
        "Delete([a, Subscript(b, 0), Attribute(c, d)])",
    );
    check("del (a), [b]", "Delete([a, List([b])])");
    check("del a,", "Delete([a])");
    check("assert x", "Assert(x, -)");
    check("assert x, 'msg'", "Assert(x, \"msg\")");
    check("x = 1; y = 2;", "Assign([x], 1)\nAssign([y], 2)");
    check("import a", "Import([a])");
    check("import a.b.c as d, e", "Import([a.b.c as d, e])");
    check("from a import b", "ImportFrom(a, [b], 0)");
    check(
        "from .a.b import c as d, e",
        "ImportFrom(a.b, [c as d, e], 1)",
    );
    check("from . import (a, b,)", "ImportFrom(-, [a, b], 1)");
    check("from .. import *", "ImportFrom(-, [*], 2)");
    check("from ... import x", "ImportFrom(-, [x], 3)");
    check("from .... import y", "ImportFrom(-, [y], 4)");
    check("from a import *", "ImportFrom(a, [*], 0)");
}

#[test]
fn assignments() {
    check("x = 1", "Assign([x], 1)");
    check("x = y = z = 1", "Assign([x, y, z], 1)");
    check("x, y = y, x", "Assign([Tuple([x, y])], Tuple([y, x]))");
    check("[x, y] = 1, 2", "Assign([List([x, y])], Tuple([1, 2]))");
    check("(x, y), z = a", "Assign([Tuple([Tuple([x, y]), z])], a)");
    check("a, = b", "Assign([Tuple([a])], b)");
    check("*a, b = c", "Assign([Tuple([Starred(a), b])], c)");
    check("x.y = 1", "Assign([Attribute(x, y)], 1)");
    check("x[0] = 1", "Assign([Subscript(x, 0)], 1)");
    check("x[1:2] = y", "Assign([Subscript(x, Slice(1, 2, -))], y)");
    check("x = yield", "Assign([x], Yield(-))");
    check("x = yield a", "Assign([x], Yield(a))");
    check("x = yield from a", "Assign([x], YieldFrom(a))");
    check("x = *a, *b", "Assign([x], Tuple([Starred(a), Starred(b)]))");
    check("x += 1", "AugAssign(x, Add, 1)");
    check("x.y -= 1", "AugAssign(Attribute(x, y), Sub, 1)");
    check("x[0] *= 2", "AugAssign(Subscript(x, 0), Mult, 2)");
    check("x @= y", "AugAssign(x, MatMult, y)");
    check("x //= y", "AugAssign(x, FloorDiv, y)");
    check("x **= y", "AugAssign(x, Pow, y)");
    check("x >>= y", "AugAssign(x, RShift, y)");
    check("x <<= y", "AugAssign(x, LShift, y)");
    check("x ^= y", "AugAssign(x, BitXor, y)");
    check("x |= y", "AugAssign(x, BitOr, y)");
    check("x &= y", "AugAssign(x, BitAnd, y)");
    check("x %= y", "AugAssign(x, Mod, y)");
    check("x /= y", "AugAssign(x, Div, y)");
    check("x: int", "AnnAssign(x, int, -, simple)");
    check("x: int = 1", "AnnAssign(x, int, 1, simple)");
    check("(x): int = 1", "AnnAssign(x, int, 1, not simple)");
    check("x.y: int", "AnnAssign(Attribute(x, y), int, -, not simple)");
    check(
        "x[0]: int = 1",
        "AnnAssign(Subscript(x, 0), int, 1, not simple)",
    );
    check(
        "x: list[int] = []",
        "AnnAssign(x, Subscript(list, int), List([]), simple)",
    );
    check("x = a if b else c", "Assign([x], IfExp(b, a, c))");
}

#[test]
fn expression_statements() {
    check("f(x)", "Expr(Call(f, [x], []))");
    check("a.b", "Expr(Attribute(a, b))");
    check("1", "Expr(1)");
    check("'doc'", "Expr(\"doc\")");
    check("yield", "Expr(Yield(-))");
    check("yield a, b", "Expr(Yield(Tuple([a, b])))");
    check("await x", "Expr(Await(x))");
    check("(x := 1)", "Expr(NamedExpr(x, 1))");
    check("match(x)", "Expr(Call(match, [x], []))");
    check("match[x]", "Expr(Subscript(match, x))");
    check("match.x = 1", "Assign([Attribute(match, x)], 1)");
    check("match = 1", "Assign([match], 1)");
    check("case = 1", "Assign([case], 1)");
    check(
        "print(match, case, _)",
        "Expr(Call(print, [match, case, _], []))",
    );
    check("type(x)", "Expr(Call(type, [x], []))");
}

#[test]
fn compound() {
    check("if a: b", "If(a, [Expr(b)], [])");
    check(
        "if a:\n  b\nelif c:\n  d\nelif e:\n  f\nelse:\n  g",
        "If(a, [Expr(b)], [If(c, [Expr(d)], [If(e, [Expr(f)], [Expr(g)])])])",
    );
    check(
        "while a:\n  b\nelse:\n  c",
        "While(a, [Expr(b)], [Expr(c)])",
    );
    check(
        "for a in b:\n  c\nelse:\n  d",
        "For(a, b, [Expr(c)], [Expr(d)])",
    );
    check(
        "for a, *b in c: pass",
        "For(Tuple([a, Starred(b)]), c, [Pass], [])",
    );
    check("async def f():\n  async for a in b: pass\n  async with a as b, c: pass", "AsyncFunctionDef(f, arguments([], [], -, [], [], -, []), [AsyncFor(a, b, [Pass], []), AsyncWith([a as b, c], [Pass])], [], -)");
    check("with a: pass", "With([a], [Pass])");
    check(
        "with a as b, c as (d, e): pass",
        "With([a as b, c as Tuple([d, e])], [Pass])",
    );
    check("with (a, b): pass", "With([a, b], [Pass])");
    check("with (a as b, c,): pass", "With([a as b, c], [Pass])");
    check("with (a) as b: pass", "With([a as b], [Pass])");
    check(
        "with (a, b) as c: pass",
        "With([Tuple([a, b]) as c], [Pass])",
    );
    check("with (yield): pass", "With([Yield(-)], [Pass])");
    check(
        "try:\n  a\nexcept:\n  b",
        "Try([Expr(a)], [except(-, -, [Expr(b)])], [], [])",
    );
    check("try:\n  a\nexcept E:\n  b\nexcept (F, G) as e:\n  c\nelse:\n  d\nfinally:\n  e", "Try([Expr(a)], [except(E, -, [Expr(b)]), except(Tuple([F, G]), e, [Expr(c)])], [Expr(d)], [Expr(e)])");
    check(
        "try:\n  a\nfinally:\n  b",
        "Try([Expr(a)], [], [], [Expr(b)])",
    );
    check(
        "try:\n  a\nexcept* E:\n  b\nexcept* F as e:\n  c",
        "TryStar([Expr(a)], [except(E, -, [Expr(b)]), except(F, e, [Expr(c)])], [], [])",
    );
}

#[test]
fn definitions() {
    check(
        "def f(): pass",
        "FunctionDef(f, arguments([], [], -, [], [], -, []), [Pass], [], -)",
    );
    check(
        "def f(a, b=1, /, c=2, *d, e, f=3, **g) -> int: pass",
        "FunctionDef(f, arguments([a, b], [c], d, [e, f], [-, 3], g, [1, 2]), [Pass], [], int)",
    );
    check(
        "def f(*, a): pass",
        "FunctionDef(f, arguments([], [], -, [a], [-], -, []), [Pass], [], -)",
    );
    check(
        "def f(a, /): pass",
        "FunctionDef(f, arguments([a], [], -, [], [], -, []), [Pass], [], -)",
    );
    check(
        "def f(*args: *Ts): pass",
        "FunctionDef(f, arguments([], [], args: Starred(Ts), [], [], -, []), [Pass], [], -)",
    );
    check("def f(a: int = 1, *b: str, c: bool, **d: dict): pass", "FunctionDef(f, arguments([], [a: int], b: str, [c: bool], [-], d: dict, [1]), [Pass], [], -)");
    check("@a\n@b.c(d)\ndef f(): pass", "FunctionDef(f, arguments([], [], -, [], [], -, []), [Pass], [a, Call(Attribute(b, c), [d], [])], -)");
    check(
        "async def f(): await x",
        "AsyncFunctionDef(f, arguments([], [], -, [], [], -, []), [Expr(Await(x))], [], -)",
    );
    check(
        "@d\nasync def f(): pass",
        "AsyncFunctionDef(f, arguments([], [], -, [], [], -, []), [Pass], [d], -)",
    );
    check("class A: pass", "ClassDef(A, [], [], [Pass], [])");
    check("class A(): pass", "ClassDef(A, [], [], [Pass], [])");
    check(
        "class A(B, C, metaclass=M, **kw): pass",
        "ClassDef(A, [B, C], [metaclass=M, **kw], [Pass], [])",
    );
    check(
        "class A(*b): pass",
        "ClassDef(A, [Starred(b)], [], [Pass], [])",
    );
    check("@d\nclass A:\n  x: int = 1\n  def f(self): return 1", "ClassDef(A, [], [], [AnnAssign(x, int, 1, simple), FunctionDef(f, arguments([], [self], -, [], [], -, []), [Return(1)], [], -)], [d])");
}

#[test]
fn spans() {
    check_spans("if a:\n    b\nelif c:\n    d\nelse:\n    e", "If(a@1:3-1:4, [Expr(b@2:4-2:5)@2:4-2:5], [If(c@3:5-3:6, [Expr(d@4:4-4:5)@4:4-4:5], [Expr(e@6:4-6:5)@6:4-6:5])@3:0-6:5])@1:0-6:5");
    check_spans("def f():\n    a;\n", "FunctionDef(f, arguments([], [], -, [], [], -, []), [Expr(a@2:4-2:5)@2:4-2:5], [], -)@1:0-2:6");
    check_spans(
        "class A:\n    x = 1;  # c\n",
        "ClassDef(A, [], [], [Assign([x@2:4-2:5], 1@2:8-2:9)@2:4-2:9], [])@1:0-2:10",
    );
    check_spans("@d\ndef f(x):\n    return x", "FunctionDef(f, arguments([], [x@2:6-2:7], -, [], [], -, []), [Return(x@3:11-3:12)@3:4-3:12], [d@1:1-1:2], -)@2:0-3:12");
    check_spans("try:\n    a\nexcept E as e:\n    b\nfinally:\n    c", "Try([Expr(a@2:4-2:5)@2:4-2:5], [except(E@3:7-3:8, e, [Expr(b@4:4-4:5)@4:4-4:5])@3:0-4:5], [], [Expr(c@6:4-6:5)@6:4-6:5])@1:0-6:5");
    check_spans(
        "with a as b:\n    c",
        "With([a@1:5-1:6 as b@1:10-1:11], [Expr(c@2:4-2:5)@2:4-2:5])@1:0-2:5",
    );
    check_spans(
        "for x in y:\n    pass\nelse:\n    pass",
        "For(x@1:4-1:5, y@1:9-1:10, [Pass@2:4-2:8], [Pass@4:4-4:8])@1:0-4:8",
    );
    check_spans("import a.b as c", "Import([a.b as c@1:7-1:15])@1:0-1:15");
    check_spans(
        "from . import (a as b)",
        "ImportFrom(-, [a as b@1:15-1:21], 1)@1:0-1:22",
    );
    check_spans(
        "x: int = 1",
        "AnnAssign(x@1:0-1:1, int@1:3-1:6, 1@1:9-1:10, simple)@1:0-1:10",
    );
    check_spans("del a, b", "Delete([a@1:4-1:5, b@1:7-1:8])@1:0-1:8");
    check_spans("global a", "Global(a)@1:0-1:8");
    check_spans("async def f():\n    async for x in y:\n        pass", "AsyncFunctionDef(f, arguments([], [], -, [], [], -, []), [AsyncFor(x@2:14-2:15, y@2:19-2:20, [Pass@3:8-3:12], [])@2:4-3:12], [], -)@1:0-3:12");
}
