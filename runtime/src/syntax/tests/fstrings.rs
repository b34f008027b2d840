//! f-strings: literal parts, fields with conversions, specs and `=`, and their errors.

use super::{check_error, check_expr, check_spans};

#[test]
fn fields() {
    check_expr("f''", "JoinedStr([])");
    check_expr("f'abc'", "JoinedStr([\"abc\"])");
    check_expr("f'{x}'", "JoinedStr([FormattedValue(x, -, -)])");
    check_expr(
        "f'a{x}b{y}c'",
        "JoinedStr([\"a\", FormattedValue(x, -, -), \"b\", FormattedValue(y, -, -), \"c\"])",
    );
    check_expr("f'{x!r}'", "JoinedStr([FormattedValue(x, !r, -)])");
    check_expr("f'{x!s}'", "JoinedStr([FormattedValue(x, !s, -)])");
    check_expr("f'{x!a}'", "JoinedStr([FormattedValue(x, !a, -)])");
    check_expr(
        "f'{x:>10}'",
        "JoinedStr([FormattedValue(x, -, JoinedStr([\">10\"]))])",
    );
    check_expr("f'{x:{w}.{p}f}'", "JoinedStr([FormattedValue(x, -, JoinedStr([FormattedValue(w, -, -), \".\", FormattedValue(p, -, -), \"f\"]))])");
    check_expr(
        "f'{x:}'",
        "JoinedStr([FormattedValue(x, -, JoinedStr([]))])",
    );
    check_expr(
        "f'{x!r:^20}'",
        "JoinedStr([FormattedValue(x, !r, JoinedStr([\"^20\"]))])",
    );
    check_expr("f'{{}}'", "JoinedStr([\"{}\"])");
    check_expr(
        "f'{{{x}}}'",
        "JoinedStr([\"{\", FormattedValue(x, -, -), \"}\"])",
    );
    check_expr("f'}}{{'", "JoinedStr([\"}{\"])");
    check_expr("f'{x=}'", "JoinedStr([\"x=\", FormattedValue(x, !r, -)])");
    check_expr("f'a{x=}'", "JoinedStr([\"ax=\", FormattedValue(x, !r, -)])");
    check_expr(
        "f'{x = }'",
        "JoinedStr([\"x = \", FormattedValue(x, !r, -)])",
    );
    check_expr("f'{x=!s}'", "JoinedStr([\"x=\", FormattedValue(x, !s, -)])");
    check_expr(
        "f'{x=:10}'",
        "JoinedStr([\"x=\", FormattedValue(x, -, JoinedStr([\"10\"]))])",
    );
    check_expr(
        "f'{x=!r:10}'",
        "JoinedStr([\"x=\", FormattedValue(x, !r, JoinedStr([\"10\"]))])",
    );
    check_expr("f'{ x }'", "JoinedStr([FormattedValue(x, -, -)])");
    check_expr(
        "f'{a, b}'",
        "JoinedStr([FormattedValue(Tuple([a, b]), -, -)])",
    );
    check_expr(
        "f'{*a,}'",
        "JoinedStr([FormattedValue(Tuple([Starred(a)]), -, -)])",
    );
    check_expr(
        "f'{x for x in y}'",
        "JoinedStr([FormattedValue(GeneratorExp(x, [for(x, y, [])]), -, -)])",
    );
    check_expr(
        "f'{(x := 1)}'",
        "JoinedStr([FormattedValue(NamedExpr(x, 1), -, -)])",
    );
    check_expr(
        "f'{x:=5}'",
        "JoinedStr([FormattedValue(x, -, JoinedStr([\"=5\"]))])",
    );
    check_expr(
        "f'{a[\"k\"]}'",
        "JoinedStr([FormattedValue(Subscript(a, \"k\"), -, -)])",
    );
    check_expr(
        "f\"{'a' + 'b'}\"",
        "JoinedStr([FormattedValue(BinOp(\"a\", Add, \"b\"), -, -)])",
    );
    check_expr(
        "f'{f\"{x}\"}'",
        "JoinedStr([FormattedValue(JoinedStr([FormattedValue(x, -, -)]), -, -)])",
    );
    check_expr("f'''{\nx\n}'''", "JoinedStr([FormattedValue(x, -, -)])");
    check_expr(
        "f'{a!=b}'",
        "JoinedStr([FormattedValue(Compare(a, [NotEq], [b]), -, -)])",
    );
    check_expr(
        "f'{a==b}'",
        "JoinedStr([FormattedValue(Compare(a, [Eq], [b]), -, -)])",
    );
    check_expr(
        "f'{a<b}'",
        "JoinedStr([FormattedValue(Compare(a, [Lt], [b]), -, -)])",
    );
    check_expr("f'{yield}'", "JoinedStr([FormattedValue(Yield(-), -, -)])");
    check_expr("f'\\{x}'", "JoinedStr([\"\\\\\", FormattedValue(x, -, -)])");
    check_expr(
        "rf'\\n{x}'",
        "JoinedStr([\"\\\\n\", FormattedValue(x, -, -)])",
    );
    check_expr(
        "f'\\N{BULLET}{x}'",
        "JoinedStr([\"•\", FormattedValue(x, -, -)])",
    );
    check_expr(
        "f'{x:\\n}'",
        "JoinedStr([FormattedValue(x, -, JoinedStr([\"\\n\"]))])",
    );
    check_expr(
        "f'{3.14:.2f}'",
        "JoinedStr([FormattedValue(3.14, -, JoinedStr([\".2f\"]))])",
    );
    check_expr(
        "'a' f'{b}' 'c'",
        "JoinedStr([\"a\", FormattedValue(b, -, -), \"c\"])",
    );
    check_expr(
        "f'{a}' f'{b}'",
        "JoinedStr([FormattedValue(a, -, -), FormattedValue(b, -, -)])",
    );
    check_expr("'a' f''", "JoinedStr([\"a\"])");
    check_expr("u'a' f'b'", "JoinedStr([\"ab\"])");
    check_expr("F'{x}'", "JoinedStr([FormattedValue(x, -, -)])");
    check_expr("fR'{x}'", "JoinedStr([FormattedValue(x, -, -)])");
}

