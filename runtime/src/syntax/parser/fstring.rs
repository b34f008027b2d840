//! f-strings, as CPython 3.11 parses them: the body of the token is scanned for literal text and
//! `{...}` replacement fields; each field's expression is parsed by a fresh parser over `(text)`,
//! placed at its real position in the file.

use super::{Node, PResult, Parser};
use crate::syntax::ast::{Constant, Expr, ExprKind, Span};
use crate::syntax::literal;
use crate::syntax::token::Token;

/// CPython's limit on brackets inside one replacement field.
const MAX_FIELD_BRACKETS: usize = 200;

/// The parts of a `JoinedStr` being built: finished values and the literal text pending.
#[derive(Default)]
pub(crate) struct Parts {
    pub(crate) values: Vec<Expr>,
    pub(crate) literal: String,
    pub(crate) height: u32,
}

impl Parts {
    /// Turns pending literal text, if any, into a `Constant` part.
    pub(crate) fn flush(&mut self, span: Span) {
        if !self.literal.is_empty() {
            let text = std::mem::take(&mut self.literal);
            self.values.push(Expr {
                kind: ExprKind::Constant(Constant::Str(text)),
                span,
            });
            self.height = self.height.max(1);
        }
    }
}

/// One f-string token being scanned.
struct Scan<'a> {
    body: &'a [u8],
    text: &'a str,
    /// Byte offset of the body in the source.
    base: usize,
    raw: bool,
    token: Span,
    whole: Span,
    /// A source position (byte, line, column) at or before the next field, moved only forward
    /// so that positions cost linear time over the whole token.
    cursor: (usize, u32, u32),
}

