//! Compound statements: `if`/`elif`/`else`, `while`, `for`, `with`, `try`, function and class
//! definitions with their decorators, `match`, and the indented blocks they own.

use super::expr::starts_expression;
use super::stmt::Stmts;
use super::target::TargetKind;
use super::{span_of, unzip, Error, Node, PResult, Parser};
use crate::syntax::ast::{
    ClassDef, ExceptHandler, FunctionDef, MatchCase, Stmt, StmtKind, WithItem,
};
use crate::syntax::error::SyntaxErrorKind;
use crate::syntax::token::{Tok, Token};

impl Parser<'_> {
    pub(crate) fn compound_statement(&mut self) -> PResult<(Stmt, u32)> {
        match self.peek() {
            Tok::If => self.if_stmt(),
            Tok::While => self.while_stmt(),
            Tok::For => self.for_stmt(None),
            Tok::Try => self.try_stmt(),
            Tok::With => self.with_stmt(None),
            Tok::Def => self.function_def(Vec::new(), None),
            Tok::Class => self.class_def(Vec::new()),
            Tok::At => self.decorated(),
            Tok::Async => {
                let a = self.bump();
                match self.peek() {
                    Tok::Def => self.function_def(Vec::new(), Some(a)),
                    Tok::For => self.for_stmt(Some(a)),
                    _ => self.with_stmt(Some(a)),
                }
            }
            _ => self.match_stmt(),
        }
    }

    /// The `:` ending a header that CPython checks by "expected ':'" only before a NEWLINE.
    fn header_colon(&mut self) -> PResult<()> {
        match self.peek() {
            Tok::Colon => {
                self.bump();
                Ok(())
            }
            Tok::Newline => Err(self.error_at_last("expected ':'")),
            _ => Err(self.invalid_syntax()),
        }
    }

    /// A `:` that CPython demands outright (`&&':'`), reporting whatever stands there.
    fn forced(&mut self, kind: Tok, what: &str) -> PResult<Token> {
        if self.peek() == kind {
            return Ok(self.bump());
        }
        let t = *self.tok();
        Err(self.error_at_token(&t, format!("expected '{what}'")))
    }

    /// The block after a header's `:`, either statements on the same line or an indented
    /// suite; `header` and `what` word the error for a missing indent.
    #[inline(never)]
    fn block(&mut self, header: &Token, what: &str) -> PResult<Stmts> {
        if self.peek() != Tok::Newline {
            return self.simple_stmts();
        }
        self.bump();
        if self.peek() != Tok::Indent {
            let msg = format!(
                "expected an indented block after {} on line {}",
                what, header.line
            );
            let mut err = self.error_at_last(msg);
            err.kind = SyntaxErrorKind::Indentation;
            return Err(err);
        }
        self.bump();
        let mut body = Vec::new();
        let mut height = 0;
        while !matches!(self.peek(), Tok::Dedent | Tok::EndMarker) {
            let (stmts, h) = self.statement()?;
            height = height.max(h);
            body.extend(stmts);
        }
        self.bump();
        Ok((body, height))
    }

    #[inline(never)]
    fn if_stmt(&mut self) -> PResult<(Stmt, u32)> {
        let mut parts: Vec<(Token, Node, Stmts)> = Vec::new();
        let t = self.bump();
        let test = self.named_expression()?;
        self.header_colon()?;
        let body = self.block(&t, "'if' statement")?;
        parts.push((t, test, body));
        while self.peek() == Tok::Elif {
            let t = self.bump();
            let test = self.named_expression()?;
            self.header_colon()?;
            let body = self.block(&t, "'elif' statement")?;
            parts.push((t, test, body));
        }
        let (mut orelse, mut h) = self.else_block()?;
        let end = self.line_end;
        let mut result = None;
        while let Some((t, test, (body, bh))) = parts.pop() {
            let span = span_of(&t).to(end);
            h = self.check_height(h.max(bh).max(test.height) + 1, span)?;
            let stmt = Stmt {
                kind: StmtKind::If {
                    test: *test.expr,
                    body,
                    orelse,
                },
                span,
            };
            if parts.is_empty() {
                result = Some(stmt);
                break;
            }
            orelse = vec![stmt];
        }
        match result {
            Some(stmt) => Ok((stmt, h)),
            None => Err(self.invalid_syntax()),
        }
    }

    /// An optional `else:` block.
    fn else_block(&mut self) -> PResult<Stmts> {
        if self.peek() != Tok::Else {
            return Ok((Vec::new(), 0));
        }
        let t = self.bump();
        self.forced(Tok::Colon, ":")?;
        self.block(&t, "'else' statement")
    }

    #[inline(never)]
    fn while_stmt(&mut self) -> PResult<(Stmt, u32)> {
        let t = self.bump();
        let test = self.named_expression()?;
        self.header_colon()?;
        let (body, bh) = self.block(&t, "'while' statement")?;
        let (orelse, eh) = self.else_block()?;
        let span = span_of(&t).to(self.line_end);
        let h = self.check_height(test.height.max(bh).max(eh) + 1, span)?;
        Ok((
            Stmt {
                kind: StmtKind::While {
                    test: *test.expr,
                    body,
                    orelse,
                },
                span,
            },
            h,
        ))
    }

    #[inline(never)]
    fn for_stmt(&mut self, async_tok: Option<Token>) -> PResult<(Stmt, u32)> {
        let t = self.bump();
        let target = self.for_targets(true)?;
        let iter = self.star_expressions()?;
        self.header_colon()?;
        let (body, bh) = self.block(&t, "'for' statement")?;
        let (orelse, eh) = self.else_block()?;
        let start = async_tok.as_ref().unwrap_or(&t);
        let span = span_of(start).to(self.line_end);
        let h = self.check_height(target.height.max(iter.height).max(bh).max(eh) + 1, span)?;
        let kind = StmtKind::For {
            target: *target.expr,
            iter: *iter.expr,
            body,
            orelse,
            is_async: async_tok.is_some(),
        };
        Ok((Stmt { kind, span }, h))
    }

    #[inline(never)]
    fn with_stmt(&mut self, async_tok: Option<Token>) -> PResult<(Stmt, u32)> {
        let t = self.expect(Tok::With)?;
        let parenthesized = if self.peek() == Tok::LPar {
            self.alternative(|p| {
                p.bump();
                let mut items = Vec::new();
                loop {
                    items.push(p.with_item()?);
                    if !p.eat(Tok::Comma) || p.peek() == Tok::RPar {
                        break;
                    }
                }
                p.expect(Tok::RPar)?;
                if p.peek() != Tok::Colon {
                    return Err(p.invalid_syntax());
                }
                Ok(items)
            })
        } else {
            None
        };
        let items = match parenthesized {
            Some(items) => items,
            None => {
                let mut items = vec![self.with_item()?];
                while self.eat(Tok::Comma) {
                    items.push(self.with_item()?);
                }
                items
            }
        };
        self.header_colon()?;
        let (body, bh) = self.block(&t, "'with' statement")?;
        let start = async_tok.as_ref().unwrap_or(&t);
        let span = span_of(start).to(self.line_end);
        let ih = items.iter().map(|(_, h)| *h).max().unwrap_or(0);
        let h = self.check_height(ih.max(bh) + 1, span)?;
        let items = items.into_iter().map(|(item, _)| item).collect();
        Ok((
            Stmt {
                kind: StmtKind::With {
                    items,
                    body,
                    is_async: async_tok.is_some(),
                },
                span,
            },
            h,
        ))
    }

    fn with_item(&mut self) -> PResult<(WithItem, u32)> {
        let context = self.expression()?;
        if !self.eat(Tok::As) {
            let h = context.height + 1;
            return Ok((
                WithItem {
                    context: *context.expr,
                    vars: None,
                },
                h,
            ));
        }
        let start = self.mark();
        let target = self.target_item()?;
        if !matches!(self.peek(), Tok::Comma | Tok::RPar | Tok::Colon) {
            let here = self.mark();
            let whole = self.attempt(|p| {
                p.reset(start);
                let e = p.expression()?;
                if matches!(p.peek(), Tok::Comma | Tok::RPar | Tok::Colon) {
                    Ok(e)
                } else {
                    Err(p.invalid_syntax())
                }
            });
            self.reset(here);
            if let Some(e) = whole {
                self.check_target(&e, TargetKind::Star)?;
            }
            return Err(self.invalid_syntax());
        }
        self.check_target(&target, TargetKind::Star)?;
        let h = context.height.max(target.height) + 1;
        Ok((
            WithItem {
                context: *context.expr,
                vars: Some(*target.expr),
            },
            h,
        ))
    }

    #[inline(never)]
    fn try_stmt(&mut self) -> PResult<(Stmt, u32)> {
        let t = self.bump();
        self.forced(Tok::Colon, ":")?;
        let (body, mut h) = self.block(&t, "'try' statement")?;
        let mut handlers = Vec::new();
        let mut star_kind: Option<bool> = None;
        while self.peek() == Tok::Except {
            let (handler, is_star, hh) = self.except_block(star_kind)?;
            star_kind = Some(is_star);
            h = h.max(hh);
            handlers.push(handler);
        }
        let (orelse, finalbody) = if handlers.is_empty() {
            if self.peek() != Tok::Finally {
                return Err(self.error_at_last("expected 'except' or 'finally' block"));
            }
            (Vec::new(), self.finally_block(&mut h)?)
        } else {
            let (orelse, eh) = self.else_block()?;
            h = h.max(eh);
            (orelse, self.finally_block(&mut h)?)
        };
        let span = span_of(&t).to(self.line_end);
        let h = self.check_height(h + 1, span)?;
        let is_star = star_kind == Some(true);
        Ok((
            Stmt {
                kind: StmtKind::Try {
                    body,
                    handlers,
                    orelse,
                    finalbody,
                    is_star,
                },
                span,
            },
            h,
        ))
    }

    fn finally_block(&mut self, h: &mut u32) -> PResult<Vec<Stmt>> {
        if self.peek() != Tok::Finally {
            return Ok(Vec::new());
        }
        let t = self.bump();
        self.forced(Tok::Colon, ":")?;
        let (body, bh) = self.block(&t, "'finally' statement")?;
        *h = (*h).max(bh);
        Ok(body)
    }

    /// One `except` or `except*` clause; `kind` says which kind the earlier clauses were.
    #[inline(never)]
    fn except_block(&mut self, kind: Option<bool>) -> PResult<(ExceptHandler, bool, u32)> {
        let t = self.bump();
        let star = if self.peek() == Tok::Star {
            Some(self.bump())
        } else {
            None
        };
        let is_star = star.is_some();
        if is_star && matches!(self.peek(), Tok::Colon | Tok::Newline) {
            return Err(self.error_at_last("expected one or more exception types"));
        }
        let mut typ = None;
        let mut name = None;
        let mut h = 0;
        if self.peek() != Tok::Colon && (is_star || self.peek() != Tok::Newline) {
            let e = self.expression()?;
            if self.peek() == Tok::Comma {
                return Err(self.multiple_exception_types(&e));
            }
            h = e.height;
            typ = Some(*e.expr);
            if self.eat(Tok::As) {
                name = Some(self.expect_name()?.0);
            }
        }
        self.header_colon()?;
        if kind.is_some_and(|k| k != is_star) {
            let end = star.as_ref().unwrap_or(&t);
            let span = span_of(&t).to(span_of(end));
            let msg = "cannot have both 'except' and 'except*' on the same 'try'";
            return Err(self.error_at_span(span, msg));
        }
        let what = if is_star {
            "'except*' statement"
        } else {
            "'except' statement"
        };
        let (body, bh) = self.block(&t, what)?;
        let span = span_of(&t).to(self.line_end);
        Ok((
            ExceptHandler {
                typ,
                name,
                body,
                span,
            },
            is_star,
            h.max(bh) + 1,
        ))
    }

    /// `except A, B:`, which Python 3 requires in parentheses.
    fn multiple_exception_types(&mut self, first: &Node) -> Error {
        let end = self.attempt(|p| {
            while p.eat(Tok::Comma) {
                p.expression()?;
            }
            if p.eat(Tok::As) {
                p.expect(Tok::Name)?;
            }
            if p.peek() != Tok::Colon {
                return Err(p.invalid_syntax());
            }
            Ok(span_of(p.prev()))
        });
        match end {
            Some(end) => self.error_at_span(
                first.expr.span.to(end),
                "multiple exception types must be parenthesized",
            ),
            None => self.invalid_syntax(),
        }
    }

    #[inline(never)]
    fn decorated(&mut self) -> PResult<(Stmt, u32)> {
        let mut decorators = Vec::new();
        while self.eat(Tok::At) {
            decorators.push(self.named_expression()?);
            if self.peek() != Tok::Newline {
                return Err(self.invalid_syntax());
            }
            self.bump();
        }
        match self.peek() {
            Tok::Def => self.function_def(decorators, None),
            Tok::Class => self.class_def(decorators),
            Tok::Async if self.peek_nth(1) == Tok::Def => {
                let a = self.bump();
                self.function_def(decorators, Some(a))
            }
            _ => Err(self.invalid_syntax()),
        }
    }

    #[inline(never)]
    fn function_def(
        &mut self,
        decorators: Vec<Node>,
        async_tok: Option<Token>,
    ) -> PResult<(Stmt, u32)> {
        let t = self.bump();
        let (name, _) = self.expect_name()?;
        self.forced(Tok::LPar, "(")?;
        let (args, ah) = self.nested(|p| p.parameters(false))?;
        self.expect(Tok::RPar)?;
        let returns = if self.peek() == Tok::RArrow {
            let returns = self.alternative(|p| {
                p.bump();
                p.expression()
            });
            if returns.is_none() {
                // Without a valid annotation CPython backs up and demands the `:` there.
                return Err(self
                    .forced(Tok::Colon, ":")
                    .err()
                    .unwrap_or_else(|| self.invalid_syntax()));
            }
            returns
        } else {
            None
        };
        self.forced(Tok::Colon, ":")?;
        let (body, bh) = self.block(&t, "function definition")?;
        let start = async_tok.as_ref().unwrap_or(&t);
        let span = span_of(start).to(self.line_end);
        let (decorators, dh) = unzip(decorators);
        let rh = returns.as_ref().map_or(0, |r| r.height);
        let h = self.check_height(ah.max(bh).max(dh).max(rh) + 2, span)?;
        let def = FunctionDef {
            name,
            args,
            body,
            decorators,
            returns: returns.map(|r| *r.expr),
            is_async: async_tok.is_some(),
        };
        Ok((
            Stmt {
                kind: StmtKind::FunctionDef(Box::new(def)),
                span,
            },
            h,
        ))
    }

    #[inline(never)]
    fn class_def(&mut self, decorators: Vec<Node>) -> PResult<(Stmt, u32)> {
        let t = self.bump();
        let (name, _) = self.expect_name()?;
        let (mut bases, mut keywords, mut ah) = (Vec::new(), Vec::new(), 0);
        if self.peek() == Tok::LPar {
            let open = self.bump();
            let call = self.nested(|p| p.arguments(&open, false))?;
            self.expect_closing(Tok::RPar)?;
            let (b, h) = unzip(call.args);
            bases = b;
            keywords = call.keywords;
            ah = h.max(call.height);
        }
        self.header_colon()?;
        let (body, bh) = self.block(&t, "class definition")?;
        let span = span_of(&t).to(self.line_end);
        let (decorators, dh) = unzip(decorators);
        let h = self.check_height(ah.max(bh).max(dh) + 2, span)?;
        let def = ClassDef {
            name,
            bases,
            keywords,
            body,
            decorators,
        };
        Ok((
            Stmt {
                kind: StmtKind::ClassDef(Box::new(def)),
                span,
            },
            h,
        ))
    }

    /// Whether a line starting with the soft keyword `match` is a match statement: a subject
    /// follows and the line ends with `:`. (`match(x)` and `match = 1` are not.)
    pub(crate) fn is_match_statement(&self) -> bool {
        let Some(next) = self.toks.get(self.pos + 1) else {
            return false;
        };
        if !(starts_expression(next.kind) || next.kind == Tok::Star) {
            return false;
        }
        let end = self.toks[self.pos..]
            .iter()
            .position(|t| matches!(t.kind, Tok::Newline | Tok::EndMarker | Tok::Error))
            .map_or(self.toks.len(), |i| self.pos + i);
        end > 0 && self.toks[end - 1].kind == Tok::Colon
    }

    /// After a line starting with `match` failed as a simple statement: CPython reports
    /// "expected ':'" when a subject and then the end of the line follow.
    pub(crate) fn match_without_colon(&mut self, start: usize) -> Option<Error> {
        let here = self.mark();
        let found = self.attempt(|p| {
            p.reset(start);
            p.bump();
            p.subject()?;
            if p.peek() == Tok::Newline {
                Ok(p.error_at_token(p.tok(), "expected ':'"))
            } else {
                Err(p.invalid_syntax())
            }
        });
        self.reset(here);
        found
    }

    pub(crate) fn subject(&mut self) -> PResult<Node> {
        let first = self.star_named_expression()?;
        if self.peek() != Tok::Comma {
            if matches!(first.expr.kind, crate::syntax::ast::ExprKind::Starred(_)) {
                return Err(self.invalid_syntax());
            }
            return Ok(first);
        }
        let mut items = vec![first];
        while self.eat(Tok::Comma) {
            if !starts_expression(self.peek()) && self.peek() != Tok::Star {
                break;
            }
            items.push(self.star_named_expression()?);
        }
        self.bare_tuple(items)
    }

    #[inline(never)]
    fn match_stmt(&mut self) -> PResult<(Stmt, u32)> {
        let t = self.bump();
        let subject = self.subject()?;
        self.header_colon()?;
        self.expect(Tok::Newline)?;
        if self.peek() != Tok::Indent {
            let msg = format!(
                "expected an indented block after 'match' statement on line {}",
                t.line
            );
            let mut err = self.error_at_last(msg);
            err.kind = SyntaxErrorKind::Indentation;
            return Err(err);
        }
        self.bump();
        let mut cases = Vec::new();
        let mut h = subject.height;
        loop {
            if !self.at_name("case") {
                return Err(self.invalid_syntax());
            }
            let (case, ch) = self.case_block()?;
            h = h.max(ch);
            cases.push(case);
            if matches!(self.peek(), Tok::Dedent | Tok::EndMarker) {
                break;
            }
        }
        self.bump();
        let span = span_of(&t).to(self.line_end);
        let h = self.check_height(h + 2, span)?;
        Ok((
            Stmt {
                kind: StmtKind::Match {
                    subject: *subject.expr,
                    cases,
                },
                span,
            },
            h,
        ))
    }

    #[inline(never)]
    fn case_block(&mut self) -> PResult<(MatchCase, u32)> {
        let t = self.bump();
        let (pattern, ph) = self.patterns()?;
        let guard = if self.eat(Tok::If) {
            Some(self.named_expression()?)
        } else {
            None
        };
        self.header_colon()?;
        let (body, bh) = self.block(&t, "'case' statement")?;
        let h = ph.max(bh).max(guard.as_ref().map_or(0, |g| g.height)) + 1;
        Ok((
            MatchCase {
                pattern,
                guard: guard.map(|g| *g.expr),
                body,
            },
            h,
        ))
    }
}
