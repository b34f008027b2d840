//! The backtracking matcher: runs a compiled program over a string of characters with an
//! explicit backtrack stack (no Rust recursion per step), charging the interpreter's
//! instruction fuel per step so that a catastrophic pattern meets the instruction limit or
//! the deadline instead of hanging the host.

use super::ast::{fold, upper, Anchor, Class, ClassItem};
use super::compile::{Inst, Program};
use crate::interp::{Interpreter, PyResult};

enum Backtrack {
    Branch { pc: usize, pos: usize },
    Restore { slot: usize, old: isize },
}

pub(super) struct Matcher<'a> {
    pub prog: &'a Program,
    pub text: &'a [char],
    /// The end of the subject (`endpos`).
    pub end: usize,
}

fn is_word(c: char, ascii: bool) -> bool {
    if ascii {
        c.is_ascii_alphanumeric() || c == '_'
    } else {
        c.is_alphanumeric() || c == '_'
    }
}

fn is_digit(c: char, ascii: bool) -> bool {
    if ascii {
        c.is_ascii_digit()
    } else {
        crate::num::decimal_value(c).is_some()
    }
}

fn is_space(c: char, ascii: bool) -> bool {
    if ascii {
        matches!(c, ' ' | '\t' | '\n' | '\r' | '\u{b}' | '\u{c}')
    } else {
        crate::num::is_space(c)
    }
}

fn class_hit(cls: &Class, c: char) -> bool {
    cls.items.iter().any(|item| match *item {
        ClassItem::Range(lo, hi) => lo <= c && c <= hi,
        ClassItem::Digit(want) => is_digit(c, cls.ascii) == want,
        ClassItem::Word(want) => is_word(c, cls.ascii) == want,
        ClassItem::Space(want) => is_space(c, cls.ascii) == want,
    })
}

pub(super) fn class_matches(cls: &Class, c: char) -> bool {
    let mut hit = class_hit(cls, c);
    if !hit && cls.icase {
        hit = class_hit(cls, fold(c)) || class_hit(cls, upper(c));
    }
    hit != cls.negated
}

