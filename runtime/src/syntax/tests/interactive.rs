//! `check_interactive`: the REPL's complete / incomplete / invalid decision, each case compared
//! with CPython 3.11's `codeop.compile_command(source, '<stdin>', 'single')`.

use super::super::{check_interactive, InputStatus};
use super::describe;

#[track_caller]
fn status(source: &str) -> String {
    match check_interactive(source) {
        InputStatus::Complete => "complete".into(),
        InputStatus::Incomplete => "incomplete".into(),
        InputStatus::Invalid(e) => describe(&e),
    }
}

#[test]
fn complete_statements() {
    for source in [
        "x = 1",
        "1 + 2",
        "x = 1; y = 2",
        "x = (1,\n2); y = 3",
        "",
        "# a comment",
        "   ",
        "if 1:\n  pass\n",
        "if 1:\n  pass\n\n",
        "async def f():\n  await x\n",
        "def f():\n    return 1\n",
        "@dec\ndef f(): pass\n",
        "x = '''a\nb'''",
    ] {
        assert_eq!(status(source), "complete", "source: {source:?}");
    }
}

#[test]
fn incomplete_statements() {
    for source in [
        "if 1:",
        "if 1:\n",
        "if 1: pass",
        "if 1:\n  pass",
        "if 1:\n  pass\n  ",
        "if 1:\n  pass\nelse:",
        "if 1:\n  pass\nelse:\n",
        "for i in range(3):",
        "class A:\n  def f(self):\n    pass\n\n  def g(self): pass",
        "while x:",
        "with a as b:",
        "try:\n  pass",
        "try:\n  pass\n",
        "@dec",
        "@dec\n",
        "x = 1 \\",
        "x = (1,",
        "(",
        "[x for x in",
        "f(1,\n 2,",
        "\"\"\"abc",
        "x = '''a\nb",
        "match x:",
    ] {
        assert_eq!(status(source), "incomplete", "source: {source:?}");
    }
}

#[test]
fn invalid_statements() {
    let cases = [
        ("x +", "SyntaxError: invalid syntax (1:4-1:4)"),
        ("if x", "SyntaxError: expected ':' (1:5-1:5)"),
        (
            "\"abc",
            "SyntaxError: unterminated string literal (detected at line 1) (1:1-1:1)",
        ),
        (
            "for x in y:\n  )",
            "SyntaxError: unmatched ')' (2:3-2:3)",
        ),
        ("  x = 1", "IndentationError: unexpected indent (1:2-1:2)"),
        ("if 1:\n  pass\nx = 1", "SyntaxError: invalid syntax (3:1-3:2)"),
        (
            "1\n2",
            "SyntaxError: multiple statements found while compiling a single statement (1:2-1:2)",
        ),
        (
            "x = [1,\n 2)",
            "SyntaxError: closing parenthesis ')' does not match opening parenthesis '[' on line 1 (2:3-2:3)",
        ),
        ("del", "SyntaxError: invalid syntax (1:4-1:4)"),
    ];
    for (source, expected) in cases {
        assert_eq!(status(source), expected, "source: {source:?}");
    }
}

#[test]
fn errors_before_the_end_are_not_incomplete() {
    // The parser fails at the line's NEWLINE, before the end of the input: no further line
    // can help, as CPython's codeop finds.
    for source in [
        "lambda", "for", "1 if", "import", "x = ", "def f(:", "class",
    ] {
        assert!(
            matches!(check_interactive(source), InputStatus::Invalid(_)),
            "source: {source:?} gave {:?}",
            check_interactive(source)
        );
    }
}
