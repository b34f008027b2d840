//! Adjacent string literals: decoded and joined into one `Constant`, or into a `JoinedStr` when
//! an f-string takes part, following CPython 3.11's `_PyPegen_concatenate_strings`.

use super::fstring::Parts;
use super::{span_between, Node, PResult, Parser};
use crate::syntax::ast::{Constant, ExprKind};
use crate::syntax::literal;
use crate::syntax::token::{Tok, Token};

impl Parser<'_> {
    /// One or more adjacent STRING tokens.
    #[inline(never)]
    pub(crate) fn strings(&mut self) -> PResult<Node> {
        let mut toks: Vec<Token> = Vec::new();
        while self.peek() == Tok::String {
            toks.push(self.bump());
        }
        // CPython looks at the token after the strings before it decodes them, and its errors
        // without a location point there.
        self.peek();
        let whole = span_between(&toks[0], &toks[toks.len() - 1]);
        let mut bytes_mode: Option<bool> = None;
        let mut bytes = Vec::new();
        let mut parts = Parts::default();
        let mut joined = false;
        for t in &toks {
            let s = literal::split_string_token(self.text(t));
            if s.bytes && !s.body.is_ascii() {
                let msg = "bytes can only contain ASCII literal characters";
                return Err(self.error_at_token(t, msg));
            }
            let decoded = if s.fstring {
                None
            } else if s.bytes {
                let b = if s.raw {
                    Ok(s.body.as_bytes().to_vec())
                } else {
                    literal::decode_bytes(s.body)
                };
                Some(b.map(Constant::Bytes))
            } else {
                let v = if s.raw {
                    Ok(s.body.to_owned())
                } else {
                    literal::decode_str(s.body)
                };
                Some(v.map(Constant::Str))
            };
            let decoded = match decoded.transpose() {
                Ok(d) => d,
                Err(msg) => return Err(self.error_at_last(msg)),
            };
            if bytes_mode.is_some_and(|b| b != s.bytes) {
                return Err(self.error_at_last("cannot mix bytes and nonbytes literals"));
            }
            bytes_mode = Some(s.bytes);
            match decoded {
                Some(Constant::Bytes(b)) => bytes.extend(b),
                Some(Constant::Str(text)) => parts.literal.push_str(&text),
                _ => {
                    joined = true;
                    let body_start = t.start as usize + s.body_offset;
                    self.fstring(t, body_start, s.body, s.raw, whole, &mut parts)?;
                }
            }
        }
        if bytes_mode == Some(true) {
            return self.node(ExprKind::Constant(Constant::Bytes(bytes)), whole, 0);
        }
        if !joined {
            return self.node(ExprKind::Constant(Constant::Str(parts.literal)), whole, 0);
        }
        parts.flush(whole);
        let h = parts.height;
        self.node(ExprKind::JoinedStr(parts.values), whole, h)
    }
}
