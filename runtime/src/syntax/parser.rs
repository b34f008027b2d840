//! The recursive-descent parser's core: the token cursor, error reporting in CPython's manner,
//! the nesting bounds, and the entry points for modules and `eval` expressions.
//!
//! The grammar is split by concept: `expr` (operators), `atom` (names, numbers, displays,
//! comprehensions), `strings` and `fstring` (string literals), `call` (call arguments and
//! parameter lists), `target` (assignment targets and their errors), `stmt` and `compound`
//! (statements), `pattern` (match patterns).

mod atom;
mod call;
mod compound;
mod expr;
mod fstring;
mod pattern;
mod stmt;
mod strings;
mod target;

use std::cell::Cell;

use super::ast::{Expr, ExprKind, Module, Span};
use super::error::{SyntaxError, SyntaxErrorKind};
use super::lexer::{self, LexError, LexErrorClass};
use super::token::{Tok, Token};

/// The deepest AST the parser builds: every statement's and expression's height (a leaf is 1)
/// stays at most this, so that counting the module too no path holds 1000 nodes, and the
/// compiler's recursive walks, and dropping the tree, stay within the stack.
pub(crate) const MAX_HEIGHT: u32 = 998;
/// The deepest the parser itself recurses. Each bracket costs two or three levels, and
/// CPython allows 200 brackets, so legal programs stay well below this.
const MAX_RECURSION: u32 = 1000;
/// The stack the parser may use before refusing to nest deeper, a backstop for the recursion
/// count whatever the frame sizes of the build: the deepest legal program needs about 400 KiB
/// in a release build, and this stays within a 1 MiB stack (the linker's default for wasm).
/// Debug builds use far bigger frames, so they get more room and their deep tests run on a
/// big stack.
const STACK_BUDGET: usize = if cfg!(debug_assertions) {
    8 << 20
} else {
    640 << 10
};

/// Errors are boxed inside the parser so that results stay small: the parser recurses once per
/// bracket, and the size of what each frame returns decides how deep it can go.
pub(crate) type Error = Box<SyntaxError>;
pub(crate) type PResult<T> = Result<T, Error>;

/// A parsed expression and the height of its tree, so that the nesting bound is checked as the
/// tree is built rather than by a later walk, which could itself overflow the stack.
pub(crate) struct Node {
    pub(crate) expr: Box<Expr>,
    pub(crate) height: u32,
    /// The tokens the expression was parsed from, including parentheses around it: a parent
    /// node spans these (CPython gives `(a) + b` the span of `(a) + b`, and `a` its own).
    pub(crate) outer: Span,
}

impl Node {
    /// The extent of the tokens it came from, for the span of a node built above it.
    pub(crate) fn span(&self) -> Span {
        self.outer
    }
}

/// Splits nodes into their expressions and the greatest height among them.
pub(crate) fn unzip(nodes: Vec<Node>) -> (Vec<Expr>, u32) {
    let height = nodes.iter().map(|n| n.height).max().unwrap_or(0);
    (nodes.into_iter().map(|n| *n.expr).collect(), height)
}

pub(crate) struct Parser<'s> {
    src: &'s str,
    toks: Vec<Token>,
    pos: usize,
    /// The furthest token looked at: CPython's last fetched token, where a generic "invalid
    /// syntax" points and whose line decides between a parser and an unclosed-bracket error.
    furthest: Cell<usize>,
    /// The furthest token looked at even while probing for a better message: CPython's
    /// second pass fetches tokens too, and an unclosed bracket is reported when this lies on
    /// a later line than the bracket.
    seen: Cell<usize>,
    lex_error: Option<LexError>,
    /// The parser has looked at the token of the lexical error: CPython's tokenizer would
    /// have raised it then, even while probing for a better message.
    reached_error: Cell<bool>,
    depth: u32,
    /// The stack address when parsing began, to measure the stack used since.
    stack_base: usize,
    /// The last disjunction parsed (first token, token after it, span), for "Perhaps you
    /// forgot a comma?".
    last_disjunction: (usize, usize, Span),
    /// Parsing the expression of an f-string replacement field: errors get "f-string: ".
    in_fstring: bool,
    /// Where the source begins in the file.
    origin: (u32, u32),
    /// The last token before the NEWLINE of the latest line of simple statements: where the
    /// compound statements around it end (a trailing `;` included, as in CPython).
    line_end: Span,
}