#[test]
fn spans() {
    check_spans(
        "f'{x}'",
        "Expr(JoinedStr([FormattedValue(x@1:3-1:4, -, -)@1:0-1:6])@1:0-1:6)@1:0-1:6",
    );
    check_spans("f'a{x}' 'b'", "Expr(JoinedStr([\"a\"@1:0-1:11, FormattedValue(x@1:4-1:5, -, -)@1:0-1:11, \"b\"@1:0-1:11])@1:0-1:11)@1:0-1:11");
    check_spans("x = f'{ a + b }'", "Assign([x@1:0-1:1], JoinedStr([FormattedValue(BinOp(a@1:8-1:9, Add, b@1:12-1:13)@1:8-1:13, -, -)@1:4-1:16])@1:4-1:16)@1:0-1:16");
    check_spans("f'''\n{x +\ny}'''", "Expr(JoinedStr([\"\\n\"@1:0-3:5, FormattedValue(BinOp(x@2:1-2:2, Add, y@3:0-3:1)@2:1-3:1, -, -)@1:0-3:5])@1:0-3:5)@1:0-3:5");
    check_spans("f'{x:{y}}'", "Expr(JoinedStr([FormattedValue(x@1:3-1:4, -, JoinedStr([FormattedValue(y@1:6-1:7, -, -)@1:0-1:10])@1:0-1:10)@1:0-1:10])@1:0-1:10)@1:0-1:10");
}

