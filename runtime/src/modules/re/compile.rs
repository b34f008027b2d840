//! Compiles a parsed pattern to the matcher's instructions: a backtracking program with
//! explicit splits, capture saves, loop progress checks and sub-programs for lookarounds and
//! atomic groups.

use super::ast::{Anchor, Class, Node, ReError, MAX_REPEAT};

/// Programs longer than this are refused (counted repeats are expanded).
const MAX_PROGRAM: usize = 500_000;

#[derive(Debug, Clone)]
pub(super) enum Inst {
    /// Match one character exactly.
    Char(char),
    /// Match one character whose simple lowercase is this one.
    CharFold(char),
    /// `.`: any character; the flag says whether a newline counts.
    Any(bool),
    Class(Box<Class>),
    Anchor(Anchor),
    /// Try the first target, and on failure the second.
    Split(usize, usize),
    Jmp(usize),
    /// Record the position in a capture slot (even: a group's start, odd: its end).
    Save(usize),
    /// Record the position in a register, at the top of a loop whose body can match empty.
    Mark(usize),
    /// Leave the loop (jump to the target) if the body matched empty since the Mark.
    CheckProgress(usize, usize),
    Backref(usize, bool),
    /// A lookaround whose body follows and ends with `SubMatch`; continue at `next`.
    Look {
        behind: Option<usize>,
        negate: bool,
        next: usize,
    },
    /// An atomic group whose body follows and ends with `SubMatch`; continue at `next`.
    Atomic(usize),
    /// Continue if the group matched, else jump to the target.
    GroupExists(usize, usize),
    SubMatch,
    Match,
}

pub(super) struct Program {
    pub insts: Vec<Inst>,
    /// Capture slots (two per group, group 0 included), then the lastindex register, then the
    /// loop registers.
    pub nslots: usize,
    pub last_index_slot: usize,
}

struct Compiler {
    insts: Vec<Inst>,
    next_reg: usize,
}

/// The program for `node`; with `full`, a match must also reach the end (fullmatch).
pub(super) fn compile(node: &Node, groups: usize, full: bool) -> Result<Program, ReError> {
    let last_index_slot = 2 * (groups + 1);
    let mut c = Compiler {
        insts: Vec::new(),
        next_reg: last_index_slot + 1,
    };
    c.node(node)?;
    if full {
        c.emit(Inst::Anchor(Anchor::StringEnd))?;
    }
    c.emit(Inst::Match)?;
    Ok(Program {
        insts: c.insts,
        nslots: c.next_reg,
        last_index_slot,
    })
}

/// Whether `node` can match the empty string (conservatively true when unsure).
fn nullable(node: &Node) -> bool {
    match node {
        Node::Char(..) | Node::Any(_) | Node::Class(_) => false,
        Node::Group(_, n) | Node::Atomic(n) => nullable(n),
        Node::Concat(items) => items.iter().all(nullable),
        Node::Alt(items) => items.iter().any(nullable),
        Node::Repeat { node, min, .. } => *min == 0 || nullable(node),
        _ => true,
    }
}

impl Compiler {
    fn emit(&mut self, i: Inst) -> Result<usize, ReError> {
        if self.insts.len() >= MAX_PROGRAM {
            return Err(ReError {
                msg: "pattern too large".into(),
                pos: None,
            });
        }
        self.insts.push(i);
        Ok(self.insts.len() - 1)
    }

    fn pc(&self) -> usize {
        self.insts.len()
    }

    fn patch(&mut self, at: usize, inst: Inst) {
        if let Some(slot) = self.insts.get_mut(at) {
            *slot = inst;
        }
    }

