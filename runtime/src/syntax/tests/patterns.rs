//! Match statements, every kind of pattern, and the soft keywords as ordinary names.

use super::{check, check_error, check_spans};

#[test]
fn patterns() {
    check(
        "match x:\n    case 1: pass",
        "Match(x, [case(MatchValue(1), -, [Pass])])",
    );
    check(
        "match x:\n    case -1: pass",
        "Match(x, [case(MatchValue(UnaryOp(USub, 1)), -, [Pass])])",
    );
    check(
        "match x:\n    case 1.5: pass",
        "Match(x, [case(MatchValue(1.5), -, [Pass])])",
    );
    check(
        "match x:\n    case -1.5: pass",
        "Match(x, [case(MatchValue(UnaryOp(USub, 1.5)), -, [Pass])])",
    );
    check(
        "match x:\n    case 2j: pass",
        "Match(x, [case(MatchValue(2.0j), -, [Pass])])",
    );
    check(
        "match x:\n    case -2j: pass",
        "Match(x, [case(MatchValue(UnaryOp(USub, 2.0j)), -, [Pass])])",
    );
    check(
        "match x:\n    case 1 + 2j: pass",
        "Match(x, [case(MatchValue(BinOp(1, Add, 2.0j)), -, [Pass])])",
    );
    check(
        "match x:\n    case -1 - 2j: pass",
        "Match(x, [case(MatchValue(BinOp(UnaryOp(USub, 1), Sub, 2.0j)), -, [Pass])])",
    );
    check(
        "match x:\n    case 's': pass",
        "Match(x, [case(MatchValue(\"s\"), -, [Pass])])",
    );
    check(
        "match x:\n    case 'a' 'b': pass",
        "Match(x, [case(MatchValue(\"ab\"), -, [Pass])])",
    );
    check(
        "match x:\n    case b'x': pass",
        "Match(x, [case(MatchValue(b\"x\"), -, [Pass])])",
    );
    check(
        "match x:\n    case f'x': pass",
        "Match(x, [case(MatchValue(JoinedStr([\"x\"])), -, [Pass])])",
    );
    check(
        "match x:\n    case None: pass",
        "Match(x, [case(MatchSingleton(None), -, [Pass])])",
    );
    check(
        "match x:\n    case True: pass",
        "Match(x, [case(MatchSingleton(True), -, [Pass])])",
    );
    check(
        "match x:\n    case False: pass",
        "Match(x, [case(MatchSingleton(False), -, [Pass])])",
    );
    check(
        "match x:\n    case x: pass",
        "Match(x, [case(MatchAs(-, x), -, [Pass])])",
    );
    check(
        "match x:\n    case _: pass",
        "Match(x, [case(MatchAs(-, -), -, [Pass])])",
    );
    check(
        "match x:\n    case a.b: pass",
        "Match(x, [case(MatchValue(Attribute(a, b)), -, [Pass])])",
    );
    check(
        "match x:\n    case a.b.c: pass",
        "Match(x, [case(MatchValue(Attribute(Attribute(a, b), c)), -, [Pass])])",
    );
    check(
        "match x:\n    case (x): pass",
        "Match(x, [case(MatchAs(-, x), -, [Pass])])",
    );
    check(
        "match x:\n    case (): pass",
        "Match(x, [case(MatchSequence([]), -, [Pass])])",
    );
    check(
        "match x:\n    case []: pass",
        "Match(x, [case(MatchSequence([]), -, [Pass])])",
    );
    check(
        "match x:\n    case (a,): pass",
        "Match(x, [case(MatchSequence([MatchAs(-, a)]), -, [Pass])])",
    );
    check(
        "match x:\n    case [a, b]: pass",
        "Match(x, [case(MatchSequence([MatchAs(-, a), MatchAs(-, b)]), -, [Pass])])",
    );
    check(
        "match x:\n    case (a, b): pass",
        "Match(x, [case(MatchSequence([MatchAs(-, a), MatchAs(-, b)]), -, [Pass])])",
    );
    check(
        "match x:\n    case a, b: pass",
        "Match(x, [case(MatchSequence([MatchAs(-, a), MatchAs(-, b)]), -, [Pass])])",
    );
    check(
        "match x:\n    case a, *rest: pass",
        "Match(x, [case(MatchSequence([MatchAs(-, a), MatchStar(rest)]), -, [Pass])])",
    );
    check(
        "match x:\n    case [*_, b]: pass",
        "Match(x, [case(MatchSequence([MatchStar(-), MatchAs(-, b)]), -, [Pass])])",
    );
    check(
        "match x:\n    case *a, b: pass",
        "Match(x, [case(MatchSequence([MatchStar(a), MatchAs(-, b)]), -, [Pass])])",
    );
    check(
        "match x:\n    case {}: pass",
        "Match(x, [case(MatchMapping([], [], -), -, [Pass])])",
    );
    check(
        "match x:\n    case {1: a}: pass",
        "Match(x, [case(MatchMapping([1], [MatchAs(-, a)], -), -, [Pass])])",
    );
    check(
        "match x:\n    case {'k': v, **rest}: pass",
        "Match(x, [case(MatchMapping([\"k\"], [MatchAs(-, v)], rest), -, [Pass])])",
    );
    check(
        "match x:\n    case {**rest}: pass",
        "Match(x, [case(MatchMapping([], [], rest), -, [Pass])])",
    );
    check(
        "match x:\n    case {a.b: c}: pass",
        "Match(x, [case(MatchMapping([Attribute(a, b)], [MatchAs(-, c)], -), -, [Pass])])",
    );
    check(
        "match x:\n    case {None: x}: pass",
        "Match(x, [case(MatchMapping([None], [MatchAs(-, x)], -), -, [Pass])])",
    );
    check(
        "match x:\n    case {-1: x}: pass",
        "Match(x, [case(MatchMapping([UnaryOp(USub, 1)], [MatchAs(-, x)], -), -, [Pass])])",
    );
    check(
        "match x:\n    case A(): pass",
        "Match(x, [case(MatchClass(A, [], , []), -, [Pass])])",
    );
    check(
        "match x:\n    case A(b): pass",
        "Match(x, [case(MatchClass(A, [MatchAs(-, b)], , []), -, [Pass])])",
    );
    check(
        "match x:\n    case A(b, c=d): pass",
        "Match(x, [case(MatchClass(A, [MatchAs(-, b)], c, [MatchAs(-, d)]), -, [Pass])])",
    );
    check(
        "match x:\n    case A(b=c): pass",
        "Match(x, [case(MatchClass(A, [], b, [MatchAs(-, c)]), -, [Pass])])",
    );
    check("match x:\n    case a.B(1, x): pass", "Match(x, [case(MatchClass(Attribute(a, B), [MatchValue(1), MatchAs(-, x)], , []), -, [Pass])])");
    check(
        "match x:\n    case a | b: pass",
        "Match(x, [case(MatchOr([MatchAs(-, a), MatchAs(-, b)]), -, [Pass])])",
    );
    check(
        "match x:\n    case 1 | 2 | 3: pass",
        "Match(x, [case(MatchOr([MatchValue(1), MatchValue(2), MatchValue(3)]), -, [Pass])])",
    );
    check("match x:\n    case [a] | (b,): pass", "Match(x, [case(MatchOr([MatchSequence([MatchAs(-, a)]), MatchSequence([MatchAs(-, b)])]), -, [Pass])])");
    check(
        "match x:\n    case x as y: pass",
        "Match(x, [case(MatchAs(MatchAs(-, x), y), -, [Pass])])",
    );
    check(
        "match x:\n    case (1 as y) | 2: pass",
        "Match(x, [case(MatchOr([MatchAs(MatchValue(1), y), MatchValue(2)]), -, [Pass])])",
    );
    check(
        "match x:\n    case 1 | 2 as y: pass",
        "Match(x, [case(MatchAs(MatchOr([MatchValue(1), MatchValue(2)]), y), -, [Pass])])",
    );
    check("match x:\n    case A(x=[1, *r]) as z: pass", "Match(x, [case(MatchAs(MatchClass(A, [], x, [MatchSequence([MatchValue(1), MatchStar(r)])]), z), -, [Pass])])");
    check(
        "match x:\n    case 0x10 | 0o7 | 0b1: pass",
        "Match(x, [case(MatchOr([MatchValue(16), MatchValue(7), MatchValue(1)]), -, [Pass])])",
    );
}

