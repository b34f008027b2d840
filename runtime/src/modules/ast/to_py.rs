//! isola's syntax tree to `ast` node objects: each Rust node becomes an instance of the class
//! of the same name in `_ast`, its fields and positions in the instance's dict. Expression
//! contexts (`Load`, `Store`, `Del`), which the Rust tree leaves to the compiler, are decided
//! here from where an expression stands.

use std::rc::Rc;

use crate::interp::{Interpreter, PyResult};
use crate::object::{Dict, Instance, List, Tuple};
use crate::syntax::ast::*;
use crate::value::Value;

/// Bytes charged per node built, about an instance and its dict.
const NODE_BYTES: u64 = 160;

#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Ctx {
    Load,
    Store,
    Del,
}

pub(super) struct ToPy<'a, 'i> {
    interp: &'i mut Interpreter,
    /// `_ast`'s namespace, where the classes are found by name.
    classes: Rc<Dict>,
    /// The source's lines, to turn the tree's columns (code points) into CPython's (UTF-8 bytes).
    lines: Vec<&'a str>,
}

impl<'a, 'i> ToPy<'a, 'i> {
    pub(super) fn new(interp: &'i mut Interpreter, classes: Rc<Dict>, source: &'a str) -> Self {
        ToPy {
            interp,
            classes,
            lines: source.split('\n').collect(),
        }
    }

    /// A node of class `class` with `fields`, and the four position attributes when `span` is given.
    fn node(
        &mut self,
        class: &str,
        fields: Vec<(&str, Value)>,
        span: Option<Span>,
    ) -> PyResult<Value> {
        self.interp.charge(NODE_BYTES)?;
        let Some(Value::Type(ty)) = self.classes.get_str(class) else {
            return Err(self
                .interp
                .err("SystemError", format!("_ast has no node class {class}")));
        };
        let d = Dict::new();
        for (name, value) in fields {
            d.set_str(name, value);
        }
        if let Some(s) = span {
            d.set_str("lineno", Value::Int(s.line.into()));
            d.set_str("col_offset", Value::Int(self.byte_col(s.line, s.col)));
            d.set_str("end_lineno", Value::Int(s.end_line.into()));
            d.set_str(
                "end_col_offset",
                Value::Int(self.byte_col(s.end_line, s.end_col)),
            );
        }
        Ok(Value::Instance(Rc::new(Instance::new(
            ty,
            Rc::new(d),
            None,
        ))))
    }

    /// The UTF-8 offset of code point `col` of line `line`.
    fn byte_col(&self, line: u32, col: u32) -> i64 {
        let text = (line as usize)
            .checked_sub(1)
            .and_then(|i| self.lines.get(i))
            .copied()
            .unwrap_or("");
        if text.is_ascii() {
            return col.into();
        }
        let bytes: usize = text.chars().take(col as usize).map(char::len_utf8).sum();
        let extra = (col as usize).saturating_sub(text.chars().count());
        (bytes + extra) as i64
    }

    /// Whether the string literal at `span` is written `u'...'`: CPython records the prefix of
    /// the first literal as the constant's `kind` (a lowercase `u` only), which isola's tree
    /// does not keep.
    fn has_u_prefix(&self, span: Span) -> bool {
        let Some(text) = (span.line as usize)
            .checked_sub(1)
            .and_then(|i| self.lines.get(i))
        else {
            return false;
        };
        let mut rest = text.chars().skip(span.col as usize);
        rest.next() == Some('u') && matches!(rest.next(), Some('\'' | '"'))
    }

    fn leaf(&mut self, class: &str) -> PyResult<Value> {
        self.node(class, Vec::new(), None)
    }

    fn list<T>(
        &mut self,
        items: &[T],
        mut f: impl FnMut(&mut Self, &T) -> PyResult<Value>,
    ) -> PyResult<Value> {
        let mut out = Vec::with_capacity(items.len());
        for item in items {
            out.push(f(self, item)?);
        }
        Ok(Value::List(Rc::new(List::new(out))))
    }

