//! A compact text form of the AST for the tests: names bare, constants as literals, other
//! nodes as `Kind(field, ...)`, an absent optional as `-`, and with `spans` set each node's
//! span after it as `@line:col-line:col`.

use std::fmt::Write;

use crate::syntax::ast::*;

pub(super) fn module(m: &Module, spans: bool) -> String {
    let mut d = Dump {
        out: String::new(),
        spans,
    };
    for (i, s) in m.body.iter().enumerate() {
        if i > 0 {
            d.out.push('\n');
        }
        d.stmt(s);
    }
    d.out
}

pub(super) fn expr(e: &Expr, spans: bool) -> String {
    let mut d = Dump {
        out: String::new(),
        spans,
    };
    d.expr(e);
    d.out
}

struct Dump {
    out: String,
    spans: bool,
}

impl Dump {
    fn w(&mut self, s: &str) {
        self.out.push_str(s);
    }

    fn span(&mut self, s: Span) {
        if self.spans {
            let _ = write!(
                self.out,
                "@{}:{}-{}:{}",
                s.line, s.col, s.end_line, s.end_col
            );
        }
    }

    /// `Kind(` then the fields written by `f`, separated by `, `, then `)`.
    fn node(&mut self, kind: &str, f: impl FnOnce(&mut Fields)) {
        self.w(kind);
        self.w("(");
        let mut fields = Fields {
            d: self,
            first: true,
        };
        f(&mut fields);
        self.w(")");
    }

    fn list<T>(&mut self, items: &[T], f: impl Fn(&mut Self, &T)) {
        self.w("[");
        for (i, x) in items.iter().enumerate() {
            if i > 0 {
                self.w(", ");
            }
            f(self, x);
        }
        self.w("]");
    }

    fn opt<T>(&mut self, x: Option<&T>, f: impl Fn(&mut Self, &T)) {
        match x {
            Some(x) => f(self, x),
            None => self.w("-"),
        }
    }

    fn constant(&mut self, c: &Constant) {
        let text = match c {
            Constant::None => "None".to_owned(),
            Constant::Bool(b) => if *b { "True" } else { "False" }.to_owned(),
            Constant::Int(i) => i.to_string(),
            Constant::Float(f) => format!("{f:?}"),
            Constant::Imaginary(f) => format!("{f:?}j"),
            Constant::Str(s) => format!("{s:?}"),
            Constant::Bytes(b) => format!("b{:?}", String::from_utf8_lossy(b)),
            Constant::Ellipsis => "...".to_owned(),
        };
        self.w(&text);
    }

    fn args(&mut self, a: &Arguments) {
        self.node("arguments", |f| {
            f.list(&a.posonlyargs, Dump::arg);
            f.list(&a.args, Dump::arg);
            f.opt(a.vararg.as_ref(), Dump::arg);
            f.list(&a.kwonlyargs, Dump::arg);
            f.list(&a.kw_defaults, |d, e| d.opt(e.as_ref(), Dump::expr));
            f.opt(a.kwarg.as_ref(), Dump::arg);
            f.list(&a.defaults, Dump::expr);
        });
    }

    fn arg(&mut self, a: &Arg) {
        self.w(&a.name);
        if let Some(ann) = &a.annotation {
            self.w(": ");
            self.expr(ann);
        }
        self.span(a.span);
    }

    fn keyword(&mut self, k: &Keyword) {
        match &k.name {
            Some(n) => {
                self.w(n);
                self.w("=");
            }
            None => self.w("**"),
        }
        self.expr(&k.value);
        self.span(k.span);
    }

    fn alias(&mut self, a: &Alias) {
        self.w(&a.name);
        if let Some(n) = &a.asname {
            self.w(" as ");
            self.w(n);
        }
        self.span(a.span);
    }

    fn comprehension(&mut self, c: &Comprehension) {
        self.node(if c.is_async { "async for" } else { "for" }, |f| {
            f.expr(&c.target);
            f.expr(&c.iter);
            f.list(&c.ifs, Dump::expr);
        });
    }

    fn stmts(&mut self, body: &[Stmt]) {
        self.list(body, Dump::stmt);
    }

