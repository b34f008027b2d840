//! Expressions with operators: star and named expressions, conditional expressions, the boolean
//! and comparison operators, binary and unary operators, `**`, `await`, and the postfix chain of
//! attributes, calls and subscripts. Prefix operators, `**` and conditional expressions are
//! parsed with loops rather than recursion, so long chains cost no stack.

use super::{span_of, unzip, Error, Node, PResult, Parser};
use crate::syntax::ast::{BinOp, BoolOp, CmpOp, Expr, ExprKind, Span, UnaryOp};
use crate::syntax::token::{Tok, Token};

// Binding powers, loosest first: `or`, `and`, `not`, comparisons, then the binary operators
// (`|` is `P_BITOR`, `*` the tightest).
const P_OR: u8 = 1;
const P_AND: u8 = 2;
const P_NOT: u8 = 3;
const P_CMP: u8 = 4;
const P_BITOR: u8 = 5;

/// Binding power of the left-associative binary operators.
fn binary_op(kind: Tok) -> Option<(BinOp, u8)> {
    Some(match kind {
        Tok::VBar => (BinOp::BitOr, P_BITOR),
        Tok::Circumflex => (BinOp::BitXor, P_BITOR + 1),
        Tok::Amper => (BinOp::BitAnd, P_BITOR + 2),
        Tok::LeftShift => (BinOp::LShift, P_BITOR + 3),
        Tok::RightShift => (BinOp::RShift, P_BITOR + 3),
        Tok::Plus => (BinOp::Add, P_BITOR + 4),
        Tok::Minus => (BinOp::Sub, P_BITOR + 4),
        Tok::Star => (BinOp::Mult, P_BITOR + 5),
        Tok::Slash => (BinOp::Div, P_BITOR + 5),
        Tok::DoubleSlash => (BinOp::FloorDiv, P_BITOR + 5),
        Tok::Percent => (BinOp::Mod, P_BITOR + 5),
        Tok::At => (BinOp::MatMult, P_BITOR + 5),
        _ => return None,
    })
}

/// The comparison operator starting with `kind`; `next` is asked for the following token only
/// after `not` and `is`, so that no further token counts as looked at.
fn compare_op(kind: Tok, next: impl FnOnce() -> Tok) -> Option<CmpOp> {
    Some(match kind {
        Tok::EqEqual => CmpOp::Eq,
        Tok::NotEqual => CmpOp::NotEq,
        Tok::Less => CmpOp::Lt,
        Tok::LessEqual => CmpOp::LtE,
        Tok::Greater => CmpOp::Gt,
        Tok::GreaterEqual => CmpOp::GtE,
        Tok::In => CmpOp::In,
        Tok::Not => match next() {
            Tok::In => CmpOp::NotIn,
            _ => return None,
        },
        Tok::Is => match next() {
            Tok::Not => CmpOp::IsNot,
            _ => CmpOp::Is,
        },
        _ => return None,
    })
}

fn unary_op(kind: Tok) -> Option<UnaryOp> {
    match kind {
        Tok::Plus => Some(UnaryOp::UAdd),
        Tok::Minus => Some(UnaryOp::USub),
        Tok::Tilde => Some(UnaryOp::Invert),
        _ => None,
    }
}

/// Whether a token can begin an expression (after a comma, this decides between another
/// element and a trailing comma).
pub(crate) fn starts_expression(kind: Tok) -> bool {
    matches!(
        kind,
        Tok::Name
            | Tok::Number
            | Tok::String
            | Tok::LPar
            | Tok::LSqb
            | Tok::LBrace
            | Tok::Minus
            | Tok::Plus
            | Tok::Tilde
            | Tok::Not
            | Tok::Lambda
            | Tok::Await
            | Tok::Ellipsis
            | Tok::None
            | Tok::True
            | Tok::False
    )
}

