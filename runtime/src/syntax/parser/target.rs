//! Assignment, `for` and `del` targets: which expressions may be targets, and CPython's
//! "cannot assign to ..." and "cannot delete ..." errors for those that may not.

use super::expr::{expr_name, starts_expression};
use super::{span_of, Error, Node, PResult, Parser};
use crate::syntax::ast::{CmpOp, Expr, ExprKind};
use crate::syntax::token::Tok;

/// Whether a token can begin a target: a name, `*`, or an atom that a subscript or attribute
/// may follow.
fn starts_target(kind: Tok) -> bool {
    starts_expression(kind)
        && !matches!(
            kind,
            Tok::Minus | Tok::Plus | Tok::Tilde | Tok::Not | Tok::Lambda | Tok::Await
        )
        || kind == Tok::Star
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum TargetKind {
    /// Assignment and `with ... as` targets.
    Star,
    /// `for` loop and comprehension targets.
    For,
    Del,
}

/// The first sub-expression of `e` that cannot be a target of this kind (CPython's
/// `_PyPegen_get_invalid_target`), searched without recursion.
pub(crate) fn invalid_target(e: &Expr, kind: TargetKind) -> Option<&Expr> {
    let mut stack = vec![e];
    while let Some(e) = stack.pop() {
        match &e.kind {
            ExprKind::List(elts) | ExprKind::Tuple(elts) => stack.extend(elts.iter().rev()),
            ExprKind::Starred(value) => {
                if kind == TargetKind::Del {
                    return Some(e);
                }
                stack.push(value);
            }
            ExprKind::Compare { left, ops, .. } if kind == TargetKind::For => {
                // `for a in b` parsed as a comparison: the target is its left side.
                if ops.first() == Some(&CmpOp::In) {
                    stack.push(left);
                }
            }
            ExprKind::Name(_) | ExprKind::Subscript { .. } | ExprKind::Attribute { .. } => {}
            _ => return Some(e),
        }
    }
    None
}

impl Parser<'_> {
    pub(crate) fn check_target(&self, e: &Node, kind: TargetKind) -> PResult<()> {
        if let Some(bad) = invalid_target(&e.expr, kind) {
            let verb = if kind == TargetKind::Del {
                "delete"
            } else {
                "assign to"
            };
            let msg = format!("cannot {} {}", verb, expr_name(&bad.kind));
            return Err(self.error_at_span(bad.span, msg));
        }
        Ok(())
    }

    /// The targets of a `for` loop or comprehension, and the `in` after them.
    pub(crate) fn for_targets(&mut self, statement: bool) -> PResult<Node> {
        let start = self.mark();
        let mut items = Vec::new();
        let mut last_start = start;
        loop {
            last_start = if items.is_empty() {
                last_start
            } else {
                self.mark()
            };
            if !starts_target(self.peek()) {
                return Err(self.invalid_for_target(start, last_start, statement));
            }
            items.push(self.target_item()?);
            if !self.eat(Tok::Comma) || self.peek() == Tok::In {
                break;
            }
        }
        if self.peek() != Tok::In {
            return Err(self.invalid_for_target(start, last_start, statement));
        }
        let target = if items.len() == 1 && self.prev().kind != Tok::Comma {
            items.pop().map_or_else(|| Err(self.invalid_syntax()), Ok)?
        } else {
            self.bare_tuple(items)?
        };
        self.check_target(&target, TargetKind::For)?;
        self.bump();
        Ok(target)
    }

    /// `*target` or a `bitwise_or` expression, to be checked as a target.
    pub(crate) fn target_item(&mut self) -> PResult<Node> {
        if self.peek() == Tok::Star {
            return self.starred(|p| p.bitwise_or());
        }
        self.bitwise_or()
    }

    /// Why the targets after `for` are not followed by `in`: an expression that cannot be
    /// assigned to, a missing comma inside brackets, or plain invalid syntax.
    fn invalid_for_target(&mut self, start: usize, last_start: usize, statement: bool) -> Error {
        let here = self.mark();
        let whole = self.attempt(|p| {
            p.reset(start);
            p.star_expressions()
        });
        self.reset(here);
        if let Some(e) = whole {
            if let Some(bad) = invalid_target(&e.expr, TargetKind::For) {
                let msg = format!("cannot assign to {}", expr_name(&bad.kind));
                return self.error_at_span(bad.span, msg);
            }
        }
        if !statement && starts_expression(self.peek()) {
            let first = self.toks[last_start];
            let item_start = span_of(&first);
            let next = self.attempt(|p| Ok(p.expression()?.expr.span));
            if let Some(end) = next {
                return self.error_at_span(
                    item_start.to(end),
                    "invalid syntax. Perhaps you forgot a comma?",
                );
            }
        }
        self.invalid_syntax()
    }
}