    fn stmt(&mut self, s: &Stmt) {
        match &s.kind {
            StmtKind::FunctionDef(def) => {
                let kind = if def.is_async {
                    "AsyncFunctionDef"
                } else {
                    "FunctionDef"
                };
                self.node(kind, |f| {
                    f.text(&def.name);
                    f.with(|d| d.args(&def.args));
                    f.stmts(&def.body);
                    f.list(&def.decorators, Dump::expr);
                    f.opt(def.returns.as_ref(), Dump::expr);
                });
            }
            StmtKind::ClassDef(def) => self.node("ClassDef", |f| {
                f.text(&def.name);
                f.list(&def.bases, Dump::expr);
                f.list(&def.keywords, Dump::keyword);
                f.stmts(&def.body);
                f.list(&def.decorators, Dump::expr);
            }),
            StmtKind::Return(v) => self.node("Return", |f| f.opt(v.as_ref(), Dump::expr)),
            StmtKind::Delete(t) => self.node("Delete", |f| f.list(t, Dump::expr)),
            StmtKind::Assign { targets, value } => self.node("Assign", |f| {
                f.list(targets, Dump::expr);
                f.expr(value);
            }),
            StmtKind::AugAssign { target, op, value } => self.node("AugAssign", |f| {
                f.expr(target);
                f.text(&format!("{op:?}"));
                f.expr(value);
            }),
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => self.node("AnnAssign", |f| {
                f.expr(target);
                f.expr(annotation);
                f.opt(value.as_ref(), Dump::expr);
                f.text(if *simple { "simple" } else { "not simple" });
            }),
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                is_async,
            } => self.node(if *is_async { "AsyncFor" } else { "For" }, |f| {
                f.expr(target);
                f.expr(iter);
                f.stmts(body);
                f.stmts(orelse);
            }),
            StmtKind::While { test, body, orelse } => self.node("While", |f| {
                f.expr(test);
                f.stmts(body);
                f.stmts(orelse);
            }),
            StmtKind::If { test, body, orelse } => self.node("If", |f| {
                f.expr(test);
                f.stmts(body);
                f.stmts(orelse);
            }),
            StmtKind::With {
                items,
                body,
                is_async,
            } => self.node(if *is_async { "AsyncWith" } else { "With" }, |f| {
                f.list(items, |d, item| {
                    d.expr(&item.context);
                    if let Some(v) = &item.vars {
                        d.w(" as ");
                        d.expr(v);
                    }
                });
                f.stmts(body);
            }),
            StmtKind::Match { subject, cases } => self.node("Match", |f| {
                f.expr(subject);
                f.list(cases, |d, c| {
                    d.node("case", |f| {
                        f.with(|d| d.pattern(&c.pattern));
                        f.opt(c.guard.as_ref(), Dump::expr);
                        f.stmts(&c.body);
                    })
                });
            }),
            StmtKind::Raise { exc, cause } => self.node("Raise", |f| {
                f.opt(exc.as_ref(), Dump::expr);
                f.opt(cause.as_ref(), Dump::expr);
            }),
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                is_star,
            } => self.node(if *is_star { "TryStar" } else { "Try" }, |f| {
                f.stmts(body);
                f.list(handlers, |d, h| {
                    d.node("except", |f| {
                        f.opt(h.typ.as_ref(), Dump::expr);
                        f.opt(h.name.as_ref(), |d, n| d.w(n));
                        f.stmts(&h.body);
                    });
                    d.span(h.span);
                });
                f.stmts(orelse);
                f.stmts(finalbody);
            }),
            StmtKind::Assert { test, msg } => self.node("Assert", |f| {
                f.expr(test);
                f.opt(msg.as_ref(), Dump::expr);
            }),
            StmtKind::Import(names) => self.node("Import", |f| f.list(names, Dump::alias)),
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => self.node("ImportFrom", |f| {
                f.opt(module.as_ref(), |d, m| d.w(m));
                f.list(names, Dump::alias);
                f.text(&level.to_string());
            }),
            StmtKind::Global(names) => self.node("Global", |f| f.text(&names.join(", "))),
            StmtKind::Nonlocal(names) => self.node("Nonlocal", |f| f.text(&names.join(", "))),
            StmtKind::Expr(e) => self.node("Expr", |f| f.expr(e)),
            StmtKind::Pass => self.w("Pass"),
            StmtKind::Break => self.w("Break"),
            StmtKind::Continue => self.w("Continue"),
        }
        self.span(s.span);
    }

    fn pattern(&mut self, p: &Pattern) {
        match &p.kind {
            PatternKind::MatchValue(e) => self.node("MatchValue", |f| f.expr(e)),
            PatternKind::MatchSingleton(c) => self.node("MatchSingleton", |f| {
                f.with(|d| d.constant(c));
            }),
            PatternKind::MatchSequence(ps) => {
                self.node("MatchSequence", |f| f.list(ps, Dump::pattern))
            }
            PatternKind::MatchMapping {
                keys,
                patterns,
                rest,
            } => self.node("MatchMapping", |f| {
                f.list(keys, Dump::expr);
                f.list(patterns, Dump::pattern);
                f.opt(rest.as_ref(), |d, n| d.w(n));
            }),
            PatternKind::MatchClass {
                cls,
                patterns,
                kwd_attrs,
                kwd_patterns,
            } => self.node("MatchClass", |f| {
                f.expr(cls);
                f.list(patterns, Dump::pattern);
                f.text(&kwd_attrs.join(", "));
                f.list(kwd_patterns, Dump::pattern);
            }),
            PatternKind::MatchStar(n) => {
                self.node("MatchStar", |f| f.opt(n.as_ref(), |d, n| d.w(n)))
            }
            PatternKind::MatchAs { pattern, name } => self.node("MatchAs", |f| {
                f.opt(pattern.as_deref(), Dump::pattern);
                f.opt(name.as_ref(), |d, n| d.w(n));
            }),
            PatternKind::MatchOr(ps) => self.node("MatchOr", |f| f.list(ps, Dump::pattern)),
        }
        self.span(p.span);
    }

    fn expr(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::BoolOp { op, values } => self.node("BoolOp", |f| {
                f.text(&format!("{op:?}"));
                f.list(values, Dump::expr);
            }),
            ExprKind::NamedExpr { target, value } => self.node("NamedExpr", |f| {
                f.expr(target);
                f.expr(value);
            }),
            ExprKind::BinOp { left, op, right } => self.node("BinOp", |f| {
                f.expr(left);
                f.text(&format!("{op:?}"));
                f.expr(right);
            }),
            ExprKind::UnaryOp { op, operand } => self.node("UnaryOp", |f| {
                f.text(&format!("{op:?}"));
                f.expr(operand);
            }),
            ExprKind::Lambda { args, body } => self.node("Lambda", |f| {
                f.with(|d| d.args(args));
                f.expr(body);
            }),
            ExprKind::IfExp { test, body, orelse } => self.node("IfExp", |f| {
                f.expr(test);
                f.expr(body);
                f.expr(orelse);
            }),
            ExprKind::Dict { keys, values } => self.node("Dict", |f| {
                f.list(keys, |d, k| d.opt(k.as_ref(), Dump::expr));
                f.list(values, Dump::expr);
            }),
            ExprKind::Set(elts) => self.node("Set", |f| f.list(elts, Dump::expr)),
            ExprKind::ListComp { elt, generators } => self.node("ListComp", |f| {
                f.expr(elt);
                f.list(generators, Dump::comprehension);
            }),
            ExprKind::SetComp { elt, generators } => self.node("SetComp", |f| {
                f.expr(elt);
                f.list(generators, Dump::comprehension);
            }),
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.node("DictComp", |f| {
                f.expr(key);
                f.expr(value);
                f.list(generators, Dump::comprehension);
            }),
            ExprKind::GeneratorExp { elt, generators } => self.node("GeneratorExp", |f| {
                f.expr(elt);
                f.list(generators, Dump::comprehension);
            }),
            ExprKind::Await(v) => self.node("Await", |f| f.expr(v)),
            ExprKind::Yield(v) => self.node("Yield", |f| f.opt(v.as_deref(), Dump::expr)),
            ExprKind::YieldFrom(v) => self.node("YieldFrom", |f| f.expr(v)),
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => self.node("Compare", |f| {
                f.expr(left);
                f.list(ops, |d, op| d.w(&format!("{op:?}")));
                f.list(comparators, Dump::expr);
            }),
            ExprKind::Call {
                func,
                args,
                keywords,
            } => self.node("Call", |f| {
                f.expr(func);
                f.list(args, Dump::expr);
                f.list(keywords, Dump::keyword);
            }),
            ExprKind::FormattedValue {
                value,
                conversion,
                format_spec,
            } => self.node("FormattedValue", |f| {
                f.expr(value);
                f.opt(conversion.as_ref(), |d, c| d.w(&format!("!{c}")));
                f.opt(format_spec.as_deref(), Dump::expr);
            }),
            ExprKind::JoinedStr(values) => self.node("JoinedStr", |f| f.list(values, Dump::expr)),
            ExprKind::Constant(c) => self.constant(c),
            ExprKind::Attribute { value, attr } => self.node("Attribute", |f| {
                f.expr(value);
                f.text(attr);
            }),
            ExprKind::Subscript { value, slice } => self.node("Subscript", |f| {
                f.expr(value);
                f.expr(slice);
            }),
            ExprKind::Starred(v) => self.node("Starred", |f| f.expr(v)),
            ExprKind::Name(n) => self.w(n),
            ExprKind::List(elts) => self.node("List", |f| f.list(elts, Dump::expr)),
            ExprKind::Tuple(elts) => self.node("Tuple", |f| f.list(elts, Dump::expr)),
            ExprKind::Slice { lower, upper, step } => self.node("Slice", |f| {
                f.opt(lower.as_deref(), Dump::expr);
                f.opt(upper.as_deref(), Dump::expr);
                f.opt(step.as_deref(), Dump::expr);
            }),
        }
        self.span(e.span);
    }
}

/// The fields of one node, written with separators.
struct Fields<'a> {
    d: &'a mut Dump,
    first: bool,
}

impl Fields<'_> {
    fn with(&mut self, f: impl FnOnce(&mut Dump)) {
        if !self.first {
            self.d.w(", ");
        }
        self.first = false;
        f(self.d);
    }

    fn text(&mut self, s: &str) {
        self.with(|d| d.w(s));
    }

    fn expr(&mut self, e: &Expr) {
        self.with(|d| d.expr(e));
    }

    fn stmts(&mut self, body: &[Stmt]) {
        self.with(|d| d.stmts(body));
    }

    fn list<T>(&mut self, items: &[T], f: impl Fn(&mut Dump, &T)) {
        self.with(|d| d.list(items, f));
    }

    fn opt<T: ?Sized>(&mut self, x: Option<&T>, f: impl Fn(&mut Dump, &T)) {
        self.with(|d| match x {
            Some(x) => f(d, x),
            None => d.w("-"),
        });
    }
}
