//! Bounds: nesting limits that keep the parser and the tree it builds within the stack, big
//! inputs in linear time, `eval` input, and robustness against mangled programs.

use super::{check_error, check_expr, describe, parse_expression, parse_module};
use crate::syntax::SyntaxErrorKind;

/// Runs `f` on a thread with a large stack: debug builds use far bigger frames than release
/// builds, for which the parser's nesting bounds are tuned.
fn with_big_stack(f: impl FnOnce() + Send + 'static) {
    let thread = std::thread::Builder::new().stack_size(256 << 20).spawn(f);
    match thread.map(|t| t.join()) {
        Ok(Ok(())) => {}
        Ok(Err(panic)) => std::panic::resume_unwind(panic),
        Err(e) => panic!("cannot spawn a thread: {e}"),
    }
}

#[track_caller]
fn assert_too_deep(src: &str) {
    match parse_module(src) {
        Ok(_) => panic!("{}... parsed", &src[..40.min(src.len())]),
        Err(e) => assert!(e.msg.contains("too"), "{}", describe(&e)),
    }
}

#[track_caller]
fn assert_parses(src: &str) {
    if let Err(e) = parse_module(src) {
        panic!("{}... failed: {}", &src[..40.min(src.len())], describe(&e));
    }
}

/// The height of the deepest expression, measured without recursion.
fn expr_depth(m: &crate::syntax::ast::Module) -> usize {
    use crate::syntax::ast::{ExprKind, StmtKind};
    let mut stack: Vec<(&crate::syntax::ast::Expr, usize)> = Vec::new();
    for s in &m.body {
        if let StmtKind::Expr(e) | StmtKind::Assign { value: e, .. } = &s.kind {
            stack.push((e, 1));
        }
    }
    let mut deepest = 0;
    while let Some((e, depth)) = stack.pop() {
        deepest = deepest.max(depth);
        match &e.kind {
            ExprKind::BinOp { left, right, .. } => {
                stack.push((left, depth + 1));
                stack.push((right, depth + 1));
            }
            ExprKind::UnaryOp { operand, .. } => stack.push((operand, depth + 1)),
            ExprKind::Attribute { value, .. } => stack.push((value, depth + 1)),
            _ => {}
        }
    }
    deepest
}

#[test]
fn brackets_nest_to_200() {
    with_big_stack(|| {
        let nested = |open: &str, close: &str, n: usize| {
            format!("x = {}1{}", open.repeat(n), close.repeat(n))
        };
        for (open, close) in [
            ("(", ")"),
            ("[", "]"),
            ("{1: ", "}"),
            ("f(", ")"),
            ("a[", "]"),
        ] {
            assert_parses(&nested(open, close, 200));
        }
        assert_parses(&nested("(lambda: ", ")", 199));
        assert_parses(&nested("(not ", ")", 199));
        assert_parses(&nested("a * (b + ", ")", 199));
        assert_parses(&nested("[a for a in ", "]", 199));
        assert_parses(&format!(
            "match x:\n case {}{}: pass",
            "[".repeat(199),
            "]".repeat(199)
        ));
        check_error(
            &nested("(", ")", 201),
            "SyntaxError: too many nested parentheses (1:205-1:205)",
        );
    });
}

#[test]
fn deep_trees_are_refused_not_overflowed() {
    with_big_stack(|| {
        let n = 100_000;
        assert_too_deep(&format!("x = {}x", "-".repeat(n)));
        assert_too_deep(&format!("x = {}x", "not ".repeat(n)));
        assert_too_deep(&format!("x = {}", vec!["1"; n].join("+")));
        assert_too_deep(&format!("x = {}", vec!["2"; n].join("**")));
        assert_too_deep(&format!("x = a{}", ".b".repeat(n)));
        assert_too_deep(&format!("x = f{}", "()".repeat(n)));
        assert_too_deep(&format!("x = a{}", "[0]".repeat(n)));
        assert_too_deep(&format!("x = {}c", "a if b else ".repeat(n)));
        assert_too_deep(&format!("x = {}x", "lambda: ".repeat(n)));
        assert_too_deep(&format!("x = {}c", "a if b else lambda: ".repeat(n)));
        assert_too_deep(&format!(
            "x = {}0{}",
            "lambda a=".repeat(n),
            ": 0".repeat(n)
        ));
        assert_too_deep(&format!("if a: pass\n{}", "elif a: pass\n".repeat(n)));
    });
}

#[test]
fn depth_stays_under_1000() {
    with_big_stack(|| {
        // A statement above its expression and the module above both: 999 nodes at most.
        let ok = format!("x = {}", vec!["1"; 997].join("+"));
        match parse_module(&ok) {
            Ok(m) => assert_eq!(expr_depth(&m), 997),
            Err(e) => panic!("{}", describe(&e)),
        }
        assert_too_deep(&format!("x = {}", vec!["1"; 998].join("+")));
        let ok = format!("x = {}x", "-".repeat(996));
        match parse_module(&ok) {
            Ok(m) => assert_eq!(expr_depth(&m), 997),
            Err(e) => panic!("{}", describe(&e)),
        }
        assert_too_deep(&format!("x = {}x", "-".repeat(997)));
    });
}

#[test]
fn indentation_nests_to_100_blocks() {
    let blocks = |n: usize| {
        let mut src: String = (0..n)
            .map(|i| format!("{}if a:\n", " ".repeat(i)))
            .collect();
        src.push_str(&format!("{}pass\n", " ".repeat(n)));
        src
    };
    with_big_stack(move || {
        assert_parses(&blocks(99));
        let err = parse_module(&blocks(100))
            .err()
            .map(|e| (e.kind, e.msg, e.line));
        let msg = "too many levels of indentation".to_owned();
        assert_eq!(err, Some((SyntaxErrorKind::Indentation, msg, 101)));
    });
}