    fn exprs(&mut self, items: &[Expr], ctx: Ctx) -> PyResult<Value> {
        self.list(items, |s, e| s.expr(e, ctx))
    }

    fn stmts(&mut self, items: &[Stmt]) -> PyResult<Value> {
        self.list(items, Self::stmt)
    }

    fn opt_expr(&mut self, e: Option<&Expr>) -> PyResult<Value> {
        match e {
            Some(e) => self.expr(e, Ctx::Load),
            None => Ok(Value::None),
        }
    }

    fn names(&mut self, names: &[Name]) -> Value {
        Value::List(Rc::new(List::new(
            names.iter().map(|n| Value::str(n)).collect(),
        )))
    }

    pub(super) fn module(&mut self, m: &Module, class: &str) -> PyResult<Value> {
        let body = self.stmts(&m.body)?;
        let mut fields = vec![("body", body)];
        if class == "Module" {
            fields.push(("type_ignores", Value::List(Rc::new(List::new(Vec::new())))));
        }
        self.node(class, fields, None)
    }

    pub(super) fn expression(&mut self, e: &Expr) -> PyResult<Value> {
        let body = self.expr(e, Ctx::Load)?;
        self.node("Expression", vec![("body", body)], None)
    }

    fn stmt(&mut self, s: &Stmt) -> PyResult<Value> {
        let span = Some(s.span);
        let (class, fields): (&str, Vec<(&str, Value)>) = match &s.kind {
            StmtKind::FunctionDef(f) => {
                let class = if f.is_async {
                    "AsyncFunctionDef"
                } else {
                    "FunctionDef"
                };
                (
                    class,
                    vec![
                        ("name", Value::str(&f.name)),
                        ("args", self.arguments(&f.args)?),
                        ("body", self.stmts(&f.body)?),
                        ("decorator_list", self.exprs(&f.decorators, Ctx::Load)?),
                        ("returns", self.opt_expr(f.returns.as_ref())?),
                        ("type_comment", Value::None),
                    ],
                )
            }
            StmtKind::ClassDef(c) => (
                "ClassDef",
                vec![
                    ("name", Value::str(&c.name)),
                    ("bases", self.exprs(&c.bases, Ctx::Load)?),
                    ("keywords", self.list(&c.keywords, Self::keyword)?),
                    ("body", self.stmts(&c.body)?),
                    ("decorator_list", self.exprs(&c.decorators, Ctx::Load)?),
                ],
            ),
            StmtKind::Return(v) => ("Return", vec![("value", self.opt_expr(v.as_ref())?)]),
            StmtKind::Delete(targets) => {
                ("Delete", vec![("targets", self.exprs(targets, Ctx::Del)?)])
            }
            StmtKind::Assign { targets, value } => (
                "Assign",
                vec![
                    ("targets", self.exprs(targets, Ctx::Store)?),
                    ("value", self.expr(value, Ctx::Load)?),
                    ("type_comment", Value::None),
                ],
            ),
            StmtKind::AugAssign { target, op, value } => (
                "AugAssign",
                vec![
                    ("target", self.expr(target, Ctx::Store)?),
                    ("op", self.leaf(bin_op_name(*op))?),
                    ("value", self.expr(value, Ctx::Load)?),
                ],
            ),
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => (
                "AnnAssign",
                vec![
                    ("target", self.expr(target, Ctx::Store)?),
                    ("annotation", self.expr(annotation, Ctx::Load)?),
                    ("value", self.opt_expr(value.as_ref())?),
                    ("simple", Value::Int((*simple).into())),
                ],
            ),
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                is_async,
            } => (
                if *is_async { "AsyncFor" } else { "For" },
                vec![
                    ("target", self.expr(target, Ctx::Store)?),
                    ("iter", self.expr(iter, Ctx::Load)?),
                    ("body", self.stmts(body)?),
                    ("orelse", self.stmts(orelse)?),
                    ("type_comment", Value::None),
                ],
            ),
            StmtKind::While { test, body, orelse } => (
                "While",
                vec![
                    ("test", self.expr(test, Ctx::Load)?),
                    ("body", self.stmts(body)?),
                    ("orelse", self.stmts(orelse)?),
                ],
            ),
            StmtKind::If { test, body, orelse } => (
                "If",
                vec![
                    ("test", self.expr(test, Ctx::Load)?),
                    ("body", self.stmts(body)?),
                    ("orelse", self.stmts(orelse)?),
                ],
            ),
            StmtKind::With {
                items,
                body,
                is_async,
            } => (
                if *is_async { "AsyncWith" } else { "With" },
                vec![
                    ("items", self.list(items, Self::with_item)?),
                    ("body", self.stmts(body)?),
                    ("type_comment", Value::None),
                ],
            ),
            StmtKind::Match { subject, cases } => (
                "Match",
                vec![
                    ("subject", self.expr(subject, Ctx::Load)?),
                    ("cases", self.list(cases, Self::match_case)?),
                ],
            ),
            StmtKind::Raise { exc, cause } => (
                "Raise",
                vec![
                    ("exc", self.opt_expr(exc.as_ref())?),
                    ("cause", self.opt_expr(cause.as_ref())?),
                ],
            ),
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                is_star,
            } => (
                if *is_star { "TryStar" } else { "Try" },
                vec![
                    ("body", self.stmts(body)?),
                    ("handlers", self.list(handlers, Self::handler)?),
                    ("orelse", self.stmts(orelse)?),
                    ("finalbody", self.stmts(finalbody)?),
                ],
            ),
            StmtKind::Assert { test, msg } => (
                "Assert",
                vec![
                    ("test", self.expr(test, Ctx::Load)?),
                    ("msg", self.opt_expr(msg.as_ref())?),
                ],
            ),
            StmtKind::Import(names) => ("Import", vec![("names", self.list(names, Self::alias)?)]),
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => (
                "ImportFrom",
                vec![
                    ("module", module.as_deref().map_or(Value::None, Value::str)),
                    ("names", self.list(names, Self::alias)?),
                    ("level", Value::Int((*level).into())),
                ],
            ),
            StmtKind::Global(names) => ("Global", vec![("names", self.names(names))]),
            StmtKind::Nonlocal(names) => ("Nonlocal", vec![("names", self.names(names))]),
            StmtKind::Expr(e) => ("Expr", vec![("value", self.expr(e, Ctx::Load)?)]),
            StmtKind::Pass => ("Pass", Vec::new()),
            StmtKind::Break => ("Break", Vec::new()),
            StmtKind::Continue => ("Continue", Vec::new()),
        };
        self.node(class, fields, span)
    }

    fn arguments(&mut self, a: &Arguments) -> PyResult<Value> {
        let kw_defaults = self.list(&a.kw_defaults, |s, d| s.opt_expr(d.as_ref()))?;
        let fields = vec![
            ("posonlyargs", self.list(&a.posonlyargs, Self::arg)?),
            ("args", self.list(&a.args, Self::arg)?),
            ("vararg", self.opt_arg(a.vararg.as_ref())?),
            ("kwonlyargs", self.list(&a.kwonlyargs, Self::arg)?),
            ("kw_defaults", kw_defaults),
            ("kwarg", self.opt_arg(a.kwarg.as_ref())?),
            ("defaults", self.exprs(&a.defaults, Ctx::Load)?),
        ];
        self.node("arguments", fields, None)
    }

    fn opt_arg(&mut self, a: Option<&Arg>) -> PyResult<Value> {
        match a {
            Some(a) => self.arg(a),
            None => Ok(Value::None),
        }
    }

    fn arg(&mut self, a: &Arg) -> PyResult<Value> {
        let fields = vec![
            ("arg", Value::str(&a.name)),
            ("annotation", self.opt_expr(a.annotation.as_ref())?),
            ("type_comment", Value::None),
        ];
        self.node("arg", fields, Some(a.span))
    }

    fn keyword(&mut self, k: &Keyword) -> PyResult<Value> {
        let fields = vec![
            ("arg", k.name.as_deref().map_or(Value::None, Value::str)),
            ("value", self.expr(&k.value, Ctx::Load)?),
        ];
        self.node("keyword", fields, Some(k.span))
    }

    fn alias(&mut self, a: &Alias) -> PyResult<Value> {
        let fields = vec![
            ("name", Value::str(&a.name)),
            (
                "asname",
                a.asname.as_deref().map_or(Value::None, Value::str),
            ),
        ];
        self.node("alias", fields, Some(a.span))
    }

    fn with_item(&mut self, w: &WithItem) -> PyResult<Value> {
        let vars = match &w.vars {
            Some(v) => self.expr(v, Ctx::Store)?,
            None => Value::None,
        };
        let fields = vec![
            ("context_expr", self.expr(&w.context, Ctx::Load)?),
            ("optional_vars", vars),
        ];
        self.node("withitem", fields, None)
    }

    fn handler(&mut self, h: &ExceptHandler) -> PyResult<Value> {
        let fields = vec![
            ("type", self.opt_expr(h.typ.as_ref())?),
            ("name", h.name.as_deref().map_or(Value::None, Value::str)),
            ("body", self.stmts(&h.body)?),
        ];
        self.node("ExceptHandler", fields, Some(h.span))
    }

    fn match_case(&mut self, c: &MatchCase) -> PyResult<Value> {
        let fields = vec![
            ("pattern", self.pattern(&c.pattern)?),
            ("guard", self.opt_expr(c.guard.as_ref())?),
            ("body", self.stmts(&c.body)?),
        ];
        self.node("match_case", fields, None)
    }

    fn pattern(&mut self, p: &Pattern) -> PyResult<Value> {
        let opt_name = |n: &Option<Name>| n.as_deref().map_or(Value::None, Value::str);
        let (class, fields): (&str, Vec<(&str, Value)>) = match &p.kind {
            PatternKind::MatchValue(e) => ("MatchValue", vec![("value", self.expr(e, Ctx::Load)?)]),
            PatternKind::MatchSingleton(c) => ("MatchSingleton", vec![("value", constant(c))]),
            PatternKind::MatchSequence(ps) => (
                "MatchSequence",
                vec![("patterns", self.list(ps, Self::pattern)?)],
            ),
            PatternKind::MatchMapping {
                keys,
                patterns,
                rest,
            } => (
                "MatchMapping",
                vec![
                    ("keys", self.exprs(keys, Ctx::Load)?),
                    ("patterns", self.list(patterns, Self::pattern)?),
                    ("rest", opt_name(rest)),
                ],
            ),
            PatternKind::MatchClass {
                cls,
                patterns,
                kwd_attrs,
                kwd_patterns,
            } => (
                "MatchClass",
                vec![
                    ("cls", self.expr(cls, Ctx::Load)?),
                    ("patterns", self.list(patterns, Self::pattern)?),
                    ("kwd_attrs", self.names(kwd_attrs)),
                    ("kwd_patterns", self.list(kwd_patterns, Self::pattern)?),
                ],
            ),
            PatternKind::MatchStar(name) => ("MatchStar", vec![("name", opt_name(name))]),
            PatternKind::MatchAs { pattern, name } => {
                let pattern = match pattern {
                    Some(p) => self.pattern(p)?,
                    None => Value::None,
                };
                (
                    "MatchAs",
                    vec![("pattern", pattern), ("name", opt_name(name))],
                )
            }
            PatternKind::MatchOr(ps) => {
                ("MatchOr", vec![("patterns", self.list(ps, Self::pattern)?)])
            }
        };
        self.node(class, fields, Some(p.span))
    }

    fn comprehension(&mut self, c: &Comprehension) -> PyResult<Value> {
        let fields = vec![
            ("target", self.expr(&c.target, Ctx::Store)?),
            ("iter", self.expr(&c.iter, Ctx::Load)?),
            ("ifs", self.exprs(&c.ifs, Ctx::Load)?),
            ("is_async", Value::Int(c.is_async.into())),
        ];
        self.node("comprehension", fields, None)
    }

    fn ctx(&mut self, ctx: Ctx) -> PyResult<Value> {
        self.leaf(match ctx {
            Ctx::Load => "Load",
            Ctx::Store => "Store",
            Ctx::Del => "Del",
        })
    }

    /// An expression; `ctx` is what a name, attribute, subscript, starred, list or tuple here does.
    fn expr(&mut self, e: &Expr, ctx: Ctx) -> PyResult<Value> {
        use Ctx::Load;
        let span = Some(e.span);
        let (class, fields): (&str, Vec<(&str, Value)>) = match &e.kind {
            ExprKind::BoolOp { op, values } => (
                "BoolOp",
                vec![
                    (
                        "op",
                        self.leaf(match op {
                            BoolOp::And => "And",
                            BoolOp::Or => "Or",
                        })?,
                    ),
                    ("values", self.exprs(values, Load)?),
                ],
            ),
            ExprKind::NamedExpr { target, value } => (
                "NamedExpr",
                vec![
                    ("target", self.expr(target, Ctx::Store)?),
                    ("value", self.expr(value, Load)?),
                ],
            ),
            ExprKind::BinOp { left, op, right } => (
                "BinOp",
                vec![
                    ("left", self.expr(left, Load)?),
                    ("op", self.leaf(bin_op_name(*op))?),
                    ("right", self.expr(right, Load)?),
                ],
            ),
            ExprKind::UnaryOp { op, operand } => (
                "UnaryOp",
                vec![
                    (
                        "op",
                        self.leaf(match op {
                            UnaryOp::Invert => "Invert",
                            UnaryOp::Not => "Not",
                            UnaryOp::UAdd => "UAdd",
                            UnaryOp::USub => "USub",
                        })?,
                    ),
                    ("operand", self.expr(operand, Load)?),
                ],
            ),
            ExprKind::Lambda { args, body } => (
                "Lambda",
                vec![
                    ("args", self.arguments(args)?),
                    ("body", self.expr(body, Load)?),
                ],
            ),
            ExprKind::IfExp { test, body, orelse } => (
                "IfExp",
                vec![
                    ("test", self.expr(test, Load)?),
                    ("body", self.expr(body, Load)?),
                    ("orelse", self.expr(orelse, Load)?),
                ],
            ),
            ExprKind::Dict { keys, values } => (
                "Dict",
                vec![
                    ("keys", self.list(keys, |s, k| s.opt_expr(k.as_ref()))?),
                    ("values", self.exprs(values, Load)?),
                ],
            ),
            ExprKind::Set(elts) => ("Set", vec![("elts", self.exprs(elts, Load)?)]),
            ExprKind::ListComp { elt, generators } => (
                "ListComp",
                vec![
                    ("elt", self.expr(elt, Load)?),
                    ("generators", self.list(generators, Self::comprehension)?),
                ],
            ),
            ExprKind::SetComp { elt, generators } => (
                "SetComp",
                vec![
                    ("elt", self.expr(elt, Load)?),
                    ("generators", self.list(generators, Self::comprehension)?),
                ],
            ),
            ExprKind::GeneratorExp { elt, generators } => (
                "GeneratorExp",
                vec![
                    ("elt", self.expr(elt, Load)?),
                    ("generators", self.list(generators, Self::comprehension)?),
                ],
            ),
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => (
                "DictComp",
                vec![
                    ("key", self.expr(key, Load)?),
                    ("value", self.expr(value, Load)?),
                    ("generators", self.list(generators, Self::comprehension)?),
                ],
            ),
            ExprKind::Await(v) => ("Await", vec![("value", self.expr(v, Load)?)]),
            ExprKind::Yield(v) => ("Yield", vec![("value", self.opt_expr(v.as_deref())?)]),
            ExprKind::YieldFrom(v) => ("YieldFrom", vec![("value", self.expr(v, Load)?)]),
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => (
                "Compare",
                vec![
                    ("left", self.expr(left, Load)?),
                    ("ops", self.list(ops, |s, op| s.leaf(cmp_op_name(*op)))?),
                    ("comparators", self.exprs(comparators, Load)?),
                ],
            ),
            ExprKind::Call {
                func,
                args,
                keywords,
            } => (
                "Call",
                vec![
                    ("func", self.expr(func, Load)?),
                    ("args", self.exprs(args, Load)?),
                    ("keywords", self.list(keywords, Self::keyword)?),
                ],
            ),
            ExprKind::FormattedValue {
                value,
                conversion,
                format_spec,
            } => (
                "FormattedValue",
                vec![
                    ("value", self.expr(value, Load)?),
                    (
                        "conversion",
                        Value::Int(conversion.map_or(-1, |c| c as i64)),
                    ),
                    ("format_spec", self.opt_expr(format_spec.as_deref())?),
                ],
            ),
            ExprKind::JoinedStr(values) => {
                ("JoinedStr", vec![("values", self.exprs(values, Load)?)])
            }
            ExprKind::Constant(c) => {
                let kind = match c {
                    Constant::Str(_) if self.has_u_prefix(e.span) => Value::str("u"),
                    _ => Value::None,
                };
                ("Constant", vec![("value", constant(c)), ("kind", kind)])
            }
            ExprKind::Attribute { value, attr } => (
                "Attribute",
                vec![
                    ("value", self.expr(value, Load)?),
                    ("attr", Value::str(attr)),
                    ("ctx", self.ctx(ctx)?),
                ],
            ),
            ExprKind::Subscript { value, slice } => (
                "Subscript",
                vec![
                    ("value", self.expr(value, Load)?),
                    ("slice", self.expr(slice, Load)?),
                    ("ctx", self.ctx(ctx)?),
                ],
            ),
            ExprKind::Starred(v) => (
                "Starred",
                vec![("value", self.expr(v, ctx)?), ("ctx", self.ctx(ctx)?)],
            ),
            ExprKind::Name(id) => (
                "Name",
                vec![("id", Value::str(id)), ("ctx", self.ctx(ctx)?)],
            ),
            ExprKind::List(elts) => (
                "List",
                vec![("elts", self.exprs(elts, ctx)?), ("ctx", self.ctx(ctx)?)],
            ),
            ExprKind::Tuple(elts) => (
                "Tuple",
                vec![("elts", self.exprs(elts, ctx)?), ("ctx", self.ctx(ctx)?)],
            ),
            ExprKind::Slice { lower, upper, step } => (
                "Slice",
                vec![
                    ("lower", self.opt_expr(lower.as_deref())?),
                    ("upper", self.opt_expr(upper.as_deref())?),
                    ("step", self.opt_expr(step.as_deref())?),
                ],
            ),
        };
        self.node(class, fields, span)
    }
}