#[test]
fn errors() {
    check_error(
        "f'{}'",
        "SyntaxError: f-string: empty expression not allowed (1:6-1:6)",
    );
    check_error(
        "f'{ }'",
        "SyntaxError: f-string: empty expression not allowed (1:7-1:7)",
    );
    check_error(
        "f'{!r}'",
        "SyntaxError: f-string: expression required before '!' (1:8-1:8)",
    );
    check_error(
        "f'{:x}'",
        "SyntaxError: f-string: expression required before ':' (1:8-1:8)",
    );
    check_error(
        "f'{=}'",
        "SyntaxError: f-string: expression required before '=' (1:7-1:7)",
    );
    check_error(
        "f'{x!z}'",
        "SyntaxError: f-string: invalid conversion character: expected 's', 'r', or 'a' (1:9-1:9)",
    );
    check_error(
        "f'{x!}'",
        "SyntaxError: f-string: invalid conversion character: expected 's', 'r', or 'a' (1:8-1:8)",
    );
    check_error(
        "f'{x:{y:{z}}}'",
        "SyntaxError: f-string: expressions nested too deeply (1:15-1:15)",
    );
    check_error(
        "f'}'",
        "SyntaxError: f-string: single '}' is not allowed (1:5-1:5)",
    );
    check_error("f'{'", "SyntaxError: f-string: expecting '}' (1:5-1:5)");
    check_error("f'{x'", "SyntaxError: f-string: expecting '}' (1:6-1:6)");
    check_error("f'{x!r'", "SyntaxError: f-string: expecting '}' (1:8-1:8)");
    check_error("f'{x:'", "SyntaxError: f-string: expecting '}' (1:7-1:7)");
    check_error(
        "f'{a#}'",
        "SyntaxError: f-string expression part cannot include '#' (1:8-1:8)",
    );
    check_error(
        "f'{a\\n}'",
        "SyntaxError: f-string expression part cannot include a backslash (1:9-1:9)",
    );
    check_error("f'{)}'", "SyntaxError: f-string: unmatched ')' (1:7-1:7)");
    check_error("f'{(}'", "SyntaxError: f-string: closing parenthesis '}' does not match opening parenthesis '(' (1:7-1:7)");
    check_error("f'{(]}'", "SyntaxError: f-string: closing parenthesis ']' does not match opening parenthesis '(' (1:8-1:8)");
    check_error(
        "f'{x!r=}'",
        "SyntaxError: f-string: expecting '}' (1:10-1:10)",
    );
    check_error(
        "f'{lambda:1}'",
        "SyntaxError: f-string: invalid syntax (1:8-1:9)",
    );
    check_error(
        "f'{*a}'",
        "SyntaxError: f-string: cannot use starred expression here (1:2-1:4)",
    );
    check_error(
        "f'{x!r }'",
        "SyntaxError: f-string: expecting '}' (1:10-1:10)",
    );
    check_error("f'{a=b}'", "SyntaxError: f-string: expecting '}' (1:9-1:9)");
    check_error(
        "f'{a b}'",
        "SyntaxError: f-string: invalid syntax. Perhaps you forgot a comma? (1:2-1:5)",
    );
    check_error(
        "x = 1\nf'{a b}'",
        "SyntaxError: f-string: invalid syntax. Perhaps you forgot a comma? (2:2-2:5)",
    );
    check_error(
        "f'''{\na b}'''",
        "SyntaxError: f-string: invalid syntax. Perhaps you forgot a comma? (2:1-2:4)",
    );
    check_error(
        "f'{\"a}'",
        "SyntaxError: f-string: unterminated string (1:8-1:8)",
    );
    check_error(
        "f'{a}}'",
        "SyntaxError: f-string: single '}' is not allowed (1:8-1:8)",
    );
    check_error("f'{a}{'", "SyntaxError: f-string: expecting '}' (1:8-1:8)");
    check_error(
        "f'{{a}'",
        "SyntaxError: f-string: single '}' is not allowed (1:8-1:8)",
    );
    check_error("f'\\N{DOES NOT EXIST} {x}'", "SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-17: unknown Unicode character name (1:26-1:26)");
    check_error(
        "f'{x}' b'y'",
        "SyntaxError: cannot mix bytes and nonbytes literals (1:12-1:12)",
    );
    check_error("f'{a:{b!}}'", "SyntaxError: f-string: invalid conversion character: expected 's', 'r', or 'a' (1:12-1:12)");
}