impl Parser<'_> {
    /// Scans the body of f-string token `t` (starting at byte `body_start` of the source) into
    /// `parts`; `whole` is the span of all the adjacent strings.
    pub(crate) fn fstring(
        &mut self,
        t: &Token,
        body_start: usize,
        body: &str,
        raw: bool,
        whole: Span,
        parts: &mut Parts,
    ) -> PResult<()> {
        let mut scan = Scan {
            body: body.as_bytes(),
            text: body,
            base: body_start,
            raw,
            token: super::span_of(t),
            whole,
            cursor: (t.start as usize, t.line, t.col),
        };
        let mut i = 0;
        self.fstring_fields(&mut scan, &mut i, 0, parts)
    }

    /// Literal text and fields up to the end of the body, or, inside a format spec
    /// (`level` > 0), up to the `}` closing the field.
    fn fstring_fields(
        &mut self,
        scan: &mut Scan,
        i: &mut usize,
        level: u32,
        parts: &mut Parts,
    ) -> PResult<()> {
        loop {
            let (end, resume) = self.fstring_literal(scan, *i, level)?;
            if end > *i {
                let piece = &scan.text[*i..end];
                if scan.raw {
                    parts.literal.push_str(piece);
                } else {
                    match literal::decode_str(piece) {
                        Ok(text) => parts.literal.push_str(&text),
                        Err(msg) => return Err(self.error_at_last(msg)),
                    }
                }
            }
            let doubled = resume != end;
            *i = resume;
            if doubled {
                continue;
            }
            if *i >= scan.body.len() || scan.body[*i] == b'}' {
                break;
            }
            self.fstring_field(scan, i, level, parts)?;
        }
        if level != 0 && scan.body.get(*i) != Some(&b'}') {
            return Err(self.error_at_last("f-string: expecting '}'"));
        }
        Ok(())
    }

    /// Finds the literal text starting at `start`: returns where it ends and where scanning
    /// resumes (past a doubled brace, which ends the text including one brace).
    fn fstring_literal(&self, scan: &Scan, start: usize, level: u32) -> PResult<(usize, usize)> {
        let b = scan.body;
        let mut s = start;
        while s < b.len() {
            let mut ch = b[s];
            s += 1;
            if !scan.raw && ch == b'\\' && s < b.len() {
                ch = b[s];
                s += 1;
                if ch == b'N' {
                    // Skip the braces of `\N{NAME}`, which are not a field.
                    if s < b.len() {
                        s += 1;
                        if b[s - 1] == b'{' {
                            while s < b.len() {
                                s += 1;
                                if b[s - 1] == b'}' {
                                    break;
                                }
                            }
                        }
                    }
                    continue;
                }
            }
            if ch == b'{' || ch == b'}' {
                if level == 0 {
                    if b.get(s) == Some(&ch) {
                        return Ok((s, s + 1));
                    }
                    if ch == b'}' {
                        return Err(self.error_at_last("f-string: single '}' is not allowed"));
                    }
                }
                return Ok((s - 1, s - 1));
            }
        }
        Ok((b.len(), b.len()))
    }

    /// One replacement field `{expr[=][!c][:spec]}`, the cursor on its `{`.
    fn fstring_field(
        &mut self,
        scan: &mut Scan,
        i: &mut usize,
        level: u32,
        parts: &mut Parts,
    ) -> PResult<()> {
        if level >= 2 {
            return Err(self.error_at_last("f-string: expressions nested too deeply"));
        }
        *i += 1;
        let expr_start = *i;
        let expr_end = self.fstring_expression_end(scan, i)?;
        let value = self.fstring_field_expression(scan, expr_start, expr_end)?;
        let b = scan.body;
        let mut debug_text = None;
        if b[*i] == b'=' {
            *i += 1;
            while *i < b.len() && matches!(b[*i], b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
            {
                *i += 1;
            }
            if *i >= b.len() {
                return Err(self.error_at_last("f-string: expecting '}'"));
            }
            debug_text = Some(&scan.text[expr_start..*i]);
        }
        let mut conversion = None;
        if b[*i] == b'!' {
            *i += 1;
            let Some(&c) = b.get(*i) else {
                return Err(self.error_at_last("f-string: expecting '}'"));
            };
            *i += 1;
            if !matches!(c, b's' | b'r' | b'a') {
                let msg = "f-string: invalid conversion character: expected 's', 'r', or 'a'";
                return Err(self.error_at_last(msg));
            }
            conversion = Some(c as char);
        }
        let mut format_spec = None;
        let mut height = value.height;
        if b.get(*i) == Some(&b':') {
            *i += 1;
            if *i >= b.len() {
                return Err(self.error_at_last("f-string: expecting '}'"));
            }
            let mut spec = Parts::default();
            self.fstring_fields(scan, i, level + 1, &mut spec)?;
            spec.flush(scan.token);
            let spec = self.node(ExprKind::JoinedStr(spec.values), scan.token, spec.height)?;
            height = height.max(spec.height);
            format_spec = Some(spec.expr);
        }
        if b.get(*i) != Some(&b'}') {
            return Err(self.error_at_last("f-string: expecting '}'"));
        }
        *i += 1;
        if let Some(text) = debug_text {
            parts.literal.push_str(text);
            if format_spec.is_none() && conversion.is_none() {
                conversion = Some('r');
            }
        }
        parts.flush(scan.whole);
        let kind = ExprKind::FormattedValue {
            value: value.expr,
            conversion,
            format_spec,
        };
        let field = self.node(kind, scan.whole, height)?;
        parts.height = parts.height.max(field.height);
        parts.values.push(*field.expr);
        Ok(())
    }

    /// Finds where the expression of a field ends (at `!`, `:`, `=` or `}` outside brackets
    /// and strings), leaving `i` there.
    fn fstring_expression_end(&self, scan: &Scan, i: &mut usize) -> PResult<usize> {
        let b = scan.body;
        let mut quote = 0u8;
        let mut triple = false;
        let mut brackets: Vec<u8> = Vec::new();
        while *i < b.len() {
            let ch = b[*i];
            if ch == b'\\' {
                return Err(
                    self.error_at_last("f-string expression part cannot include a backslash")
                );
            }
            if quote != 0 {
                if ch == quote {
                    if !triple {
                        quote = 0;
                    } else if *i + 2 < b.len() && b[*i + 1] == ch && b[*i + 2] == ch {
                        *i += 2;
                        quote = 0;
                    }
                }
                *i += 1;
                continue;
            }
            match ch {
                b'\'' | b'"' => {
                    triple = *i + 2 < b.len() && b[*i + 1] == ch && b[*i + 2] == ch;
                    if triple {
                        *i += 2;
                    }
                    quote = ch;
                }
                b'[' | b'{' | b'(' => {
                    if brackets.len() >= MAX_FIELD_BRACKETS {
                        return Err(self.error_at_last("f-string: too many nested parenthesis"));
                    }
                    brackets.push(ch);
                }
                b'#' => {
                    return Err(self.error_at_last("f-string expression part cannot include '#'"));
                }
                b'!' | b':' | b'}' | b'=' | b'>' | b'<' if brackets.is_empty() => {
                    let next = b.get(*i + 1).copied();
                    if next == Some(b'=') && matches!(ch, b'!' | b'=' | b'<' | b'>') {
                        *i += 2;
                        continue;
                    }
                    if !matches!(ch, b'>' | b'<') {
                        break;
                    }
                }
                b']' | b'}' | b')' => {
                    let Some(open) = brackets.pop() else {
                        let msg = format!("f-string: unmatched '{}'", ch as char);
                        return Err(self.error_at_last(msg));
                    };
                    if !matches!((open, ch), (b'(', b')') | (b'[', b']') | (b'{', b'}')) {
                        let msg = format!(
                            "f-string: closing parenthesis '{}' does not match opening parenthesis '{}'",
                            ch as char, open as char
                        );
                        return Err(self.error_at_last(msg));
                    }
                }
                _ => {}
            }
            *i += 1;
        }
        if quote != 0 {
            return Err(self.error_at_last("f-string: unterminated string"));
        }
        if let Some(&open) = brackets.last() {
            return Err(self.error_at_last(format!("f-string: unmatched '{}'", open as char)));
        }
        if *i >= b.len() {
            return Err(self.error_at_last("f-string: expecting '}'"));
        }
        Ok(*i)
    }

    /// Parses the text of a field's expression at its place in the file.
    fn fstring_field_expression(
        &mut self,
        scan: &mut Scan,
        start: usize,
        end: usize,
    ) -> PResult<Node> {
        let text = &scan.text[start..end];
        if text
            .bytes()
            .all(|c| matches!(c, b' ' | b'\t' | b'\n' | b'\x0c'))
        {
            let msg = match scan.body[end] {
                c @ (b'!' | b':' | b'=') => {
                    format!("f-string: expression required before '{}'", c as char)
                }
                _ => "f-string: empty expression not allowed".to_owned(),
            };
            return Err(self.error_at_last(msg));
        }
        let (line, col) = self.source_position(scan, scan.base + start);
        let source = format!("({text})\n");
        let mut sub = Parser::new(&source, line, col.saturating_sub(1));
        sub.nest_within(self);
        sub.fstring_expression()
    }

    /// The line and column of byte `target` of the source, moving the scan's cursor there.
    fn source_position(&self, scan: &mut Scan, target: usize) -> (u32, u32) {
        let (mut byte, mut line, mut col) = scan.cursor;
        for &c in &self.src.as_bytes()[byte..target.max(byte)] {
            if c == b'\n' {
                line += 1;
                col = 0;
            } else if c & 0xC0 != 0x80 {
                col += 1;
            }
        }
        byte = target.max(byte);
        scan.cursor = (byte, line, col);
        (line, col)
    }
}
