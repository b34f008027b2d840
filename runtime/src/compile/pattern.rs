//! `match` statements. The subject stays on the stack while each case tries its pattern on a
//! copy; a failing test jumps to a landing pad that pops what the pattern had pushed and goes
//! on to the next case. Names are bound as they are captured.

use crate::bytecode::Op;
use crate::syntax::ast::*;
use crate::value::Value;

use super::{err, CResult, Compiler, NameAction};

/// Failed tests: the jump to patch and how many values (above the subject) were on the stack.
type Fails = Vec<(usize, usize)>;

impl<'a> Compiler<'a> {
    pub(super) fn match_stmt(&mut self, subject: &'a Expr, cases: &'a [MatchCase]) -> CResult<()> {
        self.expr(subject)?;
        let mut ends = Vec::new();
        for (i, case) in cases.iter().enumerate() {
            let is_irrefutable = matches!(
                case.pattern.kind,
                PatternKind::MatchAs { pattern: None, .. }
            );
            if is_irrefutable && case.guard.is_none() && i + 1 < cases.len() {
                let what = match &case.pattern.kind {
                    PatternKind::MatchAs { name: Some(n), .. } => {
                        format!("name capture '{n}' makes remaining patterns unreachable")
                    }
                    _ => "wildcard makes remaining patterns unreachable".to_owned(),
                };
                return err(what, case.pattern.span);
            }
            self.set_line(case.pattern.span);
            self.emit(Op::Dup);
            let mut fails = Fails::new();
            self.pattern(&case.pattern, 1, &mut fails)?;
            if let Some(g) = &case.guard {
                self.expr(g)?;
                fails.push((self.emit(Op::PopJumpIfFalse(0)), 0));
            }
            self.emit(Op::Pop);
            self.stmts(&case.body)?;
            ends.push(self.emit(Op::Jump(0)));
            self.emit_fail_pads(fails);
        }
        self.emit(Op::Pop);
        for j in ends {
            self.patch_here(j);
        }
        Ok(())
    }

    /// Landing pads for failed tests: pop the extra values, then fall through.
    fn emit_fail_pads(&mut self, mut fails: Fails) {
        fails.sort_by_key(|&(_, pops)| std::cmp::Reverse(pops));
        let mut i = 0;
        while i < fails.len() {
            let pops = fails[i].1;
            while i < fails.len() && fails[i].1 == pops {
                self.patch_here(fails[i].0);
                i += 1;
            }
            // Pads fall into one another: the next pad pops fewer.
            let next = fails.get(i).map_or(0, |f| f.1);
            for _ in next..pops {
                self.emit(Op::Pop);
            }
        }
    }

    fn fail_if_false(&mut self, fails: &mut Fails, pops: usize) {
        fails.push((self.emit(Op::PopJumpIfFalse(0)), pops));
    }

    /// Matches the value on top of the stack (consuming it on success). `depth` counts the
    /// values above the subject, the tested one included.
    fn pattern(&mut self, p: &'a Pattern, depth: usize, fails: &mut Fails) -> CResult<()> {
        match &p.kind {
            PatternKind::MatchAs {
                pattern: None,
                name: None,
            } => {
                self.emit(Op::Pop);
            }
            PatternKind::MatchAs {
                pattern: None,
                name: Some(n),
            } => {
                self.name_op(n, NameAction::Store);
            }
            PatternKind::MatchAs {
                pattern: Some(inner),
                name,
            } => match name {
                Some(n) => {
                    self.emit(Op::Dup);
                    self.pattern(inner, depth + 1, fails)?;
                    self.name_op(n, NameAction::Store);
                }
                None => self.pattern(inner, depth, fails)?,
            },
            PatternKind::MatchValue(e) => {
                self.expr(e)?;
                self.emit(Op::Compare(0));
                self.fail_if_false(fails, depth - 1);
            }
            PatternKind::MatchSingleton(c) => {
                self.load_const(super::expr::constant_value(c));
                self.emit(Op::Is(0));
                self.fail_if_false(fails, depth - 1);
            }
            PatternKind::MatchSequence(items) => self.sequence_pattern(items, depth, fails)?,
            PatternKind::MatchMapping {
                keys,
                patterns,
                rest,
            } => self.mapping_pattern(keys, patterns, rest.as_deref(), depth, fails)?,
            PatternKind::MatchClass {
                cls,
                patterns,
                kwd_attrs,
                kwd_patterns,
            } => {
                self.expr(cls)?;
                let names: Vec<Value> = kwd_attrs.iter().map(|a| Value::str(a)).collect();
                self.load_const(Value::tuple(names));
                self.emit(Op::MatchClass(patterns.len() as u32));
                // [attrs or None]
                self.emit(Op::Dup);
                self.load_const(Value::None);
                self.emit(Op::Is(1));
                self.fail_if_false(fails, depth);
                let all: Vec<&'a Pattern> = patterns.iter().chain(kwd_patterns).collect();
                self.emit(Op::UnpackSequence(all.len() as u32));
                let n = all.len();
                for (i, sub) in all.into_iter().enumerate() {
                    self.pattern(sub, depth - 1 + (n - i), fails)?;
                }
            }
            PatternKind::MatchStar(_) => return err("can't use starred name here", p.span),
            PatternKind::MatchOr(alts) => {
                let mut successes = Vec::new();
                for alt in alts {
                    self.emit(Op::Dup);
                    let mut alt_fails = Fails::new();
                    self.pattern(alt, depth + 1, &mut alt_fails)?;
                    self.emit(Op::Pop);
                    successes.push(self.emit(Op::Jump(0)));
                    // Failed alternatives come back with the tested value alone on top.
                    let adjusted: Fails = alt_fails
                        .into_iter()
                        .map(|(j, pops)| (j, pops - depth))
                        .collect();
                    self.emit_fail_pads(adjusted);
                }
                // Every alternative failed: the tested value is still on the stack.
                fails.push((self.emit(Op::Jump(0)), depth));
                for j in successes {
                    self.patch_here(j);
                }
            }
        }
        Ok(())
    }

