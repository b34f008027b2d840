//! Interactive input, as CPython's REPL and `codeop` see it: whether the lines typed so far
//! form a complete statement, need more lines, or are a syntax error already, and the parse of
//! one interactive statement (`compile(..., 'single')`).

use super::ast::{Module, StmtKind};
use super::error::{SyntaxError, SyntaxErrorKind};

/// What the lines typed so far are, as `codeop.compile_command` decides.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum InputStatus {
    /// A whole statement (or nothing but blank lines and comments): run it.
    Complete,
    /// The start of a statement that more lines may finish: prompt with `... `.
    Incomplete,
    /// A syntax error that no further line can mend.
    Invalid(SyntaxError),
}

/// Decides whether `source`, the lines typed so far joined by `\n` (without a final newline,
/// as `code.InteractiveConsole` joins them), is complete. As in CPython, a compound statement
/// (`if`, `def`, `class`, a decorator...) is complete only once an empty line follows it, and
/// unclosed brackets, an unterminated triple-quoted string or a trailing backslash ask for
/// more.
pub fn check_interactive(source: &str) -> InputStatus {
    let blank = source.split('\n').all(|line| {
        let line = line.trim();
        line.is_empty() || line.starts_with('#')
    });
    if blank {
        return InputStatus::Complete;
    }
    let parsed = super::parser::parse_module_to_end(source)
        .and_then(|module| single(module).map_err(|e| (e, false)));
    match parsed {
        Ok(module) => {
            let compound = module.body.first().is_some_and(|s| is_compound(&s.kind));
            if compound && !source.ends_with('\n') {
                InputStatus::Incomplete
            } else {
                InputStatus::Complete
            }
        }
        Err((error, at_end)) if at_end || wants_more(&error) => InputStatus::Incomplete,
        Err((error, _)) => InputStatus::Invalid(error),
    }
}

/// Parses one interactive statement (CPython's `single` mode): one simple statement line
/// (`a = 1; b = 2` is one), or one compound statement.
pub fn parse_interactive(source: &str) -> Result<Module, SyntaxError> {
    single(super::parse_module(source)?)
}

/// The module if it is one interactive statement, else CPython's error.
fn single(module: Module) -> Result<Module, SyntaxError> {
    if let [first, second, ..] = module.body.as_slice() {
        if is_compound(&first.kind) {
            let (line, col) = (second.span.line, second.span.col);
            return Err(SyntaxError::range(
                "invalid syntax",
                (line, col),
                (line, col + 1),
            ));
        }
        // Statements after a `;` start on the line where the one before them ends.
        let mut end = first.span.end_line;
        for stmt in &module.body[1..] {
            if stmt.span.line > end {
                return Err(SyntaxError::new(
                    SyntaxErrorKind::Syntax,
                    "multiple statements found while compiling a single statement",
                    first.span.end_line,
                    first.span.end_col,
                ));
            }
            end = stmt.span.end_line;
        }
    }
    Ok(module)
}

fn is_compound(kind: &StmtKind) -> bool {
    matches!(
        kind,
        StmtKind::FunctionDef(_)
            | StmtKind::ClassDef(_)
            | StmtKind::For { .. }
            | StmtKind::While { .. }
            | StmtKind::If { .. }
            | StmtKind::With { .. }
            | StmtKind::Match { .. }
            | StmtKind::Try { .. }
    )
}

/// Whether the tokenizer failed only because the input ended inside something that more lines
/// would close: brackets, a triple-quoted string, a line continuation.
fn wants_more(error: &SyntaxError) -> bool {
    error.msg.ends_with("was never closed")
        || error.msg.starts_with("unterminated triple-quoted string")
        || error.msg == "unexpected EOF while parsing"
}