#[test]
fn statements() {
    check(
        "match x:\n    case 1:\n        a\n    case _ if b:\n        c",
        "Match(x, [case(MatchValue(1), -, [Expr(a)]), case(MatchAs(-, -), b, [Expr(c)])])",
    );
    check(
        "match a, b:\n    case 1, 2: pass",
        "Match(Tuple([a, b]), [case(MatchSequence([MatchValue(1), MatchValue(2)]), -, [Pass])])",
    );
    check(
        "match *a, b:\n    case x: pass",
        "Match(Tuple([Starred(a), b]), [case(MatchAs(-, x), -, [Pass])])",
    );
    check(
        "match (a):\n    case x: pass",
        "Match(a, [case(MatchAs(-, x), -, [Pass])])",
    );
    check(
        "match -x:\n    case x: pass",
        "Match(UnaryOp(USub, x), [case(MatchAs(-, x), -, [Pass])])",
    );
    check(
        "match {a}:\n    case x: pass",
        "Match(Set([a]), [case(MatchAs(-, x), -, [Pass])])",
    );
    check(
        "match x,:\n    case x: pass",
        "Match(Tuple([x]), [case(MatchAs(-, x), -, [Pass])])",
    );
    check(
        "match [a]:\n    case x: pass",
        "Match(List([a]), [case(MatchAs(-, x), -, [Pass])])",
    );
    check("match = 1\nmatch(x)\nmatch[x]\nmatch.x = 1\nmatch x:\n    case case: pass", "Assign([match], 1)\nExpr(Call(match, [x], []))\nExpr(Subscript(match, x))\nAssign([Attribute(match, x)], 1)\nMatch(x, [case(MatchAs(-, case), -, [Pass])])");
}

