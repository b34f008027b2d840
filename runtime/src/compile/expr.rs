//! Expression code generation: operators, calls, displays, comprehensions, f-strings, lambdas.

use std::rc::Rc;

use crate::bytecode::{Code, Op, TEMP_LIST};
use crate::syntax::ast::*;
use crate::value::Value;

use super::stmt::FunctionBody;
use super::{err, CResult, Compiler, NameAction};

impl<'a> Compiler<'a> {
    pub(super) fn expr(&mut self, e: &'a Expr) -> CResult<()> {
        match &e.kind {
            ExprKind::Constant(c) => {
                let v = constant_value(c);
                self.load_const(v);
            }
            ExprKind::Name(n) => {
                self.set_line(e.span);
                self.name_op(n, NameAction::Load);
            }
            ExprKind::BinOp { left, op, right } => {
                self.expr(left)?;
                self.expr(right)?;
                self.set_line(e.span);
                self.emit(Op::Binary(*op as u32));
            }
            ExprKind::UnaryOp { op, operand } => {
                self.expr(operand)?;
                self.set_line(e.span);
                self.emit(match op {
                    UnaryOp::Invert => Op::UnaryInvert,
                    UnaryOp::Not => Op::UnaryNot,
                    UnaryOp::UAdd => Op::UnaryPositive,
                    UnaryOp::USub => Op::UnaryNegative,
                });
            }
            ExprKind::BoolOp { op, values } => {
                let mut jumps = Vec::new();
                for (i, v) in values.iter().enumerate() {
                    self.expr(v)?;
                    if i + 1 < values.len() {
                        jumps.push(self.emit(match op {
                            BoolOp::And => Op::JumpIfFalseOrPop(0),
                            BoolOp::Or => Op::JumpIfTrueOrPop(0),
                        }));
                    }
                }
                for j in jumps {
                    self.patch_here(j);
                }
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => self.compare(e, left, ops, comparators)?,
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test)?;
                let jf = self.emit(Op::PopJumpIfFalse(0));
                self.expr(body)?;
                let jend = self.emit(Op::Jump(0));
                self.patch_here(jf);
                self.expr(orelse)?;
                self.patch_here(jend);
            }
            ExprKind::NamedExpr { target, value } => {
                self.expr(value)?;
                self.emit(Op::Dup);
                self.store_target(target)?;
            }
            ExprKind::Attribute { value, attr } => {
                if self.super_attr(value, attr, false)? {
                    return Ok(());
                }
                self.expr(value)?;
                self.set_line(e.span);
                let i = self.name_index(attr);
                self.emit(Op::LoadAttr(i));
            }
            ExprKind::Subscript { value, slice } => {
                self.expr(value)?;
                self.expr(slice)?;
                self.set_line(e.span);
                self.emit(Op::BinarySubscr);
            }
            ExprKind::Slice { lower, upper, step } => {
                for part in [lower, upper] {
                    match part {
                        Some(p) => self.expr(p)?,
                        None => self.load_const(Value::None),
                    }
                }
                match step {
                    Some(s) => {
                        self.expr(s)?;
                        self.emit(Op::BuildSlice(3));
                    }
                    None => {
                        self.emit(Op::BuildSlice(2));
                    }
                }
            }
            ExprKind::Tuple(items) => {
                if items.iter().any(|i| matches!(i.kind, ExprKind::Starred(_))) {
                    self.starred_list(items)?;
                    self.emit(Op::ListToTuple);
                } else if let Some(consts) = all_constants(items) {
                    self.load_const(Value::tuple(consts));
                } else {
                    for i in items {
                        self.expr(i)?;
                    }
                    self.emit(Op::BuildTuple(items.len() as u32));
                }
            }
            ExprKind::List(items) => {
                if items.iter().any(|i| matches!(i.kind, ExprKind::Starred(_))) {
                    self.starred_list(items)?;
                } else {
                    for i in items {
                        self.expr(i)?;
                    }
                    self.emit(Op::BuildList(items.len() as u32));
                }
            }
            ExprKind::Set(items) => {
                if items.iter().any(|i| matches!(i.kind, ExprKind::Starred(_))) {
                    self.emit(Op::BuildSet(0));
                    for i in items {
                        match &i.kind {
                            ExprKind::Starred(inner) => {
                                self.expr(inner)?;
                                self.emit(Op::SetUpdate(1));
                            }
                            _ => {
                                self.expr(i)?;
                                self.emit(Op::SetAdd(1));
                            }
                        }
                    }
                } else {
                    for i in items {
                        self.expr(i)?;
                    }
                    self.emit(Op::BuildSet(items.len() as u32));
                }
            }
            ExprKind::Dict { keys, values } => {
                if keys.iter().any(Option::is_none) {
                    self.emit(Op::BuildMap(0));
                    for (k, v) in keys.iter().zip(values) {
                        match k {
                            Some(k) => {
                                self.expr(k)?;
                                self.expr(v)?;
                                self.emit(Op::MapAdd(1));
                            }
                            None => {
                                self.expr(v)?;
                                self.emit(Op::DictUpdate(1));
                            }
                        }
                    }
                } else {
                    for (k, v) in keys.iter().zip(values) {
                        if let Some(k) = k {
                            self.expr(k)?;
                        }
                        self.expr(v)?;
                    }
                    self.emit(Op::BuildMap(keys.len() as u32));
                }
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => self.call(e, func, args, keywords)?,
            ExprKind::Lambda { args, body } => {
                let qualname = self.qualname_for("<lambda>");
                self.make_function(
                    e as *const Expr as usize,
                    "<lambda>",
                    qualname,
                    args,
                    FunctionBody::Expr(body),
                    e.span,
                    false,
                )?;
            }
            ExprKind::ListComp { elt, generators } => {
                self.comprehension(e, CompKind::List, generators, elt, None)?
            }
            ExprKind::SetComp { elt, generators } => {
                self.comprehension(e, CompKind::Set, generators, elt, None)?
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.comprehension(e, CompKind::Dict, generators, key, Some(value))?,
            ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension(e, CompKind::Generator, generators, elt, None)?
            }
            ExprKind::JoinedStr(parts) => {
                for p in parts {
                    self.expr(p)?;
                }
                if parts.len() != 1
                    || !matches!(
                        parts[0].kind,
                        ExprKind::FormattedValue { .. } | ExprKind::Constant(_)
                    )
                {
                    self.emit(Op::BuildString(parts.len() as u32));
                }
            }
            ExprKind::FormattedValue {
                value,
                conversion,
                format_spec,
            } => {
                self.expr(value)?;
                let mut flags = match conversion {
                    Some('s') => 1,
                    Some('r') => 2,
                    Some('a') => 3,
                    _ => 0,
                };
                if let Some(spec) = format_spec {
                    self.expr(spec)?;
                    flags |= 4;
                }
                self.emit(Op::FormatValue(flags));
            }
            ExprKind::Starred(_) => return err("can't use starred expression here", e.span),
            ExprKind::Yield(_) | ExprKind::YieldFrom(_) | ExprKind::Await(_)
                if matches!(
                    self.unit().kind,
                    super::symtable::ScopeKind::Module | super::symtable::ScopeKind::Class
                ) =>
            {
                let what = if matches!(e.kind, ExprKind::Await(_)) {
                    "await"
                } else {
                    "yield"
                };
                return err(format!("'{what}' outside function"), e.span);
            }
            ExprKind::Yield(v) => {
                match v {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Value::None),
                }
                self.emit(Op::YieldValue);
            }
            ExprKind::YieldFrom(v) => {
                self.expr(v)?;
                self.emit(Op::GetYieldFromIter);
                self.load_const(Value::None);
                self.emit(Op::YieldFrom);
            }
            ExprKind::Await(v) => {
                self.expr(v)?;
                self.emit(Op::GetAwaitable);
                self.load_const(Value::None);
                self.emit(Op::YieldFrom);
            }
        }
        Ok(())
    }

    /// `[*a, b, *c]`: builds a list piece by piece.
    fn starred_list(&mut self, items: &'a [Expr]) -> CResult<()> {
        self.emit(Op::BuildList(0));
        self.extend_list(items)
    }

    /// Appends `items` to the list on top of the stack: a starred item's whole iterable,
    /// any other item itself.
    pub(super) fn extend_list(&mut self, items: &'a [Expr]) -> CResult<()> {
        for i in items {
            match &i.kind {
                ExprKind::Starred(inner) => {
                    self.expr(inner)?;
                    self.emit(Op::ListExtend(1));
                }
                _ => {
                    self.expr(i)?;
                    self.emit(Op::ListAppend(1));
                }
            }
        }
        Ok(())
    }

    fn compare(
        &mut self,
        e: &'a Expr,
        left: &'a Expr,
        ops: &[CmpOp],
        comparators: &'a [Expr],
    ) -> CResult<()> {
        self.expr(left)?;
        if ops.len() == 1 {
            self.expr(&comparators[0])?;
            self.set_line(e.span);
            self.emit(cmp_op(ops[0]));
            return Ok(());
        }
        let mut cleanups = Vec::new();
        for (i, (op, right)) in ops.iter().zip(comparators).enumerate() {
            self.expr(right)?;
            if i + 1 < ops.len() {
                self.emit(Op::Dup);
                self.emit(Op::Rot3);
                self.set_line(e.span);
                self.emit(cmp_op(*op));
                cleanups.push(self.emit(Op::JumpIfFalseOrPop(0)));
            } else {
                self.set_line(e.span);
                self.emit(cmp_op(*op));
            }
        }
        let jend = self.emit(Op::Jump(0));
        for c in cleanups {
            self.patch_here(c);
        }
        self.emit(Op::Rot2);
        self.emit(Op::Pop);
        self.patch_here(jend);
        Ok(())
    }

    /// `super().attr` or `super(A, b).attr` (`value` is the call): emits `LoadSuperAttr` and
    /// says true; false for any other `value`, having emitted nothing.
    fn super_attr(&mut self, value: &'a Expr, attr: &str, method: bool) -> CResult<bool> {
        let ExprKind::Call {
            func,
            args,
            keywords,
        } = &value.kind
        else {
            return Ok(false);
        };
        let plain = |a: &Expr| !matches!(a.kind, ExprKind::Starred(_));
        if !matches!(&func.kind, ExprKind::Name(n) if n == "super")
            || !keywords.is_empty()
            || !(args.is_empty() || args.len() == 2 && args.iter().all(plain))
        {
            return Ok(false);
        }
        self.expr(func)?;
        for a in args {
            self.expr(a)?;
        }
        let i = self.name_index(attr);
        self.set_line(value.span);
        self.emit(Op::LoadSuperAttr(
            i << 2 | u32::from(method) << 1 | u32::from(args.len() == 2),
        ));
        Ok(true)
    }

    fn call(
        &mut self,
        e: &'a Expr,
        func: &'a Expr,
        args: &'a [Expr],
        keywords: &'a [Keyword],
    ) -> CResult<()> {
        let has_star = args.iter().any(|a| matches!(a.kind, ExprKind::Starred(_)));
        let has_dstar = keywords.iter().any(|k| k.name.is_none());
        if has_star || has_dstar {
            self.expr(func)?;
            if args.len() == 1 && has_star {
                if let ExprKind::Starred(inner) = &args[0].kind {
                    self.expr(inner)?;
                    self.emit(Op::BuildList(TEMP_LIST));
                    self.emit(Op::Rot2);
                    self.emit(Op::ListExtend(1));
                    self.emit(Op::ListToTuple);
                }
            } else {
                self.emit(Op::BuildList(TEMP_LIST));
                self.extend_list(args)?;
                self.emit(Op::ListToTuple);
            }
            if keywords.is_empty() {
                self.set_line(e.span);
                self.emit(Op::CallEx(0));
            } else {
                self.keyword_map(keywords)?;
                self.set_line(e.span);
                self.emit(Op::CallEx(1));
            }
            return Ok(());
        }
        // obj.method(args): avoid building a bound method.
        if let (ExprKind::Attribute { value, attr }, true) = (&func.kind, keywords.is_empty()) {
            if !self.super_attr(value, attr, true)? {
                self.expr(value)?;
                let i = self.name_index(attr);
                self.set_line(func.span);
                self.emit(Op::LoadMethod(i));
            }
            for a in args {
                self.expr(a)?;
            }
            self.set_line(e.span);
            self.emit(Op::CallMethod(args.len() as u32));
            return Ok(());
        }
        self.expr(func)?;
        for a in args {
            self.expr(a)?;
        }
        if keywords.is_empty() {
            self.set_line(e.span);
            self.emit(Op::Call(args.len() as u32));
        } else {
            let mut names = Vec::new();
            for k in keywords {
                if let Some(n) = &k.name {
                    if names.iter().any(|v: &Value| v.as_str() == Some(n)) {
                        return err(format!("keyword argument repeated: {n}"), k.span);
                    }
                    names.push(Value::str(n));
                }
                self.expr(&k.value)?;
            }
            let n = (args.len() + keywords.len()) as u32;
            self.load_const(Value::tuple(names));
            self.set_line(e.span);
            self.emit(Op::CallKw(n));
        }
        Ok(())
    }

    /// The keywords of a call with unpacking as one dict on the stack: `name=value` added,
    /// `**mapping` merged, in order.
    pub(super) fn keyword_map(&mut self, keywords: &'a [Keyword]) -> CResult<()> {
        self.emit(Op::BuildMap(0));
        for k in keywords {
            match &k.name {
                Some(n) => {
                    self.load_const(Value::str(n));
                    self.expr(&k.value)?;
                    self.emit(Op::MapAdd(1));
                }
                None => {
                    self.expr(&k.value)?;
                    self.emit(Op::DictMerge(1));
                }
            }
        }
        Ok(())
    }

    /// A comprehension runs in its own function scope; the outermost iterable is evaluated
    /// here and passed in as the argument `.0`.
    fn comprehension(
        &mut self,
        e: &'a Expr,
        kind: CompKind,
        generators: &'a [Comprehension],
        elt: &'a Expr,
        value: Option<&'a Expr>,
    ) -> CResult<()> {
        let scope = self
            .table
            .by_node
            .get(&(e as *const Expr as usize))
            .copied()
            .unwrap_or(0);
        let name = match kind {
            CompKind::List => "<listcomp>",
            CompKind::Set => "<setcomp>",
            CompKind::Dict => "<dictcomp>",
            CompKind::Generator => "<genexpr>",
        };
        let qualname = self.qualname_for(name);
        let outer_line = self.unit().line;
        self.push_unit(scope, name, qualname.clone(), e.span.line);
        self.unit().line = outer_line;
        match kind {
            CompKind::List => {
                self.emit(Op::BuildList(0));
            }
            CompKind::Set => {
                self.emit(Op::BuildSet(0));
            }
            CompKind::Dict => {
                self.emit(Op::BuildMap(0));
            }
            CompKind::Generator => {}
        }
        self.comprehension_loop(kind, generators, 0, elt, value)?;
        if kind == CompKind::Generator {
            self.load_const(Value::None);
        }
        self.emit(Op::Return);
        // `async for` or `await` inside makes the comprehension a coroutine (an asynchronous
        // generator for a generator expression), which the enclosing code awaits.
        let is_async = generators.iter().any(|g| g.is_async)
            || self
                .unit()
                .ops
                .iter()
                .any(|op| matches!(op, Op::GetAwaitable));
        let mut flags = if kind == CompKind::Generator {
            Code::GENERATOR
        } else {
            0
        };
        if is_async {
            flags |= Code::COROUTINE;
        }
        let code: Rc<Code> = self.finish_unit(1, 0, 0, flags);
        self.emit_closure(&code, 0, qualname)?;
        self.expr(&generators[0].iter)?;
        if generators[0].is_async {
            self.emit_get_aiter();
        } else {
            self.emit(Op::GetIter);
        }
        self.emit(Op::Call(1));
        if is_async && kind != CompKind::Generator {
            self.emit_await();
        }
        Ok(())
    }

    fn comprehension_loop(
        &mut self,
        kind: CompKind,
        generators: &'a [Comprehension],
        depth: usize,
        elt: &'a Expr,
        value: Option<&'a Expr>,
    ) -> CResult<()> {
        let g = &generators[depth];
        if depth == 0 {
            let i = self.var_index(".0");
            self.emit(Op::LoadFast(i));
        } else if g.is_async {
            self.expr(&g.iter)?;
            self.emit_get_aiter();
        } else {
            self.expr(&g.iter)?;
            self.emit(Op::GetIter);
        }
        let top = self.here();
        let fi = if g.is_async {
            self.emit_anext()
        } else {
            self.emit(Op::ForIter(0))
        };
        self.store_target(&g.target)?;
        let mut skips = Vec::new();
        for cond in &g.ifs {
            self.expr(cond)?;
            skips.push(self.emit(Op::PopJumpIfFalse(0)));
        }
        if depth + 1 < generators.len() {
            self.comprehension_loop(kind, generators, depth + 1, elt, value)?;
        } else {
            let below = depth as u32 + 1;
            match kind {
                CompKind::List => {
                    self.expr(elt)?;
                    self.emit(Op::ListAppend(below + 1));
                }
                CompKind::Set => {
                    self.expr(elt)?;
                    self.emit(Op::SetAdd(below + 1));
                }
                CompKind::Dict => {
                    self.expr(elt)?;
                    if let Some(v) = value {
                        self.expr(v)?;
                    }
                    self.emit(Op::MapAdd(below + 1));
                }
                CompKind::Generator => {
                    self.expr(elt)?;
                    self.emit(Op::YieldValue);
                    self.emit(Op::Pop);
                }
            }
        }
        for s in skips {
            self.patch(s, top);
        }
        self.emit(Op::Jump(top));
        if g.is_async {
            self.emit_async_loop_end(fi);
        } else {
            self.patch_here(fi);
        }
        Ok(())
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum CompKind {
    List,
    Set,
    Dict,
    Generator,
}

fn cmp_op(op: CmpOp) -> Op {
    match op {
        CmpOp::Eq => Op::Compare(0),
        CmpOp::NotEq => Op::Compare(1),
        CmpOp::Lt => Op::Compare(2),
        CmpOp::LtE => Op::Compare(3),
        CmpOp::Gt => Op::Compare(4),
        CmpOp::GtE => Op::Compare(5),
        CmpOp::Is => Op::Is(0),
        CmpOp::IsNot => Op::Is(1),
        CmpOp::In => Op::In(0),
        CmpOp::NotIn => Op::In(1),
    }
}

pub(crate) fn constant_value(c: &Constant) -> Value {
    match c {
        Constant::None => Value::None,
        Constant::Bool(b) => Value::Bool(*b),
        Constant::Int(i) => Value::from_bigint(i.clone()),
        Constant::Float(f) => Value::Float(*f),
        Constant::Imaginary(f) => Value::complex(0.0, *f),
        Constant::Str(s) => Value::str(s),
        Constant::Bytes(b) => Value::Bytes(Rc::new(crate::object::Tuple::new(b.clone()))),
        Constant::Ellipsis => Value::Ellipsis,
    }
}

/// The values of a tuple display made only of constants, folded at compile time.
fn all_constants(items: &[Expr]) -> Option<Vec<Value>> {
    items
        .iter()
        .map(|i| match &i.kind {
            ExprKind::Constant(c) => Some(constant_value(c)),
            _ => None,
        })
        .collect()
}
