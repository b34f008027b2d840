//! Syntax errors worded and placed as CPython 3.11 reports them.

use super::check_error;

#[test]
fn statements_and_targets() {
    check_error("x = = 1\n)\n", "SyntaxError: unmatched ')' (2:1-2:1)");
    check_error(
        "x = = 1\ny = \"abc\n",
        "SyntaxError: unterminated string literal (detected at line 2) (2:5-2:5)",
    );
    check_error("x = = 1\ny = (\n", "SyntaxError: invalid syntax (1:5-1:6)");
    check_error(
        "x = (\ny = = 1\n",
        "SyntaxError: '(' was never closed (1:5-1:5)",
    );
    check_error("x = = 1\n  y=2\n", "SyntaxError: invalid syntax (1:5-1:6)");
    check_error(
        "x = = 1\ny = 1abc\n",
        "SyntaxError: invalid decimal literal (2:5-2:5)",
    );
    check_error(
        "x = = 1\ny = \\ 3\n",
        "SyntaxError: invalid syntax (1:5-1:6)",
    );
    check_error("a ! b", "SyntaxError: invalid syntax (1:3-1:4)");
    check_error("a $ b", "SyntaxError: invalid syntax (1:3-1:4)");
    check_error("a ? b", "SyntaxError: invalid syntax (1:3-1:4)");
    check_error(
        "if x:\npass",
        "IndentationError: expected an indented block after 'if' statement on line 1 (2:1-2:5)",
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
        "x = (1,\n2\n",
        "SyntaxError: '(' was never closed (1:5-1:5)",
    );
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
        "x = \"abc",
        "SyntaxError: unterminated string literal (detected at line 1) (1:5-1:5)",
    );
    check_error(
        "x = \"\"\"abc\n\n",
        "SyntaxError: unterminated triple-quoted string literal (detected at line 2) (1:5-1:5)",
    );
    check_error(
        "x = '''ab",
        "SyntaxError: unterminated triple-quoted string literal (detected at line 1) (1:5-1:5)",
    );
    check_error("012", "SyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers (1:1-1:2)");
    check_error("0_1", "SyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers (1:1-1:3)");
    check_error("1__0", "SyntaxError: invalid decimal literal (1:2-1:2)");
    check_error("1_", "SyntaxError: invalid decimal literal (1:2-1:2)");
    check_error("0x", "SyntaxError: invalid hexadecimal literal (1:2-1:2)");
    check_error("0xg", "SyntaxError: invalid hexadecimal literal (1:2-1:2)");
    check_error(
        "0b2",
        "SyntaxError: invalid digit '2' in binary literal (1:3-1:3)",
    );
    check_error(
        "0o8",
        "SyntaxError: invalid digit '8' in octal literal (1:3-1:3)",
    );
    check_error("1e", "SyntaxError: invalid decimal literal (1:1-1:1)");
    check_error("1e+", "SyntaxError: invalid decimal literal (1:3-1:3)");
    check_error("1ja", "SyntaxError: invalid imaginary literal (1:2-1:2)");
    check_error("1abc", "SyntaxError: invalid decimal literal (1:1-1:1)");
    check_error("0777", "SyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers (1:1-1:2)");
    check_error("x\n  y\n", "IndentationError: unexpected indent (2:2-2:2)");
    check_error(
        "if x:\n  a\n    b\n",
        "IndentationError: unexpected indent (3:4-3:4)",
    );
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
        "x = \"a\\\nb",
        "SyntaxError: unterminated string literal (detected at line 2) (1:5-1:5)",
    );
    check_error("x = 1 <> 2", "SyntaxError: invalid syntax (1:7-1:9)");
    check_error("x =\n", "SyntaxError: invalid syntax (1:4-1:4)");
    check_error("x +", "SyntaxError: invalid syntax (1:4-1:4)");
    check_error(
        "if True:\n    x = (\n",
        "SyntaxError: '(' was never closed (2:9-2:9)",
    );
    check_error("def f(:\n  pass", "SyntaxError: invalid syntax (1:7-1:8)");
    check_error("\"\\x\"", "SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: truncated \\xXX escape (1:5-1:5)");
    check_error("\"ab\\u12\"", "SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 2-5: truncated \\uXXXX escape (1:9-1:9)");
    check_error("\"\\U00110000\"", "SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: illegal Unicode character (1:13-1:13)");
    check_error("\"\\N{foo}\"", "SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-6: unknown Unicode character name (1:10-1:10)");
    check_error("\"\\N\"", "SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: malformed \\N character escape (1:5-1:5)");
    check_error(
        "b\"\\x1\"",
        "SyntaxError: (value error) invalid \\x escape at position 0 (1:7-1:7)",
    );
    check_error("x = 1; y = \"\\x1\"", "SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape (1:17-1:17)");
    check_error("\"é\\x1\"", "SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 10-12: truncated \\xXX escape (1:7-1:7)");
    check_error(
        "b\"é\"",
        "SyntaxError: bytes can only contain ASCII literal characters (1:1-1:5)",
    );
    check_error(
        "\"a\" b\"b\"",
        "SyntaxError: cannot mix bytes and nonbytes literals (1:9-1:9)",
    );
    check_error("f() = 1", "SyntaxError: cannot assign to function call here. Maybe you meant '==' instead of '='? (1:1-1:4)");
    check_error("1 = x", "SyntaxError: cannot assign to literal here. Maybe you meant '==' instead of '='? (1:1-1:2)");
    check_error(
        "x = 1 = 2",
        "SyntaxError: cannot assign to literal (1:5-1:6)",
    );
    check_error(
        "x = f() = 2",
        "SyntaxError: cannot assign to function call (1:5-1:8)",
    );
    check_error(
        "(a, b()) = 1",
        "SyntaxError: cannot assign to function call (1:5-1:8)",
    );
    check_error(
        "[a, 1] = x",
        "SyntaxError: cannot assign to literal (1:5-1:6)",
    );
    check_error("a + 1 = 2", "SyntaxError: cannot assign to expression here. Maybe you meant '==' instead of '='? (1:1-1:6)");
    check_error("a, b + 1 = 2", "SyntaxError: cannot assign to expression here. Maybe you meant '==' instead of '='? (1:4-1:9)");
    check_error(
        "del f()",
        "SyntaxError: cannot delete function call (1:5-1:8)",
    );
    check_error("del a, 1", "SyntaxError: cannot delete literal (1:8-1:9)");
    check_error("del *a", "SyntaxError: cannot delete starred (1:5-1:7)");
    check_error(
        "del (a, *b)",
        "SyntaxError: cannot delete starred (1:9-1:11)",
    );
    check_error(
        "for f() in x: pass",
        "SyntaxError: cannot assign to function call (1:5-1:8)",
    );
    check_error(
        "for 1 in x: pass",
        "SyntaxError: cannot assign to literal (1:5-1:6)",
    );
    check_error(
        "[x for 1 in y]",
        "SyntaxError: cannot assign to literal (1:8-1:9)",
    );
    check_error(
        "f() += 1",
        "SyntaxError: 'function call' is an illegal expression for augmented assignment (1:1-1:4)",
    );
    check_error(
        "(a, b) += 1",
        "SyntaxError: 'tuple' is an illegal expression for augmented assignment (1:1-1:7)",
    );
    check_error(
        "a, b += 1",
        "SyntaxError: 'tuple' is an illegal expression for augmented assignment (1:1-1:5)",
    );
    check_error("x: int = 1 = 2", "SyntaxError: invalid syntax (1:12-1:13)");
    check_error(
        "(a, b): int",
        "SyntaxError: only single target (not tuple) can be annotated (1:1-1:7)",
    );
    check_error(
        "a, b: int",
        "SyntaxError: only single target (not tuple) can be annotated (1:1-1:2)",
    );
    check_error(
        "[a]: int",
        "SyntaxError: only single target (not list) can be annotated (1:1-1:4)",
    );
    check_error(
        "f(): int",
        "SyntaxError: illegal target for annotation (1:1-1:4)",
    );
    check_error(
        "1: int",
        "SyntaxError: illegal target for annotation (1:1-1:2)",
    );
    check_error(
        "x = yield = 1",
        "SyntaxError: assignment to yield expression not possible (1:5-1:10)",
    );
    check_error(
        "yield = 1",
        "SyntaxError: assignment to yield expression not possible (1:1-1:6)",
    );
    check_error("None = 1", "SyntaxError: cannot assign to None (1:1-1:5)");
    check_error("True = 1", "SyntaxError: cannot assign to True (1:1-1:5)");
    check_error("... = 1", "SyntaxError: cannot assign to ellipsis here. Maybe you meant '==' instead of '='? (1:1-1:4)");
    check_error("(yield) = 1", "SyntaxError: cannot assign to yield expression here. Maybe you meant '==' instead of '='? (1:2-1:7)");
    check_error(
        "lambda: 1 = 1",
        "SyntaxError: cannot assign to lambda (1:1-1:10)",
    );
    check_error(
        "a if b else c = 1",
        "SyntaxError: cannot assign to conditional expression (1:1-1:14)",
    );
    check_error(
        "not a = 1",
        "SyntaxError: cannot assign to expression (1:1-1:6)",
    );
    check_error("-a = 1", "SyntaxError: cannot assign to expression here. Maybe you meant '==' instead of '='? (1:1-1:3)");
    check_error(
        "a < b = 1",
        "SyntaxError: cannot assign to comparison (1:1-1:6)",
    );
    check_error("{a} = 1", "SyntaxError: cannot assign to set display here. Maybe you meant '==' instead of '='? (1:1-1:4)");
    check_error("\"s\" = 1", "SyntaxError: cannot assign to literal here. Maybe you meant '==' instead of '='? (1:1-1:4)");
    check_error(
        "(*a) = 1",
        "SyntaxError: cannot use starred expression here (1:2-1:4)",
    );
    check_error(
        "print 1",
        "SyntaxError: Missing parentheses in call to 'print'. Did you mean print(...)? (1:1-1:8)",
    );
    check_error(
        "print \"x\", y",
        "SyntaxError: Missing parentheses in call to 'print'. Did you mean print(...)? (1:1-1:13)",
    );
    check_error("a b", "SyntaxError: invalid syntax (1:3-1:4)");
    check_error(
        "[a b]",
        "SyntaxError: invalid syntax. Perhaps you forgot a comma? (1:2-1:5)",
    );
    check_error(
        "(a b)",
        "SyntaxError: invalid syntax. Perhaps you forgot a comma? (1:2-1:5)",
    );
    check_error(
        "f(a b)",
        "SyntaxError: invalid syntax. Perhaps you forgot a comma? (1:3-1:6)",
    );
    check_error(
        "{a b}",
        "SyntaxError: invalid syntax. Perhaps you forgot a comma? (1:2-1:5)",
    );
    check_error(
        "{a: b c}",
        "SyntaxError: invalid syntax. Perhaps you forgot a comma? (1:5-1:8)",
    );
    check_error(
        "[a, b c]",
        "SyntaxError: invalid syntax. Perhaps you forgot a comma? (1:5-1:8)",
    );
    check_error(
        "f(a for a in b, c)",
        "SyntaxError: Generator expression must be parenthesized (1:3-1:15)",
    );
    check_error(
        "f(c, a for a in b)",
        "SyntaxError: Generator expression must be parenthesized (1:6-1:18)",
    );
    check_error(
        "f(a=1, b)",
        "SyntaxError: positional argument follows keyword argument (1:9-1:10)",
    );
    check_error(
        "f(**k, *a)",
        "SyntaxError: iterable argument unpacking follows keyword argument unpacking (1:8-1:9)",
    );
    check_error(
        "f(**k, a)",
        "SyntaxError: positional argument follows keyword argument unpacking (1:9-1:10)",
    );
    check_error(
        "f(*a, b=1, c)",
        "SyntaxError: positional argument follows keyword argument (1:13-1:14)",
    );
    check_error(
        "f(a=1 for a in b)",
        "SyntaxError: invalid syntax. Maybe you meant '==' or ':=' instead of '='? (1:3-1:5)",
    );
    check_error(
        "f(1=2)",
        "SyntaxError: expression cannot contain assignment, perhaps you meant \"==\"? (1:3-1:5)",
    );
    check_error("f(True=1)", "SyntaxError: cannot assign to True (1:3-1:8)");
    check_error(
        "f(a.b=1)",
        "SyntaxError: expression cannot contain assignment, perhaps you meant \"==\"? (1:3-1:7)",
    );
    check_error("f(a, b=)", "SyntaxError: invalid syntax (1:8-1:9)");
    check_error(
        "if x = 1: pass",
        "SyntaxError: invalid syntax. Maybe you meant '==' or ':=' instead of '='? (1:4-1:9)",
    );
    check_error("assert x = 1", "SyntaxError: invalid syntax (1:10-1:11)");
    check_error(
        "(a.b := 1)",
        "SyntaxError: cannot use assignment expressions with attribute (1:2-1:5)",
    );
    check_error(
        "(1 := 1)",
        "SyntaxError: cannot use assignment expressions with literal (1:2-1:3)",
    );
    check_error("x := 1", "SyntaxError: invalid syntax (1:3-1:5)");
    check_error(
        "1 + a, b = 2",
        "SyntaxError: invalid syntax. Maybe you meant '==' or ':=' instead of '='? (1:8-1:13)",
    );
    check_error("a, 1 = 2", "SyntaxError: cannot assign to literal here. Maybe you meant '==' instead of '='? (1:4-1:5)");
    check_error(
        "1, a = 2",
        "SyntaxError: invalid syntax. Maybe you meant '==' or ':=' instead of '='? (1:4-1:9)",
    );
    check_error(
        "x = a, 1 = 2",
        "SyntaxError: invalid syntax. Maybe you meant '==' or ':=' instead of '='? (1:1-1:6)",
    );
    check_error("a, f() = 1", "SyntaxError: cannot assign to function call here. Maybe you meant '==' instead of '='? (1:4-1:7)");
    check_error("f() = a, b", "SyntaxError: cannot assign to function call here. Maybe you meant '==' instead of '='? (1:1-1:4)");
    check_error(
        "f() = not a",
        "SyntaxError: cannot assign to function call (1:1-1:4)",
    );
    check_error("if f() = 1: pass", "SyntaxError: cannot assign to function call here. Maybe you meant '==' instead of '='? (1:4-1:7)");
    check_error(
        "if (a) = 1: pass",
        "SyntaxError: cannot assign to name here. Maybe you meant '==' instead of '='? (1:5-1:6)",
    );
    check_error(
        "if a = 1 = 2: pass",
        "SyntaxError: invalid syntax (1:6-1:7)",
    );
    check_error(
        "[a = 1]",
        "SyntaxError: invalid syntax. Maybe you meant '==' or ':=' instead of '='? (1:2-1:7)",
    );
    check_error(
        "g(f() = 1)",
        "SyntaxError: expression cannot contain assignment, perhaps you meant \"==\"? (1:3-1:8)",
    );
    check_error(
        "x = a if b = 1 else c",
        "SyntaxError: expected 'else' after 'if' expression (1:5-1:11)",
    );
    check_error(
        "x = a if b",
        "SyntaxError: expected 'else' after 'if' expression (1:5-1:11)",
    );
    check_error("x.y = a, 1 = 2", "SyntaxError: cannot assign to attribute here. Maybe you meant '==' instead of '='? (1:1-1:4)");
}

