//! Patterns of `case` clauses: literals, captures, the wildcard, values, groups, sequences,
//! mappings, class patterns, `|` alternatives and `as` bindings.

use super::{span_of, Error, PResult, Parser};
use crate::syntax::ast::{BinOp, Constant, Expr, ExprKind, Pattern, PatternKind, Span, UnaryOp};
use crate::syntax::token::Tok;

/// A pattern, the height of its tree, and the extent of its tokens including any parentheses
/// around it (which the span of a pattern built above it covers).
struct Sized {
    pattern: Box<Pattern>,
    height: u32,
    outer: Span,
}

impl Parser<'_> {
    fn pattern_node(&self, kind: PatternKind, span: Span, below: u32) -> PResult<Sized> {
        let height = self.check_height(below + 1, span)?;
        Ok(Sized {
            pattern: Box::new(Pattern { kind, span }),
            height,
            outer: span,
        })
    }

    /// `patterns`: a pattern, or an open sequence such as `a, *rest`.
    pub(crate) fn patterns(&mut self) -> PResult<(Pattern, u32)> {
        let first = self.maybe_star_pattern()?;
        if self.peek() != Tok::Comma {
            if matches!(first.pattern.kind, PatternKind::MatchStar(_)) {
                return Err(self.invalid_syntax());
            }
            return Ok((*first.pattern, first.height));
        }
        let start = first.outer;
        let mut items = vec![first];
        while self.eat(Tok::Comma) {
            if matches!(self.peek(), Tok::Colon | Tok::If) {
                break;
            }
            items.push(self.maybe_star_pattern()?);
        }
        let seq = self.sequence(items, start.to(span_of(self.prev())))?;
        Ok((*seq.pattern, seq.height))
    }

    fn sequence(&self, items: Vec<Sized>, span: Span) -> PResult<Sized> {
        let h = items.iter().map(|p| p.height).max().unwrap_or(0);
        let patterns = items.into_iter().map(|p| *p.pattern).collect();
        self.pattern_node(PatternKind::MatchSequence(patterns), span, h)
    }

    fn maybe_star_pattern(&mut self) -> PResult<Sized> {
        if self.peek() != Tok::Star {
            return self.pattern();
        }
        let star = self.bump();
        let name = self.tok();
        if name.kind != Tok::Name {
            return Err(self.invalid_syntax());
        }
        let name = self.bump();
        let capture = if self.text(&name) == "_" {
            None
        } else {
            Some(self.name(&name))
        };
        self.pattern_node(
            PatternKind::MatchStar(capture),
            span_of(&star).to(span_of(&name)),
            0,
        )
    }

    /// `pattern`: an or-pattern, optionally bound with `as name`.
    fn pattern(&mut self) -> PResult<Sized> {
        let first = self.or_pattern()?;
        if !self.eat(Tok::As) {
            return Ok(first);
        }
        if self.at_name("_") {
            let t = *self.tok();
            return Err(self.error_at_token(&t, "cannot use '_' as a target"));
        }
        if self.peek() != Tok::Name {
            let target = self.attempt(|p| Ok(p.expression()?.expr.span));
            return Err(match target {
                Some(span) => self.error_at_span(span, "invalid pattern target"),
                None => self.invalid_syntax(),
            });
        }
        let name = self.capture_target()?;
        let span = first.outer.to(span_of(self.prev()));
        let kind = PatternKind::MatchAs {
            pattern: Some(first.pattern),
            name: Some(name),
        };
        self.pattern_node(kind, span, first.height)
    }

    /// `!"_" NAME !('.' | '(' | '=')`.
    fn capture_target(&mut self) -> PResult<String> {
        if self.peek() != Tok::Name || self.at_name("_") {
            return Err(self.invalid_syntax());
        }
        let t = self.bump();
        if matches!(self.peek(), Tok::Dot | Tok::LPar | Tok::Equal) {
            return Err(self.invalid_syntax());
        }
        Ok(self.name(&t))
    }

    fn or_pattern(&mut self) -> PResult<Sized> {
        let first = self.closed_pattern()?;
        if self.peek() != Tok::VBar {
            return Ok(first);
        }
        let start = first.outer;
        let mut items = vec![first];
        while self.eat(Tok::VBar) {
            items.push(self.closed_pattern()?);
        }
        let span = start.to(items[items.len() - 1].outer);
        let h = items.iter().map(|p| p.height).max().unwrap_or(0);
        let patterns = items.into_iter().map(|p| *p.pattern).collect();
        self.pattern_node(PatternKind::MatchOr(patterns), span, h)
    }

    #[inline(never)]
    fn closed_pattern(&mut self) -> PResult<Sized> {
        self.nested(|p| p.closed_pattern_inner())
    }

    fn closed_pattern_inner(&mut self) -> PResult<Sized> {
        let t = *self.tok();
        match t.kind {
            Tok::Minus | Tok::Number => {
                let e = self.number_pattern()?;
                let span = e.span;
                self.pattern_node(PatternKind::MatchValue(e), span, 1)
            }
            Tok::String => {
                let e = self.strings()?;
                let span = e.span();
                self.pattern_node(PatternKind::MatchValue(*e.expr), span, e.height)
            }
            Tok::None | Tok::True | Tok::False => {
                self.bump();
                let c = match t.kind {
                    Tok::None => Constant::None,
                    Tok::True => Constant::Bool(true),
                    _ => Constant::Bool(false),
                };
                self.pattern_node(PatternKind::MatchSingleton(c), span_of(&t), 0)
            }
            Tok::Name => self.name_pattern(),
            Tok::LPar => self.paren_pattern(),
            Tok::LSqb => {
                self.bump();
                let items = self.pattern_list(Tok::RSqb)?;
                let close = self.expect(Tok::RSqb)?;
                self.sequence(items, span_of(&t).to(span_of(&close)))
            }
            Tok::LBrace => self.mapping_pattern(),
            _ => Err(self.invalid_syntax()),
        }
    }

    /// Patterns separated by commas up to `closing` (not consumed).
    fn pattern_list(&mut self, closing: Tok) -> PResult<Vec<Sized>> {
        let mut items = Vec::new();
        while self.peek() != closing {
            items.push(self.maybe_star_pattern()?);
            if !self.eat(Tok::Comma) {
                break;
            }
        }
        Ok(items)
    }

    /// `(pattern)`, `()` or `(a, b)`.
    #[inline(never)]
    fn paren_pattern(&mut self) -> PResult<Sized> {
        let open = self.bump();
        if self.peek() == Tok::RPar {
            let close = self.bump();
            return self.sequence(Vec::new(), span_of(&open).to(span_of(&close)));
        }
        let mut first = self.maybe_star_pattern()?;
        if self.peek() == Tok::RPar && !matches!(first.pattern.kind, PatternKind::MatchStar(_)) {
            let close = self.bump();
            first.outer = span_of(&open).to(span_of(&close));
            return Ok(first);
        }
        if !self.eat(Tok::Comma) {
            return Err(self.invalid_syntax());
        }
        let mut items = vec![first];
        items.extend(self.pattern_list(Tok::RPar)?);
        let close = self.expect(Tok::RPar)?;
        self.sequence(items, span_of(&open).to(span_of(&close)))
    }

    /// A capture, the wildcard, a dotted value, or a class pattern.
    #[inline(never)]
    fn name_pattern(&mut self) -> PResult<Sized> {
        let t = *self.tok();
        if self.text(&t) == "_" && !matches!(self.peek_nth(1), Tok::Dot | Tok::LPar | Tok::Equal) {
            self.bump();
            return self.pattern_node(
                PatternKind::MatchAs {
                    pattern: None,
                    name: None,
                },
                span_of(&t),
                0,
            );
        }
        let (cls, dotted) = self.name_or_attr()?;
        if self.peek() == Tok::LPar {
            return self.class_pattern(cls);
        }
        if self.peek() == Tok::Equal {
            return Err(self.invalid_syntax());
        }
        let span = cls.span;
        if dotted {
            return self.pattern_node(PatternKind::MatchValue(cls), span, 1);
        }
        let ExprKind::Name(name) = cls.kind else {
            return Err(self.invalid_syntax());
        };
        self.pattern_node(
            PatternKind::MatchAs {
                pattern: None,
                name: Some(name),
            },
            span,
            0,
        )
    }

    /// `a` or `a.b.c`, and whether it had a dot.
    fn name_or_attr(&mut self) -> PResult<(Expr, bool)> {
        let (name, span) = self.expect_name()?;
        let mut e = Expr {
            kind: ExprKind::Name(name),
            span,
        };
        let mut dotted = false;
        while self.peek() == Tok::Dot {
            self.bump();
            let (attr, aspan) = self.expect_name()?;
            let span = e.span.to(aspan);
            e = Expr {
                kind: ExprKind::Attribute {
                    value: Box::new(e),
                    attr,
                },
                span,
            };
            dotted = true;
        }
        Ok((e, dotted))
    }

    /// `Cls(positional..., keyword=pattern...)`.
    #[inline(never)]
    fn class_pattern(&mut self, cls: Expr) -> PResult<Sized> {
        self.bump();
        let mut patterns = Vec::new();
        let mut kwd_attrs = Vec::new();
        let mut kwd_patterns = Vec::new();
        let mut h = 0;
        while self.peek() != Tok::RPar {
            if self.peek() == Tok::Name && self.peek_nth(1) == Tok::Equal {
                let name = self.bump();
                self.bump();
                let p = self.pattern()?;
                h = h.max(p.height);
                kwd_attrs.push(self.name(&name));
                kwd_patterns.push(*p.pattern);
            } else {
                let p = self.pattern()?;
                if !kwd_attrs.is_empty() {
                    return Err(self.positional_after_keyword(p.pattern.span));
                }
                h = h.max(p.height);
                patterns.push(*p.pattern);
            }
            if !self.eat(Tok::Comma) {
                break;
            }
        }
        let close = self.expect(Tok::RPar)?;
        let span = cls.span.to(span_of(&close));
        let kind = PatternKind::MatchClass {
            cls,
            patterns,
            kwd_attrs,
            kwd_patterns,
        };
        self.pattern_node(kind, span, h.max(1))
    }

    /// CPython's error for positional patterns after keyword ones, spanning all of them.
    fn positional_after_keyword(&mut self, first: Span) -> Error {
        let mut last = first;
        while self.eat(Tok::Comma) && !(self.peek() == Tok::Name && self.peek_nth(1) == Tok::Equal)
        {
            match self.attempt(|p| p.pattern()) {
                Some(p) => last = p.pattern.span,
                None => break,
            }
        }
        self.error_at_span(
            first.to(last),
            "positional patterns follow keyword patterns",
        )
    }

    /// `{key: pattern, ..., **rest}`.
    #[inline(never)]
    fn mapping_pattern(&mut self) -> PResult<Sized> {
        let open = self.bump();
        let mut keys = Vec::new();
        let mut patterns = Vec::new();
        let mut rest = None;
        let mut h = 0;
        while self.peek() != Tok::RBrace {
            if self.eat(Tok::DoubleStar) {
                rest = Some(self.capture_target()?);
                self.eat(Tok::Comma);
                break;
            }
            let key = self.mapping_key()?;
            self.expect(Tok::Colon)?;
            let p = self.pattern()?;
            h = h.max(p.height);
            keys.push(key);
            patterns.push(*p.pattern);
            if !self.eat(Tok::Comma) {
                break;
            }
        }
        let close = self.expect(Tok::RBrace)?;
        let span = span_of(&open).to(span_of(&close));
        self.pattern_node(
            PatternKind::MatchMapping {
                keys,
                patterns,
                rest,
            },
            span,
            h.max(1),
        )
    }

    /// A mapping key: a literal or a dotted value.
    fn mapping_key(&mut self) -> PResult<Expr> {
        let t = *self.tok();
        match t.kind {
            Tok::Minus | Tok::Number => self.number_pattern(),
            Tok::String => Ok(*self.strings()?.expr),
            Tok::None | Tok::True | Tok::False => {
                self.bump();
                let c = match t.kind {
                    Tok::None => Constant::None,
                    Tok::True => Constant::Bool(true),
                    _ => Constant::Bool(false),
                };
                Ok(Expr {
                    kind: ExprKind::Constant(c),
                    span: span_of(&t),
                })
            }
            Tok::Name => match self.name_or_attr()? {
                (e, true) => Ok(e),
                _ => Err(self.invalid_syntax()),
            },
            _ => Err(self.invalid_syntax()),
        }
    }

    /// A signed number, or a complex literal `real + imagj`.
    #[inline(never)]
    fn number_pattern(&mut self) -> PResult<Expr> {
        let minus = if self.peek() == Tok::Minus {
            Some(self.bump())
        } else {
            None
        };
        let (number, imaginary) = self.number_literal()?;
        let left = match &minus {
            Some(m) => {
                let span = span_of(m).to(number.span);
                Expr {
                    kind: ExprKind::UnaryOp {
                        op: UnaryOp::USub,
                        operand: Box::new(number.clone()),
                    },
                    span,
                }
            }
            None => number.clone(),
        };
        let op = match self.peek() {
            Tok::Plus => BinOp::Add,
            Tok::Minus => BinOp::Sub,
            _ => return Ok(left),
        };
        if imaginary {
            return Err(self.error_at_span(number.span, "real number required in complex literal"));
        }
        self.bump();
        let (imag, is_imag) = self.number_literal()?;
        if !is_imag {
            return Err(
                self.error_at_span(imag.span, "imaginary number required in complex literal")
            );
        }
        let span = left.span.to(imag.span);
        Ok(Expr {
            kind: ExprKind::BinOp {
                left: Box::new(left),
                op,
                right: Box::new(imag),
            },
            span,
        })
    }

    /// A NUMBER token's constant, and whether it is imaginary.
    fn number_literal(&mut self) -> PResult<(Expr, bool)> {
        if self.peek() != Tok::Number {
            return Err(self.invalid_syntax());
        }
        let e = self.atom()?.expr;
        let imaginary = matches!(e.kind, ExprKind::Constant(Constant::Imaginary(_)));
        Ok((*e, imaginary))
    }
}