    fn sequence_pattern(
        &mut self,
        items: &'a [Pattern],
        depth: usize,
        fails: &mut Fails,
    ) -> CResult<()> {
        let star = items
            .iter()
            .position(|i| matches!(i.kind, PatternKind::MatchStar(_)));
        if items
            .iter()
            .filter(|i| matches!(i.kind, PatternKind::MatchStar(_)))
            .count()
            > 1
        {
            return err("multiple starred names in sequence pattern", items[0].span);
        }
        self.emit(Op::MatchSequence);
        self.fail_if_false(fails, depth);
        self.emit(Op::GetLen);
        let n = items.len();
        match star {
            None => {
                self.load_const(Value::Int(n as i64));
                self.emit(Op::Compare(0));
            }
            Some(_) => {
                self.load_const(Value::Int(n as i64 - 1));
                self.emit(Op::Compare(5));
            }
        }
        self.fail_if_false(fails, depth);
        match star {
            None => {
                self.emit(Op::UnpackSequence(n as u32));
            }
            Some(s) => {
                let after = n - s - 1;
                self.emit(Op::UnpackEx(s as u32 | ((after as u32) << 8)));
            }
        }
        for (i, sub) in items.iter().enumerate() {
            let d = depth - 1 + (n - i);
            match &sub.kind {
                PatternKind::MatchStar(Some(name)) => self.name_op(name, NameAction::Store),
                PatternKind::MatchStar(None) => {
                    self.emit(Op::Pop);
                }
                _ => self.pattern(sub, d, fails)?,
            }
        }
        Ok(())
    }

    fn mapping_pattern(
        &mut self,
        keys: &'a [Expr],
        patterns: &'a [Pattern],
        rest: Option<&'a str>,
        depth: usize,
        fails: &mut Fails,
    ) -> CResult<()> {
        self.emit(Op::MatchMapping);
        self.fail_if_false(fails, depth);
        for k in keys {
            self.expr(k)?;
        }
        self.emit(Op::BuildTuple(keys.len() as u32));
        // [subj, keys] -> [subj, keys, values or None]
        self.emit(Op::MatchKeys);
        self.emit(Op::Dup);
        self.load_const(Value::None);
        self.emit(Op::Is(1));
        self.fail_if_false(fails, depth + 2);
        // [subj, keys, values] -> [values] (binding the rest first).
        self.emit(Op::Rot3);
        match rest {
            Some(name) => {
                self.emit(Op::CopyDictWithoutKeys);
                self.name_op(name, NameAction::Store);
            }
            None => {
                self.emit(Op::Pop);
                self.emit(Op::Pop);
            }
        }
        let n = patterns.len();
        self.emit(Op::UnpackSequence(n as u32));
        for (i, sub) in patterns.iter().enumerate() {
            self.pattern(sub, depth - 1 + (n - i), fails)?;
        }
        Ok(())
    }
}