impl Parser<'_> {
    /// `star_expressions`: one `star_expression`, or a tuple of them without parentheses.
    pub(crate) fn star_expressions(&mut self) -> PResult<Node> {
        let first = self.star_expression()?;
        if self.peek() != Tok::Comma {
            return Ok(first);
        }
        let mut items = vec![first];
        while self.eat(Tok::Comma) {
            if !starts_expression(self.peek()) && self.peek() != Tok::Star {
                break;
            }
            items.push(self.star_expression()?);
        }
        self.bare_tuple(items)
    }

    /// A tuple written without parentheses: it spans its elements and any trailing comma.
    pub(crate) fn bare_tuple(&self, items: Vec<Node>) -> PResult<Node> {
        let start = items[0].span();
        let end = span_of(self.prev());
        let (elts, h) = unzip(items);
        self.node(ExprKind::Tuple(elts), start.to(end), h)
    }

    /// `star_expression`: `*bitwise_or` or an expression.
    pub(crate) fn star_expression(&mut self) -> PResult<Node> {
        if self.peek() == Tok::Star {
            return self.starred(|p| p.bitwise_or());
        }
        self.expression()
    }

    /// `star_named_expression`: `*bitwise_or` or a named expression.
    pub(crate) fn star_named_expression(&mut self) -> PResult<Node> {
        if self.peek() == Tok::Star {
            return self.starred(|p| p.bitwise_or());
        }
        self.named_expression()
    }

    /// `*` and the operand parsed by `operand`.
    #[inline(never)]
    pub(crate) fn starred(
        &mut self,
        operand: impl FnOnce(&mut Self) -> PResult<Node>,
    ) -> PResult<Node> {
        let star = self.bump();
        let value = self.nested(operand)?;
        let span = span_of(&star).to(value.span());
        self.node(ExprKind::Starred(value.expr), span, value.height)
    }

    /// `named_expression`: `NAME := expression`, or an expression not followed by `:=`.
    pub(crate) fn named_expression(&mut self) -> PResult<Node> {
        if self.peek() == Tok::Name && self.peek_nth(1) == Tok::ColonEqual {
            return self.assignment_expression();
        }
        let start = self.mark();
        let e = self.expression()?;
        match self.peek() {
            Tok::ColonEqual => {
                let msg = format!(
                    "cannot use assignment expressions with {}",
                    expr_name(&e.expr.kind)
                );
                Err(self.error_at_span(e.expr.span, msg))
            }
            Tok::Equal => Err(self.invalid_named_assignment(&e, start)),
            _ => Ok(e),
        }
    }

    /// `NAME := expression`, the current token being the name.
    #[inline(never)]
    pub(crate) fn assignment_expression(&mut self) -> PResult<Node> {
        let name = self.bump();
        self.bump();
        let value = self.expression()?;
        let target_span = span_of(&name);
        let target = self.node(ExprKind::Name(self.name(&name)), target_span, 0)?;
        let span = target_span.to(value.span());
        let h = value.height.max(1);
        let kind = ExprKind::NamedExpr {
            target: target.expr,
            value: value.expr,
        };
        self.node(kind, span, h)
    }

    /// CPython's errors for `=` after an expression where no assignment can be: a name gets
    /// "Maybe you meant '==' or ':='", other simple expressions "cannot assign to X here".
    #[cold]
    #[inline(never)]
    pub(crate) fn invalid_named_assignment(&mut self, e: &Node, start: usize) -> Error {
        let eq = self.mark();
        self.assignment_guess(&e.expr, start, eq)
            .unwrap_or_else(|| self.invalid_syntax())
    }

    /// CPython's `invalid_named_expression` for `e = ...` (`e` began at token `start`, the
    /// `=` is token `eq`): guesses made only when the `=` is followed by a `bitwise_or` that
    /// no further `=` or `:=` follows.
    pub(crate) fn assignment_guess(&mut self, e: &Expr, start: usize, eq: usize) -> Option<Error> {
        let first = self.toks[start];
        let parenthesized =
            first.kind == Tok::LPar && (first.line, first.col) != (e.span.line, e.span.col);
        let name = first.kind == Tok::Name && !parenthesized && matches!(e.kind, ExprKind::Name(_));
        let excluded = matches!(first.kind, Tok::True | Tok::False | Tok::None)
            || matches!(
                e.kind,
                ExprKind::List(_) | ExprKind::Tuple(_) | ExprKind::GeneratorExp { .. }
            );
        if !name && (excluded || !(parenthesized || is_bitwise_or_kind(&e.kind))) {
            return None;
        }
        let saved = self.mark();
        self.reset(eq);
        let after = self.attempt(|p| {
            p.bump();
            let rhs = p.bitwise_or()?;
            Ok((rhs.expr.span, p.peek()))
        });
        self.reset(saved);
        let (rhs, next) = after?;
        if matches!(next, Tok::Equal | Tok::ColonEqual) {
            return None;
        }
        if name {
            let msg = "invalid syntax. Maybe you meant '==' or ':=' instead of '='?";
            return Some(self.error_at_span(e.span.to(rhs), msg));
        }
        let msg = format!(
            "cannot assign to {} here. Maybe you meant '==' instead of '='?",
            expr_name(&e.kind)
        );
        Some(self.error_at_span(e.span, msg))
    }

    /// Whether `e`, which began at token `start`, is wrapped in parentheses (a group, which
    /// the grammar treats as an atom whatever it holds).
    pub(crate) fn is_parenthesized(&self, e: &Node, start: usize) -> bool {
        let t = &self.toks[start];
        t.kind == Tok::LPar && (t.line, t.col) != (e.expr.span.line, e.expr.span.col)
    }

    /// Runs a speculative parse that looks for a better error message, as CPython's second
    /// pass does: on failure the cursor goes back, and either way the tokens it looked at do
    /// not count as fetched, so that generic error positions stay those of the first pass.
    pub(crate) fn attempt<T>(&mut self, f: impl FnOnce(&mut Self) -> PResult<T>) -> Option<T> {
        let furthest = self.furthest.get();
        let result = self.alternative(f);
        self.furthest.set(furthest);
        result
    }

    /// Parses speculatively and always goes back, keeping the result (an error included);
    /// the tokens looked at do not count as fetched.
    pub(crate) fn probe<T>(&mut self, f: impl FnOnce(&mut Self) -> PResult<T>) -> PResult<T> {
        let (mark, furthest, last) = (self.mark(), self.furthest.get(), self.last_disjunction);
        let result = f(self);
        self.reset(mark);
        self.furthest.set(furthest);
        self.last_disjunction = last;
        result
    }

    /// Tries one alternative of the grammar: on failure the cursor goes back, but the tokens it
    /// looked at count as fetched, as in CPython's first pass.
    pub(crate) fn alternative<T>(&mut self, f: impl FnOnce(&mut Self) -> PResult<T>) -> Option<T> {
        let (mark, last) = (self.mark(), self.last_disjunction);
        let result = f(self);
        self.last_disjunction = last;
        match result {
            Ok(v) => Some(v),
            Err(_) => {
                self.reset(mark);
                None
            }
        }
    }

    /// `expression`: a conditional expression, a disjunction or a lambda. Conditional
    /// expressions nest to the right (`a if b else c if d else e`) and are built in a loop.
    pub(crate) fn expression(&mut self) -> PResult<Node> {
        self.nested(|p| p.expression_inner())
    }

    fn expression_inner(&mut self) -> PResult<Node> {
        if self.peek() == Tok::Lambda {
            return self.lambdef();
        }
        let body = self.disjunction()?;
        if self.peek() != Tok::If {
            return Ok(body);
        }
        self.conditional(body)
    }

    /// The rest of `body if test else orelse`, the current token being the `if`.
    #[inline(never)]
    fn conditional(&mut self, first: Node) -> PResult<Node> {
        let mut chain: Vec<(Node, Node)> = Vec::new();
        let mut body = first;
        let mut result = loop {
            self.bump();
            let test = self.disjunction()?;
            if !self.eat(Tok::Else) {
                return Err(self.missing_else(&body, &test));
            }
            chain.push((body, test));
            if self.peek() == Tok::Lambda {
                break self.lambdef()?;
            }
            body = self.disjunction()?;
            if self.peek() != Tok::If {
                break body;
            }
        };
        while let Some((body, test)) = chain.pop() {
            let span = body.span().to(result.span());
            let h = body.height.max(test.height).max(result.height);
            let kind = ExprKind::IfExp {
                test: test.expr,
                body: body.expr,
                orelse: result.expr,
            };
            result = self.node(kind, span, h)?;
        }
        Ok(result)
    }

    #[cold]
    #[inline(never)]
    fn missing_else(&self, body: &Node, test: &Node) -> Error {
        if self.peek() == Tok::Colon {
            return self.invalid_syntax();
        }
        let msg = "expected 'else' after 'if' expression";
        self.error_at_span(body.expr.span.to(test.expr.span), msg)
    }

    /// `disjunction`: the boolean, comparison and arithmetic operators.
    pub(crate) fn disjunction(&mut self) -> PResult<Node> {
        let start = self.mark();
        let e = self.operators(P_OR)?;
        self.last_disjunction = (start, self.pos, e.expr.span);
        Ok(e)
    }

    /// `bitwise_or`: the binary operators only (no comparisons, `not`, `and`, `or`).
    pub(crate) fn bitwise_or(&mut self) -> PResult<Node> {
        self.operators(P_BITOR)
    }

    /// Operators binding at least as tightly as `min`, by precedence climbing. `and`, `or`
    /// and comparison chains become one flat node each, as in CPython's AST.
    fn operators(&mut self, min: u8) -> PResult<Node> {
        let mut left = match self.peek() {
            Tok::Not if min <= P_NOT => self.inversion()?,
            _ => self.factor()?,
        };
        loop {
            let kind = self.peek();
            left = match kind {
                Tok::Or if min <= P_OR => self.bool_op(left, BoolOp::Or)?,
                Tok::And if min <= P_AND => self.bool_op(left, BoolOp::And)?,
                _ if min <= P_CMP && compare_op(kind, || self.peek_nth(1)).is_some() => {
                    self.comparison(left)?
                }
                _ => match binary_op(kind) {
                    Some((op, power)) if power >= min => self.binary(left, op, power)?,
                    _ => return Ok(left),
                },
            };
        }
    }

    /// `left or ...` / `left and ...`: all the operands of one operator in a row.
    #[inline(never)]
    fn bool_op(&mut self, first: Node, op: BoolOp) -> PResult<Node> {
        let (tok, operand) = if op == BoolOp::Or {
            (Tok::Or, P_AND)
        } else {
            (Tok::And, P_NOT)
        };
        let mut values = vec![first];
        while self.eat(tok) {
            values.push(self.nested(|p| p.operators(operand))?);
        }
        let span = values[0].span().to(values[values.len() - 1].span());
        let (values, h) = unzip(values);
        self.node(ExprKind::BoolOp { op, values }, span, h)
    }

    /// `inversion`: any number of `not` before a comparison.
    #[inline(never)]
    fn inversion(&mut self) -> PResult<Node> {
        let mut nots: Vec<Token> = Vec::new();
        while self.peek() == Tok::Not {
            nots.push(self.bump());
        }
        let mut e = self.nested(|p| p.operators(P_CMP))?;
        while let Some(t) = nots.pop() {
            let span = span_of(&t).to(e.span());
            let h = e.height;
            e = self.node(
                ExprKind::UnaryOp {
                    op: UnaryOp::Not,
                    operand: e.expr,
                },
                span,
                h,
            )?;
        }
        Ok(e)
    }

    /// A comparison chain such as `a < b <= c` after its first operand.
    #[inline(never)]
    fn comparison(&mut self, left: Node) -> PResult<Node> {
        let mut ops = Vec::new();
        let mut comparators = Vec::new();
        while let Some(op) = compare_op(self.peek(), || self.peek_nth(1)) {
            self.bump();
            if matches!(op, CmpOp::NotIn | CmpOp::IsNot) {
                self.bump();
            }
            ops.push(op);
            comparators.push(self.nested(|p| p.operators(P_BITOR))?);
        }
        let span = left.span().to(comparators[comparators.len() - 1].span());
        let (comparators, h) = unzip(comparators);
        let h = h.max(left.height);
        let kind = ExprKind::Compare {
            left: left.expr,
            ops,
            comparators,
        };
        self.node(kind, span, h)
    }

    /// `left op right` for a left-associative binary operator of binding `power`.
    #[inline(never)]
    fn binary(&mut self, left: Node, op: BinOp, power: u8) -> PResult<Node> {
        self.bump();
        let right = self.nested(|p| p.operators(power + 1))?;
        let span = left.span().to(right.span());
        let h = left.height.max(right.height);
        let kind = ExprKind::BinOp {
            left: left.expr,
            op,
            right: right.expr,
        };
        self.node(kind, span, h)
    }

    /// `factor`: unary `+`, `-`, `~` before a power.
    pub(crate) fn factor(&mut self) -> PResult<Node> {
        if unary_op(self.peek()).is_some() {
            return self.unary();
        }
        let e = self.await_primary()?;
        if self.peek() == Tok::DoubleStar {
            return self.power(e);
        }
        Ok(e)
    }

    #[inline(never)]
    fn unary(&mut self) -> PResult<Node> {
        let ops = self.unary_prefixes();
        let mut e = self.await_primary()?;
        if self.peek() == Tok::DoubleStar {
            e = self.power(e)?;
        }
        self.apply_unary(ops, e)
    }

    fn unary_prefixes(&mut self) -> Vec<(UnaryOp, Token)> {
        let mut ops = Vec::new();
        while let Some(op) = unary_op(self.peek()) {
            ops.push((op, self.bump()));
        }
        ops
    }

    fn apply_unary(&self, mut ops: Vec<(UnaryOp, Token)>, mut e: Node) -> PResult<Node> {
        while let Some((op, t)) = ops.pop() {
            let span = span_of(&t).to(e.span());
            let h = e.height;
            e = self.node(
                ExprKind::UnaryOp {
                    op,
                    operand: e.expr,
                },
                span,
                h,
            )?;
        }
        Ok(e)
    }

    /// `base ** factor`, right-associative (`a ** -b ** c` is `a ** (-(b ** c))`), folded from
    /// the right; the current token is the first `**`.
    #[inline(never)]
    fn power(&mut self, first: Node) -> PResult<Node> {
        let mut pending: Vec<(Node, Vec<(UnaryOp, Token)>)> = Vec::new();
        let mut base = first;
        let mut e = loop {
            if !self.eat(Tok::DoubleStar) {
                break base;
            }
            let ops = self.unary_prefixes();
            pending.push((base, ops));
            base = self.await_primary()?;
        };
        while let Some((base, ops)) = pending.pop() {
            let right = self.apply_unary(ops, e)?;
            let span = base.span().to(right.span());
            let h = base.height.max(right.height);
            let kind = ExprKind::BinOp {
                left: base.expr,
                op: BinOp::Pow,
                right: right.expr,
            };
            e = self.node(kind, span, h)?;
        }
        Ok(e)
    }

    fn await_primary(&mut self) -> PResult<Node> {
        if self.peek() != Tok::Await {
            return self.primary();
        }
        self.await_expr()
    }

    #[inline(never)]
    fn await_expr(&mut self) -> PResult<Node> {
        let t = self.bump();
        let e = self.primary()?;
        let span = span_of(&t).to(e.span());
        let h = e.height;
        self.node(ExprKind::Await(e.expr), span, h)
    }

    /// `primary`: an atom followed by any number of `.name`, `(arguments)` and `[slices]`.
    pub(crate) fn primary(&mut self) -> PResult<Node> {
        let e = self.atom()?;
        if matches!(self.peek(), Tok::Dot | Tok::LPar | Tok::LSqb) {
            return self.postfix(e);
        }
        Ok(e)
    }

    #[inline(never)]
    pub(crate) fn postfix(&mut self, mut e: Node) -> PResult<Node> {
        loop {
            e = match self.peek() {
                Tok::Dot => self.attribute(e)?,
                Tok::LPar => self.call(e)?,
                Tok::LSqb => self.subscript(e)?,
                _ => return Ok(e),
            };
        }
    }

    #[inline(never)]
    fn attribute(&mut self, e: Node) -> PResult<Node> {
        self.bump();
        if self.peek() != Tok::Name {
            return Err(self.invalid_syntax());
        }
        let name = self.bump();
        let span = e.span().to(span_of(&name));
        let attr = self.name(&name);
        let h = e.height;
        self.node(
            ExprKind::Attribute {
                value: e.expr,
                attr,
            },
            span,
            h,
        )
    }

    #[inline(never)]
    fn subscript(&mut self, e: Node) -> PResult<Node> {
        self.bump();
        let slice = self.nested(|p| p.slices())?;
        let close = self.expect_closing(Tok::RSqb)?;
        let span = e.span().to(span_of(&close));
        let h = e.height.max(slice.height);
        let kind = ExprKind::Subscript {
            value: e.expr,
            slice: slice.expr,
        };
        self.node(kind, span, h)
    }

    /// `slices`: one slice or expression, or a tuple of them (`a[1:2, ::3]`, `a[*b]`).
    fn slices(&mut self) -> PResult<Node> {
        let first = self.slice_item()?;
        if self.peek() != Tok::Comma && !matches!(first.expr.kind, ExprKind::Starred(_)) {
            return Ok(first);
        }
        let mut items = vec![first];
        while self.eat(Tok::Comma) {
            if self.peek() == Tok::RSqb {
                break;
            }
            items.push(self.slice_item()?);
        }
        self.bare_tuple(items)
    }

    #[inline(never)]
    fn slice_item(&mut self) -> PResult<Node> {
        if self.peek() == Tok::Star {
            return self.starred(|p| p.bitwise_or());
        }
        let first_tok = *self.tok();
        let lower = if self.peek() == Tok::Colon {
            None
        } else {
            let e = self.named_expression()?;
            if self.peek() != Tok::Colon {
                return Ok(e);
            }
            if matches!(e.expr.kind, ExprKind::NamedExpr { .. }) {
                return Err(self.invalid_syntax());
            }
            Some(e)
        };
        self.bump();
        let upper = self.optional_slice_bound()?;
        let step = if self.eat(Tok::Colon) {
            self.optional_slice_bound()?
        } else {
            None
        };
        let end = span_of(self.prev());
        let span = Span::new(first_tok.line, first_tok.col, end.end_line, end.end_col);
        let h = [&lower, &upper, &step]
            .iter()
            .filter_map(|n| n.as_ref().map(|n| n.height))
            .max();
        let boxed = |n: Option<Node>| n.map(|n| n.expr);
        let kind = ExprKind::Slice {
            lower: boxed(lower),
            upper: boxed(upper),
            step: boxed(step),
        };
        self.node(kind, span, h.unwrap_or(0))
    }

    fn optional_slice_bound(&mut self) -> PResult<Option<Node>> {
        if matches!(self.peek(), Tok::Colon | Tok::Comma | Tok::RSqb) {
            return Ok(None);
        }
        Ok(Some(self.expression()?))
    }

    /// Consumes the closing bracket `kind`, or reports what stands in its place.
    pub(crate) fn expect_closing(&mut self, kind: Tok) -> PResult<Token> {
        if self.peek() == kind {
            return Ok(self.bump());
        }
        Err(self.unexpected_in_brackets())
    }

    /// The error for a token that cannot follow an element inside brackets: when it starts
    /// another expression, CPython guesses a missing comma.
    #[cold]
    #[inline(never)]
    pub(crate) fn unexpected_in_brackets(&mut self) -> Error {
        if starts_expression(self.peek()) {
            if let Some(err) = self.missing_comma() {
                return err;
            }
        }
        self.invalid_syntax()
    }

    /// "invalid syntax. Perhaps you forgot a comma?" from the last disjunction to the
    /// expression after it, unless that disjunction began with a soft keyword or a name
    /// glued to a string (a mistyped string prefix).
    #[cold]
    #[inline(never)]
    fn missing_comma(&mut self) -> Option<Error> {
        let (start, end, span) = self.last_disjunction;
        if end != self.pos {
            return None;
        }
        let first = self.toks.get(start)?;
        if first.kind == Tok::Name {
            let word = self.text(first);
            let glued = self
                .toks
                .get(start + 1)
                .is_some_and(|t| t.kind == Tok::String);
            if glued || matches!(word, "match" | "case" | "_") {
                return None;
            }
            if matches!(word, "print" | "exec") && span == span_of(first) {
                return None;
            }
        }
        let next = self.attempt(|p| {
            let e = p.expression()?;
            Ok(e.expr.span)
        })?;
        Some(self.error_at_span(span.to(next), "invalid syntax. Perhaps you forgot a comma?"))
    }
}