#[test]
fn spans() {
    check_spans("match x:\n    case (a) | [b, *c] as d: pass", "Match(x@1:6-1:7, [case(MatchAs(MatchOr([MatchAs(-, a)@2:10-2:11, MatchSequence([MatchAs(-, b)@2:16-2:17, MatchStar(c)@2:19-2:21])@2:15-2:22])@2:9-2:22, d)@2:9-2:27, -, [Pass@2:29-2:33])])@1:0-2:33");
    check_spans("match x:\n    case {1: a, **r} | A(b, c=d): pass", "Match(x@1:6-1:7, [case(MatchOr([MatchMapping([1@2:10-2:11], [MatchAs(-, a)@2:13-2:14], r)@2:9-2:20, MatchClass(A@2:23-2:24, [MatchAs(-, b)@2:25-2:26], c, [MatchAs(-, d)@2:30-2:31])@2:23-2:32])@2:9-2:32, -, [Pass@2:34-2:38])])@1:0-2:38");
}

#[test]
fn errors() {
    check_error(
        "match x:\n    case 1 as _: pass",
        "SyntaxError: cannot use '_' as a target (2:15-2:16)",
    );
    check_error(
        "match x:\n    case 1 as 2: pass",
        "SyntaxError: invalid pattern target (2:15-2:16)",
    );
    check_error(
        "match x:\n    case 1 as a.b: pass",
        "SyntaxError: invalid syntax (2:16-2:17)",
    );
    check_error(
        "match x:\n    case A(x=1, y): pass",
        "SyntaxError: positional patterns follow keyword patterns (2:17-2:18)",
    );
    check_error(
        "match x:\n    case {**a, b: 1}: pass",
        "SyntaxError: invalid syntax (2:16-2:17)",
    );
    check_error(
        "match x:\n    case 1+2: pass",
        "SyntaxError: imaginary number required in complex literal (2:12-2:13)",
    );
    check_error(
        "match x:\n    case 1+1: pass",
        "SyntaxError: imaginary number required in complex literal (2:12-2:13)",
    );
    check_error(
        "match x:\n    case 1j+1: pass",
        "SyntaxError: real number required in complex literal (2:10-2:12)",
    );
    check_error(
        "match x:\n    case *a: pass",
        "SyntaxError: invalid syntax (2:12-2:13)",
    );
    check_error(
        "match x:\n    case {1: _, **_}: pass",
        "SyntaxError: invalid syntax (2:19-2:20)",
    );
    check_error(
        "match x:\n    case -a: pass",
        "SyntaxError: invalid syntax (2:11-2:12)",
    );
    check_error(
        "match x:\n    case a=1: pass",
        "SyntaxError: invalid syntax (2:11-2:12)",
    );
    check_error(
        "match x:\n    case 1 | *a: pass",
        "SyntaxError: invalid syntax (2:14-2:15)",
    );
    check_error(
        "match x:\n    case {a: 1}: pass",
        "SyntaxError: invalid syntax (2:12-2:13)",
    );
    check_error(
        "match x:\n    case a b: pass",
        "SyntaxError: invalid syntax (2:12-2:13)",
    );
    check_error("match x", "SyntaxError: expected ':' (1:8-1:8)");
    check_error("match x:\n  pass", "SyntaxError: invalid syntax (2:3-2:7)");
    check_error(
        "match x:\npass",
        "IndentationError: expected an indented block after 'match' statement on line 1 (2:1-2:5)",
    );
    check_error(
        "match x:\n  case 1:\n  pass",
        "IndentationError: expected an indented block after 'case' statement on line 2 (3:3-3:7)",
    );
    check_error(
        "match x:\n  case 1\n    pass",
        "SyntaxError: expected ':' (2:9-2:9)",
    );
    check_error("case x: pass", "SyntaxError: invalid syntax (1:6-1:7)");
}
