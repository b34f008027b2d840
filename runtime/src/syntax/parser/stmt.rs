//! Simple statements: expression statements and assignments of every form, `return`, `raise`,
//! `del`, `assert`, `import`, `global`, `nonlocal`, `pass`, `break`, `continue`; and the
//! statement dispatch shared with compound statements.

use super::expr::{expr_name, starts_expression};
use super::target::TargetKind;
use super::{span_between, span_of, unzip, Error, Node, PResult, Parser};
use crate::syntax::ast::{Alias, BinOp, ExprKind, Span, Stmt, StmtKind};
use crate::syntax::token::{Tok, Token};

fn augmented_op(kind: Tok) -> Option<BinOp> {
    Some(match kind {
        Tok::PlusEqual => BinOp::Add,
        Tok::MinEqual => BinOp::Sub,
        Tok::StarEqual => BinOp::Mult,
        Tok::AtEqual => BinOp::MatMult,
        Tok::SlashEqual => BinOp::Div,
        Tok::PercentEqual => BinOp::Mod,
        Tok::AmperEqual => BinOp::BitAnd,
        Tok::VBarEqual => BinOp::BitOr,
        Tok::CircumflexEqual => BinOp::BitXor,
        Tok::LeftShiftEqual => BinOp::LShift,
        Tok::RightShiftEqual => BinOp::RShift,
        Tok::DoubleStarEqual => BinOp::Pow,
        Tok::DoubleSlashEqual => BinOp::FloorDiv,
        _ => return None,
    })
}

/// A statement (or the statements of one line) and the greatest height among them.
pub(crate) type Stmts = (Vec<Stmt>, u32);

/// One side of an assignment as parsed, with what its errors need to know.
struct Side {
    node: Node,
    /// Token index where it starts, and where its last top-level element starts.
    start: usize,
    last_start: usize,
    /// A tuple written without parentheses (`a, b = ...`).
    bare_tuple: bool,
    /// A `yield` expression without parentheses.
    bare_yield: bool,
}

