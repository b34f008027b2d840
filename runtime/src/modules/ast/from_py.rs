//! `ast` node objects back to isola's syntax tree, for `compile(tree, filename, mode)`. Reads
//! each node's fields by attribute, so nodes built by hand or changed by a `NodeTransformer`
//! convert as parsed ones do, and refuses a malformed tree with CPython's errors: a missing
//! field, a field of the wrong type, an empty body, or a target whose context is not `Store`.

use std::rc::Rc;

use num_bigint::BigInt;

use crate::interp::{Interpreter, PyResult};
use crate::object::Dict;
use crate::syntax::ast::*;
use crate::value::Value;

/// Nesting deeper than this is a RecursionError, so that no tree exhausts the Rust stack; it is
/// the parser's bound, which the compiler relies on.
const MAX_DEPTH: u32 = crate::syntax::MAX_NESTING;

/// What `compile` gets from a tree: a module's statements, or `eval`'s expression.
pub(super) enum Tree {
    Module(Module),
    Expression(Expr),
}

pub(super) struct FromPy<'i> {
    interp: &'i mut Interpreter,
    /// `_ast`'s namespace, where a node's class is recognised.
    classes: Rc<Dict>,
    depth: u32,
}

/// The contexts an expression may require of a name, attribute, subscript, starred, list or tuple.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Ctx {
    Load,
    Store,
    Del,
}

impl Ctx {
    fn name(self) -> &'static str {
        match self {
            Ctx::Load => "Load",
            Ctx::Store => "Store",
            Ctx::Del => "Del",
        }
    }
}

impl<'i> FromPy<'i> {
    pub(super) fn new(interp: &'i mut Interpreter, classes: Rc<Dict>) -> Self {
        FromPy {
            interp,
            classes,
            depth: 0,
        }
    }

    /// The name of the `_ast` class `v` is an instance of (or of a subclass of), if any.
    pub(super) fn kind(&self, v: &Value) -> Option<Rc<str>> {
        let Value::Instance(i) = v else {
            return None;
        };
        std::iter::once(&i.class)
            .chain(i.class.mro.iter())
            .find(|t| matches!(self.classes.get_str(&t.name), Some(Value::Type(c)) if Rc::ptr_eq(&c, t)))
            .map(|t| t.name.clone())
    }

    /// The tree for `compile` in `mode`: `exec` takes a Module, `eval` an Expression and
    /// `single` an Interactive.
    pub(super) fn tree(&mut self, obj: &Value, mode: &str) -> PyResult<Tree> {
        let want = match mode {
            "eval" => "Expression",
            "single" => "Interactive",
            _ => "Module",
        };
        let got = self.kind(obj);
        if got.as_deref() != Some(want) {
            let got = match got {
                Some(k) => k.to_string(),
                None => self.interp.type_name(obj),
            };
            return Err(self
                .interp
                .type_error(format!("expected {want} node, got {got}")));
        }
        if want == "Expression" {
            let body = self.required(obj, "body", want)?;
            return Ok(Tree::Expression(self.expr(&body, Ctx::Load)?));
        }
        let body = self.stmts(obj, "body", want)?;
        if want == "Module" {
            self.list(obj, "type_ignores", want)?;
        }
        Ok(Tree::Module(Module { body }))
    }

