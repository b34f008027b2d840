//! Expressions: precedence, operators, calls, subscripts, displays, comprehensions, lambda.

use super::{check_expr, check_spans};

#[test]
fn precedence() {
    check_expr("a + b * c", "BinOp(a, Add, BinOp(b, Mult, c))");
    check_expr("(a + b) * c", "BinOp(BinOp(a, Add, b), Mult, c)");
    check_expr("a - b - c", "BinOp(BinOp(a, Sub, b), Sub, c)");
    check_expr("a ** b ** c", "BinOp(a, Pow, BinOp(b, Pow, c))");
    check_expr("-2 ** 2", "UnaryOp(USub, BinOp(2, Pow, 2))");
    check_expr("2 ** -1", "BinOp(2, Pow, UnaryOp(USub, 1))");
    check_expr(
        "-a ** -b ** c",
        "UnaryOp(USub, BinOp(a, Pow, UnaryOp(USub, BinOp(b, Pow, c))))",
    );
    check_expr("~a ** b", "UnaryOp(Invert, BinOp(a, Pow, b))");
    check_expr("a ** ~b", "BinOp(a, Pow, UnaryOp(Invert, b))");
    check_expr("- - a", "UnaryOp(USub, UnaryOp(USub, a))");
    check_expr("not not a", "UnaryOp(Not, UnaryOp(Not, a))");
    check_expr("not a == b", "UnaryOp(Not, Compare(a, [Eq], [b]))");
    check_expr("a | b ^ c & d << e >> f + g - h * i / j // k % l @ m", "BinOp(a, BitOr, BinOp(b, BitXor, BinOp(c, BitAnd, BinOp(BinOp(d, LShift, e), RShift, BinOp(BinOp(f, Add, g), Sub, BinOp(BinOp(BinOp(BinOp(BinOp(h, Mult, i), Div, j), FloorDiv, k), Mod, l), MatMult, m))))))");
    check_expr(
        "a or b and c or d",
        "BoolOp(Or, [a, BoolOp(And, [b, c]), d])",
    );
    check_expr("a and b and c", "BoolOp(And, [a, b, c])");
    check_expr(
        "not a and not b",
        "BoolOp(And, [UnaryOp(Not, a), UnaryOp(Not, b)])",
    );
    check_expr("a if b else c if d else e", "IfExp(b, a, IfExp(d, c, e))");
    check_expr("(a if b else c) if d else e", "IfExp(d, IfExp(b, a, c), e)");
    check_expr(
        "lambda: a if b else c",
        "Lambda(arguments([], [], -, [], [], -, []), IfExp(b, a, c))",
    );
    check_expr(
        "a if b else lambda: c",
        "IfExp(b, a, Lambda(arguments([], [], -, [], [], -, []), c))",
    );
    check_expr("await a ** b", "BinOp(Await(a), Pow, b)");
    check_expr("a < b <= c != d", "Compare(a, [Lt, LtE, NotEq], [b, c, d])");
    check_expr("a is not b is c", "Compare(a, [IsNot, Is], [b, c])");
    check_expr("a not in b in c", "Compare(a, [NotIn, In], [b, c])");
    check_expr(
        "a < b == c > d >= e in f not in g is h is not i",
        "Compare(a, [Lt, Eq, Gt, GtE, In, NotIn, Is, IsNot], [b, c, d, e, f, g, h, i])",
    );
    check_expr("x.y.z", "Attribute(Attribute(x, y), z)");
    check_expr(
        "f(x)(y)[z].w",
        "Attribute(Subscript(Call(Call(f, [x], []), [y], []), z), w)",
    );
    check_expr("-a.b", "UnaryOp(USub, Attribute(a, b))");
    check_expr("(-a).b", "Attribute(UnaryOp(USub, a), b)");
    check_expr("a[b][c:d]", "Subscript(Subscript(a, b), Slice(c, d, -))");
}

#[test]
fn calls() {
    check_expr("f()", "Call(f, [], [])");
    check_expr("f(a, b)", "Call(f, [a, b], [])");
    check_expr("f(a, *b, c=1, **d)", "Call(f, [a, Starred(b)], [c=1, **d])");
    check_expr(
        "f(*a, *b, **c, **d)",
        "Call(f, [Starred(a), Starred(b)], [**c, **d])",
    );
    check_expr("f(a=1, *b)", "Call(f, [Starred(b)], [a=1])");
    check_expr(
        "f(x for x in y)",
        "Call(f, [GeneratorExp(x, [for(x, y, [])])], [])",
    );
    check_expr(
        "f(x for x in y if z)",
        "Call(f, [GeneratorExp(x, [for(x, y, [z])])], [])",
    );
    check_expr(
        "f((x for x in y), z)",
        "Call(f, [GeneratorExp(x, [for(x, y, [])]), z], [])",
    );
    check_expr("f(a := 1)", "Call(f, [NamedExpr(a, 1)], [])");
    check_expr("f(a, b := 2)", "Call(f, [a, NamedExpr(b, 2)], [])");
    check_expr("f(a,)", "Call(f, [a], [])");
    check_expr("f(**k)", "Call(f, [], [**k])");
}

