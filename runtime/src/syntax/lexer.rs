//! The tokenizer: source text to tokens, following CPython 3.11's `Parser/tokenizer.c` closely
//! so that token boundaries, indentation rules and error wording and positions agree.
//!
//! The whole source is tokenized up front. A lexical error ends the token list with a
//! `Tok::Error` token and is kept beside it; the parser decides, as CPython does, whether that
//! error or one of its own is reported (see `LexErrorClass`).

mod ident;
mod number;

pub(crate) use ident::normalize as normalize_identifier;
use ident::{is_ident_char, is_ident_start_char, is_printable};

use super::error::{SyntaxError, SyntaxErrorKind};
use super::token::{Tok, Token};

/// CPython's `MAXLEVEL`: brackets nested deeper are "too many nested parentheses".
const MAX_BRACKETS: usize = 200;
/// CPython's `MAXINDENT`: indentation levels allowed.
const MAX_INDENT: usize = 100;
const TAB_SIZE: u32 = 8;

/// When a lexical error is reported relative to a parser error found earlier in the file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum LexErrorClass {
    /// CPython raises it inside the tokenizer, and after any parser failure it tokenizes the
    /// rest of the file, so this error wins even over an earlier parser error.
    Eager,
    /// Reported only if the parser reaches it (indentation and line-continuation errors).
    Lazy,
    /// End of input inside brackets: wins over a parser error on a later line than the bracket.
    Unclosed,
}

#[derive(Clone, Debug)]
pub(crate) struct LexError {
    pub(crate) error: SyntaxError,
    pub(crate) class: LexErrorClass,
}

/// The result of tokenizing: tokens ending in `EndMarker`, or in `Error` when `error` is set.
pub(crate) struct Lexed {
    pub(crate) tokens: Vec<Token>,
    pub(crate) error: Option<LexError>,
}

/// Tokenizes `src`, which must end with a newline and use `\n` line ends only (see
/// `normalize_source`). `line` and `col` place its first character in the original source, so
/// that f-string expressions get their real positions.
pub(crate) fn tokenize(src: &str, line: u32, col: u32) -> Lexed {
    let mut lexer = Lexer {
        src,
        b: src.as_bytes(),
        pos: 0,
        line,
        col,
        line_start: 0,
        brackets: Vec::new(),
        indents: vec![(0, 0)],
        tokens: Vec::new(),
        at_bol: true,
        blank_line: false,
    };
    let error = lexer.run().err();
    if let Some(err) = &error {
        let (line, col) = (err.error.line, err.error.col);
        lexer.tokens.push(Token {
            kind: Tok::Error,
            start: lexer.pos as u32,
            end: lexer.pos as u32,
            line,
            col,
            end_line: line,
            end_col: col,
        });
    }
    Lexed {
        tokens: lexer.tokens,
        error,
    }
}

struct Lexer<'s> {
    src: &'s str,
    b: &'s [u8],
    pos: usize,
    line: u32,
    /// Characters between the start of the current line and `pos`.
    col: u32,
    /// Byte offset where the current line starts.
    line_start: usize,
    /// Open brackets: the character, its line and column.
    brackets: Vec<(u8, u32, u32)>,
    /// Indentation stack: (column with tabs to 8, column with tabs to 1), as CPython's
    /// `indstack` and `altindstack`, which together detect inconsistent tab use.
    indents: Vec<(u32, u32)>,
    tokens: Vec<Token>,
    at_bol: bool,
    /// The current logical line holds only whitespace and a comment.
    blank_line: bool,
}

type LexResult<T> = Result<T, LexError>;

/// CPython's `is_potential_identifier_char` on bytes: ASCII letters, digits, `_`, and any
/// non-ASCII byte.
fn is_potential_ident_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b >= 128
}

impl<'s> Lexer<'s> {
    fn peek(&self) -> u8 {
        self.b.get(self.pos).copied().unwrap_or(0)
    }

    fn peek_at(&self, n: usize) -> u8 {
        self.b.get(self.pos + n).copied().unwrap_or(0)
    }

    fn at_end(&self) -> bool {
        self.pos >= self.b.len()
    }

    /// Consumes one byte, keeping the line and column up to date.
    fn bump(&mut self) {
        if let Some(&c) = self.b.get(self.pos) {
            self.pos += 1;
            if c == b'\n' {
                self.line += 1;
                self.col = 0;
                self.line_start = self.pos;
            } else if c & 0xC0 != 0x80 {
                self.col += 1;
            }
        }
    }