impl Matcher<'_> {
    fn anchor(&self, a: Anchor, pos: usize) -> bool {
        let t = self.text;
        match a {
            Anchor::LineStart(multi) => pos == 0 || (multi && t.get(pos - 1) == Some(&'\n')),
            Anchor::LineEnd(multi) => {
                pos == self.end || (t.get(pos) == Some(&'\n') && (multi || pos + 1 == self.end))
            }
            Anchor::StringStart => pos == 0,
            Anchor::StringEnd => pos == self.end,
            Anchor::WordBoundary(want, ascii) => {
                if self.end == 0 {
                    return false;
                }
                let before = pos > 0 && t.get(pos - 1).is_some_and(|&c| is_word(c, ascii));
                let after = pos < self.end && t.get(pos).is_some_and(|&c| is_word(c, ascii));
                (before != after) == want
            }
        }
    }

    /// Runs the program from `pc` at `pos`; the end position of the first match, with
    /// `slots` updated, or None. `reject_end` refuses a match ending there (an empty match
    /// where the previous one ended).
    pub(super) fn run(
        &self,
        interp: &mut Interpreter,
        pc: usize,
        pos: usize,
        slots: &mut [isize],
        reject_end: Option<usize>,
    ) -> PyResult<Option<usize>> {
        let mut stack = Vec::new();
        self.run_with(interp, pc, pos, slots, reject_end, &mut stack)
    }

    /// `run` with a caller's backtrack stack (emptied first), reused across start positions.
    fn run_with(
        &self,
        interp: &mut Interpreter,
        pc: usize,
        pos: usize,
        slots: &mut [isize],
        reject_end: Option<usize>,
        stack: &mut Vec<Backtrack>,
    ) -> PyResult<Option<usize>> {
        let insts = &self.prog.insts;
        let text = self.text;
        stack.clear();
        let (mut pc, mut pos) = (pc, pos);
        loop {
            interp.fuel -= 1;
            if interp.fuel <= 0 {
                interp.refuel()?;
                interp.check_alloc(stack.len() as u128 * 24)?;
            }
            let ok = match insts.get(pc) {
                None => false,
                Some(Inst::Char(c)) if pos < self.end && text.get(pos) == Some(c) => {
                    pos += 1;
                    pc += 1;
                    true
                }
                Some(Inst::CharFold(c))
                    if pos < self.end && text.get(pos).is_some_and(|&t| fold(t) == *c) =>
                {
                    pos += 1;
                    pc += 1;
                    true
                }
                Some(Inst::Any(dotall))
                    if pos < self.end && (*dotall || text.get(pos) != Some(&'\n')) =>
                {
                    pos += 1;
                    pc += 1;
                    true
                }
                Some(Inst::Class(cls))
                    if pos < self.end && text.get(pos).is_some_and(|&c| class_matches(cls, c)) =>
                {
                    pos += 1;
                    pc += 1;
                    true
                }
                Some(Inst::Char(_) | Inst::CharFold(_) | Inst::Any(_) | Inst::Class(_)) => false,
                Some(Inst::Anchor(a)) => {
                    pc += 1;
                    self.anchor(*a, pos)
                }
                Some(Inst::Split(a, b)) => {
                    stack.push(Backtrack::Branch { pc: *b, pos });
                    pc = *a;
                    true
                }
                Some(Inst::Jmp(t)) => {
                    pc = *t;
                    true
                }
                Some(Inst::Save(s)) => {
                    let s = *s;
                    self.set(slots, stack, s, pos as isize);
                    if s % 2 == 1 && s > 1 {
                        self.set(slots, stack, self.prog.last_index_slot, (s / 2) as isize);
                    }
                    pc += 1;
                    true
                }
                Some(Inst::Mark(r)) => {
                    self.set(slots, stack, *r, pos as isize);
                    pc += 1;
                    true
                }
                Some(Inst::CheckProgress(r, exit)) => {
                    if slots.get(*r).copied() == Some(pos as isize) {
                        pc = *exit;
                    } else {
                        pc += 1;
                    }
                    true
                }
                Some(Inst::Backref(g, icase)) => match self.backref(slots, *g, *icase, pos) {
                    Some(p) => {
                        pos = p;
                        pc += 1;
                        true
                    }
                    None => false,
                },
                Some(Inst::GroupExists(g, no)) => {
                    let set = slots.get(2 * g + 1).is_some_and(|&e| e >= 0);
                    pc = if set { pc + 1 } else { *no };
                    true
                }
                Some(Inst::Look {
                    behind,
                    negate,
                    next,
                }) => {
                    let start = match behind {
                        Some(w) => pos.checked_sub(*w),
                        None => Some(pos),
                    };
                    let mut sub = slots.to_vec();
                    let found = match start {
                        Some(s) => self.run(interp, pc + 1, s, &mut sub, None)?.is_some(),
                        None => false,
                    };
                    if found != *negate {
                        if !*negate {
                            self.adopt(slots, stack, &sub);
                        }
                        pc = *next;
                        true
                    } else {
                        false
                    }
                }
                Some(Inst::Atomic(next)) => {
                    let mut sub = slots.to_vec();
                    match self.run(interp, pc + 1, pos, &mut sub, None)? {
                        Some(p) => {
                            self.adopt(slots, stack, &sub);
                            pos = p;
                            pc = *next;
                            true
                        }
                        None => false,
                    }
                }
                Some(Inst::SubMatch) => return Ok(Some(pos)),
                Some(Inst::Match) => {
                    if reject_end == Some(pos) {
                        false
                    } else {
                        return Ok(Some(pos));
                    }
                }
            };
            if ok {
                continue;
            }
            // Backtrack: undo slot writes until the newest branch, and resume there.
            loop {
                match stack.pop() {
                    None => return Ok(None),
                    Some(Backtrack::Restore { slot, old }) => {
                        if let Some(s) = slots.get_mut(slot) {
                            *s = old;
                        }
                    }
                    Some(Backtrack::Branch { pc: p, pos: q }) => {
                        pc = p;
                        pos = q;
                        break;
                    }
                }
            }
        }
    }

    fn set(&self, slots: &mut [isize], stack: &mut Vec<Backtrack>, slot: usize, v: isize) {
        if let Some(s) = slots.get_mut(slot) {
            stack.push(Backtrack::Restore { slot, old: *s });
            *s = v;
        }
    }

    fn adopt(&self, slots: &mut [isize], stack: &mut Vec<Backtrack>, sub: &[isize]) {
        for (i, &v) in sub.iter().enumerate() {
            if slots.get(i) != Some(&v) {
                self.set(slots, stack, i, v);
            }
        }
    }

    fn backref(&self, slots: &[isize], g: usize, icase: bool, pos: usize) -> Option<usize> {
        let s = *slots.get(2 * g)?;
        let e = *slots.get(2 * g + 1)?;
        if s < 0 || e < s {
            return None;
        }
        let group = self.text.get(s as usize..e as usize)?;
        let end = pos + group.len();
        if end > self.end {
            return None;
        }
        let here = self.text.get(pos..end)?;
        let same = if icase {
            group.iter().zip(here).all(|(a, b)| fold(*a) == fold(*b))
        } else {
            group == here
        };
        same.then_some(end)
    }

    /// The first match starting at `start` or (unless `anchored`) later; the capture slots.
    pub(super) fn search(
        &self,
        interp: &mut Interpreter,
        start: usize,
        anchored: bool,
        must_advance: bool,
    ) -> PyResult<Option<Vec<isize>>> {
        let first = self.prog.insts.first();
        // A match can only begin at the start of the string for a pattern that opens with
        // \A or a non-multiline ^.
        let only_at_zero = matches!(
            first,
            Some(Inst::Anchor(Anchor::StringStart | Anchor::LineStart(false)))
        );
        let mut slots = vec![-1isize; self.prog.nslots];
        let mut stack = Vec::new();
        let mut s = start;
        while s <= self.end {
            if !anchored {
                if only_at_zero && s > 0 {
                    return Ok(None);
                }
                // Skip start positions whose first character cannot begin a match.
                if let Some(inst) = first {
                    let fits = |c: char| match inst {
                        Inst::Char(x) => c == *x,
                        Inst::CharFold(x) => fold(c) == *x,
                        Inst::Class(cls) => class_matches(cls, c),
                        Inst::Any(dotall) => *dotall || c != '\n',
                        _ => true,
                    };
                    if matches!(
                        inst,
                        Inst::Char(_) | Inst::CharFold(_) | Inst::Class(_) | Inst::Any(_)
                    ) {
                        while s < self.end && !self.text.get(s).is_some_and(|&c| fits(c)) {
                            s += 1;
                        }
                        if s >= self.end {
                            return Ok(None);
                        }
                    }
                }
            }
            slots.fill(-1);
            let reject = if must_advance && s == start {
                Some(start)
            } else {
                None
            };
            let found = self.run_with(interp, 0, s, &mut slots, reject, &mut stack)?;
            if let Some(e) = found {
                if let Some(x) = slots.get_mut(0) {
                    *x = s as isize;
                }
                if let Some(x) = slots.get_mut(1) {
                    *x = e as isize;
                }
                return Ok(Some(slots));
            }
            if anchored {
                break;
            }
            s += 1;
        }
        Ok(None)
    }
}