#[test]
fn subscripts_and_slices() {
    check_expr("a[1]", "Subscript(a, 1)");
    check_expr("a[1:2]", "Subscript(a, Slice(1, 2, -))");
    check_expr("a[:]", "Subscript(a, Slice(-, -, -))");
    check_expr("a[::]", "Subscript(a, Slice(-, -, -))");
    check_expr("a[1:]", "Subscript(a, Slice(1, -, -))");
    check_expr("a[:2]", "Subscript(a, Slice(-, 2, -))");
    check_expr("a[::3]", "Subscript(a, Slice(-, -, 3))");
    check_expr("a[1:2:3]", "Subscript(a, Slice(1, 2, 3))");
    check_expr(
        "a[1:2, ::3]",
        "Subscript(a, Tuple([Slice(1, 2, -), Slice(-, -, 3)]))",
    );
    check_expr("a[1, 2]", "Subscript(a, Tuple([1, 2]))");
    check_expr("a[1,]", "Subscript(a, Tuple([1]))");
    check_expr("a[()]", "Subscript(a, Tuple([]))");
    check_expr("a[*b]", "Subscript(a, Tuple([Starred(b)]))");
    check_expr("a[b, *c]", "Subscript(a, Tuple([b, Starred(c)]))");
    check_expr("a[...]", "Subscript(a, ...)");
    check_expr("a[x := 1]", "Subscript(a, NamedExpr(x, 1))");
    check_expr(
        "a[lambda: 1]",
        "Subscript(a, Lambda(arguments([], [], -, [], [], -, []), 1))",
    );
}

#[test]
fn displays() {
    check_expr("()", "Tuple([])");
    check_expr("(1)", "1");
    check_expr("(1,)", "Tuple([1])");
    check_expr("(1, 2)", "Tuple([1, 2])");
    check_expr(
        "((1, 2), [3, (4,)])",
        "Tuple([Tuple([1, 2]), List([3, Tuple([4])])])",
    );
    check_expr("[]", "List([])");
    check_expr("[1]", "List([1])");
    check_expr("[1, 2,]", "List([1, 2])");
    check_expr("[*a, *b]", "List([Starred(a), Starred(b)])");
    check_expr("{}", "Dict([], [])");
    check_expr("{1: 2}", "Dict([1], [2])");
    check_expr("{1: 2, **a, 3: 4}", "Dict([1, -, 3], [2, a, 4])");
    check_expr("{**a}", "Dict([-], [a])");
    check_expr("{1}", "Set([1])");
    check_expr("{1, 2}", "Set([1, 2])");
    check_expr("{*a, b}", "Set([Starred(a), b])");
    check_expr("1, 2", "Tuple([1, 2])");
    check_expr("*a, b", "Tuple([Starred(a), b])");
    check_expr("(*a, b)", "Tuple([Starred(a), b])");
    check_expr("...", "...");
    check_expr("None, True, False", "Tuple([None, True, False])");
    check_expr("(yield)", "Yield(-)");
    check_expr("(yield a, b)", "Yield(Tuple([a, b]))");
    check_expr("(yield from a)", "YieldFrom(a)");
    check_expr("[(yield)]", "List([Yield(-)])");
    check_expr("(a := 1)", "NamedExpr(a, 1)");
    check_expr("{(a := 1): 2}", "Dict([NamedExpr(a, 1)], [2])");
}

#[test]
fn comprehensions() {
    check_expr("[x for x in y]", "ListComp(x, [for(x, y, [])])");
    check_expr("{x for x in y}", "SetComp(x, [for(x, y, [])])");
    check_expr(
        "{k: v for k, v in y}",
        "DictComp(k, v, [for(Tuple([k, v]), y, [])])",
    );
    check_expr("(x for x in y)", "GeneratorExp(x, [for(x, y, [])])");
    check_expr(
        "[x for x in y if a if b for z in x]",
        "ListComp(x, [for(x, y, [a, b]), for(z, x, [])])",
    );
    check_expr(
        "[(a, b) for a, b in c]",
        "ListComp(Tuple([a, b]), [for(Tuple([a, b]), c, [])])",
    );
    check_expr("[x for x, in y]", "ListComp(x, [for(Tuple([x]), y, [])])");
    check_expr(
        "[x for *a, b in c]",
        "ListComp(x, [for(Tuple([Starred(a), b]), c, [])])",
    );
    check_expr(
        "[x for (a, b) in c]",
        "ListComp(x, [for(Tuple([a, b]), c, [])])",
    );
    check_expr("[x for [a] in c]", "ListComp(x, [for(List([a]), c, [])])");
    check_expr("[x async for x in y]", "ListComp(x, [async for(x, y, [])])");
    check_expr(
        "[await x for x in y]",
        "ListComp(Await(x), [for(x, y, [])])",
    );
    check_expr(
        "[lambda: x for x in y]",
        "ListComp(Lambda(arguments([], [], -, [], [], -, []), x), [for(x, y, [])])",
    );
}

