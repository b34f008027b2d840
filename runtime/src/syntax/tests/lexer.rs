//! Tokens: numbers, strings, bytes, indentation, line joining, comments; lexical errors.

use super::{check, check_error, check_expr};

#[test]
fn numbers() {
    check_expr("0", "0");
    check_expr("00", "0");
    check_expr("0_0", "0");
    check_expr("1_000_000", "1000000");
    check_expr("0x_Ff", "255");
    check_expr("0X1f", "31");
    check_expr("0o17", "15");
    check_expr("0O7", "7");
    check_expr("0b1_0", "2");
    check_expr("0B1", "1");
    check_expr(
        "123456789012345678901234567890",
        "123456789012345678901234567890",
    );
    check_expr("1.5", "1.5");
    check_expr(".5", "0.5");
    check_expr("5.", "5.0");
    check_expr("1_0.5_0", "10.5");
    check_expr("1e10", "10000000000.0");
    check_expr("1E-5", "1e-5");
    check_expr("1.e5", "100000.0");
    check_expr("1e1_0", "10000000000.0");
    check_expr("09.5", "9.5");
    check_expr("09e1", "90.0");
    check_expr("0e0", "0.0");
    check_expr("1e400", "inf");
    check_expr("2.2250738585072014e-308", "2.2250738585072014e-308");
    check_expr("2j", "2.0j");
    check_expr("1.5J", "1.5j");
    check_expr("09j", "9.0j");
    check_expr("1_0j", "10.0j");
    check_expr("1if x else 2", "IfExp(x, 1, 2)");
    check_expr(
        "[0x1for x in y]",
        "List([BoolOp(Or, [31, Compare(x, [In], [y])])])",
    );
    check_expr("1or 2", "BoolOp(Or, [1, 2])");
}

#[test]
fn number_errors() {
    check_error("012", "SyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers (1:1-1:2)");
    check_error("0_1", "SyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers (1:1-1:3)");
    check_error("0777", "SyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers (1:1-1:2)");
    check_error("1__0", "SyntaxError: invalid decimal literal (1:2-1:2)");
    check_error("1_", "SyntaxError: invalid decimal literal (1:2-1:2)");
    check_error("0x", "SyntaxError: invalid hexadecimal literal (1:2-1:2)");
    check_error("0xg", "SyntaxError: invalid hexadecimal literal (1:2-1:2)");
    check_error("0x_", "SyntaxError: invalid hexadecimal literal (1:3-1:3)");
    check_error(
        "0b2",
        "SyntaxError: invalid digit '2' in binary literal (1:3-1:3)",
    );
    check_error(
        "0b1_2",
        "SyntaxError: invalid digit '2' in binary literal (1:5-1:5)",
    );
    check_error(
        "0o8",
        "SyntaxError: invalid digit '8' in octal literal (1:3-1:3)",
    );
    check_error("0o", "SyntaxError: invalid octal literal (1:2-1:2)");
    check_error("1e", "SyntaxError: invalid decimal literal (1:1-1:1)");
    check_error("1e+", "SyntaxError: invalid decimal literal (1:3-1:3)");
    check_error("1ja", "SyntaxError: invalid imaginary literal (1:2-1:2)");
    check_error("1abc", "SyntaxError: invalid decimal literal (1:1-1:1)");
    check_error("1_e10", "SyntaxError: invalid decimal literal (1:2-1:2)");
    check_error("1.0_", "SyntaxError: invalid decimal literal (1:4-1:4)");
    check_error("1._1", "SyntaxError: invalid decimal literal (1:2-1:2)");
    check_error("0b_", "SyntaxError: invalid binary literal (1:3-1:3)");
}

#[test]
fn strings() {
    check_expr("'abc'", "\"abc\"");
    check_expr("\"abc\"", "\"abc\"");
    check_expr("'''a\nb'''", "\"a\\nb\"");
    check_expr("\"\"\"a\"b\"\"\"", "\"a\\\"b\"");
    check_expr("'a' \"b\" '''c'''", "\"abc\"");
    check_expr("''", "\"\"");
    check_expr("r'\\n\\x'", "\"\\\\n\\\\x\"");
    check_expr("R'\\''", "\"\\\\'\"");
    check_expr("u'abc'", "\"abc\"");
    check_expr("U'x'", "\"x\"");
    check_expr("b'abc'", "b\"abc\"");
    check_expr("B'x'", "b\"x\"");
    check_expr("rb'\\x'", "b\"\\\\x\"");
    check_expr("bR'\\x'", "b\"\\\\x\"");
    check_expr("Rb'x'", "b\"x\"");
    check_expr("BR'x'", "b\"x\"");
    check_expr(
        "'\\a\\b\\f\\n\\r\\t\\v\\\\\\'\\\"'",
        "\"\\u{7}\\u{8}\\u{c}\\n\\r\\t\\u{b}\\\\'\\\"\"",
    );
    check_expr("'\\0\\7\\101\\777'", "\"\\0\\u{7}Aǿ\"");
    check_expr("'\\x41\\u0042\\U00000043'", "\"ABC\"");
    check_expr(
        "'\\N{BULLET}\\N{LATIN SMALL LETTER E WITH ACUTE}'",
        "\"•é\"",
    );
    check_expr("'\\N{bullet}\\N{EM DASH}\\N{CJK UNIFIED IDEOGRAPH-4E00}\\N{HANGUL SYLLABLE GA}\\N{SNOWMAN}'", "\"•—一가☃\"");
    check_expr("'\\q\\d'", "\"\\\\q\\\\d\"");
    check_expr("'\\ud800'", "\"�\"");
    check_expr("'a\\\nb'", "\"ab\"");
    check_expr("'é€😀'", "\"é€😀\"");
    check_expr("b'\\x41\\101\\0\\q\\777'", "b\"AA\\0\\\\q�\"");
    check_expr("b'a\\\nb'", "b\"ab\"");
    check_expr("'a' 'b' \\\n 'c'", "\"abc\"");
    check_expr("('a'\n 'b')", "\"ab\"");
}