pub(crate) fn parse_module(source: &str) -> Result<Module, SyntaxError> {
    let src = normalize_source(source)?;
    let mut p = Parser::new(&src, 1, 0);
    let result = p.file();
    p.finish(result).map_err(|e| *e)
}

/// Parses a module for the interactive prompt. An error comes with whether the parser looked
/// as far as the end of the input (the closing DEDENTs and ENDMARKER), where another line
/// could have let it go on: CPython's "incomplete input".
pub(crate) fn parse_module_to_end(source: &str) -> Result<Module, (SyntaxError, bool)> {
    let src = normalize_source(source).map_err(|e| (e, false))?;
    let mut p = Parser::new(&src, 1, 0);
    let result = p.file();
    p.finish(result).map_err(|e| {
        let end = p
            .toks
            .iter()
            .rposition(|t| !matches!(t.kind, Tok::Dedent | Tok::EndMarker))
            .map_or(0, |i| i + 1);
        (*e, p.seen.get() >= end)
    })
}

pub(crate) fn parse_expression(source: &str) -> Result<Expr, SyntaxError> {
    let src = normalize_source(source)?;
    let mut p = Parser::new(&src, 1, 0);
    let result = p.eval_input();
    p.finish(result).map_err(|e| *e)
}

/// CPython reads `\r\n` and `\r` as `\n` and supplies a final newline; null bytes are refused.
fn normalize_source(source: &str) -> Result<String, SyntaxError> {
    if source.contains('\0') {
        return Err(SyntaxError::new(
            SyntaxErrorKind::Syntax,
            "source code string cannot contain null bytes",
            1,
            0,
        ));
    }
    if source.len() >= u32::MAX as usize - 1 {
        return Err(SyntaxError::new(
            SyntaxErrorKind::Syntax,
            "source code too long",
            1,
            0,
        ));
    }
    let mut src = if source.contains('\r') {
        source.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        source.to_owned()
    };
    if !src.ends_with('\n') {
        src.push('\n');
    }
    Ok(src)
}

impl<'s> Parser<'s> {
    /// A parser over `src` (normalized), whose first character is at `line:col` of the file.
    pub(crate) fn new(src: &'s str, line: u32, col: u32) -> Parser<'s> {
        let lexed = lexer::tokenize(src, line, col);
        Parser {
            src,
            toks: lexed.tokens,
            pos: 0,
            furthest: Cell::new(0),
            seen: Cell::new(0),
            lex_error: lexed.error,
            reached_error: Cell::new(false),
            depth: 0,
            stack_base: stack_address(),
            last_disjunction: (usize::MAX, usize::MAX, Span::default()),
            in_fstring: false,
            origin: (line, col),
            line_end: Span::default(),
        }
    }

    /// Settles which error to report, as CPython does: a tokenizer error the parser reached
    /// always wins; one it did not reach wins if CPython raises it eagerly, or, for a bracket
    /// never closed, if the bracket opened before the line of the parser's error.
    fn finish<T>(&self, result: PResult<T>) -> PResult<T> {
        let err = match result {
            Ok(v) => return Ok(v),
            Err(e) => e,
        };
        let Some(lex) = &self.lex_error else {
            return Err(self.decorate(err));
        };
        // CPython reports an unexpected indent without tokenizing further.
        let unexpected_indent = err.kind == SyntaxErrorKind::Indentation
            && matches!(
                err.msg.as_str(),
                "unexpected indent" | "unexpected unindent"
            );
        let wins = self.reached_error.get()
            || match lex.class {
                LexErrorClass::Eager => !unexpected_indent,
                LexErrorClass::Lazy => false,
                LexErrorClass::Unclosed => {
                    let line = self.toks.get(self.seen.get()).map_or(err.line, |t| t.line);
                    lex.error.line < line
                }
            };
        Err(if wins {
            Box::new(lex.error.clone())
        } else {
            self.decorate(err)
        })
    }

    /// Gives an error inside an f-string replacement field CPython 3.11's form: the message
    /// prefixed, and on the field's first line columns counted from its `{`.
    fn decorate(&self, mut err: Error) -> Error {
        if self.in_fstring {
            if !err.msg.starts_with("f-string") {
                err.msg = format!("f-string: {}", err.msg);
            }
            let (line, col) = self.origin;
            if err.line == line {
                err.col = err.col.saturating_sub(col);
            }
            if err.end_line == line {
                err.end_col = err.end_col.saturating_sub(col);
            }
        }
        err
    }

    // ----- the token cursor -----

    fn token_at(&self, i: usize) -> &Token {
        let i = i.min(self.toks.len() - 1);
        if i > self.furthest.get() {
            self.furthest.set(i);
        }
        if i > self.seen.get() {
            self.seen.set(i);
        }
        let t = &self.toks[i];
        if t.kind == Tok::Error {
            self.reached_error.set(true);
        }
        t
    }

    pub(crate) fn tok(&self) -> &Token {
        self.token_at(self.pos)
    }

    pub(crate) fn peek(&self) -> Tok {
        self.tok().kind
    }

    pub(crate) fn peek_nth(&self, n: usize) -> Tok {
        self.token_at(self.pos + n).kind
    }

    pub(crate) fn bump(&mut self) -> Token {
        let t = *self.tok();
        if self.pos + 1 < self.toks.len() {
            self.pos += 1;
        }
        t
    }

    pub(crate) fn eat(&mut self, kind: Tok) -> bool {
        if self.peek() == kind {
            self.bump();
            true
        } else {
            false
        }
    }

    /// The token just consumed.
    pub(crate) fn prev(&self) -> &Token {
        &self.toks[self.pos.saturating_sub(1)]
    }

    pub(crate) fn text(&self, t: &Token) -> &'s str {
        &self.src[t.start as usize..t.end as usize]
    }