#[test]
fn lambdas() {
    check_expr(
        "lambda: 0",
        "Lambda(arguments([], [], -, [], [], -, []), 0)",
    );
    check_expr(
        "lambda a: a",
        "Lambda(arguments([], [a], -, [], [], -, []), a)",
    );
    check_expr(
        "lambda a, b=1, /, c=2, *d, e, f=3, **g: 0",
        "Lambda(arguments([a, b], [c], d, [e, f], [-, 3], g, [1, 2]), 0)",
    );
    check_expr(
        "lambda *, a: 0",
        "Lambda(arguments([], [], -, [a], [-], -, []), 0)",
    );
    check_expr(
        "lambda *a, b=1: 0",
        "Lambda(arguments([], [], a, [b], [1], -, []), 0)",
    );
    check_expr("lambda a=lambda: 1: a", "Lambda(arguments([], [a], -, [], [], -, [Lambda(arguments([], [], -, [], [], -, []), 1)]), a)");
    check_expr("lambda: lambda: lambda: 1", "Lambda(arguments([], [], -, [], [], -, []), Lambda(arguments([], [], -, [], [], -, []), Lambda(arguments([], [], -, [], [], -, []), 1)))");
    check_expr(
        "lambda a, /: 0",
        "Lambda(arguments([a], [], -, [], [], -, []), 0)",
    );
}

#[test]
fn spans() {
    check_spans(
        "x = (a) + b",
        "Assign([x@1:0-1:1], BinOp(a@1:5-1:6, Add, b@1:10-1:11)@1:4-1:11)@1:0-1:11",
    );
    check_spans(
        "x = ((a)) * (b)",
        "Assign([x@1:0-1:1], BinOp(a@1:6-1:7, Mult, b@1:13-1:14)@1:4-1:15)@1:0-1:15",
    );
    check_spans(
        "f((a), b)",
        "Expr(Call(f@1:0-1:1, [a@1:3-1:4, b@1:7-1:8], [])@1:0-1:9)@1:0-1:9",
    );
    check_spans("x = a.b[c](d)", "Assign([x@1:0-1:1], Call(Subscript(Attribute(a@1:4-1:5, b)@1:4-1:7, c@1:8-1:9)@1:4-1:10, [d@1:11-1:12], [])@1:4-1:13)@1:0-1:13");
    check_spans(
        "x = (a, b)",
        "Assign([x@1:0-1:1], Tuple([a@1:5-1:6, b@1:8-1:9])@1:4-1:10)@1:0-1:10",
    );
    check_spans(
        "x = a, b,",
        "Assign([x@1:0-1:1], Tuple([a@1:4-1:5, b@1:7-1:8])@1:4-1:9)@1:0-1:9",
    );
    check_spans("x = [a for b in c]", "Assign([x@1:0-1:1], ListComp(a@1:5-1:6, [for(b@1:11-1:12, c@1:16-1:17, [])])@1:4-1:18)@1:0-1:18");
    check_spans("f(x for x in y)", "Expr(Call(f@1:0-1:1, [GeneratorExp(x@1:2-1:3, [for(x@1:8-1:9, y@1:13-1:14, [])])@1:1-1:15], [])@1:0-1:15)@1:0-1:15");
    check_spans(
        "x = -(a)",
        "Assign([x@1:0-1:1], UnaryOp(USub, a@1:6-1:7)@1:4-1:8)@1:0-1:8",
    );
    check_spans(
        "x = not (a)",
        "Assign([x@1:0-1:1], UnaryOp(Not, a@1:9-1:10)@1:4-1:11)@1:0-1:11",
    );
    check_spans(
        "x = a if (b) else c",
        "Assign([x@1:0-1:1], IfExp(b@1:10-1:11, a@1:4-1:5, c@1:18-1:19)@1:4-1:19)@1:0-1:19",
    );
    check_spans(
        "x = {1: (2)}",
        "Assign([x@1:0-1:1], Dict([1@1:5-1:6], [2@1:9-1:10])@1:4-1:12)@1:0-1:12",
    );
    check_spans("(yield)", "Expr(Yield(-)@1:1-1:6)@1:0-1:7");
    check_spans(
        "x = 'é' + é",
        "Assign([x@1:0-1:1], BinOp(\"é\"@1:4-1:7, Add, é@1:10-1:11)@1:4-1:11)@1:0-1:11",
    );
    check_spans(
        "x = '''a\nb''' + c",
        "Assign([x@1:0-1:1], BinOp(\"a\\nb\"@1:4-2:4, Add, c@2:7-2:8)@1:4-2:8)@1:0-2:8",
    );
    check_spans(
        "x = (1 +\n     2)",
        "Assign([x@1:0-1:1], BinOp(1@1:5-1:6, Add, 2@2:5-2:6)@1:5-2:6)@1:0-2:7",
    );
}