    /// An error positioned as CPython's `syntaxerror()`: at the character before the cursor.
    fn error_at_cursor(&self, msg: impl Into<String>) -> LexError {
        let col = self.col.saturating_sub(1);
        LexError {
            error: SyntaxError::new(SyntaxErrorKind::Syntax, msg, self.line, col),
            class: LexErrorClass::Eager,
        }
    }

    fn push(&mut self, kind: Tok, start: usize, line: u32, col: u32) {
        self.tokens.push(Token {
            kind,
            start: start as u32,
            end: self.pos as u32,
            line,
            col,
            end_line: self.line,
            end_col: self.col,
        });
    }

    fn run(&mut self) -> LexResult<()> {
        // Where a comment on the current line began.
        let mut comment = None;
        loop {
            if self.at_bol {
                self.at_bol = false;
                self.indentation()?;
            }
            while matches!(self.peek(), b' ' | b'\t' | b'\x0c') {
                self.bump();
            }
            if self.at_end() {
                return self.finish();
            }
            let (start, line, col) = (self.pos, self.line, self.col);
            let c = self.peek();
            match c {
                b'#' => {
                    while !self.at_end() && self.peek() != b'\n' {
                        self.bump();
                    }
                    comment = Some((start, col));
                }
                b'\n' => {
                    // As in CPython, a NEWLINE after a comment starts where the comment does.
                    let (start, col) = comment.take().unwrap_or((start, col));
                    let end_col = self.col;
                    self.bump();
                    self.at_bol = true;
                    if !self.blank_line && self.brackets.is_empty() {
                        self.tokens.push(Token {
                            kind: Tok::Newline,
                            start: start as u32,
                            end: start as u32 + 1,
                            line,
                            col,
                            end_line: line,
                            end_col,
                        });
                    }
                }
                b'\\' => self.continuation()?,
                b'0'..=b'9' => {
                    self.number()?;
                    self.push(Tok::Number, start, line, col);
                }
                b'.' if self.peek_at(1).is_ascii_digit() => {
                    self.number()?;
                    self.push(Tok::Number, start, line, col);
                }
                b'"' | b'\'' => self.string(start, line, col)?,
                b'(' | b'[' | b'{' => {
                    self.bump();
                    if self.brackets.len() >= MAX_BRACKETS {
                        return Err(self.error_at_cursor("too many nested parentheses"));
                    }
                    self.brackets.push((c, line, col));
                    let kind = match c {
                        b'(' => Tok::LPar,
                        b'[' => Tok::LSqb,
                        _ => Tok::LBrace,
                    };
                    self.push(kind, start, line, col);
                }
                b')' | b']' | b'}' => {
                    self.bump();
                    self.close_bracket(c)?;
                    let kind = match c {
                        b')' => Tok::RPar,
                        b']' => Tok::RSqb,
                        _ => Tok::RBrace,
                    };
                    self.push(kind, start, line, col);
                }
                _ if c.is_ascii_alphabetic() || c == b'_' || c >= 128 => {
                    self.name_or_prefixed_string(start, line, col)?;
                }
                _ => {
                    if let Some((kind, len)) = Tok::operator(&self.b[self.pos..]) {
                        for _ in 0..len {
                            self.bump();
                        }
                        self.push(kind, start, line, col);
                    } else {
                        self.bump();
                        let msg = format!("invalid non-printable character U+{:04X}", c);
                        return Err(self.error_at_cursor(msg));
                    }
                }
            }
        }
    }