    /// One level deeper into the tree, at a node of `category`.
    fn enter(&mut self, category: &str) -> PyResult<()> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            self.depth -= 1;
            return Err(self.interp.err(
                "RecursionError",
                format!("maximum recursion depth exceeded while traversing '{category}' node"),
            ));
        }
        Ok(())
    }

    fn leave(&mut self) {
        self.depth -= 1;
    }

    /// A field that must be present: CPython's TypeError when it is not.
    fn required(&mut self, obj: &Value, name: &str, owner: &str) -> PyResult<Value> {
        match self.interp.get_attr_opt(obj, name)? {
            Some(v) => Ok(v),
            None => Err(self
                .interp
                .type_error(format!("required field \"{name}\" missing from {owner}"))),
        }
    }

    /// An optional field: None when absent or None.
    fn optional(&mut self, obj: &Value, name: &str) -> PyResult<Option<Value>> {
        Ok(self
            .interp
            .get_attr_opt(obj, name)?
            .filter(|v| !v.is_none()))
    }

    /// A required field holding a list.
    fn list(&mut self, obj: &Value, name: &str, owner: &str) -> PyResult<Vec<Value>> {
        match self.required(obj, name, owner)? {
            Value::List(l) => Ok(l.to_vec()),
            other => {
                let tn = self.interp.type_name(&other);
                Err(self.interp.type_error(format!(
                    "{owner} field \"{name}\" must be a list, not a {tn}"
                )))
            }
        }
    }

    fn identifier(&mut self, v: &Value) -> PyResult<String> {
        match v.as_str() {
            Some(s) => Ok(s.to_owned()),
            None => Err(self.interp.type_error("AST identifier must be of type str")),
        }
    }

    fn opt_identifier(&mut self, obj: &Value, name: &str) -> PyResult<Option<String>> {
        match self.optional(obj, name)? {
            Some(v) => self.identifier(&v).map(Some),
            None => Ok(None),
        }
    }

    fn int(&mut self, v: &Value) -> PyResult<i64> {
        match v {
            Value::Int(i) => Ok(*i),
            Value::Bool(b) => Ok((*b).into()),
            Value::Long(_) => Err(self
                .interp
                .err("OverflowError", "Python int too large to convert to C int")),
            other => {
                let r = self.interp.repr(other)?;
                Err(self
                    .interp
                    .value_error(format!("invalid integer value: {r}")))
            }
        }
    }

    fn int_field(&mut self, obj: &Value, name: &str, owner: &str) -> PyResult<i64> {
        let v = self.required(obj, name, owner)?;
        self.int(&v)
    }

    fn position(&mut self, v: i64) -> u32 {
        u32::try_from(v.max(0)).unwrap_or(u32::MAX)
    }

    /// The position attributes of a node of `category` (stmt, expr, ...). Columns are taken
    /// as they are: without the source, UTF-8 offsets cannot become code points.
    fn span(&mut self, obj: &Value, category: &str) -> PyResult<Span> {
        let line = self.int_field(obj, "lineno", category)?;
        let col = self.int_field(obj, "col_offset", category)?;
        let end_line = match self.optional(obj, "end_lineno")? {
            Some(v) => self.int(&v)?,
            None => line,
        };
        let end_col = match self.optional(obj, "end_col_offset")? {
            Some(v) => self.int(&v)?,
            None => col,
        };
        Ok(Span::new(
            self.position(line),
            self.position(col),
            self.position(end_line),
            self.position(end_col),
        ))
    }

    /// CPython's error for a value where a node of `category` belongs.
    fn expected(&mut self, category: &str, got: &Value) -> crate::interp::PyErr {
        let r = match self.interp.repr(got) {
            Ok(r) => r,
            Err(e) => return e,
        };
        self.interp
            .type_error(format!("expected some sort of {category}, but got {r}"))
    }

    fn stmts(&mut self, obj: &Value, name: &str, owner: &str) -> PyResult<Vec<Stmt>> {
        let items = self.list(obj, name, owner)?;
        items.iter().map(|s| self.stmt(s)).collect()
    }

    /// A body that may not be empty (CPython's validator).
    fn body(&mut self, obj: &Value, name: &str, owner: &str) -> PyResult<Vec<Stmt>> {
        let body = self.stmts(obj, name, owner)?;
        if body.is_empty() {
            return Err(self.interp.value_error(format!("empty {name} on {owner}")));
        }
        Ok(body)
    }

    fn exprs(&mut self, obj: &Value, name: &str, owner: &str, ctx: Ctx) -> PyResult<Vec<Expr>> {
        let items = self.list(obj, name, owner)?;
        items.iter().map(|e| self.expr(e, ctx)).collect()
    }

    fn expr_field(&mut self, obj: &Value, name: &str, owner: &str, ctx: Ctx) -> PyResult<Expr> {
        let v = self.required(obj, name, owner)?;
        if v.is_none() {
            return Err(self
                .interp
                .value_error(format!("field '{name}' is required for {owner}")));
        }
        self.expr(&v, ctx)
    }

    fn opt_expr(&mut self, obj: &Value, name: &str) -> PyResult<Option<Expr>> {
        match self.optional(obj, name)? {
            Some(v) => self.expr(&v, Ctx::Load).map(Some),
            None => Ok(None),
        }
    }

    fn boxed(&mut self, obj: &Value, name: &str, owner: &str) -> PyResult<Box<Expr>> {
        self.expr_field(obj, name, owner, Ctx::Load).map(Box::new)
    }

    fn opt_boxed(&mut self, obj: &Value, name: &str) -> PyResult<Option<Box<Expr>>> {
        Ok(self.opt_expr(obj, name)?.map(Box::new))
    }

    /// The name of the `_ast` class of a field's value, which must be of `category`.
    fn leaf(&mut self, obj: &Value, name: &str, owner: &str, category: &str) -> PyResult<Rc<str>> {
        let v = self.required(obj, name, owner)?;
        match self.kind(&v) {
            Some(k) => Ok(k),
            None => Err(self.expected(category, &v)),
        }
    }

    fn stmt(&mut self, obj: &Value) -> PyResult<Stmt> {
        self.enter("stmt")?;
        let s = self.stmt_inner(obj);
        self.leave();
        s
    }

    fn stmt_inner(&mut self, obj: &Value) -> PyResult<Stmt> {
        let span = self.span(obj, "stmt")?;
        let Some(k) = self.kind(obj) else {
            return Err(self.expected("stmt", obj));
        };
        let k = &*k;
        let kind = match k {
            "FunctionDef" | "AsyncFunctionDef" => {
                let name = self.required(obj, "name", k)?;
                let args = self.required(obj, "args", k)?;
                StmtKind::FunctionDef(Box::new(FunctionDef {
                    name: self.identifier(&name)?,
                    args: self.arguments(&args)?,
                    body: self.body(obj, "body", k)?,
                    decorators: self.exprs(obj, "decorator_list", k, Ctx::Load)?,
                    returns: self.opt_expr(obj, "returns")?,
                    is_async: k == "AsyncFunctionDef",
                }))
            }
            "ClassDef" => {
                let name = self.required(obj, "name", k)?;
                StmtKind::ClassDef(Box::new(ClassDef {
                    name: self.identifier(&name)?,
                    bases: self.exprs(obj, "bases", k, Ctx::Load)?,
                    keywords: self.keywords(obj, k)?,
                    body: self.body(obj, "body", k)?,
                    decorators: self.exprs(obj, "decorator_list", k, Ctx::Load)?,
                }))
            }
            "Return" => StmtKind::Return(self.opt_expr(obj, "value")?),
            "Delete" => StmtKind::Delete(self.exprs(obj, "targets", k, Ctx::Del)?),
            "Assign" => StmtKind::Assign {
                targets: self.exprs(obj, "targets", k, Ctx::Store)?,
                value: self.expr_field(obj, "value", k, Ctx::Load)?,
            },
            "AugAssign" => StmtKind::AugAssign {
                target: self.expr_field(obj, "target", k, Ctx::Store)?,
                op: self.bin_op(obj, k)?,
                value: self.expr_field(obj, "value", k, Ctx::Load)?,
            },
            "AnnAssign" => StmtKind::AnnAssign {
                target: self.expr_field(obj, "target", k, Ctx::Store)?,
                annotation: self.expr_field(obj, "annotation", k, Ctx::Load)?,
                value: self.opt_expr(obj, "value")?,
                simple: self.int_field(obj, "simple", k)? != 0,
            },
            "For" | "AsyncFor" => StmtKind::For {
                target: self.expr_field(obj, "target", k, Ctx::Store)?,
                iter: self.expr_field(obj, "iter", k, Ctx::Load)?,
                body: self.body(obj, "body", k)?,
                orelse: self.stmts(obj, "orelse", k)?,
                is_async: k == "AsyncFor",
            },
            "While" => StmtKind::While {
                test: self.expr_field(obj, "test", k, Ctx::Load)?,
                body: self.body(obj, "body", k)?,
                orelse: self.stmts(obj, "orelse", k)?,
            },
            "If" => StmtKind::If {
                test: self.expr_field(obj, "test", k, Ctx::Load)?,
                body: self.body(obj, "body", k)?,
                orelse: self.stmts(obj, "orelse", k)?,
            },
            "With" | "AsyncWith" => {
                let items = self.list(obj, "items", k)?;
                if items.is_empty() {
                    return Err(self.interp.value_error(format!("empty items on {k}")));
                }
                let items = items
                    .iter()
                    .map(|i| self.with_item(i))
                    .collect::<PyResult<_>>()?;
                StmtKind::With {
                    items,
                    body: self.body(obj, "body", k)?,
                    is_async: k == "AsyncWith",
                }
            }
            "Match" => {
                let subject = self.expr_field(obj, "subject", k, Ctx::Load)?;
                let cases = self.list(obj, "cases", k)?;
                if cases.is_empty() {
                    return Err(self.interp.value_error("empty cases on Match"));
                }
                let cases = cases
                    .iter()
                    .map(|c| self.match_case(c))
                    .collect::<PyResult<_>>()?;
                StmtKind::Match { subject, cases }
            }
            "Raise" => {
                let exc = self.opt_expr(obj, "exc")?;
                let cause = self.opt_expr(obj, "cause")?;
                if exc.is_none() && cause.is_some() {
                    return Err(self.interp.value_error("Raise with cause but no exception"));
                }
                StmtKind::Raise { exc, cause }
            }
            "Try" | "TryStar" => {
                let body = self.body(obj, "body", k)?;
                let handlers = self.list(obj, "handlers", k)?;
                let handlers = handlers
                    .iter()
                    .map(|h| self.handler(h))
                    .collect::<PyResult<Vec<_>>>()?;
                let orelse = self.stmts(obj, "orelse", k)?;
                let finalbody = self.stmts(obj, "finalbody", k)?;
                if handlers.is_empty() && finalbody.is_empty() {
                    return Err(self
                        .interp
                        .value_error(format!("{k} has neither except handlers nor finalbody")));
                }
                if handlers.is_empty() && !orelse.is_empty() {
                    return Err(self
                        .interp
                        .value_error(format!("{k} has orelse but no except handlers")));
                }
                StmtKind::Try {
                    body,
                    handlers,
                    orelse,
                    finalbody,
                    is_star: k == "TryStar",
                }
            }
            "Assert" => StmtKind::Assert {
                test: self.expr_field(obj, "test", k, Ctx::Load)?,
                msg: self.opt_expr(obj, "msg")?,
            },
            "Import" => StmtKind::Import(self.aliases(obj, k)?),
            "ImportFrom" => {
                let module = self.opt_identifier(obj, "module")?;
                let names = self.aliases(obj, k)?;
                let level = match self.optional(obj, "level")? {
                    Some(v) => self.int(&v)?,
                    None => 0,
                };
                if level < 0 {
                    return Err(self.interp.value_error("Negative ImportFrom level"));
                }
                StmtKind::ImportFrom {
                    module,
                    names,
                    level: u32::try_from(level).unwrap_or(u32::MAX),
                }
            }
            "Global" | "Nonlocal" => {
                let names = self.list(obj, "names", k)?;
                let names = names
                    .iter()
                    .map(|n| self.identifier(n))
                    .collect::<PyResult<Vec<_>>>()?;
                if k == "Global" {
                    StmtKind::Global(names)
                } else {
                    StmtKind::Nonlocal(names)
                }
            }
            "Expr" => StmtKind::Expr(self.expr_field(obj, "value", k, Ctx::Load)?),
            "Pass" => StmtKind::Pass,
            "Break" => StmtKind::Break,
            "Continue" => StmtKind::Continue,
            _ => return Err(self.expected("stmt", obj)),
        };
        Ok(Stmt { kind, span })
    }

    fn arguments(&mut self, obj: &Value) -> PyResult<Arguments> {
        if self.kind(obj).as_deref() != Some("arguments") {
            return Err(self.expected("arguments", obj));
        }
        let owner = "arguments";
        let args = |s: &mut Self, name: &str| -> PyResult<Vec<Arg>> {
            let items = s.list(obj, name, owner)?;
            items.iter().map(|a| s.arg(a)).collect()
        };
        let posonlyargs = args(self, "posonlyargs")?;
        let plain = args(self, "args")?;
        let vararg = match self.optional(obj, "vararg")? {
            Some(a) => Some(self.arg(&a)?),
            None => None,
        };
        let kwonlyargs = args(self, "kwonlyargs")?;
        let kw_defaults = self.list(obj, "kw_defaults", owner)?;
        let kw_defaults = kw_defaults
            .iter()
            .map(|d| {
                if d.is_none() {
                    Ok(None)
                } else {
                    self.expr(d, Ctx::Load).map(Some)
                }
            })
            .collect::<PyResult<Vec<_>>>()?;
        let kwarg = match self.optional(obj, "kwarg")? {
            Some(a) => Some(self.arg(&a)?),
            None => None,
        };
        let defaults = self.exprs(obj, "defaults", owner, Ctx::Load)?;
        if defaults.len() > posonlyargs.len() + plain.len() {
            return Err(self
                .interp
                .value_error("more positional defaults than args on arguments"));
        }
        if kw_defaults.len() != kwonlyargs.len() {
            return Err(self
                .interp
                .value_error("length of kwonlyargs is not the same as kw_defaults on arguments"));
        }
        Ok(Arguments {
            posonlyargs,
            args: plain,
            vararg,
            kwonlyargs,
            kw_defaults,
            kwarg,
            defaults,
        })
    }

    fn arg(&mut self, obj: &Value) -> PyResult<Arg> {
        let span = self.span(obj, "arg")?;
        if self.kind(obj).as_deref() != Some("arg") {
            return Err(self.expected("arg", obj));
        }
        let name = self.required(obj, "arg", "arg")?;
        Ok(Arg {
            name: self.identifier(&name)?,
            annotation: self.opt_expr(obj, "annotation")?,
            span,
        })
    }

    fn keywords(&mut self, obj: &Value, owner: &str) -> PyResult<Vec<Keyword>> {
        let items = self.list(obj, "keywords", owner)?;
        items.iter().map(|k| self.keyword(k)).collect()
    }

    fn keyword(&mut self, obj: &Value) -> PyResult<Keyword> {
        let span = self.span(obj, "keyword")?;
        if self.kind(obj).as_deref() != Some("keyword") {
            return Err(self.expected("keyword", obj));
        }
        Ok(Keyword {
            name: self.opt_identifier(obj, "arg")?,
            value: self.expr_field(obj, "value", "keyword", Ctx::Load)?,
            span,
        })
    }

    fn aliases(&mut self, obj: &Value, owner: &str) -> PyResult<Vec<Alias>> {
        let items = self.list(obj, "names", owner)?;
        let mut out = Vec::with_capacity(items.len());
        for a in &items {
            let span = self.span(a, "alias")?;
            if self.kind(a).as_deref() != Some("alias") {
                return Err(self.expected("alias", a));
            }
            let name = self.required(a, "name", "alias")?;
            out.push(Alias {
                name: self.identifier(&name)?,
                asname: self.opt_identifier(a, "asname")?,
                span,
            });
        }
        Ok(out)
    }

    fn with_item(&mut self, obj: &Value) -> PyResult<WithItem> {
        if self.kind(obj).as_deref() != Some("withitem") {
            return Err(self.expected("withitem", obj));
        }
        let context = self.expr_field(obj, "context_expr", "withitem", Ctx::Load)?;
        let vars = match self.optional(obj, "optional_vars")? {
            Some(v) => Some(self.expr(&v, Ctx::Store)?),
            None => None,
        };
        Ok(WithItem { context, vars })
    }

    fn handler(&mut self, obj: &Value) -> PyResult<ExceptHandler> {
        let span = self.span(obj, "excepthandler")?;
        if self.kind(obj).as_deref() != Some("ExceptHandler") {
            return Err(self.expected("excepthandler", obj));
        }
        Ok(ExceptHandler {
            typ: self.opt_expr(obj, "type")?,
            name: self.opt_identifier(obj, "name")?,
            body: self.body(obj, "body", "ExceptHandler")?,
            span,
        })
    }

    fn match_case(&mut self, obj: &Value) -> PyResult<MatchCase> {
        if self.kind(obj).as_deref() != Some("match_case") {
            return Err(self.expected("match_case", obj));
        }
        let pattern = self.required(obj, "pattern", "match_case")?;
        Ok(MatchCase {
            pattern: self.pattern(&pattern)?,
            guard: self.opt_expr(obj, "guard")?,
            body: self.body(obj, "body", "match_case")?,
        })
    }

    fn patterns(&mut self, obj: &Value, name: &str, owner: &str) -> PyResult<Vec<Pattern>> {
        let items = self.list(obj, name, owner)?;
        items.iter().map(|p| self.pattern(p)).collect()
    }

    fn names(&mut self, obj: &Value, name: &str, owner: &str) -> PyResult<Vec<Name>> {
        let items = self.list(obj, name, owner)?;
        items.iter().map(|n| self.identifier(n)).collect()
    }

    fn pattern(&mut self, obj: &Value) -> PyResult<Pattern> {
        self.enter("pattern")?;
        let p = self.pattern_inner(obj);
        self.leave();
        p
    }

    fn pattern_inner(&mut self, obj: &Value) -> PyResult<Pattern> {
        let span = self.span(obj, "pattern")?;
        let Some(k) = self.kind(obj) else {
            return Err(self.expected("pattern", obj));
        };
        let k = &*k;
        let kind = match k {
            "MatchValue" => PatternKind::MatchValue(self.expr_field(obj, "value", k, Ctx::Load)?),
            "MatchSingleton" => {
                let v = self.required(obj, "value", k)?;
                PatternKind::MatchSingleton(match v {
                    Value::None => Constant::None,
                    Value::Bool(b) => Constant::Bool(b),
                    _ => {
                        return Err(self
                            .interp
                            .value_error("MatchSingleton can only contain True, False and None"))
                    }
                })
            }
            "MatchSequence" => PatternKind::MatchSequence(self.patterns(obj, "patterns", k)?),
            "MatchMapping" => PatternKind::MatchMapping {
                keys: self.exprs(obj, "keys", k, Ctx::Load)?,
                patterns: self.patterns(obj, "patterns", k)?,
                rest: self.opt_identifier(obj, "rest")?,
            },
            "MatchClass" => PatternKind::MatchClass {
                cls: self.expr_field(obj, "cls", k, Ctx::Load)?,
                patterns: self.patterns(obj, "patterns", k)?,
                kwd_attrs: self.names(obj, "kwd_attrs", k)?,
                kwd_patterns: self.patterns(obj, "kwd_patterns", k)?,
            },
            "MatchStar" => PatternKind::MatchStar(self.opt_identifier(obj, "name")?),
            "MatchAs" => {
                let pattern = match self.optional(obj, "pattern")? {
                    Some(p) => Some(Box::new(self.pattern(&p)?)),
                    None => None,
                };
                PatternKind::MatchAs {
                    pattern,
                    name: self.opt_identifier(obj, "name")?,
                }
            }
            "MatchOr" => PatternKind::MatchOr(self.patterns(obj, "patterns", k)?),
            _ => return Err(self.expected("pattern", obj)),
        };
        Ok(Pattern { kind, span })
    }

    fn comprehensions(&mut self, obj: &Value, owner: &str) -> PyResult<Vec<Comprehension>> {
        let items = self.list(obj, "generators", owner)?;
        if items.is_empty() {
            return Err(self.interp.value_error("comprehension with no generators"));
        }
        let mut out = Vec::with_capacity(items.len());
        for c in &items {
            if self.kind(c).as_deref() != Some("comprehension") {
                return Err(self.expected("comprehension", c));
            }
            let o = "comprehension";
            out.push(Comprehension {
                target: self.expr_field(c, "target", o, Ctx::Store)?,
                iter: self.expr_field(c, "iter", o, Ctx::Load)?,
                ifs: self.exprs(c, "ifs", o, Ctx::Load)?,
                is_async: self.int_field(c, "is_async", o)? != 0,
            });
        }
        Ok(out)
    }

    fn bin_op(&mut self, obj: &Value, owner: &str) -> PyResult<BinOp> {
        let k = self.leaf(obj, "op", owner, "operator")?;
        Ok(match &*k {
            "Add" => BinOp::Add,
            "Sub" => BinOp::Sub,
            "Mult" => BinOp::Mult,
            "MatMult" => BinOp::MatMult,
            "Div" => BinOp::Div,
            "Mod" => BinOp::Mod,
            "Pow" => BinOp::Pow,
            "LShift" => BinOp::LShift,
            "RShift" => BinOp::RShift,
            "BitOr" => BinOp::BitOr,
            "BitXor" => BinOp::BitXor,
            "BitAnd" => BinOp::BitAnd,
            "FloorDiv" => BinOp::FloorDiv,
            _ => {
                let v = self.required(obj, "op", owner)?;
                return Err(self.expected("operator", &v));
            }
        })
    }

    fn cmp_op(&mut self, v: &Value) -> PyResult<CmpOp> {
        Ok(match self.kind(v).as_deref() {
            Some("Eq") => CmpOp::Eq,
            Some("NotEq") => CmpOp::NotEq,
            Some("Lt") => CmpOp::Lt,
            Some("LtE") => CmpOp::LtE,
            Some("Gt") => CmpOp::Gt,
            Some("GtE") => CmpOp::GtE,
            Some("Is") => CmpOp::Is,
            Some("IsNot") => CmpOp::IsNot,
            Some("In") => CmpOp::In,
            Some("NotIn") => CmpOp::NotIn,
            _ => return Err(self.expected("cmpop", v)),
        })
    }

    /// Checks the `ctx` field of a node that has one against the context its place requires.
    fn check_ctx(&mut self, obj: &Value, owner: &str, want: Ctx) -> PyResult<()> {
        let v = self.required(obj, "ctx", owner)?;
        let got = match self.kind(&v).as_deref() {
            Some("Load") => Ctx::Load,
            Some("Store") => Ctx::Store,
            Some("Del") => Ctx::Del,
            _ => return Err(self.expected("expr_context", &v)),
        };
        if got != want {
            return Err(self.interp.value_error(format!(
                "expression must have {} context but has {} instead",
                want.name(),
                got.name()
            )));
        }
        Ok(())
    }

    fn expr(&mut self, obj: &Value, ctx: Ctx) -> PyResult<Expr> {
        self.enter("expr")?;
        let e = self.expr_inner(obj, ctx);
        self.leave();
        e
    }

    fn expr_inner(&mut self, obj: &Value, ctx: Ctx) -> PyResult<Expr> {
        use Ctx::Load;
        let span = self.span(obj, "expr")?;
        let Some(k) = self.kind(obj) else {
            return Err(self.expected("expr", obj));
        };
        let k = &*k;
        let has_ctx = matches!(
            k,
            "Name" | "Attribute" | "Subscript" | "Starred" | "List" | "Tuple"
        );
        if has_ctx {
            self.check_ctx(obj, k, ctx)?;
        } else if ctx != Load {
            let what = if ctx == Ctx::Store {
                "assigned to"
            } else {
                "deleted"
            };
            let _ = what;
            return Err(self.interp.value_error(format!(
                "expression which can't be {} in {} context",
                if ctx == Ctx::Store {
                    "assigned to"
                } else {
                    "deleted"
                },
                ctx.name()
            )));
        }
        let kind = match k {
            "BoolOp" => {
                let op = match &*self.leaf(obj, "op", k, "boolop")? {
                    "And" => BoolOp::And,
                    "Or" => BoolOp::Or,
                    _ => {
                        let v = self.required(obj, "op", k)?;
                        return Err(self.expected("boolop", &v));
                    }
                };
                let values = self.exprs(obj, "values", k, Load)?;
                if values.len() < 2 {
                    return Err(self.interp.value_error("BoolOp with less than 2 values"));
                }
                ExprKind::BoolOp { op, values }
            }
            "NamedExpr" => ExprKind::NamedExpr {
                target: Box::new(self.expr_field(obj, "target", k, Ctx::Store)?),
                value: self.boxed(obj, "value", k)?,
            },
            "BinOp" => ExprKind::BinOp {
                left: self.boxed(obj, "left", k)?,
                op: self.bin_op(obj, k)?,
                right: self.boxed(obj, "right", k)?,
            },
            "UnaryOp" => {
                let op = match &*self.leaf(obj, "op", k, "unaryop")? {
                    "Invert" => UnaryOp::Invert,
                    "Not" => UnaryOp::Not,
                    "UAdd" => UnaryOp::UAdd,
                    "USub" => UnaryOp::USub,
                    _ => {
                        let v = self.required(obj, "op", k)?;
                        return Err(self.expected("unaryop", &v));
                    }
                };
                ExprKind::UnaryOp {
                    op,
                    operand: self.boxed(obj, "operand", k)?,
                }
            }
            "Lambda" => {
                let args = self.required(obj, "args", k)?;
                ExprKind::Lambda {
                    args: Box::new(self.arguments(&args)?),
                    body: self.boxed(obj, "body", k)?,
                }
            }
            "IfExp" => ExprKind::IfExp {
                test: self.boxed(obj, "test", k)?,
                body: self.boxed(obj, "body", k)?,
                orelse: self.boxed(obj, "orelse", k)?,
            },
            "Dict" => {
                let keys = self.list(obj, "keys", k)?;
                let keys = keys
                    .iter()
                    .map(|key| {
                        if key.is_none() {
                            Ok(None)
                        } else {
                            self.expr(key, Load).map(Some)
                        }
                    })
                    .collect::<PyResult<Vec<_>>>()?;
                let values = self.exprs(obj, "values", k, Load)?;
                if keys.len() != values.len() {
                    return Err(self
                        .interp
                        .value_error("Dict doesn't have the same number of keys as values"));
                }
                ExprKind::Dict { keys, values }
            }
            "Set" => ExprKind::Set(self.exprs(obj, "elts", k, Load)?),
            "ListComp" | "SetComp" | "GeneratorExp" => {
                let elt = self.boxed(obj, "elt", k)?;
                let generators = self.comprehensions(obj, k)?;
                match k {
                    "ListComp" => ExprKind::ListComp { elt, generators },
                    "SetComp" => ExprKind::SetComp { elt, generators },
                    _ => ExprKind::GeneratorExp { elt, generators },
                }
            }
            "DictComp" => ExprKind::DictComp {
                key: self.boxed(obj, "key", k)?,
                value: self.boxed(obj, "value", k)?,
                generators: self.comprehensions(obj, k)?,
            },
            "Await" => ExprKind::Await(self.boxed(obj, "value", k)?),
            "Yield" => ExprKind::Yield(self.opt_boxed(obj, "value")?),
            "YieldFrom" => ExprKind::YieldFrom(self.boxed(obj, "value", k)?),
            "Compare" => {
                let left = self.boxed(obj, "left", k)?;
                let ops = self.list(obj, "ops", k)?;
                let ops = ops
                    .iter()
                    .map(|op| self.cmp_op(op))
                    .collect::<PyResult<Vec<_>>>()?;
                let comparators = self.exprs(obj, "comparators", k, Load)?;
                if ops.is_empty() {
                    return Err(self.interp.value_error("Compare with no comparators"));
                }
                if ops.len() != comparators.len() {
                    return Err(self.interp.value_error(
                        "Compare has a different number of comparators and operands",
                    ));
                }
                ExprKind::Compare {
                    left,
                    ops,
                    comparators,
                }
            }
            "Call" => ExprKind::Call {
                func: self.boxed(obj, "func", k)?,
                args: self.exprs(obj, "args", k, Load)?,
                keywords: self.keywords(obj, k)?,
            },
            "FormattedValue" => {
                let value = self.boxed(obj, "value", k)?;
                let conversion = self.int_field(obj, "conversion", k)?;
                let conversion = match conversion {
                    -1 => None,
                    c => u32::try_from(c).ok().and_then(char::from_u32),
                };
                ExprKind::FormattedValue {
                    value,
                    conversion,
                    format_spec: self.opt_boxed(obj, "format_spec")?,
                }
            }
            "JoinedStr" => ExprKind::JoinedStr(self.exprs(obj, "values", k, Load)?),
            "Constant" => {
                let v = self.required(obj, "value", k)?;
                return self.constant(&v, span);
            }
            "Attribute" => {
                let attr = self.required(obj, "attr", k)?;
                ExprKind::Attribute {
                    value: self.boxed(obj, "value", k)?,
                    attr: self.identifier(&attr)?,
                }
            }
            "Subscript" => ExprKind::Subscript {
                value: self.boxed(obj, "value", k)?,
                slice: self.boxed(obj, "slice", k)?,
            },
            "Starred" => ExprKind::Starred(Box::new(self.expr_field(obj, "value", k, ctx)?)),
            "Name" => {
                let id = self.required(obj, "id", k)?;
                ExprKind::Name(self.identifier(&id)?)
            }
            "List" => ExprKind::List(self.exprs(obj, "elts", k, ctx)?),
            "Tuple" => ExprKind::Tuple(self.exprs(obj, "elts", k, ctx)?),
            "Slice" => ExprKind::Slice {
                lower: self.opt_boxed(obj, "lower")?,
                upper: self.opt_boxed(obj, "upper")?,
                step: self.opt_boxed(obj, "step")?,
            },
            _ => return Err(self.expected("expr", obj)),
        };
        Ok(Expr { kind, span })
    }

    /// A `Constant` node's value as an expression: a tuple of constants becomes a tuple
    /// display, a complex number with a real part the sum of its parts.
    fn constant(&mut self, v: &Value, span: Span) -> PyResult<Expr> {
        let c = |c: Constant| Expr {
            kind: ExprKind::Constant(c),
            span,
        };
        Ok(match v {
            Value::None => c(Constant::None),
            Value::Bool(b) => c(Constant::Bool(*b)),
            Value::Int(i) => c(Constant::Int(BigInt::from(*i))),
            Value::Long(i) => c(Constant::Int((**i).clone())),
            Value::Float(x) => c(Constant::Float(*x)),
            Value::Complex(z) if z.0 == 0.0 && z.0.is_sign_positive() => {
                c(Constant::Imaginary(z.1))
            }
            Value::Complex(z) => Expr {
                kind: ExprKind::BinOp {
                    left: Box::new(c(Constant::Float(z.0))),
                    op: BinOp::Add,
                    right: Box::new(c(Constant::Imaginary(z.1))),
                },
                span,
            },
            Value::Str(s) => c(Constant::Str(s.as_str().to_owned())),
            Value::Bytes(b) => c(Constant::Bytes(b.items.to_vec())),
            Value::Ellipsis => c(Constant::Ellipsis),
            Value::Tuple(items) => {
                self.enter("expr")?;
                let elts = items
                    .items
                    .iter()
                    .map(|item| self.constant(item, span))
                    .collect::<PyResult<Vec<_>>>();
                self.leave();
                Expr {
                    kind: ExprKind::Tuple(elts?),
                    span,
                }
            }
            other => {
                let tn = self.interp.type_name(other);
                return Err(self
                    .interp
                    .type_error(format!("got an invalid type in Constant: {tn}")));
            }
        })
    }
}
