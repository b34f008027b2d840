//! Atoms: names, constants, numbers, parenthesized forms (groups, tuples, generator
//! expressions, `yield`), list, set and dict displays, and comprehensions.

use super::{span_of, unzip, Node, PResult, Parser};
use crate::syntax::ast::{Comprehension, Constant, ExprKind, Span};
use crate::syntax::literal;
use crate::syntax::token::{Tok, Token};

/// The `for`/`if` clauses of a comprehension, their greatest height, and the span of the last
/// expression in them (where "Generator expression must be parenthesized" ends).
pub(crate) struct Clauses {
    pub(crate) clauses: Vec<Comprehension>,
    pub(crate) height: u32,
    pub(crate) last_item_span: Option<Span>,
}

impl Parser<'_> {
    pub(crate) fn atom(&mut self) -> PResult<Node> {
        let t = *self.tok();
        let constant = match t.kind {
            Tok::Name => {
                self.bump();
                return self.node(ExprKind::Name(self.name(&t)), span_of(&t), 0);
            }
            Tok::True => Constant::Bool(true),
            Tok::False => Constant::Bool(false),
            Tok::None => Constant::None,
            Tok::Ellipsis => Constant::Ellipsis,
            Tok::Number => return self.number(&t),
            Tok::String => return self.strings(),
            Tok::LPar => return self.paren_atom(),
            Tok::LSqb => return self.list_atom(),
            Tok::LBrace => return self.brace_atom(),
            _ => return Err(self.invalid_syntax()),
        };
        self.bump();
        self.node(ExprKind::Constant(constant), span_of(&t), 0)
    }

    #[inline(never)]
    fn number(&mut self, t: &Token) -> PResult<Node> {
        let constant = match literal::number(self.text(t)) {
            Ok(c) => c,
            Err(msg) => return Err(self.error_at_token(t, msg)),
        };
        self.bump();
        self.node(ExprKind::Constant(constant), span_of(t), 0)
    }

    /// `( ... )`: the empty tuple, a group, a tuple, a generator expression or `(yield)`.
    #[inline(never)]
    fn paren_atom(&mut self) -> PResult<Node> {
        let open = self.bump();
        self.nested(|p| p.paren_inner(&open))
    }

    fn paren_inner(&mut self, open: &Token) -> PResult<Node> {
        match self.peek() {
            Tok::RPar => {
                let close = self.bump();
                return self.node(
                    ExprKind::Tuple(Vec::new()),
                    span_of(open).to(span_of(&close)),
                    0,
                );
            }
            Tok::Yield => {
                let e = self.yield_expr()?;
                self.expect_closing(Tok::RPar)?;
                let mut e = e;
                e.outer = span_of(open).to(span_of(self.prev()));
                return Ok(e);
            }
            Tok::DoubleStar => {
                let t = *self.tok();
                if self
                    .attempt(|p| {
                        p.bump();
                        p.expression()?;
                        p.expect(Tok::RPar)
                    })
                    .is_some()
                {
                    return Err(
                        self.error_at_token(&t, "cannot use double starred expression here")
                    );
                }
                return Err(self.invalid_syntax());
            }
            _ => {}
        }
        let mut first = self.star_named_expression()?;
        match self.peek() {
            Tok::RPar => {
                let close = self.bump();
                if matches!(first.expr.kind, ExprKind::Starred(_)) {
                    return Err(
                        self.error_at_span(first.expr.span, "cannot use starred expression here")
                    );
                }
                first.outer = span_of(open).to(span_of(&close));
                Ok(first)
            }
            Tok::Comma => {
                let items = self.comma_list(first, Tok::RPar)?;
                let close = self.expect_closing(Tok::RPar)?;
                let (elts, h) = unzip(items);
                self.node(ExprKind::Tuple(elts), span_of(open).to(span_of(&close)), h)
            }
            Tok::For | Tok::Async if self.comprehension_follows() => {
                self.check_comprehension_element(&first)?;
                let clauses = self.comprehension_clauses()?;
                let close = self.expect(Tok::RPar)?;
                let h = first.height.max(clauses.height);
                let kind = ExprKind::GeneratorExp {
                    elt: first.expr,
                    generators: clauses.clauses,
                };
                self.node(kind, span_of(open).to(span_of(&close)), h)
            }
            _ => Err(self.unexpected_in_brackets()),
        }
    }

    /// More elements after `first` and a comma, up to the closing bracket (not consumed).
    fn comma_list(&mut self, first: Node, closing: Tok) -> PResult<Vec<Node>> {
        let mut items = vec![first];
        while self.eat(Tok::Comma) {
            if self.peek() == closing {
                break;
            }
            if self.comprehension_follows() && closing != Tok::RPar {
                break;
            }
            items.push(self.star_named_expression()?);
        }
        if self.comprehension_follows() && closing != Tok::RPar {
            // `[a, b for ...]`: CPython suggests parentheses around the target.
            let msg = "did you forget parentheses around the comprehension target?";
            let end = if self.prev().kind == Tok::Comma {
                span_of(self.prev())
            } else {
                items[items.len() - 1].expr.span
            };
            return Err(self.error_at_span(items[0].expr.span.to(end), msg));
        }
        Ok(items)
    }

    fn comprehension_follows(&self) -> bool {
        self.peek() == Tok::For || (self.peek() == Tok::Async && self.peek_nth(1) == Tok::For)
    }

    #[cold]
    #[inline(never)]
    fn check_comprehension_element(&self, elt: &Node) -> PResult<()> {
        if matches!(elt.expr.kind, ExprKind::Starred(_)) {
            let msg = "iterable unpacking cannot be used in comprehension";
            return Err(self.error_at_span(elt.expr.span, msg));
        }
        Ok(())
    }

    /// `[ ... ]`: a list display or a list comprehension.
    #[inline(never)]
    fn list_atom(&mut self) -> PResult<Node> {
        let open = self.bump();
        self.nested(|p| p.list_inner(&open))
    }

    fn list_inner(&mut self, open: &Token) -> PResult<Node> {
        if self.peek() == Tok::RSqb {
            let close = self.bump();
            return self.node(
                ExprKind::List(Vec::new()),
                span_of(open).to(span_of(&close)),
                0,
            );
        }
        let first = self.star_named_expression()?;
        if self.comprehension_follows() {
            self.check_comprehension_element(&first)?;
            let clauses = self.comprehension_clauses()?;
            let close = self.expect(Tok::RSqb)?;
            let h = first.height.max(clauses.height);
            let kind = ExprKind::ListComp {
                elt: first.expr,
                generators: clauses.clauses,
            };
            return self.node(kind, span_of(open).to(span_of(&close)), h);
        }
        let items = self.comma_list(first, Tok::RSqb)?;
        let close = self.expect_closing(Tok::RSqb)?;
        let (elts, h) = unzip(items);
        self.node(ExprKind::List(elts), span_of(open).to(span_of(&close)), h)
    }

    /// `{ ... }`: a dict or set display, or a dict or set comprehension.
    #[inline(never)]
    fn brace_atom(&mut self) -> PResult<Node> {
        let open = self.bump();
        self.nested(|p| p.brace_inner(&open))
    }

    fn brace_inner(&mut self, open: &Token) -> PResult<Node> {
        if self.peek() == Tok::RBrace {
            let close = self.bump();
            let kind = ExprKind::Dict {
                keys: Vec::new(),
                values: Vec::new(),
            };
            return self.node(kind, span_of(open).to(span_of(&close)), 0);
        }
        if self.peek() == Tok::DoubleStar {
            return self.dict_rest(open, Vec::new(), Vec::new(), 0);
        }
        let first = self.star_named_expression()?;
        if self.peek() == Tok::Colon && !matches!(first.expr.kind, ExprKind::Starred(_)) {
            if matches!(first.expr.kind, ExprKind::NamedExpr { .. })
                && first.outer == first.expr.span
            {
                return Err(self.invalid_syntax());
            }
            let colon = self.bump();
            let value = self.dict_value(&colon)?;
            if self.comprehension_follows() {
                let clauses = self.comprehension_clauses()?;
                let close = self.expect(Tok::RBrace)?;
                let h = first.height.max(value.height).max(clauses.height);
                let kind = ExprKind::DictComp {
                    key: first.expr,
                    value: value.expr,
                    generators: clauses.clauses,
                };
                return self.node(kind, span_of(open).to(span_of(&close)), h);
            }
            let h = first.height.max(value.height);
            return self.dict_rest(open, vec![Some(*first.expr)], vec![*value.expr], h);
        }
        if self.comprehension_follows() {
            self.check_comprehension_element(&first)?;
            let clauses = self.comprehension_clauses()?;
            let close = self.expect(Tok::RBrace)?;
            let h = first.height.max(clauses.height);
            let kind = ExprKind::SetComp {
                elt: first.expr,
                generators: clauses.clauses,
            };
            return self.node(kind, span_of(open).to(span_of(&close)), h);
        }
        let items = self.comma_list(first, Tok::RBrace)?;
        let close = self.expect_closing(Tok::RBrace)?;
        let (elts, h) = unzip(items);
        self.node(ExprKind::Set(elts), span_of(open).to(span_of(&close)), h)
    }

    /// The value after `key:` in a dict display.
    fn dict_value(&mut self, colon: &Token) -> PResult<Node> {
        match self.peek() {
            Tok::RBrace | Tok::Comma => {
                let msg = "expression expected after dictionary key and ':'";
                Err(self.error_at_token(colon, msg))
            }
            Tok::Star => {
                let star = *self.tok();
                let e = self.starred(|p| p.bitwise_or())?;
                let msg = "cannot use a starred expression in a dictionary value";
                Err(self.error_at_span(span_of(&star).to(e.expr.span), msg))
            }
            _ => self.expression(),
        }
    }

    /// The remaining `key: value` and `**mapping` entries of a dict display.
    fn dict_rest(
        &mut self,
        open: &Token,
        mut keys: Vec<Option<crate::syntax::ast::Expr>>,
        mut values: Vec<crate::syntax::ast::Expr>,
        mut h: u32,
    ) -> PResult<Node> {
        let mut first = keys.is_empty();
        loop {
            if !first && !self.eat(Tok::Comma) {
                break;
            }
            first = false;
            if self.peek() == Tok::RBrace {
                break;
            }
            if self.peek() == Tok::DoubleStar {
                let star = self.bump();
                let mapping = self.bitwise_or()?;
                if keys.is_empty() && self.comprehension_follows() {
                    let msg = "dict unpacking cannot be used in dict comprehension";
                    return Err(self.error_at_token(&star, msg));
                }
                h = h.max(mapping.height);
                keys.push(None);
                values.push(*mapping.expr);
                continue;
            }
            let key = self.expression()?;
            if self.peek() != Tok::Colon {
                if matches!(self.peek(), Tok::Comma | Tok::RBrace) {
                    // CPython points at the key's last character, on its first line.
                    let span = key.span();
                    let col = span.end_col.saturating_sub(1);
                    let err = crate::syntax::error::SyntaxError::range(
                        "':' expected after dictionary key",
                        (span.line, col),
                        (span.line, col),
                    );
                    return Err(Box::new(err));
                }
                return Err(self.unexpected_in_brackets());
            }
            let colon = self.bump();
            let value = self.dict_value(&colon)?;
            h = h.max(key.height).max(value.height);
            keys.push(Some(*key.expr));
            values.push(*value.expr);
        }
        let close = self.expect_closing(Tok::RBrace)?;
        self.node(
            ExprKind::Dict { keys, values },
            span_of(open).to(span_of(&close)),
            h,
        )
    }

    /// The `for ... in ... if ...` clauses of a comprehension.
    #[inline(never)]
    pub(crate) fn comprehension_clauses(&mut self) -> PResult<Clauses> {
        let mut out = Clauses {
            clauses: Vec::new(),
            height: 0,
            last_item_span: None,
        };
        while self.comprehension_follows() {
            let is_async = self.eat(Tok::Async);
            self.bump();
            let target = self.for_targets(false)?;
            let iter = self.nested(|p| p.disjunction())?;
            let mut h = target.height.max(iter.height);
            out.last_item_span = Some(iter.expr.span);
            let mut ifs = Vec::new();
            while self.eat(Tok::If) {
                let cond = self.nested(|p| p.disjunction())?;
                h = h.max(cond.height);
                out.last_item_span = Some(cond.expr.span);
                ifs.push(*cond.expr);
            }
            out.height = out.height.max(h + 1);
            out.clauses.push(Comprehension {
                target: *target.expr,
                iter: *iter.expr,
                ifs,
                is_async,
            });
        }
        Ok(out)
    }

    /// `yield`, `yield from x` or `yield a, b`.
    #[inline(never)]
    pub(crate) fn yield_expr(&mut self) -> PResult<Node> {
        let t = self.bump();
        if self.eat(Tok::From) {
            let e = self.expression()?;
            let span = span_of(&t).to(e.span());
            let h = e.height;
            return self.node(ExprKind::YieldFrom(e.expr), span, h);
        }
        if !super::expr::starts_expression(self.peek()) && self.peek() != Tok::Star {
            return self.node(ExprKind::Yield(None), span_of(&t), 0);
        }
        let e = self.star_expressions()?;
        let span = span_of(&t).to(e.span());
        let h = e.height;
        self.node(ExprKind::Yield(Some(e.expr)), span, h)
    }
}