pub(super) fn constant(c: &Constant) -> Value {
    match c {
        Constant::None => Value::None,
        Constant::Bool(b) => Value::Bool(*b),
        Constant::Int(i) => Value::from_bigint(i.clone()),
        Constant::Float(x) => Value::Float(*x),
        Constant::Imaginary(x) => Value::complex(0.0, *x),
        Constant::Str(s) => Value::str(s),
        Constant::Bytes(b) => Value::Bytes(Rc::new(Tuple::new(b.clone()))),
        Constant::Ellipsis => Value::Ellipsis,
    }
}

pub(super) fn bin_op_name(op: BinOp) -> &'static str {
    match op {
        BinOp::Add => "Add",
        BinOp::Sub => "Sub",
        BinOp::Mult => "Mult",
        BinOp::MatMult => "MatMult",
        BinOp::Div => "Div",
        BinOp::Mod => "Mod",
        BinOp::Pow => "Pow",
        BinOp::LShift => "LShift",
        BinOp::RShift => "RShift",
        BinOp::BitOr => "BitOr",
        BinOp::BitXor => "BitXor",
        BinOp::BitAnd => "BitAnd",
        BinOp::FloorDiv => "FloorDiv",
    }
}

pub(super) fn cmp_op_name(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Eq => "Eq",
        CmpOp::NotEq => "NotEq",
        CmpOp::Lt => "Lt",
        CmpOp::LtE => "LtE",
        CmpOp::Gt => "Gt",
        CmpOp::GtE => "GtE",
        CmpOp::Is => "Is",
        CmpOp::IsNot => "IsNot",
        CmpOp::In => "In",
        CmpOp::NotIn => "NotIn",
    }
}