impl Parser<'_> {
    /// One statement: a compound statement, or simple statements up to the end of the line.
    pub(crate) fn statement(&mut self) -> PResult<Stmts> {
        let compound = match self.peek() {
            Tok::If
            | Tok::While
            | Tok::For
            | Tok::Try
            | Tok::With
            | Tok::Def
            | Tok::Class
            | Tok::At => true,
            Tok::Async => matches!(self.peek_nth(1), Tok::Def | Tok::For | Tok::With),
            Tok::Name if self.at_name("match") => self.is_match_statement(),
            _ => false,
        };
        if compound {
            let (stmt, h) = self.compound_statement()?;
            return Ok((vec![stmt], h));
        }
        if self.at_name("match") {
            let start = self.mark();
            if starts_expression(self.peek_nth(1)) {
                // CPython tries a match statement first: the tokens it looks at count for where
                // a generic error points.
                self.alternative(|p| -> PResult<()> {
                    p.bump();
                    p.subject()?;
                    p.expect(Tok::Colon)?;
                    p.expect(Tok::Newline)?;
                    Err(p.invalid_syntax())
                });
            }
            return self
                .simple_stmts()
                .map_err(|err| self.match_without_colon(start).unwrap_or(err));
        }
        self.simple_stmts()
    }

    /// Simple statements separated by `;` up to the NEWLINE.
    #[inline(never)]
    pub(crate) fn simple_stmts(&mut self) -> PResult<Stmts> {
        let mut stmts = Vec::new();
        let mut height = 0;
        loop {
            let (stmt, h) = self.simple_stmt()?;
            height = height.max(h);
            stmts.push(stmt);
            if !self.eat(Tok::Semi) || self.peek() == Tok::Newline {
                break;
            }
        }
        if self.peek() != Tok::Newline {
            return Err(self.after_simple_stmt());
        }
        self.line_end = span_of(self.prev());
        self.bump();
        Ok((stmts, height))
    }

    /// The error for a simple statement followed by something other than `;` or NEWLINE.
    /// CPython's second pass tries an expression there, and after a name the Python 2 form
    /// `print x` (`NAME star_expressions`): what those find comes first, and so does a
    /// tokenizer error they reach.
    #[cold]
    #[inline(never)]
    fn after_simple_stmt(&mut self) -> Error {
        if !starts_expression(self.peek()) {
            return self.invalid_syntax();
        }
        let name = *self.prev();
        let before = self.pos.checked_sub(2).map(|i| self.toks[i].kind);
        let legacy = name.kind == Tok::Name
            && !matches!(
                before,
                Some(Tok::Dot | Tok::Import | Tok::From | Tok::As | Tok::Global | Tok::Nonlocal)
            );
        if !legacy {
            let _ = self.probe(|p| p.expression());
            return self.invalid_syntax();
        }
        match self.probe(|p| Ok(p.star_expressions()?.expr.span)) {
            Ok(end) if matches!(self.text(&name), "print" | "exec") => {
                let word = self.text(&name);
                let msg =
                    format!("Missing parentheses in call to '{word}'. Did you mean {word}(...)?");
                self.error_at_span(span_of(&name).to(end), msg)
            }
            Err(err) if err.msg != "invalid syntax" => err,
            _ => self.invalid_syntax(),
        }
    }

    #[inline(never)]
    fn simple_stmt(&mut self) -> PResult<(Stmt, u32)> {
        let t = *self.tok();
        let leaf = |kind| {
            Ok((
                Stmt {
                    kind,
                    span: span_of(&t),
                },
                1,
            ))
        };
        match t.kind {
            Tok::Pass => {
                self.bump();
                leaf(StmtKind::Pass)
            }
            Tok::Break => {
                self.bump();
                leaf(StmtKind::Break)
            }
            Tok::Continue => {
                self.bump();
                leaf(StmtKind::Continue)
            }
            Tok::Return => {
                self.bump();
                let (value, h) = if starts_expression(self.peek()) || self.peek() == Tok::Star {
                    let v = self.star_expressions()?;
                    (Some(*v.expr), v.height)
                } else {
                    (None, 0)
                };
                self.finish_stmt(StmtKind::Return(value), &t, h)
            }
            Tok::Raise => self.raise_stmt(),
            Tok::Global | Tok::Nonlocal => {
                self.bump();
                let mut names = vec![self.expect_name()?.0];
                while self.eat(Tok::Comma) {
                    names.push(self.expect_name()?.0);
                }
                let kind = if t.kind == Tok::Global {
                    StmtKind::Global(names)
                } else {
                    StmtKind::Nonlocal(names)
                };
                self.finish_stmt(kind, &t, 0)
            }
            Tok::Del => self.del_stmt(),
            Tok::Assert => {
                self.bump();
                let test = self.expression()?;
                let msg = if self.eat(Tok::Comma) {
                    Some(self.expression()?)
                } else {
                    None
                };
                let h = test.height.max(msg.as_ref().map_or(0, |m| m.height));
                self.finish_stmt(
                    StmtKind::Assert {
                        test: *test.expr,
                        msg: msg.map(|m| *m.expr),
                    },
                    &t,
                    h,
                )
            }
            Tok::Import => self.import_name(),
            Tok::From => self.import_from(),
            _ => self.expression_statement(),
        }
    }

    /// A statement from token `start` to the last token consumed.
    pub(crate) fn finish_stmt(
        &self,
        kind: StmtKind,
        start: &Token,
        below: u32,
    ) -> PResult<(Stmt, u32)> {
        let span = span_between(start, self.prev());
        let h = self.check_height(below + 1, span)?;
        Ok((Stmt { kind, span }, h))
    }

    #[inline(never)]
    fn raise_stmt(&mut self) -> PResult<(Stmt, u32)> {
        let t = self.bump();
        if !starts_expression(self.peek()) {
            return self.finish_stmt(
                StmtKind::Raise {
                    exc: None,
                    cause: None,
                },
                &t,
                0,
            );
        }
        let exc = self.expression()?;
        let cause = if self.eat(Tok::From) {
            Some(self.expression()?)
        } else {
            None
        };
        let h = exc.height.max(cause.as_ref().map_or(0, |c| c.height));
        self.finish_stmt(
            StmtKind::Raise {
                exc: Some(*exc.expr),
                cause: cause.map(|c| *c.expr),
            },
            &t,
            h,
        )
    }

    #[inline(never)]
    fn del_stmt(&mut self) -> PResult<(Stmt, u32)> {
        let t = self.bump();
        let mut targets = Vec::new();
        loop {
            if !starts_expression(self.peek()) && self.peek() != Tok::Star {
                break;
            }
            targets.push(self.star_expression()?);
            if !self.eat(Tok::Comma) {
                break;
            }
        }
        // As in CPython, the targets are judged once all of them have been read.
        for e in &targets {
            self.check_target(e, TargetKind::Del)?;
        }
        if targets.is_empty() || !matches!(self.peek(), Tok::Semi | Tok::Newline) {
            return Err(self.invalid_syntax());
        }
        let (targets, h) = unzip(targets);
        self.finish_stmt(StmtKind::Delete(targets), &t, h)
    }

    /// `import a.b as c, d`.
    #[inline(never)]
    fn import_name(&mut self) -> PResult<(Stmt, u32)> {
        let t = self.bump();
        let mut names = Vec::new();
        loop {
            let (name, start) = self.dotted_name()?;
            let asname = if self.eat(Tok::As) {
                Some(self.expect_name()?.0)
            } else {
                None
            };
            let span = start.to(span_of(self.prev()));
            names.push(Alias { name, asname, span });
            if !self.eat(Tok::Comma) {
                break;
            }
        }
        self.finish_stmt(StmtKind::Import(names), &t, 0)
    }

    fn dotted_name(&mut self) -> PResult<(String, Span)> {
        let (mut name, span) = self.expect_name()?;
        while self.peek() == Tok::Dot {
            self.bump();
            name.push('.');
            name.push_str(&self.expect_name()?.0);
        }
        Ok((name, span))
    }

    /// `from ..a.b import c as d, e`, `from . import (a, b)`, `from m import *`.
    #[inline(never)]
    fn import_from(&mut self) -> PResult<(Stmt, u32)> {
        let t = self.bump();
        let mut level = 0u32;
        loop {
            match self.peek() {
                Tok::Dot => level += 1,
                Tok::Ellipsis => level += 3,
                _ => break,
            }
            self.bump();
        }
        let module = if level == 0 || self.peek() == Tok::Name {
            Some(self.dotted_name()?.0)
        } else {
            None
        };
        self.expect(Tok::Import)?;
        let mut names = Vec::new();
        if self.peek() == Tok::Star {
            let star = self.bump();
            names.push(Alias {
                name: "*".to_owned(),
                asname: None,
                span: span_of(&star),
            });
        } else {
            let paren = self.eat(Tok::LPar);
            loop {
                let (name, start) = self.expect_name()?;
                let asname = if self.eat(Tok::As) {
                    Some(self.expect_name()?.0)
                } else {
                    None
                };
                let span = start.to(span_of(self.prev()));
                names.push(Alias { name, asname, span });
                if !self.eat(Tok::Comma) {
                    break;
                }
                if paren && self.peek() == Tok::RPar {
                    break;
                }
                if !paren && self.peek() == Tok::Newline {
                    let msg = "trailing comma not allowed without surrounding parentheses";
                    return Err(self.error_at_last(msg));
                }
            }
            if paren {
                self.expect(Tok::RPar)?;
            }
        }
        self.finish_stmt(
            StmtKind::ImportFrom {
                module,
                names,
                level,
            },
            &t,
            0,
        )
    }

    /// An expression statement, or an assignment of any form.
    #[inline(never)]
    fn expression_statement(&mut self) -> PResult<(Stmt, u32)> {
        let t = *self.tok();
        let first = self.assignment_side()?;
        match self.peek() {
            Tok::Colon => self.annotated_assignment(&t, first),
            Tok::Equal => self.assignment(&t, first),
            Tok::ColonEqual if !first.bare_tuple && !first.bare_yield => {
                let e = &first.node;
                if t.kind == Tok::Name && matches!(e.expr.kind, ExprKind::Name(_)) {
                    return Err(self.invalid_syntax());
                }
                let msg = format!(
                    "cannot use assignment expressions with {}",
                    expr_name(&e.expr.kind)
                );
                Err(self.error_at_span(e.expr.span, msg))
            }
            kind => {
                if let Some(op) = augmented_op(kind) {
                    return self.augmented_assignment(&t, first.node, op);
                }
                let h = first.node.height;
                self.finish_stmt(StmtKind::Expr(*first.node.expr), &t, h)
            }
        }
    }

    /// One side of an assignment: `yield ...` or `star_expressions`.
    fn assignment_side(&mut self) -> PResult<Side> {
        let start = self.mark();
        if self.peek() == Tok::Yield {
            let node = self.yield_expr()?;
            return Ok(Side {
                node,
                start,
                last_start: start,
                bare_tuple: false,
                bare_yield: true,
            });
        }
        let mut last_start = start;
        let first = self.star_expression()?;
        if self.peek() != Tok::Comma {
            return Ok(Side {
                node: first,
                start,
                last_start,
                bare_tuple: false,
                bare_yield: false,
            });
        }
        let mut items = vec![first];
        while self.eat(Tok::Comma) {
            if !starts_expression(self.peek()) && self.peek() != Tok::Star {
                break;
            }
            last_start = self.mark();
            items.push(self.star_expression()?);
        }
        let node = self.bare_tuple(items)?;
        Ok(Side {
            node,
            start,
            last_start,
            bare_tuple: true,
            bare_yield: false,
        })
    }

    #[inline(never)]
    fn annotated_assignment(&mut self, t: &Token, side: Side) -> PResult<(Stmt, u32)> {
        let target = side.node;
        let msg = match &target.expr.kind {
            ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => None,
            ExprKind::Tuple(_) => Some("only single target (not tuple) can be annotated"),
            ExprKind::List(_) => Some("only single target (not list) can be annotated"),
            _ => Some("illegal target for annotation"),
        };
        if let Some(msg) = msg {
            // CPython's first pass stops at the `:`; its second names the target only when an
            // annotation follows.
            if self
                .attempt(|p| {
                    p.bump();
                    p.expression()
                })
                .is_none()
            {
                return Err(self.invalid_syntax());
            }
            let span = match &target.expr.kind {
                ExprKind::Tuple(elts) if side.bare_tuple => elts.first().map(|e| e.span),
                _ => None,
            };
            return Err(self.error_at_span(span.unwrap_or(target.expr.span), msg));
        }
        self.bump();
        let annotation = self.expression()?;
        let simple = matches!(target.expr.kind, ExprKind::Name(_))
            && !self.is_parenthesized(&target, side.start);
        let value = if self.eat(Tok::Equal) {
            Some(self.assignment_side()?.node)
        } else {
            None
        };
        let h = target
            .height
            .max(annotation.height)
            .max(value.as_ref().map_or(0, |v| v.height));
        let kind = StmtKind::AnnAssign {
            target: *target.expr,
            annotation: *annotation.expr,
            value: value.map(|v| *v.expr),
            simple,
        };
        self.finish_stmt(kind, t, h)
    }

    /// `a = b = value`: every side but the last is a target.
    #[inline(never)]
    fn assignment(&mut self, t: &Token, first: Side) -> PResult<(Stmt, u32)> {
        let first_eq = self.mark();
        let mut sides = vec![first];
        while self.eat(Tok::Equal) {
            match self.assignment_side() {
                Ok(side) => sides.push(side),
                // CPython reports a bad target before an error in what follows its `=`.
                Err(err) => return Err(self.invalid_assignment(&sides, first_eq).unwrap_or(err)),
            }
        }
        let value = match sides.pop() {
            Some(v) => v.node,
            None => return Err(self.invalid_syntax()),
        };
        if let Some(err) = self.invalid_assignment(&sides, first_eq) {
            return Err(err);
        }
        let (targets, h) = unzip(sides.into_iter().map(|s| s.node).collect());
        let h = h.max(value.height);
        self.finish_stmt(
            StmtKind::Assign {
                targets,
                value: *value.expr,
            },
            t,
            h,
        )
    }

    /// CPython's error for an assignment with an invalid target, if any, in its order: first
    /// the "Maybe you meant '=='" guesses on the first target, then the first bad target.
    fn invalid_assignment(&mut self, targets: &[Side], first_eq: usize) -> Option<Error> {
        let bad = targets.iter().position(|s| {
            s.bare_yield || super::target::invalid_target(&s.node.expr, TargetKind::Star).is_some()
        })?;
        let first = &targets[0];
        if !first.bare_yield {
            let last = match &first.node.expr.kind {
                ExprKind::Tuple(elts) if first.bare_tuple => {
                    elts.last().unwrap_or(&first.node.expr)
                }
                _ => &first.node.expr,
            };
            if let Some(err) = self.assignment_guess(last, first.last_start, first_eq) {
                return Some(err);
            }
        }
        let side = &targets[bad];
        if side.bare_yield {
            return Some(self.error_at_span(
                side.node.expr.span,
                "assignment to yield expression not possible",
            ));
        }
        let node = super::target::invalid_target(&side.node.expr, TargetKind::Star)
            .unwrap_or(&side.node.expr);
        let msg = format!("cannot assign to {}", expr_name(&node.kind));
        Some(self.error_at_span(node.span, msg))
    }

    #[inline(never)]
    fn augmented_assignment(&mut self, t: &Token, target: Node, op: BinOp) -> PResult<(Stmt, u32)> {
        if !matches!(
            target.expr.kind,
            ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. }
        ) {
            // CPython's first pass stops at the operator; its second names the target only
            // when a value follows.
            if self
                .attempt(|p| {
                    p.bump();
                    p.assignment_side()
                })
                .is_none()
            {
                return Err(self.invalid_syntax());
            }
            let msg = format!(
                "'{}' is an illegal expression for augmented assignment",
                expr_name(&target.expr.kind)
            );
            return Err(self.error_at_span(target.expr.span, msg));
        }
        self.bump();
        let value = self.assignment_side()?.node;
        let h = target.height.max(value.height);
        self.finish_stmt(
            StmtKind::AugAssign {
                target: *target.expr,
                op,
                value: *value.expr,
            },
            t,
            h,
        )
    }
}
