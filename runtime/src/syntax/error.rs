//! The one error type of the syntax layer: a `SyntaxError`, `IndentationError` or `TabError` with
//! CPython's wording and position.

use std::fmt;

/// Which Python exception class a syntax error becomes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SyntaxErrorKind {
    Syntax,
    Indentation,
    Tab,
}

impl SyntaxErrorKind {
    /// The Python class name, as a traceback prints it.
    pub fn type_name(self) -> &'static str {
        match self {
            SyntaxErrorKind::Syntax => "SyntaxError",
            SyntaxErrorKind::Indentation => "IndentationError",
            SyntaxErrorKind::Tab => "TabError",
        }
    }
}

/// A syntax error at a source range.
///
/// `line` is 1-based and `col` 0-based in characters, so CPython's `lineno` is `line` and its
/// `offset` is `col + 1`; likewise `end_offset` is `end_col + 1`. Where CPython reports no real
/// end (tokenizer errors, unclosed brackets) the end equals the start, and a traceback prints a
/// single caret.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    pub kind: SyntaxErrorKind,
    pub msg: String,
    pub line: u32,
    pub col: u32,
    pub end_line: u32,
    pub end_col: u32,
}

impl SyntaxError {
    pub(crate) fn new(kind: SyntaxErrorKind, msg: impl Into<String>, line: u32, col: u32) -> Self {
        SyntaxError {
            kind,
            msg: msg.into(),
            line,
            col,
            end_line: line,
            end_col: col,
        }
    }

    /// A `SyntaxError` covering `line:col` to `end_line:end_col`.
    pub(crate) fn range(
        msg: impl Into<String>,
        (line, col): (u32, u32),
        (end_line, end_col): (u32, u32),
    ) -> Self {
        SyntaxError {
            kind: SyntaxErrorKind::Syntax,
            msg: msg.into(),
            line,
            col,
            end_line,
            end_col,
        }
    }
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: {} (line {})",
            self.kind.type_name(),
            self.msg,
            self.line
        )
    }
}

impl std::error::Error for SyntaxError {}