#[test]
fn big_inputs_parse() {
    with_big_stack(|| {
        let lines: String = (0..100_000)
            .map(|i| format!("x{i} = {i} + y * (z - {i})\n"))
            .collect();
        assert_eq!(
            parse_module(&lines).map(|m| m.body.len()).ok(),
            Some(100_000)
        );
        let string = format!("x = '{}'", "a".repeat(1 << 20));
        assert_parses(&string);
        let escaped = format!("x = b'{}'", "\\x41".repeat(1 << 18));
        assert_parses(&escaped);
        let triple = format!("x = '''{}'''", "abc\n".repeat(1 << 18));
        assert_parses(&triple);
        let fields = format!("x = f'{}'", "{a}".repeat(50_000));
        assert_parses(&fields);
        let list = format!("x = [{}]", vec!["1"; 100_000].join(","));
        assert_parses(&list);
        let strings = format!("x = {}", vec!["'a'"; 100_000].join(" "));
        assert_parses(&strings);
        let compare = format!("x = {}", vec!["a"; 100_000].join(" < "));
        assert_parses(&compare);
        let decorators = format!("{}def f(): pass\n", "@d\n".repeat(100_000));
        assert_parses(&decorators);
    });
}

#[test]
fn integer_literals_are_bounded_like_cpython() {
    let err = parse_module(&format!("x = {}", "1".repeat(4301))).err();
    let msg = err.map(|e| e.msg).unwrap_or_default();
    assert!(msg.starts_with("Exceeds the limit (4300 digits)"), "{msg}");
    assert_parses(&format!("x = {}", "1".repeat(4300)));
    assert_parses(&format!("x = 0x{}", "f".repeat(100_000)));
}

#[test]
fn eval_input() {
    check_expr("1 + 2", "BinOp(1, Add, 2)");
    check_expr("a, b", "Tuple([a, b])");
    check_expr("\n\n1\n\n", "1");
    check_expr("(1 +\n 2)", "BinOp(1, Add, 2)");
    let describe_eval = |src: &str| parse_expression(src).err().map(|e| describe(&e));
    let expected = "SyntaxError: invalid syntax (1:3-1:4)";
    assert_eq!(describe_eval("x = 1").as_deref(), Some(expected));
    let expected = "IndentationError: unexpected indent (1:1-1:1)";
    assert_eq!(describe_eval(" 1").as_deref(), Some(expected));
    let expected = "SyntaxError: invalid syntax (2:1-2:2)";
    assert_eq!(describe_eval("1\n2").as_deref(), Some(expected));
}

#[test]
fn null_bytes_are_refused() {
    let err = parse_module("a\0b").err().map(|e| e.msg);
    assert_eq!(
        err.as_deref(),
        Some("source code string cannot contain null bytes")
    );
}

#[test]
fn error_kinds_name_their_classes() {
    assert_eq!(SyntaxErrorKind::Syntax.type_name(), "SyntaxError");
    assert_eq!(SyntaxErrorKind::Indentation.type_name(), "IndentationError");
    assert_eq!(SyntaxErrorKind::Tab.type_name(), "TabError");
}

/// Mangles real programs at random (deterministically) and parses them: nothing may panic.
#[test]
fn mangled_programs_never_panic() {
    const PIECES: &[&str] = &[
        "(", ")", "[", "]", "{", "}", ":", ",", ";", "=", ":=", "*", "**", "\\", "\\\n", "\n",
        "\n    ", "\t", "'", "\"", "'''", "f'", "rb'", "{", "}", "!r", "#", "@", ".", "0x", "1e",
        "é", "\u{a0}", "if", "else", "for", "in", "not", "lambda", "def", "class", "yield",
        "await", "match", "case", "try", "except*", "import", "\\N{", "\\x", "\r", "\u{c}",
    ];
    let programs = [
        "def f(a, b=1, *c, d, **e) -> int:\n    return [x async for x in a if x] + {b: c}\n",
        "@d\nclass A(B, metaclass=M):\n    x: int = 1\n    def f(self): yield from g()\n",
        "match p:\n    case [1, *r] | {'k': v, **kw} | A(b, c=d) as z if z: pass\n",
        "try:\n    x = f'{a!r:>{w}} {b=}' 'c' b''\nexcept* E as e:\n    del x[1:2, ::3]\n",
        "with (open(a) as f, b):\n    for i, *j in k: print(i, *j, sep='', **o)\n",
        "x = lambda a, /, b=2, *, c: (a if b else c, not a or b and -c ** d)\n",
    ];
    let mut state = 0x2545_f491_4f6c_dd1du64;
    let mut next = move |n: usize| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state % n as u64) as usize
    };
    with_big_stack(move || {
        for _ in 0..3000 {
            let mut chars: Vec<char> = programs[next(programs.len())].chars().collect();
            for _ in 0..1 + next(6) {
                let at = next(chars.len() + 1);
                match next(3) {
                    0 if at < chars.len() => {
                        chars.drain(at..(at + 1 + next(5)).min(chars.len()));
                    }
                    _ => {
                        let piece = PIECES[next(PIECES.len())];
                        chars.splice(at..at, piece.chars());
                    }
                }
            }
            let src: String = chars.into_iter().collect();
            let _ = parse_module(&src);
            let _ = parse_expression(&src);
        }
    });
}