    /// At the start of a line: measures its indentation and emits INDENT or DEDENTs, exactly
    /// when CPython's tokenizer does.
    fn indentation(&mut self) -> LexResult<()> {
        let (mut col, mut altcol) = (0u32, 0u32);
        let mut chars = 0u32;
        loop {
            match self.peek() {
                b' ' => {
                    col += 1;
                    altcol += 1;
                }
                b'\t' => {
                    col = (col / TAB_SIZE + 1) * TAB_SIZE;
                    altcol += 1;
                }
                b'\x0c' => {
                    col = 0;
                    altcol = 0;
                }
                _ => break,
            }
            chars += 1;
            self.bump();
        }
        self.blank_line = matches!(self.peek(), b'#' | b'\n');
        if self.blank_line || !self.brackets.is_empty() {
            return Ok(());
        }
        let (top, alttop) = self.indents.last().copied().unwrap_or((0, 0));
        let (mut line, start) = (self.line, self.pos);
        if self.at_end() {
            // CPython places the DEDENTs at end of input just past the last line's end.
            (line, chars) = self.eof_position();
            chars += 1;
        }
        if col == top {
            if altcol != alttop {
                return Err(self.tab_error());
            }
        } else if col > top {
            if self.indents.len() >= MAX_INDENT {
                let err = SyntaxError::new(
                    SyntaxErrorKind::Indentation,
                    "too many levels of indentation",
                    line,
                    0,
                );
                return Err(LexError {
                    error: err,
                    class: LexErrorClass::Lazy,
                });
            }
            if altcol <= alttop {
                return Err(self.tab_error());
            }
            self.indents.push((col, altcol));
            self.tokens.push(Token {
                kind: Tok::Indent,
                start: start as u32,
                end: start as u32,
                line,
                col: chars,
                end_line: line,
                end_col: chars,
            });
        } else {
            let before = self.tokens.len();
            while self.indents.len() > 1 && self.indents.last().is_some_and(|&(c, _)| col < c) {
                self.indents.pop();
                self.tokens.push(Token {
                    kind: Tok::Dedent,
                    start: start as u32,
                    end: start as u32,
                    line,
                    col: chars,
                    end_line: line,
                    end_col: chars,
                });
            }
            let (top, alttop) = self.indents.last().copied().unwrap_or((0, 0));
            if col != top {
                // CPython reports this before producing any DEDENT, and points past the end of
                // the offending line.
                self.tokens.truncate(before);
                let rest = self.src[self.pos..].split('\n').next().unwrap_or("");
                let end = self.col + rest.chars().count() as u32;
                let err = SyntaxError::new(
                    SyntaxErrorKind::Indentation,
                    "unindent does not match any outer indentation level",
                    line,
                    end,
                );
                return Err(LexError {
                    error: err,
                    class: LexErrorClass::Lazy,
                });
            }
            if altcol != alttop {
                return Err(self.tab_error());
            }
        }
        Ok(())
    }

    fn tab_error(&self) -> LexError {
        let err = SyntaxError::new(
            SyntaxErrorKind::Tab,
            "inconsistent use of tabs and spaces in indentation",
            self.line,
            0,
        );
        LexError {
            error: err,
            class: LexErrorClass::Lazy,
        }
    }

    /// End of input: a final NEWLINE was already produced by the source's last `\n`; close the
    /// open blocks, or report the bracket left open.
    fn finish(&mut self) -> LexResult<()> {
        if let Some(&(c, line, col)) = self.brackets.last() {
            let msg = format!("'{}' was never closed", c as char);
            let err = SyntaxError::new(SyntaxErrorKind::Syntax, msg, line, col);
            return Err(LexError {
                error: err,
                class: LexErrorClass::Unclosed,
            });
        }
        let ((line, col), pos) = (self.eof_position(), self.pos as u32);
        let token = |kind, col| Token {
            kind,
            start: pos,
            end: pos,
            line,
            col,
            end_line: line,
            end_col: col,
        };
        while self.indents.len() > 1 {
            self.indents.pop();
            self.tokens.push(token(Tok::Dedent, col + 1));
        }
        self.tokens.push(token(Tok::EndMarker, col));
        Ok(())
    }

    /// Where CPython places tokens at the end of input: on the last line, after its last
    /// character. (The source always ends with a newline.)
    fn eof_position(&self) -> (u32, u32) {
        let text = &self.src[..self.pos.min(self.src.len())];
        let text = text.strip_suffix('\n').unwrap_or(text);
        let last = text.rsplit('\n').next().unwrap_or("");
        (
            self.line.saturating_sub(1).max(1),
            last.chars().count() as u32,
        )
    }

    /// A backslash: must be followed by a newline, which joins the next line to this one.
    fn continuation(&mut self) -> LexResult<()> {
        self.bump();
        if self.peek() != b'\n' {
            let col = self.col;
            let err = SyntaxError::new(
                SyntaxErrorKind::Syntax,
                "unexpected character after line continuation character",
                self.line,
                col,
            );
            return Err(LexError {
                error: err,
                class: LexErrorClass::Lazy,
            });
        }
        let (line, col) = (self.line, self.col);
        self.bump();
        if self.at_end() {
            let err = SyntaxError::new(
                SyntaxErrorKind::Syntax,
                "unexpected EOF while parsing",
                line,
                col,
            );
            return Err(LexError {
                error: err,
                class: LexErrorClass::Lazy,
            });
        }
        Ok(())
    }