#[test]
fn expressions_and_calls() {
    check_error("x = a b", "SyntaxError: invalid syntax (1:7-1:8)");
    check_error(
        "x = [1 2]",
        "SyntaxError: invalid syntax. Perhaps you forgot a comma? (1:6-1:9)",
    );
    check_error(
        "def f(a=1, b): pass",
        "SyntaxError: non-default argument follows default argument (1:12-1:13)",
    );
    check_error("def f(/): pass", "SyntaxError: invalid syntax (1:7-1:8)");
    check_error(
        "def f(a, /, b, /): pass",
        "SyntaxError: / may appear only once (1:16-1:17)",
    );
    check_error(
        "def f(*, a, /): pass",
        "SyntaxError: / must be ahead of * (1:13-1:14)",
    );
    check_error(
        "def f(*): pass",
        "SyntaxError: named arguments must follow bare * (1:7-1:8)",
    );
    check_error(
        "def f(*, **k): pass",
        "SyntaxError: named arguments must follow bare * (1:7-1:8)",
    );
    check_error(
        "def f(*a=1): pass",
        "SyntaxError: var-positional argument cannot have default value (1:9-1:10)",
    );
    check_error(
        "def f(**k=1): pass",
        "SyntaxError: var-keyword argument cannot have default value (1:10-1:11)",
    );
    check_error(
        "def f(**k, a): pass",
        "SyntaxError: arguments cannot follow var-keyword argument (1:12-1:13)",
    );
    check_error(
        "def f(*a, *b): pass",
        "SyntaxError: * argument may appear only once (1:11-1:12)",
    );
    check_error(
        "def f((a)): pass",
        "SyntaxError: Function parameters cannot be parenthesized (1:7-1:10)",
    );
    check_error(
        "lambda a=1, b: 0",
        "SyntaxError: non-default argument follows default argument (1:13-1:14)",
    );
    check_error(
        "lambda *: 0",
        "SyntaxError: named arguments must follow bare * (1:9-1:10)",
    );
    check_error(
        "lambda (a): 0",
        "SyntaxError: Lambda expression parameters cannot be parenthesized (1:8-1:11)",
    );
    check_error(
        "def f(a=): pass",
        "SyntaxError: expected default value expression (1:8-1:9)",
    );
    check_error("def f", "SyntaxError: expected '(' (1:6-1:6)");
    check_error("def f:", "SyntaxError: expected '(' (1:6-1:7)");
    check_error("def f():", "IndentationError: expected an indented block after function definition on line 1 (1:9-1:9)");
    check_error("def f() -> : pass", "SyntaxError: expected ':' (1:9-1:11)");
    check_error("class A(:", "SyntaxError: invalid syntax (1:9-1:10)");
    check_error(
        "class A(x=1, y): pass",
        "SyntaxError: positional argument follows keyword argument (1:15-1:16)",
    );
    check_error("class A", "SyntaxError: expected ':' (1:8-1:8)");
    check_error(
        "{a: 1, b}",
        "SyntaxError: ':' expected after dictionary key (1:8-1:8)",
    );
    check_error("{a, b: 1}", "SyntaxError: invalid syntax (1:6-1:7)");
    check_error(
        "{a:}",
        "SyntaxError: expression expected after dictionary key and ':' (1:3-1:4)",
    );
    check_error(
        "{a: *b}",
        "SyntaxError: cannot use a starred expression in a dictionary value (1:5-1:7)",
    );
    check_error(
        "[*a for a in b]",
        "SyntaxError: iterable unpacking cannot be used in comprehension (1:2-1:4)",
    );
    check_error(
        "{**a for a in b}",
        "SyntaxError: dict unpacking cannot be used in dict comprehension (1:2-1:4)",
    );
    check_error(
        "(**a)",
        "SyntaxError: cannot use double starred expression here (1:2-1:4)",
    );
    check_error(
        "[x for x y]",
        "SyntaxError: invalid syntax. Perhaps you forgot a comma? (1:8-1:11)",
    );
    check_error(
        "[x for a b in y]",
        "SyntaxError: invalid syntax. Perhaps you forgot a comma? (1:8-1:16)",
    );
    check_error(
        "[x for x in y z]",
        "SyntaxError: invalid syntax (1:15-1:16)",
    );
    check_error(
        "[a, b for a in b]",
        "SyntaxError: did you forget parentheses around the comprehension target? (1:2-1:6)",
    );
    check_error(
        "[a, for a in b]",
        "SyntaxError: did you forget parentheses around the comprehension target? (1:2-1:4)",
    );
    check_error(
        "(a, b for a in b)",
        "SyntaxError: invalid syntax (1:7-1:10)",
    );
    check_error(
        "from x import a,",
        "SyntaxError: trailing comma not allowed without surrounding parentheses (1:17-1:17)",
    );
    check_error("import a from b", "SyntaxError: invalid syntax (1:10-1:14)");
    check_error(
        "try:\n  pass\n",
        "SyntaxError: expected 'except' or 'finally' block (2:7-2:7)",
    );
    check_error(
        "try:\n  pass\nelse:\n  pass",
        "SyntaxError: expected 'except' or 'finally' block (3:1-3:5)",
    );
    check_error(
        "try:\n  pass\nexcept a, b:\n  pass",
        "SyntaxError: multiple exception types must be parenthesized (3:8-3:12)",
    );
    check_error(
        "try:\n  pass\nexcept* :\n  pass",
        "SyntaxError: expected one or more exception types (3:9-3:10)",
    );
    check_error(
        "try:\n  pass\nexcept* a:\n  pass\nexcept b:\n  pass",
        "SyntaxError: cannot have both 'except' and 'except*' on the same 'try' (5:1-5:7)",
    );
    check_error(
        "try:\n  pass\nexcept a:\n  pass\nexcept* b:\n  pass",
        "SyntaxError: cannot have both 'except' and 'except*' on the same 'try' (5:1-5:8)",
    );
    check_error("try x:", "SyntaxError: expected ':' (1:5-1:6)");
    check_error(
        "with a as 1: pass",
        "SyntaxError: cannot assign to literal (1:11-1:12)",
    );
    check_error("with a", "SyntaxError: expected ':' (1:7-1:7)");
    check_error("if x\n  pass", "SyntaxError: expected ':' (1:5-1:5)");
    check_error(
        "if x:",
        "IndentationError: expected an indented block after 'if' statement on line 1 (1:6-1:6)",
    );
    check_error("for x in y", "SyntaxError: expected ':' (1:11-1:11)");
    check_error(
        "class A(x for x in y): pass",
        "SyntaxError: invalid syntax (1:11-1:14)",
    );
    check_error("@x\nx = 1", "SyntaxError: invalid syntax (2:1-2:2)");
    check_error(
        "def f(): return\n  x",
        "IndentationError: unexpected indent (2:2-2:2)",
    );
    check_error("x = 1 +\n", "SyntaxError: invalid syntax (1:8-1:8)");
    check_error("x = (1 +\n2", "SyntaxError: '(' was never closed (1:5-1:5)");
    check_error("x = [1, 2", "SyntaxError: '[' was never closed (1:5-1:5)");
    check_error("x = {1: 2", "SyntaxError: '{' was never closed (1:5-1:5)");
    check_error(
        "x = {1: 2,\n 3: 4\n",
        "SyntaxError: '{' was never closed (1:5-1:5)",
    );
    check_error(
        "print(\"hello\"",
        "SyntaxError: '(' was never closed (1:6-1:6)",
    );
    check_error(
        "print(\"hello\")\nprint(\"x\"",
        "SyntaxError: '(' was never closed (2:6-2:6)",
    );
    check_error(
        "def f(x):\n    return x +\n",
        "SyntaxError: invalid syntax (2:15-2:15)",
    );
    check_error("def f(x):\nreturn x", "IndentationError: expected an indented block after function definition on line 1 (2:1-2:7)");
    check_error("class A:\n    def f(self):\n    pass", "IndentationError: expected an indented block after function definition on line 2 (3:5-3:9)");
    check_error(
        "if x:\n    pass\n  else:\n    pass",
        "IndentationError: unindent does not match any outer indentation level (3:8-3:8)",
    );
    check_error(
        "if x:\n    pass\nelse\n    pass",
        "SyntaxError: expected ':' (3:5-3:5)",
    );
    check_error(
        "if x:\n    pass\nelse x:\n    pass",
        "SyntaxError: expected ':' (3:6-3:7)",
    );
    check_error(
        "while True print(x)",
        "SyntaxError: invalid syntax (1:12-1:17)",
    );
    check_error(
        "for i in range(10) print(i)",
        "SyntaxError: invalid syntax (1:20-1:25)",
    );
    check_error(
        "for in range(10): pass",
        "SyntaxError: invalid syntax (1:5-1:7)",
    );
    check_error(
        "for i range(10): pass",
        "SyntaxError: invalid syntax (1:7-1:12)",
    );
    check_error("def (x): pass", "SyntaxError: invalid syntax (1:5-1:6)");
    check_error("def f(x y): pass", "SyntaxError: invalid syntax (1:9-1:10)");
    check_error("def f(**): pass", "SyntaxError: invalid syntax (1:9-1:10)");
    check_error("class: pass", "SyntaxError: invalid syntax (1:6-1:7)");
    check_error("class A(B:", "SyntaxError: invalid syntax (1:10-1:11)");
    check_error("import", "SyntaxError: invalid syntax (1:7-1:7)");
    check_error("import os.", "SyntaxError: invalid syntax (1:11-1:11)");
    check_error("from . import", "SyntaxError: invalid syntax (1:14-1:14)");
    check_error(
        "from os import (path",
        "SyntaxError: '(' was never closed (1:16-1:16)",
    );
    check_error(
        "from os import path as",
        "SyntaxError: invalid syntax (1:23-1:23)",
    );
    check_error(
        "import os as os.path",
        "SyntaxError: invalid syntax (1:16-1:17)",
    );
    check_error(
        "x = 5 if 3",
        "SyntaxError: expected 'else' after 'if' expression (1:5-1:11)",
    );
    check_error(
        "x = lambda: yield",
        "SyntaxError: invalid syntax (1:13-1:18)",
    );
    check_error("a = 1 if b else", "SyntaxError: invalid syntax (1:16-1:16)");
    check_error("a = not", "SyntaxError: invalid syntax (1:8-1:8)");
    check_error("a = ~", "SyntaxError: invalid syntax (1:6-1:6)");
    check_error("a = -", "SyntaxError: invalid syntax (1:6-1:6)");
    check_error("a = 1 not 2", "SyntaxError: invalid syntax (1:11-1:12)");
    check_error(
        "a = 1 is not not 2",
        "SyntaxError: invalid syntax (1:14-1:17)",
    );
    check_error("a = b..c", "SyntaxError: invalid syntax (1:7-1:8)");
    check_error("a = b.", "SyntaxError: invalid syntax (1:7-1:7)");
    check_error("a = .b", "SyntaxError: invalid syntax (1:5-1:6)");
    check_error(
        "a = [1, 2, 3][1:2:3:4]",
        "SyntaxError: invalid syntax (1:20-1:21)",
    );
    check_error("a = b[]", "SyntaxError: invalid syntax (1:7-1:8)");
    check_error("a = b(,)", "SyntaxError: invalid syntax (1:7-1:8)");
    check_error("a = b(1,,2)", "SyntaxError: invalid syntax (1:9-1:10)");
    check_error("a = (,)", "SyntaxError: invalid syntax (1:6-1:7)");
    check_error("a = [,]", "SyntaxError: invalid syntax (1:6-1:7)");
    check_error("a = {,}", "SyntaxError: invalid syntax (1:6-1:7)");
    check_error("a = ,1", "SyntaxError: invalid syntax (1:5-1:6)");
    check_error("nonlocal", "SyntaxError: invalid syntax (1:9-1:9)");
    check_error("nonlocal x = 1", "SyntaxError: invalid syntax (1:12-1:13)");
    check_error("global x = 1", "SyntaxError: invalid syntax (1:10-1:11)");
    check_error("x = yield from", "SyntaxError: invalid syntax (1:15-1:15)");
    check_error(
        "x = yield from a, b",
        "SyntaxError: invalid syntax (1:17-1:18)",
    );
    check_error("assert x, y, z", "SyntaxError: invalid syntax (1:12-1:13)");
    check_error(
        "raise X from Y from Z",
        "SyntaxError: invalid syntax (1:16-1:20)",
    );
    check_error("raise X, Y", "SyntaxError: invalid syntax (1:8-1:9)");
    check_error(
        "try: pass\nexcept E as e.f: pass",
        "SyntaxError: invalid syntax (2:14-2:15)",
    );
    check_error(
        "try: pass\nexcept E as (e): pass",
        "SyntaxError: invalid syntax (2:13-2:14)",
    );
    check_error(
        "try:\npass\nexcept: pass",
        "IndentationError: expected an indented block after 'try' statement on line 1 (2:1-2:5)",
    );
    check_error("x = 0b", "SyntaxError: invalid binary literal (1:6-1:6)");
    check_error("x = 0b1_", "SyntaxError: invalid binary literal (1:8-1:8)");
    check_error("x = 0o", "SyntaxError: invalid octal literal (1:6-1:6)");
    check_error("x = 0_", "SyntaxError: invalid decimal literal (1:6-1:6)");
    check_error(
        "x = 1_e10",
        "SyntaxError: invalid decimal literal (1:6-1:6)",
    );
    check_error("x = 1._1", "SyntaxError: invalid decimal literal (1:6-1:6)");
    check_error("x = 0x1.5", "SyntaxError: invalid syntax (1:8-1:10)");
    check_error(
        "x = 1jj",
        "SyntaxError: invalid imaginary literal (1:6-1:6)",
    );
    check_error("x = 09", "SyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers (1:5-1:6)");
    check_error("x = 0_9", "SyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers (1:5-1:7)");
    check_error("x = 1e-", "SyntaxError: invalid decimal literal (1:7-1:7)");
    check_error("x = 1.e", "SyntaxError: invalid decimal literal (1:6-1:6)");
    check_error("x = .e1", "SyntaxError: invalid syntax (1:5-1:6)");
    check_error(
        "x = br\"\\\"",
        "SyntaxError: unterminated string literal (detected at line 1) (1:5-1:5)",
    );
    check_error("x = ub'x'", "SyntaxError: invalid syntax (1:7-1:10)");
    check_error("x = fb'x'", "SyntaxError: invalid syntax (1:7-1:10)");
    check_error("x = a @ b @= c", "SyntaxError: invalid syntax (1:11-1:13)");
    check_error("a -> b", "SyntaxError: invalid syntax (1:3-1:5)");
    check_error("a := b", "SyntaxError: invalid syntax (1:3-1:5)");
    check_error("(a := b := c)", "SyntaxError: invalid syntax (1:9-1:11)");
    check_error(
        "[c for a := b in d]",
        "SyntaxError: invalid syntax (1:10-1:12)",
    );
    check_error("x = {a: b := c}", "SyntaxError: invalid syntax (1:11-1:13)");
    check_error(
        "def f(a := 1): pass",
        "SyntaxError: invalid syntax (1:9-1:11)",
    );
    check_error(
        "lambda: a := 1",
        "SyntaxError: cannot use assignment expressions with lambda (1:1-1:10)",
    );
    check_error("x = not a := 1", "SyntaxError: invalid syntax (1:11-1:13)");
}