#[test]
fn string_errors() {
    check_error(
        "x = 'abc",
        "SyntaxError: unterminated string literal (detected at line 1) (1:5-1:5)",
    );
    check_error(
        "x = \"abc",
        "SyntaxError: unterminated string literal (detected at line 1) (1:5-1:5)",
    );
    check_error(
        "x = '''abc\n\n",
        "SyntaxError: unterminated triple-quoted string literal (detected at line 2) (1:5-1:5)",
    );
    check_error(
        "x = '''ab",
        "SyntaxError: unterminated triple-quoted string literal (detected at line 1) (1:5-1:5)",
    );
    check_error(
        "x = 'a\\\nb",
        "SyntaxError: unterminated string literal (detected at line 2) (1:5-1:5)",
    );
    check_error(
        "x = 'ab\ny = 1",
        "SyntaxError: unterminated string literal (detected at line 1) (1:5-1:5)",
    );
    check_error("'\\x'", "SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: truncated \\xXX escape (1:5-1:5)");
    check_error("'\\x1'", "SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape (1:6-1:6)");
    check_error("'ab\\u12'", "SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 2-5: truncated \\uXXXX escape (1:9-1:9)");
    check_error("'\\U1234'", "SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-5: truncated \\UXXXXXXXX escape (1:9-1:9)");
    check_error("'\\U00110000'", "SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: illegal Unicode character (1:13-1:13)");
    check_error("'\\N{foo}'", "SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-6: unknown Unicode character name (1:10-1:10)");
    check_error("'\\N'", "SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: malformed \\N character escape (1:5-1:5)");
    check_error("'\\N{'", "SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: malformed \\N character escape (1:6-1:6)");
    check_error("'\\N{}'", "SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: malformed \\N character escape (1:7-1:7)");
    check_error("'é\\x1'", "SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 10-12: truncated \\xXX escape (1:7-1:7)");
    check_error(
        "b'\\x1'",
        "SyntaxError: (value error) invalid \\x escape at position 0 (1:7-1:7)",
    );
    check_error(
        "b'é'",
        "SyntaxError: bytes can only contain ASCII literal characters (1:1-1:5)",
    );
    check_error(
        "'a' b'b'",
        "SyntaxError: cannot mix bytes and nonbytes literals (1:9-1:9)",
    );
    check_error(
        "b'a' 'b'",
        "SyntaxError: cannot mix bytes and nonbytes literals (1:9-1:9)",
    );
    check_error(
        "x = 'a' f'b' b'c'",
        "SyntaxError: cannot mix bytes and nonbytes literals (1:18-1:18)",
    );
    check_error("x = 1; y = '\\x1'", "SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape (1:17-1:17)");
}

#[test]
fn indentation() {
    check(
        "if x:\n    a\n    b\nc",
        "If(x, [Expr(a), Expr(b)], [])\nExpr(c)",
    );
    check("if x:\n\ta\n\tb", "If(x, [Expr(a), Expr(b)], [])");
    check(
        "if x:\n  a\n\n  # c\n     # d\n  b",
        "If(x, [Expr(a), Expr(b)], [])",
    );
    check(
        "if x:\n  if y:\n    a\nb",
        "If(x, [If(y, [Expr(a)], [])], [])\nExpr(b)",
    );
    check(
        "if x:\n  if y:\n    a\n",
        "If(x, [If(y, [Expr(a)], [])], [])",
    );
    check("if x:\n  a\n\u{c}  b", "If(x, [Expr(a), Expr(b)], [])");
    check("x = [\n1,\n  2]", "Assign([x], List([1, 2]))");
    check("x = 1 + \\\n    2", "Assign([x], BinOp(1, Add, 2))");
    check(
        "if x:\n  a = (1,\n2)\n  b",
        "If(x, [Assign([a], Tuple([1, 2])), Expr(b)], [])",
    );
    check("\n\n# only\n\nx = 1\n\n", "Assign([x], 1)");
    check(
        "x = 1\r\ny = 2\rz = 3",
        "Assign([x], 1)\nAssign([y], 2)\nAssign([z], 3)",
    );
    check("if x: a; b;", "If(x, [Expr(a), Expr(b)], [])");
    check("x = 1  # c\n", "Assign([x], 1)");
}