    fn close_bracket(&mut self, c: u8) -> LexResult<()> {
        let Some((open, open_line, _)) = self.brackets.pop() else {
            return Err(self.error_at_cursor(format!("unmatched '{}'", c as char)));
        };
        let matching = matches!((open, c), (b'(', b')') | (b'[', b']') | (b'{', b'}'));
        if !matching {
            let msg = if open_line != self.line {
                format!(
                    "closing parenthesis '{}' does not match opening parenthesis '{}' on line {}",
                    c as char, open as char, open_line
                )
            } else {
                format!(
                    "closing parenthesis '{}' does not match opening parenthesis '{}'",
                    c as char, open as char
                )
            };
            return Err(self.error_at_cursor(msg));
        }
        Ok(())
    }

    /// A name, a keyword, or a string with a prefix (`rb"..."`): CPython's legal prefixes are
    /// any order and case of `b`/`r`, `f`/`r`, or a lone `u`.
    fn name_or_prefixed_string(&mut self, start: usize, line: u32, col: u32) -> LexResult<()> {
        let (mut saw_b, mut saw_r, mut saw_u, mut saw_f) = (false, false, false, false);
        loop {
            let c = self.peek().to_ascii_lowercase();
            if c == b'b' && !(saw_b || saw_u || saw_f) {
                saw_b = true;
            } else if c == b'u' && !(saw_b || saw_u || saw_r || saw_f) {
                saw_u = true;
            } else if c == b'r' && !(saw_r || saw_u) {
                saw_r = true;
            } else if c == b'f' && !(saw_f || saw_b || saw_u) {
                saw_f = true;
            } else {
                break;
            }
            self.bump();
            if matches!(self.peek(), b'"' | b'\'') {
                return self.string(start, line, col);
            }
        }
        let mut non_ascii = false;
        while is_potential_ident_byte(self.peek()) {
            non_ascii |= self.peek() >= 128;
            self.bump();
        }
        if non_ascii {
            self.verify_identifier(start, line, col)?;
        }
        let kind = Tok::keyword(&self.src[start..self.pos]).unwrap_or(Tok::Name);
        self.push(kind, start, line, col);
        Ok(())
    }

    /// Rejects a name holding a character that cannot be part of an identifier.
    fn verify_identifier(&self, start: usize, line: u32, col: u32) -> LexResult<()> {
        let text = &self.src[start..self.pos];
        for (i, c) in text.chars().enumerate() {
            let ok = if i == 0 {
                is_ident_start_char(c)
            } else {
                is_ident_char(c)
            };
            if !ok {
                let msg = if is_printable(c) {
                    format!("invalid character '{}' (U+{:04X})", c, c as u32)
                } else {
                    format!("invalid non-printable character U+{:04X}", c as u32)
                };
                let err = SyntaxError::new(SyntaxErrorKind::Syntax, msg, line, col + i as u32);
                return Err(LexError {
                    error: err,
                    class: LexErrorClass::Eager,
                });
            }
        }
        Ok(())
    }

    /// A string literal from its prefix at `start`; the cursor is on the opening quote. Only
    /// its extent is found here: the parser decodes it.
    fn string(&mut self, start: usize, line: u32, col: u32) -> LexResult<()> {
        let quote = self.peek();
        self.bump();
        let mut quote_size = 1;
        let mut end_quote_size = 0;
        if self.peek() == quote {
            self.bump();
            if self.peek() == quote {
                self.bump();
                quote_size = 3;
            } else {
                end_quote_size = 1;
            }
        }
        while end_quote_size != quote_size {
            let c = self.peek();
            if self.at_end() || (quote_size == 1 && c == b'\n') {
                let kind = if quote_size == 3 {
                    "triple-quoted string"
                } else {
                    "string"
                };
                // At the end of input CPython's line count stays on the last line.
                let detected = if self.at_end() {
                    self.line - 1
                } else {
                    self.line
                };
                let msg = format!("unterminated {kind} literal (detected at line {detected})");
                let err = SyntaxError::new(SyntaxErrorKind::Syntax, msg, line, col);
                return Err(LexError {
                    error: err,
                    class: LexErrorClass::Eager,
                });
            }
            self.bump();
            if c == quote {
                end_quote_size += 1;
            } else {
                end_quote_size = 0;
                if c == b'\\' {
                    self.bump();
                }
            }
        }
        self.push(Tok::String, start, line, col);
        Ok(())
    }
}