    fn node(&mut self, node: &Node) -> Result<(), ReError> {
        match node {
            Node::Empty => {}
            Node::Char(c, false) => {
                self.emit(Inst::Char(*c))?;
            }
            Node::Char(c, true) => {
                self.emit(Inst::CharFold(*c))?;
            }
            Node::Any(dotall) => {
                self.emit(Inst::Any(*dotall))?;
            }
            Node::Class(cls) => {
                self.emit(Inst::Class(cls.clone()))?;
            }
            Node::Anchor(a) => {
                self.emit(Inst::Anchor(*a))?;
            }
            Node::Group(None, body) => self.node(body)?,
            Node::Group(Some(g), body) => {
                self.emit(Inst::Save(2 * g))?;
                self.node(body)?;
                self.emit(Inst::Save(2 * g + 1))?;
            }
            Node::Concat(items) => {
                for n in items {
                    self.node(n)?;
                }
            }
            Node::Alt(branches) => {
                let mut jumps = Vec::new();
                for (k, b) in branches.iter().enumerate() {
                    if k + 1 < branches.len() {
                        let split = self.emit(Inst::Split(0, 0))?;
                        self.node(b)?;
                        jumps.push(self.emit(Inst::Jmp(0))?);
                        let next = self.pc();
                        self.patch(split, Inst::Split(split + 1, next));
                    } else {
                        self.node(b)?;
                    }
                }
                let end = self.pc();
                for j in jumps {
                    self.patch(j, Inst::Jmp(end));
                }
            }
            Node::Repeat {
                node,
                min,
                max,
                greedy,
                possessive,
            } => {
                if *possessive {
                    let at = self.emit(Inst::Atomic(0))?;
                    self.repeat(node, *min, *max, true)?;
                    self.emit(Inst::SubMatch)?;
                    let next = self.pc();
                    self.patch(at, Inst::Atomic(next));
                } else {
                    self.repeat(node, *min, *max, *greedy)?;
                }
            }
            Node::Backref(g, icase) => {
                self.emit(Inst::Backref(*g, *icase))?;
            }
            Node::Look {
                node,
                behind,
                negate,
            } => {
                let width = if *behind {
                    super::ast::fixed_width(node)
                } else {
                    None
                };
                let at = self.emit(Inst::Jmp(0))?;
                self.node(node)?;
                self.emit(Inst::SubMatch)?;
                let next = self.pc();
                self.patch(
                    at,
                    Inst::Look {
                        behind: width,
                        negate: *negate,
                        next,
                    },
                );
            }
            Node::Atomic(body) => {
                let at = self.emit(Inst::Atomic(0))?;
                self.node(body)?;
                self.emit(Inst::SubMatch)?;
                let next = self.pc();
                self.patch(at, Inst::Atomic(next));
            }
            Node::Cond { group, yes, no } => {
                let check = self.emit(Inst::GroupExists(*group, 0))?;
                self.node(yes)?;
                let jmp = self.emit(Inst::Jmp(0))?;
                let no_pc = self.pc();
                self.node(no)?;
                let end = self.pc();
                self.patch(check, Inst::GroupExists(*group, no_pc));
                self.patch(jmp, Inst::Jmp(end));
            }
        }
        Ok(())
    }

    fn repeat(&mut self, node: &Node, min: u32, max: u32, greedy: bool) -> Result<(), ReError> {
        for _ in 0..min {
            self.node(node)?;
        }
        if max == MAX_REPEAT {
            let empty = nullable(node);
            let top = self.emit(Inst::Split(0, 0))?;
            let reg = self.next_reg;
            if empty {
                self.next_reg += 1;
                self.emit(Inst::Mark(reg))?;
            }
            self.node(node)?;
            let check = if empty {
                Some(self.emit(Inst::CheckProgress(reg, 0))?)
            } else {
                None
            };
            self.emit(Inst::Jmp(top))?;
            let exit = self.pc();
            if let Some(c) = check {
                self.patch(c, Inst::CheckProgress(reg, exit));
            }
            let split = if greedy {
                Inst::Split(top + 1, exit)
            } else {
                Inst::Split(exit, top + 1)
            };
            self.patch(top, split);
            return Ok(());
        }
        let mut splits = Vec::new();
        for _ in min..max {
            splits.push(self.emit(Inst::Split(0, 0))?);
            self.node(node)?;
        }
        let end = self.pc();
        for s in splits {
            let split = if greedy {
                Inst::Split(s + 1, end)
            } else {
                Inst::Split(end, s + 1)
            };
            self.patch(s, split);
        }
        Ok(())
    }
}