    /// The identifier a NAME token spells, NFKC-normalized as Python does.
    pub(crate) fn name(&self, t: &Token) -> String {
        let text = self.text(t);
        if text.is_ascii() {
            text.to_owned()
        } else {
            lexer::normalize_identifier(text)
        }
    }

    /// Whether the current token is the name `word` (soft keywords).
    pub(crate) fn at_name(&self, word: &str) -> bool {
        let t = self.tok();
        t.kind == Tok::Name && self.text(t) == word
    }

    pub(crate) fn expect(&mut self, kind: Tok) -> PResult<Token> {
        if self.peek() == kind {
            Ok(self.bump())
        } else {
            Err(self.invalid_syntax())
        }
    }

    pub(crate) fn expect_name(&mut self) -> PResult<(String, Span)> {
        if self.peek() == Tok::Name {
            let t = self.bump();
            return Ok((self.name(&t), span_of(&t)));
        }
        Err(self.invalid_syntax())
    }

    /// The position to restart from when a speculative parse fails.
    pub(crate) fn mark(&self) -> usize {
        self.pos
    }

    pub(crate) fn reset(&mut self, mark: usize) {
        self.pos = mark;
    }

    // ----- errors -----

    /// CPython's generic error: "invalid syntax" at the furthest token looked at, or
    /// "unexpected indent" when that token is an indent.
    #[cold]
    #[inline(never)]
    pub(crate) fn invalid_syntax(&self) -> Error {
        let t = *self.token_at(self.furthest.get());
        match t.kind {
            Tok::Indent | Tok::Dedent => {
                let msg = if t.kind == Tok::Indent {
                    "unexpected indent"
                } else {
                    "unexpected unindent"
                };
                let col = t.col.saturating_sub(1);
                Box::new(SyntaxError::new(
                    SyntaxErrorKind::Indentation,
                    msg,
                    t.line,
                    col,
                ))
            }
            _ => self.error_at_token(&t, "invalid syntax"),
        }
    }

    #[cold]
    #[inline(never)]
    pub(crate) fn error_at_token(&self, t: &Token, msg: impl Into<String>) -> Error {
        Box::new(SyntaxError::range(
            msg,
            (t.line, t.col),
            (t.end_line, t.end_col),
        ))
    }