#[test]
fn indentation_errors() {
    check_error("x\n  y\n", "IndentationError: unexpected indent (2:2-2:2)");
    check_error(
        "if x:\n  a\n    b\n",
        "IndentationError: unexpected indent (3:4-3:4)",
    );
    check_error(
        "if x:\n  a\n b\n",
        "IndentationError: unindent does not match any outer indentation level (3:3-3:3)",
    );
    check_error(
        "if x:\n\ta\n        b\n",
        "TabError: inconsistent use of tabs and spaces in indentation (3:1-3:1)",
    );
    check_error(
        "if x:\n        a\n\tb\n",
        "TabError: inconsistent use of tabs and spaces in indentation (3:1-3:1)",
    );
    check_error(
        "if x:\npass",
        "IndentationError: expected an indented block after 'if' statement on line 1 (2:1-2:5)",
    );
    check_error(
        "if x:",
        "IndentationError: expected an indented block after 'if' statement on line 1 (1:6-1:6)",
    );
    check_error(
        "def f(): return\n  x",
        "IndentationError: unexpected indent (2:2-2:2)",
    );
}

#[test]
fn brackets_and_characters() {
    check_error("(", "SyntaxError: '(' was never closed (1:1-1:1)");
    check_error(")", "SyntaxError: unmatched ')' (1:1-1:1)");
    check_error(
        "[)",
        "SyntaxError: closing parenthesis ')' does not match opening parenthesis '[' (1:2-1:2)",
    );
    check_error(
        "(]\n",
        "SyntaxError: closing parenthesis ']' does not match opening parenthesis '(' (1:2-1:2)",
    );
    check_error("(\n]", "SyntaxError: closing parenthesis ']' does not match opening parenthesis '(' on line 1 (2:1-2:1)");
    check_error("foo(", "SyntaxError: '(' was never closed (1:4-1:4)");
    check_error(
        "x = (1,\n2\n",
        "SyntaxError: '(' was never closed (1:5-1:5)",
    );
    check_error(
        "x = (\ny = = 1\n",
        "SyntaxError: '(' was never closed (1:5-1:5)",
    );
    check_error("x = = 1\n)\n", "SyntaxError: unmatched ')' (2:1-2:1)");
    check_error("x = = 1\ny = (\n", "SyntaxError: invalid syntax (1:5-1:6)");
    check_error("x = ((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((()))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))", "SyntaxError: too many nested parentheses (1:205-1:205)");
    check_error("a ! b", "SyntaxError: invalid syntax (1:3-1:4)");
    check_error("a $ b", "SyntaxError: invalid syntax (1:3-1:4)");
    check_error("a ? b", "SyntaxError: invalid syntax (1:3-1:4)");
    check_error("a ` b", "SyntaxError: invalid syntax (1:3-1:4)");
    check_error("x = 1 <> 2", "SyntaxError: invalid syntax (1:7-1:9)");
    check_error(
        "x = 1 \\ 2",
        "SyntaxError: unexpected character after line continuation character (1:8-1:8)",
    );
    check_error(
        "x = 1 \\",
        "SyntaxError: unexpected EOF while parsing (1:8-1:8)",
    );
    check_error(
        "x = (1 \\ 2)",
        "SyntaxError: unexpected character after line continuation character (1:9-1:9)",
    );
    check_error(
        "x = \u{a0}",
        "SyntaxError: invalid non-printable character U+00A0 (1:5-1:5)",
    );
    check_error(
        "x = a€b",
        "SyntaxError: invalid character '€' (U+20AC) (1:6-1:6)",
    );
    check_error(
        "x = €",
        "SyntaxError: invalid character '€' (U+20AC) (1:5-1:5)",
    );
    check_error(
        "\u{feff}x = 1",
        "SyntaxError: invalid non-printable character U+FEFF (1:1-1:1)",
    );
    check_error(
        "x = 1\u{b}",
        "SyntaxError: invalid non-printable character U+000B (1:6-1:6)",
    );
}

#[test]
fn names() {
    check("été = 1", "Assign([été], 1)");
    check("ｗｉｄｔｈ = 1", "Assign([width], 1)");
    check("ﬁle = ℌ", "Assign([file], H)");
    check(
        "_ = match = case = type = 1",
        "Assign([_, match, case, type], 1)",
    );
    check("nonlocal_ = async_ = 1", "Assign([nonlocal_, async_], 1)");
}
