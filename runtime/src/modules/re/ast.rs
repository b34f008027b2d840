//! The parsed form of a regular expression: nodes carrying the flags they match under,
//! character classes, anchors, parse errors, and the case-folding and width helpers that the
//! parser, compiler and matcher share.

/// Largest repeat count, as CPython's MAXREPEAT less one.
pub(super) const MAX_REPEAT: u32 = u32::MAX - 1;

/// A parse error: CPython's message and the position it names (None for a few errors).
#[derive(Debug)]
pub(crate) struct ReError {
    pub msg: String,
    pub pos: Option<usize>,
}

/// A class member: a character range (inclusive) or a category escape.
#[derive(Debug, Clone)]
pub(super) enum ClassItem {
    Range(char, char),
    Digit(bool),
    Word(bool),
    Space(bool),
}

#[derive(Debug, Clone)]
pub(super) struct Class {
    pub items: Vec<ClassItem>,
    pub negated: bool,
    pub icase: bool,
    pub ascii: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Anchor {
    /// `^`: the start of the string, or after any newline when multiline.
    LineStart(bool),
    /// `$`: the end, or before a final newline; before any newline when multiline.
    LineEnd(bool),
    StringStart,
    StringEnd,
    /// `\b` (true) or `\B`; the flag says ASCII-only word characters.
    WordBoundary(bool, bool),
}

#[derive(Debug, Clone)]
pub(super) enum Node {
    Empty,
    Char(char, bool),
    /// `.`; true when it also matches a newline (DOTALL).
    Any(bool),
    Class(Box<Class>),
    Anchor(Anchor),
    Group(Option<usize>, Box<Node>),
    Concat(Vec<Node>),
    Alt(Vec<Node>),
    Repeat {
        node: Box<Node>,
        min: u32,
        max: u32,
        greedy: bool,
        possessive: bool,
    },
    Backref(usize, bool),
    Look {
        node: Box<Node>,
        behind: bool,
        negate: bool,
    },
    Atomic(Box<Node>),
    Cond {
        group: usize,
        yes: Box<Node>,
        no: Box<Node>,
    },
}

/// Whether a character has a different lowercase or uppercase form.
pub(super) fn has_case(c: char) -> bool {
    fold(c) != c || upper(c) != c
}

/// The simple lowercase of a character (one character), for case-insensitive matching.
pub(super) fn fold(c: char) -> char {
    let mut l = c.to_lowercase();
    match (l.next(), l.next()) {
        (Some(x), None) => x,
        _ => c,
    }
}

pub(super) fn upper(c: char) -> char {
    let mut u = c.to_uppercase();
    match (u.next(), u.next()) {
        (Some(x), None) => x,
        _ => c,
    }
}

/// The width of every match of `node`, when all its matches have one width.
pub(super) fn fixed_width(node: &Node) -> Option<usize> {
    match node {
        Node::Empty | Node::Anchor(_) | Node::Look { .. } => Some(0),
        Node::Char(..) | Node::Any(_) | Node::Class(_) => Some(1),
        Node::Group(_, n) | Node::Atomic(n) => fixed_width(n),
        Node::Concat(items) => items.iter().map(fixed_width).sum(),
        Node::Alt(items) => {
            let first = fixed_width(items.first()?)?;
            items
                .iter()
                .all(|n| fixed_width(n) == Some(first))
                .then_some(first)
        }
        Node::Repeat { node, min, max, .. } if min == max => {
            fixed_width(node)?.checked_mul(*min as usize)
        }
        Node::Cond { yes, no, .. } => {
            let y = fixed_width(yes)?;
            (fixed_width(no)? == y).then_some(y)
        }
        _ => None,
    }
}