/// CPython's name for a kind of expression in error messages (`_PyPegen_get_expr_name`).
pub(crate) fn expr_name(kind: &ExprKind) -> &'static str {
    use crate::syntax::ast::Constant;
    match kind {
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Starred(_) => "starred",
        ExprKind::Name(_) => "name",
        ExprKind::List(_) => "list",
        ExprKind::Tuple(_) => "tuple",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::Call { .. } => "function call",
        ExprKind::BoolOp { .. } | ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => "expression",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => "yield expression",
        ExprKind::Await(_) => "await expression",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::Dict { .. } => "dict literal",
        ExprKind::Set(_) => "set display",
        ExprKind::JoinedStr(_) | ExprKind::FormattedValue { .. } => "f-string expression",
        ExprKind::Constant(c) => match c {
            Constant::None => "None",
            Constant::Bool(false) => "False",
            Constant::Bool(true) => "True",
            Constant::Ellipsis => "ellipsis",
            _ => "literal",
        },
        ExprKind::Compare { .. } => "comparison",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::Slice { .. } => "slice",
    }
}

/// Whether an expression of this kind, unparenthesized, is a `bitwise_or` in the grammar.
pub(crate) fn is_bitwise_or_kind(kind: &ExprKind) -> bool {
    !matches!(
        kind,
        ExprKind::Compare { .. }
            | ExprKind::BoolOp { .. }
            | ExprKind::UnaryOp {
                op: UnaryOp::Not,
                ..
            }
            | ExprKind::IfExp { .. }
            | ExprKind::Lambda { .. }
            | ExprKind::NamedExpr { .. }
            | ExprKind::Starred(_)
            | ExprKind::Yield(_)
            | ExprKind::YieldFrom(_)
    )
}
