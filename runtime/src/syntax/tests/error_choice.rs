//! Which error CPython reports when several could be, and where it points.

use super::check_error;

#[test]
fn which_error_wins() {
    check_error(
        "while True #print(x)",
        "SyntaxError: expected ':' (1:12-1:21)",
    );
    check_error("def f#x", "SyntaxError: expected '(' (1:6-1:8)");
    check_error("a |=# b", "SyntaxError: invalid syntax (1:5-1:8)");
    check_error("x: int = ", "SyntaxError: invalid syntax (1:10-1:10)");
    check_error(
        "f() = class",
        "SyntaxError: cannot assign to function call (1:1-1:4)",
    );
    check_error(
        "1j = //ot",
        "SyntaxError: cannot assign to literal (1:1-1:3)",
    );
    check_error("matc&x:\n  pass", "SyntaxError: invalid syntax (1:7-1:8)");
    check_error("x == y:", "SyntaxError: invalid syntax (1:7-1:8)");
    check_error("f(c, a for ib)", "SyntaxError: invalid syntax (1:8-1:11)");
    check_error(
        "def f(a=0, b~None): pass",
        "SyntaxError: invalid syntax (1:13-1:14)",
    );
    check_error(
        "raise TypeError{('x')\n\nx = 1\n",
        "SyntaxError: '{' was never closed (1:16-1:16)",
    );
    check_error(
        "x = yiedf'{a}' b'x'",
        "SyntaxError: cannot mix bytes and nonbytes literals (1:20-1:20)",
    );
    check_error("  1jjcase", "IndentationError: unexpected indent (1:2-1:2)");
    check_error(
        "match x    c-se x.y(): pass",
        "SyntaxError: invalid syntax (1:12-1:13)",
    );
    check_error("for ~ in x: pass", "SyntaxError: invalid syntax (1:5-1:6)");
    check_error(
        "with (a, b as c,)if: pass",
        "SyntaxError: invalid syntax (1:18-1:20)",
    );
    check_error(
        "x = (\ny = = 1\n",
        "SyntaxError: '(' was never closed (1:5-1:5)",
    );
    check_error("x = = 1\ny = (\n", "SyntaxError: invalid syntax (1:5-1:6)");
    check_error("f(a b", "SyntaxError: '(' was never closed (1:2-1:2)");
    check_error("x = [a...", "SyntaxError: '[' was never closed (1:5-1:5)");
    check_error("print 'x' 'é\\x1'", "SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 10-12: truncated \\xXX escape (1:17-1:17)");
    check_error(
        "a < b = \n    1",
        "SyntaxError: cannot assign to comparison (1:1-1:6)",
    );
    check_error(
        "+x = .e",
        "SyntaxError: cannot assign to expression (1:1-1:3)",
    );
    check_error(
        "x== a @ b @=try c",
        "SyntaxError: invalid syntax (1:11-1:13)",
    );
    check_error(
        "del 1, b[0, c.d",
        "SyntaxError: '[' was never closed (1:9-1:9)",
    );
}