    /// An error at the last token fetched, as CPython's `RAISE_SYNTAX_ERROR` without location.
    #[cold]
    #[inline(never)]
    pub(crate) fn error_at_last(&self, msg: impl Into<String>) -> Error {
        let t = *self.token_at(self.furthest.get());
        if matches!(t.kind, Tok::Indent | Tok::Dedent) {
            let col = t.col.saturating_sub(1);
            return Box::new(SyntaxError::new(SyntaxErrorKind::Syntax, msg, t.line, col));
        }
        self.error_at_token(&t, msg)
    }

    #[cold]
    #[inline(never)]
    pub(crate) fn error_at_span(&self, span: Span, msg: impl Into<String>) -> Error {
        Box::new(SyntaxError::range(
            msg,
            (span.line, span.col),
            (span.end_line, span.end_col),
        ))
    }

    // ----- nesting bounds -----

    /// Runs a nested parse, failing instead of recursing past `MAX_RECURSION`.
    pub(crate) fn nested<T>(&mut self, f: impl FnOnce(&mut Self) -> PResult<T>) -> PResult<T> {
        if self.depth >= MAX_RECURSION || stack_address().abs_diff(self.stack_base) > STACK_BUDGET {
            return Err(self.too_deep(span_of(self.tok())));
        }
        self.depth += 1;
        let result = f(self);
        self.depth -= 1;
        result
    }

    #[cold]
    #[inline(never)]
    fn too_deep(&self, span: Span) -> Error {
        self.error_at_span(span, "expression too deeply nested")
    }

    /// Builds a node above children whose greatest height is `below`.
    pub(crate) fn node(&self, kind: ExprKind, span: Span, below: u32) -> PResult<Node> {
        let height = below + 1;
        if height > MAX_HEIGHT {
            return Err(self.too_deep(span));
        }
        Ok(Node {
            expr: Box::new(Expr { kind, span }),
            height,
            outer: span,
        })
    }

    /// Checks the height of a statement (or other non-expression node) about to be built.
    pub(crate) fn check_height(&self, height: u32, span: Span) -> PResult<u32> {
        if height > MAX_HEIGHT {
            return Err(self.error_at_span(span, "too many statically nested blocks"));
        }
        Ok(height)
    }

    // ----- entry points -----

    fn file(&mut self) -> PResult<Module> {
        let mut body = Vec::new();
        while self.peek() != Tok::EndMarker {
            let (stmts, _) = self.statement()?;
            body.extend(stmts);
        }
        Ok(Module { body })
    }

    fn eval_input(&mut self) -> PResult<Expr> {
        let e = self.star_expressions()?;
        while self.eat(Tok::Newline) {}
        if self.peek() != Tok::EndMarker {
            return Err(self.invalid_syntax());
        }
        Ok(*e.expr)
    }

    /// Parses the expression of an f-string replacement field, given as `(text)` followed by a
    /// newline, as CPython 3.11 does.
    pub(crate) fn fstring_expression(&mut self) -> PResult<Node> {
        self.in_fstring = true;
        let result = self.fstring_expression_inner();
        self.finish(result)
    }

    fn fstring_expression_inner(&mut self) -> PResult<Node> {
        let e = self.star_expressions()?;
        while self.eat(Tok::Newline) {}
        if self.peek() != Tok::EndMarker {
            return Err(self.invalid_syntax());
        }
        Ok(e)
    }

    /// Makes a parser for an f-string replacement field continue `outer`'s nesting count.
    pub(crate) fn nest_within(&mut self, outer: &Parser) {
        self.depth = outer.depth + 1;
        self.stack_base = outer.stack_base;
    }
}

/// An address in the caller's stack frame, to measure how much stack is in use.
#[inline(never)]
fn stack_address() -> usize {
    let marker = 0u8;
    std::hint::black_box(std::ptr::addr_of!(marker)) as usize
}

pub(crate) fn span_of(t: &Token) -> Span {
    Span::new(t.line, t.col, t.end_line, t.end_col)
}

/// The span from the start of token `a` to the end of token `b`.
pub(crate) fn span_between(a: &Token, b: &Token) -> Span {
    Span::new(a.line, a.col, b.end_line, b.end_col)
}
