//! Call arguments (positional, `*`, `name=`, `**`, a lone generator expression) and parameter
//! lists of `def` and `lambda`, with CPython 3.11's messages for misordered ones.

use super::{span_of, unzip, Error, Node, PResult, Parser};
use crate::syntax::ast::{Arg, Arguments, ExprKind, Keyword};
use crate::syntax::token::{Tok, Token};

/// Call arguments, and the greatest height among them.
pub(crate) struct CallArgs {
    pub(crate) args: Vec<Node>,
    pub(crate) keywords: Vec<Keyword>,
    pub(crate) height: u32,
}

impl Parser<'_> {
    /// A call: `func(arguments)`, the current token being the `(`.
    #[inline(never)]
    pub(crate) fn call(&mut self, func: Node) -> PResult<Node> {
        let open = self.bump();
        let call = self.nested(|p| p.arguments(&open, true))?;
        let close = self.expect_closing(Tok::RPar)?;
        let span = func.span().to(span_of(&close));
        let (args, h) = unzip(call.args);
        let h = h.max(call.height).max(func.height);
        let kind = ExprKind::Call {
            func: func.expr,
            args,
            keywords: call.keywords,
        };
        self.node(kind, span, h)
    }

    /// The arguments between `open` and the closing parenthesis (not consumed). A class
    /// header's arguments (`allow_genexp` false) take no bare generator expression.
    pub(crate) fn arguments(&mut self, open: &Token, allow_genexp: bool) -> PResult<CallArgs> {
        let mut call = CallArgs {
            args: Vec::new(),
            keywords: Vec::new(),
            height: 0,
        };
        let (mut named_seen, mut unpack_seen) = (false, false);
        while self.peek() != Tok::RPar {
            match self.peek() {
                Tok::Star => self.star_argument(&mut call, unpack_seen)?,
                Tok::DoubleStar => {
                    self.double_star_argument(&mut call)?;
                    unpack_seen = true;
                }
                Tok::Name if self.peek_nth(1) == Tok::Equal => {
                    self.keyword_argument(&mut call)?;
                    named_seen = true;
                }
                _ => {
                    let e = self.positional_argument(open, &call, allow_genexp)?;
                    if named_seen || unpack_seen {
                        let msg = if unpack_seen {
                            "positional argument follows keyword argument unpacking"
                        } else {
                            "positional argument follows keyword argument"
                        };
                        return Err(self.error_at_last(msg));
                    }
                    call.args.push(e);
                }
            }
            if !self.eat(Tok::Comma) {
                break;
            }
        }
        Ok(call)
    }

    /// `*iterable`.
    #[inline(never)]
    fn star_argument(&mut self, call: &mut CallArgs, unpack_seen: bool) -> PResult<()> {
        let star = *self.tok();
        let e = self.starred(|p| p.expression())?;
        if self.peek() == Tok::Equal {
            return Err(self.invalid_syntax());
        }
        if unpack_seen {
            let msg = "iterable argument unpacking follows keyword argument unpacking";
            return Err(self.error_at_token(&star, msg));
        }
        call.args.push(e);
        Ok(())
    }

    /// `**mapping`.
    #[inline(never)]
    fn double_star_argument(&mut self, call: &mut CallArgs) -> PResult<()> {
        let star = self.bump();
        let value = self.expression()?;
        if self.peek() == Tok::Equal {
            return Err(self.invalid_syntax());
        }
        call.height = call.height.max(value.height);
        let span = span_of(&star).to(value.span());
        call.keywords.push(Keyword {
            name: None,
            value: *value.expr,
            span,
        });
        Ok(())
    }

    /// `name=value`.
    #[inline(never)]
    fn keyword_argument(&mut self, call: &mut CallArgs) -> PResult<()> {
        let name = self.bump();
        let eq = self.bump();
        if matches!(self.peek(), Tok::Comma | Tok::RPar) {
            return Err(self.invalid_syntax());
        }
        let value = self.expression()?;
        if self.peek() == Tok::For {
            let msg = "invalid syntax. Maybe you meant '==' or ':=' instead of '='?";
            return Err(self.error_at_span(span_of(&name).to(span_of(&eq)), msg));
        }
        call.height = call.height.max(value.height);
        let span = span_of(&name).to(value.span());
        let name = Some(self.name(&name));
        call.keywords.push(Keyword {
            name,
            value: *value.expr,
            span,
        });
        Ok(())
    }

    /// A positional argument: an expression, a walrus, or a generator expression.
    #[inline(never)]
    fn positional_argument(
        &mut self,
        open: &Token,
        call: &CallArgs,
        allow_genexp: bool,
    ) -> PResult<Node> {
        let first = *self.tok();
        let e = if self.peek() == Tok::Name && self.peek_nth(1) == Tok::ColonEqual {
            self.assignment_expression()?
        } else {
            self.expression()?
        };
        match self.peek() {
            Tok::Equal => Err(self.invalid_keyword(&first, &e)),
            Tok::ColonEqual => Err(self.invalid_syntax()),
            Tok::For | Tok::Async if allow_genexp => self.argument_genexp(e, open, call),
            _ => Ok(e),
        }
    }

    /// A generator expression as an argument: allowed bare only as the sole argument, when it
    /// spans the call's parentheses.
    fn argument_genexp(&mut self, elt: Node, open: &Token, call: &CallArgs) -> PResult<Node> {
        let first = call.args.is_empty() && call.keywords.is_empty();
        let generators = if first {
            self.comprehension_clauses()?
        } else {
            // CPython's first pass parses a comprehension only as the first argument.
            match self.attempt(|p| p.comprehension_clauses()) {
                Some(generators) => generators,
                None => return Err(self.invalid_syntax()),
            }
        };
        let sole = first && self.peek() == Tok::RPar;
        if !sole {
            let end = generators.last_item_span.unwrap_or(elt.expr.span);
            let msg = "Generator expression must be parenthesized";
            return Err(self.error_at_span(elt.expr.span.to(end), msg));
        }
        let close = *self.tok();
        let span = span_of(open).to(span_of(&close));
        let h = elt.height.max(generators.height);
        let kind = ExprKind::GeneratorExp {
            elt: elt.expr,
            generators: generators.clauses,
        };
        self.node(kind, span, h)
    }

    /// `expr = value` where `expr` is not a plain name (CPython's `invalid_kwarg`).
    #[cold]
    #[inline(never)]
    fn invalid_keyword(&self, first: &Token, e: &Node) -> Error {
        let eq = span_of(self.tok());
        let span = e.expr.span.to(eq);
        if matches!(first.kind, Tok::True | Tok::False | Tok::None) && e.expr.span == span_of(first)
        {
            return self.error_at_span(span, format!("cannot assign to {}", self.text(first)));
        }
        self.error_at_span(
            span,
            "expression cannot contain assignment, perhaps you meant \"==\"?",
        )
    }

    /// `lambda [parameters]: expression`. A chain `lambda: lambda: x` is built in a loop.
    #[inline(never)]
    pub(crate) fn lambdef(&mut self) -> PResult<Node> {
        let mut heads = Vec::new();
        while self.peek() == Tok::Lambda {
            let lambda = self.bump();
            let (args, h) = self.parameters(true)?;
            self.expect(Tok::Colon)?;
            heads.push((lambda, args, h));
        }
        let mut body = self.expression()?;
        while let Some((lambda, args, h)) = heads.pop() {
            let span = span_of(&lambda).to(body.span());
            let h = h.max(body.height);
            body = self.node(
                ExprKind::Lambda {
                    args: Box::new(args),
                    body: body.expr,
                },
                span,
                h,
            )?;
        }
        Ok(body)
    }

    /// A parameter list up to (not including) `)` for `def` or `:` for `lambda`.
    #[inline(never)]
    pub(crate) fn parameters(&mut self, lambda: bool) -> PResult<(Arguments, u32)> {
        let closing = if lambda { Tok::Colon } else { Tok::RPar };
        let mut a = Arguments::default();
        let mut h = 0u32;
        let (mut slash, mut star, mut default_seen) = (false, false, false);
        while self.peek() != closing {
            match self.peek() {
                Tok::Slash => {
                    let t = self.bump();
                    if slash {
                        return Err(self.error_at_token(&t, "/ may appear only once"));
                    }
                    if star {
                        return Err(self.error_at_token(&t, "/ must be ahead of *"));
                    }
                    if a.args.is_empty() {
                        return Err(self.invalid_syntax());
                    }
                    slash = true;
                    a.posonlyargs = std::mem::take(&mut a.args);
                }
                Tok::Star => {
                    let t = self.bump();
                    if star {
                        return Err(self.error_at_token(&t, "* argument may appear only once"));
                    }
                    star = true;
                    if self.peek() == Tok::Comma || self.peek() == closing {
                        let bare_end = self.peek() == closing
                            || matches!(self.peek_nth(1), Tok::DoubleStar)
                            || self.peek_nth(1) == closing;
                        if bare_end {
                            // CPython points at the `*` of a def, after it for a lambda.
                            let msg = "named arguments must follow bare *";
                            return Err(if lambda {
                                self.error_at_last(msg)
                            } else {
                                self.error_at_token(&t, msg)
                            });
                        }
                    } else {
                        let (arg, ah) = self.parameter(lambda, true)?;
                        h = h.max(ah);
                        if self.peek() == Tok::Equal {
                            let msg = "var-positional argument cannot have default value";
                            return Err(self.error_at_token(self.tok(), msg));
                        }
                        a.vararg = Some(arg);
                    }
                }
                Tok::DoubleStar => {
                    self.bump();
                    let (arg, ah) = self.parameter(lambda, false)?;
                    h = h.max(ah);
                    if self.peek() == Tok::Equal {
                        let msg = "var-keyword argument cannot have default value";
                        return Err(self.error_at_token(self.tok(), msg));
                    }
                    a.kwarg = Some(arg);
                    if self.eat(Tok::Comma) && self.peek() != closing {
                        let t = *self.tok();
                        if matches!(t.kind, Tok::Name | Tok::Star | Tok::DoubleStar | Tok::Slash) {
                            let msg = "arguments cannot follow var-keyword argument";
                            return Err(self.error_at_token(&t, msg));
                        }
                        return Err(self.invalid_syntax());
                    }
                    break;
                }
                Tok::Name => {
                    let (arg, ah) = self.parameter(lambda, false)?;
                    h = h.max(ah);
                    let default = if self.peek() == Tok::Equal {
                        let eq = self.bump();
                        if matches!(self.peek(), Tok::Comma | Tok::RPar)
                            || (lambda && self.peek() == Tok::Colon)
                        {
                            return Err(
                                self.error_at_token(&eq, "expected default value expression")
                            );
                        }
                        let d = self.expression()?;
                        h = h.max(d.height);
                        Some(*d.expr)
                    } else {
                        None
                    };
                    if star {
                        a.kwonlyargs.push(arg);
                        a.kw_defaults.push(default);
                    } else if let Some(d) = default {
                        a.args.push(arg);
                        a.defaults.push(d);
                        default_seen = true;
                    } else if default_seen {
                        // CPython names the mistake only for a complete parameter.
                        if self.peek() != Tok::Comma && self.peek() != closing {
                            return Err(self.invalid_syntax());
                        }
                        let msg = "non-default argument follows default argument";
                        return Err(self.error_at_span(arg.span, msg));
                    } else {
                        a.args.push(arg);
                    }
                }
                Tok::LPar => return Err(self.parenthesized_parameters(lambda)),
                _ => return Err(self.invalid_syntax()),
            }
            if !self.eat(Tok::Comma) {
                break;
            }
        }
        if self.peek() != closing {
            return Err(self.invalid_syntax());
        }
        Ok((a, h))
    }

    /// One parameter name with, for `def`, an optional annotation (`*args` may take a starred
    /// one, PEP 646).
    fn parameter(&mut self, lambda: bool, star: bool) -> PResult<(Arg, u32)> {
        let (name, span) = self.expect_name()?;
        if lambda || self.peek() != Tok::Colon {
            return Ok((
                Arg {
                    name,
                    annotation: None,
                    span,
                },
                1,
            ));
        }
        self.bump();
        let annotation = if star && self.peek() == Tok::Star {
            self.starred(|p| p.bitwise_or())?
        } else {
            self.expression()?
        };
        let span = span.to(annotation.span());
        let h = annotation.height + 1;
        Ok((
            Arg {
                name,
                annotation: Some(*annotation.expr),
                span,
            },
            h,
        ))
    }

    /// `def f((a, b))`: CPython names the mistake, spanning the parentheses.
    #[cold]
    #[inline(never)]
    fn parenthesized_parameters(&mut self, lambda: bool) -> Error {
        let open = *self.tok();
        let close = self.attempt(|p| {
            p.bump();
            loop {
                p.expect(Tok::Name)?;
                if !p.eat(Tok::Comma) || p.peek() == Tok::RPar {
                    break;
                }
            }
            p.expect(Tok::RPar)
        });
        match close {
            Some(close) => {
                let msg = if lambda {
                    "Lambda expression parameters cannot be parenthesized"
                } else {
                    "Function parameters cannot be parenthesized"
                };
                self.error_at_span(span_of(&open).to(span_of(&close)), msg)
            }
            None => self.invalid_syntax(),
        }
    }
}
