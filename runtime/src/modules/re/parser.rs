//! The regular-expression parser: CPython's `re` syntax (sre_parse) to a `Node` tree, with
//! sre_parse's error messages and positions. Scoped flags are resolved here, so every node
//! carries the flags it matches under.

use super::ast::{fixed_width, fold, has_case, Anchor, Class, ClassItem, Node, ReError};
use super::{FLAG_ASCII, FLAG_DOTALL, FLAG_IGNORECASE, FLAG_MULTILINE, FLAG_VERBOSE};

/// Deepest group nesting accepted, so that the parser and compiler stay off the stack limit.
const MAX_NESTING: usize = 200;
use super::ast::MAX_REPEAT;

pub(super) struct Parsed {
    pub node: Node,
    pub groups: usize,
    pub names: Vec<(String, usize)>,
    pub flags: u32,
}

struct Parser<'a> {
    p: &'a [char],
    i: usize,
    flags: u32,
    groups: usize,
    names: Vec<(String, usize)>,
    open: Vec<usize>,
    depth: usize,
    /// Set when a global flag group asks to parse again with new flags.
    restart: Option<u32>,
}

fn err<T>(msg: impl Into<String>, pos: usize) -> Result<T, ReError> {
    Err(ReError {
        msg: msg.into(),
        pos: Some(pos),
    })
}

pub(super) fn parse(pattern: &[char], flags: u32) -> Result<Parsed, ReError> {
    let mut flags = flags;
    // A global flag group such as `(?x)` can change how the whole pattern reads: parse
    // again with it, as sre_parse does.
    for _ in 0..4 {
        let mut ps = Parser {
            p: pattern,
            i: 0,
            flags,
            groups: 0,
            names: Vec::new(),
            open: Vec::new(),
            depth: 0,
            restart: None,
        };
        let node = ps.alternation()?;
        if let Some(new) = ps.restart {
            flags = new;
            continue;
        }
        if ps.i < pattern.len() {
            return err("unbalanced parenthesis", ps.i);
        }
        return Ok(Parsed {
            node,
            groups: ps.groups,
            names: ps.names,
            flags: ps.flags,
        });
    }
    err("global flags not at the start of the expression", 0)
}

fn flag_bit(c: char) -> Option<u32> {
    Some(match c {
        'i' => FLAG_IGNORECASE,
        'm' => FLAG_MULTILINE,
        's' => FLAG_DOTALL,
        'x' => FLAG_VERBOSE,
        'a' => FLAG_ASCII,
        'u' => super::FLAG_UNICODE,
        'L' => super::FLAG_LOCALE,
        _ => return None,
    })
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

impl Parser<'_> {
    fn peek(&self) -> Option<char> {
        self.p.get(self.i).copied()
    }

    fn peek_at(&self, k: usize) -> Option<char> {
        self.p.get(self.i + k).copied()
    }

    fn verbose(&self) -> bool {
        self.flags & FLAG_VERBOSE != 0
    }

    fn icase(&self) -> bool {
        self.flags & FLAG_IGNORECASE != 0
    }

    fn ascii(&self) -> bool {
        self.flags & FLAG_ASCII != 0
    }

    /// Skips white space and `#` comments in verbose mode.
    fn skip_verbose(&mut self) {
        if !self.verbose() {
            return;
        }
        while let Some(c) = self.peek() {
            if c.is_whitespace() {
                self.i += 1;
            } else if c == '#' {
                while let Some(c) = self.peek() {
                    self.i += 1;
                    if c == '\n' {
                        break;
                    }
                }
            } else {
                break;
            }
        }
    }

    fn alternation(&mut self) -> Result<Node, ReError> {
        let mut branches = vec![self.concat()?];
        while self.peek() == Some('|') && self.restart.is_none() {
            self.i += 1;
            branches.push(self.concat()?);
        }
        Ok(if branches.len() == 1 {
            branches.pop().unwrap_or(Node::Empty)
        } else {
            Node::Alt(branches)
        })
    }

    fn concat(&mut self) -> Result<Node, ReError> {
        let mut items = Vec::new();
        loop {
            self.skip_verbose();
            match self.peek() {
                None | Some('|') | Some(')') => break,
                _ => {}
            }
            if self.restart.is_some() {
                break;
            }
            let start = self.i;
            let atom = self.atom()?;
            let Some(atom) = atom else { continue };
            let node = self.quantifier(atom, start)?;
            items.push(node);
        }
        Ok(match items.len() {
            0 => Node::Empty,
            1 => items.pop().unwrap_or(Node::Empty),
            _ => Node::Concat(items),
        })
    }

    /// Reads `{m,n}` at the current position, or None (and no input used) if it is not one.
    fn braces(&mut self) -> Result<Option<(u32, u32)>, ReError> {
        let save = self.i;
        self.i += 1;
        let num = |ps: &mut Parser| -> Option<String> {
            let mut s = String::new();
            while let Some(c) = ps.peek().filter(char::is_ascii_digit) {
                s.push(c);
                ps.i += 1;
            }
            (!s.is_empty()).then_some(s)
        };
        let lo = num(self);
        let (min, max);
        if self.peek() == Some(',') {
            self.i += 1;
            let hi = num(self);
            min = lo;
            max = hi;
        } else {
            min = lo.clone();
            max = lo;
            if min.is_none() {
                self.i = save;
                return Ok(None);
            }
        }
        if self.peek() != Some('}') {
            self.i = save;
            return Ok(None);
        }
        self.i += 1;
        let parse = |s: Option<String>, default: u32| -> Result<u32, ReError> {
            match s {
                None => Ok(default),
                Some(s) => match s.parse::<u64>() {
                    Ok(n) if n <= MAX_REPEAT as u64 => Ok(n as u32),
                    _ => err("the repetition number is too large", save + 1),
                },
            }
        };
        let min = parse(min, 0)?;
        let max = parse(max, MAX_REPEAT)?;
        if max < min {
            return err("min repeat greater than max repeat", save + 1);
        }
        Ok(Some((min, max)))
    }

    fn quantifier(&mut self, mut atom: Node, atom_start: usize) -> Result<Node, ReError> {
        let mut repeated = false;
        loop {
            self.skip_verbose();
            let here = self.i;
            let (min, max) = match self.peek() {
                Some('*') => {
                    self.i += 1;
                    (0, MAX_REPEAT)
                }
                Some('+') => {
                    self.i += 1;
                    (1, MAX_REPEAT)
                }
                Some('?') => {
                    self.i += 1;
                    (0, 1)
                }
                Some('{') => match self.braces()? {
                    Some(r) => r,
                    None => return Ok(atom),
                },
                _ => return Ok(atom),
            };
            if repeated {
                return err("multiple repeat", here);
            }
            if matches!(atom, Node::Empty | Node::Anchor(_)) {
                return err("nothing to repeat", here);
            }
            let _ = atom_start;
            let (mut greedy, mut possessive) = (true, false);
            match self.peek() {
                Some('?') => {
                    self.i += 1;
                    greedy = false;
                }
                Some('+') => {
                    self.i += 1;
                    possessive = true;
                }
                _ => {}
            }
            atom = Node::Repeat {
                node: Box::new(atom),
                min,
                max,
                greedy,
                possessive,
            };
            repeated = true;
        }
    }

    /// One atom, or None for something that matches nothing at all (a comment, a flag group).
    fn atom(&mut self) -> Result<Option<Node>, ReError> {
        let start = self.i;
        let Some(c) = self.peek() else {
            return Ok(Some(Node::Empty));
        };
        self.i += 1;
        Ok(Some(match c {
            '.' => Node::Any(self.flags & FLAG_DOTALL != 0),
            '^' => Node::Anchor(Anchor::LineStart(self.flags & FLAG_MULTILINE != 0)),
            '$' => Node::Anchor(Anchor::LineEnd(self.flags & FLAG_MULTILINE != 0)),
            '[' => self.class(start)?,
            '(' => return self.group(start),
            '\\' => self.escape(start)?,
            '*' | '+' | '?' => return err("nothing to repeat", start),
            '{' => {
                self.i = start;
                if self.braces()?.is_some() {
                    return err("nothing to repeat", start);
                }
                self.i = start + 1;
                Node::Char('{', false)
            }
            c => self.literal(c),
        }))
    }

    fn literal(&self, c: char) -> Node {
        if self.icase() && has_case(c) {
            Node::Char(fold(c), true)
        } else {
            Node::Char(c, false)
        }
    }

    fn group_name(&mut self, end: char, start: usize) -> Result<String, ReError> {
        let name_start = self.i;
        let name = self.raw_name(end)?;
        let _ = start;
        let mut chars = name.chars();
        let valid =
            chars.next().is_some_and(|c| c.is_alphabetic() || c == '_') && chars.all(is_word_char);
        if !valid {
            return err(format!("bad character in group name '{name}'"), name_start);
        }
        Ok(name)
    }

    /// The text up to `end` (consumed), which must not be empty.
    fn raw_name(&mut self, end: char) -> Result<String, ReError> {
        let name_start = self.i;
        let mut name = String::new();
        loop {
            match self.peek() {
                None => {
                    let msg = if end == '>' {
                        "missing >, unterminated name"
                    } else {
                        "missing ), unterminated name"
                    };
                    return err(msg, name_start);
                }
                Some(c) if c == end => {
                    self.i += 1;
                    break;
                }
                Some(c) => {
                    name.push(c);
                    self.i += 1;
                }
            }
        }
        if name.is_empty() {
            return err("missing group name", name_start);
        }
        Ok(name)
    }

    fn lookup_name(&self, name: &str) -> Option<usize> {
        self.names.iter().find(|(n, _)| n == name).map(|(_, g)| *g)
    }

    fn group(&mut self, start: usize) -> Result<Option<Node>, ReError> {
        if self.open.len() + self.depth >= MAX_NESTING {
            return err("too many nested groups", start);
        }
        let mut capture = true;
        let mut name = None;
        if self.peek() == Some('?') {
            self.i += 1;
            let Some(c) = self.peek() else {
                return err("unexpected end of pattern", self.i);
            };
            self.i += 1;
            match c {
                ':' => capture = false,
                'P' => match self.peek() {
                    Some('<') => {
                        self.i += 1;
                        name = Some(self.group_name('>', start)?);
                    }
                    Some('=') => {
                        self.i += 1;
                        let name_start = self.i;
                        let n = self.group_name(')', start)?;
                        let Some(g) = self.lookup_name(&n) else {
                            return err(format!("unknown group name '{n}'"), name_start);
                        };
                        if self.open.contains(&g) {
                            return err("cannot refer to an open group", start);
                        }
                        return Ok(Some(Node::Backref(g, self.icase())));
                    }
                    Some(other) => {
                        return err(format!("unknown extension ?P{other}"), start + 1);
                    }
                    None => return err("unexpected end of pattern", self.i),
                },
                '#' => {
                    loop {
                        match self.peek() {
                            None => return err("missing ), unterminated comment", start),
                            Some(')') => {
                                self.i += 1;
                                break;
                            }
                            Some(_) => self.i += 1,
                        }
                    }
                    return Ok(None);
                }
                '=' | '!' => {
                    let body = self.group_body(start)?;
                    return Ok(Some(Node::Look {
                        node: Box::new(body),
                        behind: false,
                        negate: c == '!',
                    }));
                }
                '<' => {
                    let Some(d) = self.peek() else {
                        return err("unexpected end of pattern", self.i);
                    };
                    if d != '=' && d != '!' {
                        return err(format!("unknown extension ?<{d}"), start + 1);
                    }
                    self.i += 1;
                    let body = self.group_body(start)?;
                    if fixed_width(&body).is_none() {
                        return Err(ReError {
                            msg: "look-behind requires fixed-width pattern".into(),
                            pos: None,
                        });
                    }
                    return Ok(Some(Node::Look {
                        node: Box::new(body),
                        behind: true,
                        negate: d == '!',
                    }));
                }
                '>' => {
                    let body = self.group_body(start)?;
                    return Ok(Some(Node::Atomic(Box::new(body))));
                }
                '(' => return self.conditional(start).map(Some),
                c if flag_bit(c).is_some() || c == '-' => {
                    return self.flag_group(c, start);
                }
                other => return err(format!("unknown extension ?{other}"), start + 1),
            }
        }
        if !capture {
            let body = self.group_body(start)?;
            return Ok(Some(Node::Group(None, Box::new(body))));
        }
        self.groups += 1;
        let g = self.groups;
        if let Some(n) = &name {
            if let Some(old) = self.lookup_name(n) {
                return err(
                    format!("redefinition of group name '{n}' as group {g}; was group {old}"),
                    start + 4,
                );
            }
            self.names.push((n.clone(), g));
        }
        self.open.push(g);
        let body = self.group_body(start)?;
        self.open.pop();
        Ok(Some(Node::Group(Some(g), Box::new(body))))
    }

    /// The alternation inside a group and its closing parenthesis.
    fn group_body(&mut self, start: usize) -> Result<Node, ReError> {
        self.depth += 1;
        let body = self.alternation()?;
        self.depth -= 1;
        if self.restart.is_some() {
            return Ok(body);
        }
        if self.peek() != Some(')') {
            return err("missing ), unterminated subpattern", start);
        }
        self.i += 1;
        Ok(body)
    }

    fn conditional(&mut self, start: usize) -> Result<Node, ReError> {
        let name_start = self.i;
        let n = self.raw_name(')')?;
        let _ = start;
        let group = match n.parse::<usize>() {
            Ok(g) => {
                if g == 0 || g > self.groups {
                    // sre_parse checks the reference against the groups defined so far.
                    if g >= 100 || g > self.groups {
                        return err(format!("invalid group reference {g}"), name_start);
                    }
                }
                g
            }
            Err(_) => match self.lookup_name(&n) {
                Some(g) => g,
                None if n.chars().all(is_word_char) => {
                    return err(format!("unknown group name '{n}'"), name_start)
                }
                None => return err(format!("bad character in group name '{n}'"), name_start),
            },
        };
        self.depth += 1;
        let yes = self.concat()?;
        let no = if self.peek() == Some('|') {
            self.i += 1;
            let no = self.concat()?;
            if self.peek() == Some('|') {
                return err("conditional backref with more than two branches", self.i);
            }
            no
        } else {
            Node::Empty
        };
        self.depth -= 1;
        if self.peek() != Some(')') {
            return err("missing ), unterminated subpattern", start);
        }
        self.i += 1;
        Ok(Node::Cond {
            group,
            yes: Box::new(yes),
            no: Box::new(no),
        })
    }

    /// `(?imsx)` (global, only at the start) or `(?imsx-imsx:...)` (scoped).
    fn flag_group(&mut self, first: char, start: usize) -> Result<Option<Node>, ReError> {
        let mut on = 0u32;
        let mut off = 0u32;
        let mut c = first;
        let mut minus = false;
        loop {
            if c == '-' {
                if minus {
                    return err("bad inline flags: flag turned on and off", self.i);
                }
                minus = true;
            } else if let Some(bit) = flag_bit(c) {
                if minus {
                    off |= bit;
                } else {
                    on |= bit;
                }
            } else if c == ':' || c == ')' {
                break;
            } else {
                let msg = if c.is_alphabetic() {
                    "unknown flag"
                } else {
                    "missing -, : or )"
                };
                return err(msg, self.i - 1);
            }
            match self.peek() {
                Some(n) => {
                    c = n;
                    self.i += 1;
                }
                None => return err("missing -, : or )", self.i),
            }
        }
        if c == ')' {
            if minus {
                return err("missing :", self.i - 1);
            }
            if start != 0 && !self.only_flags_before(start) {
                return err("global flags not at the start of the expression", start);
            }
            let new = self.flags | on;
            if new != self.flags {
                self.flags = new;
                self.restart = Some(new);
            }
            return Ok(None);
        }
        let saved = self.flags;
        self.flags = (self.flags | on) & !off;
        let body = self.group_body(start);
        self.flags = saved;
        Ok(Some(Node::Group(None, Box::new(body?))))
    }

    /// True when everything before `pos` is global flag groups.
    fn only_flags_before(&self, pos: usize) -> bool {
        let mut i = 0;
        while i < pos {
            if self.p.get(i) != Some(&'(') || self.p.get(i + 1) != Some(&'?') {
                return false;
            }
            i += 2;
            while let Some(&c) = self.p.get(i) {
                i += 1;
                if c == ')' {
                    break;
                }
                if flag_bit(c).is_none() {
                    return false;
                }
            }
        }
        true
    }

    fn hex_escape(&mut self, start: usize, kind: char, digits: usize) -> Result<char, ReError> {
        let mut s = String::new();
        for _ in 0..digits {
            match self.peek().filter(char::is_ascii_hexdigit) {
                Some(c) => {
                    s.push(c);
                    self.i += 1;
                }
                None => return err(format!("incomplete escape \\{kind}{s}"), start),
            }
        }
        let n = u32::from_str_radix(&s, 16).unwrap_or(0);
        match char::from_u32(n) {
            Some(c) => Ok(c),
            None => err(format!("bad escape \\{kind}{s}"), start),
        }
    }

    /// An escape valid both inside and outside classes: a character, or an error.
    fn char_escape(&mut self, c: char, start: usize) -> Result<Option<char>, ReError> {
        Ok(Some(match c {
            'n' => '\n',
            't' => '\t',
            'r' => '\r',
            'f' => '\u{c}',
            'v' => '\u{b}',
            'a' => '\u{7}',
            '\\' => '\\',
            'x' => return self.hex_escape(start, 'x', 2).map(Some),
            'u' => return self.hex_escape(start, 'u', 4).map(Some),
            'U' => return self.hex_escape(start, 'U', 8).map(Some),
            '0' => {
                let mut n = 0u32;
                let mut k = 0;
                while k < 2 {
                    match self.peek().and_then(|d| d.to_digit(8)) {
                        Some(d) => {
                            n = n * 8 + d;
                            self.i += 1;
                            k += 1;
                        }
                        None => break,
                    }
                }
                char::from_u32(n).unwrap_or('\0')
            }
            c if c.is_ascii_alphanumeric() => return Ok(None),
            c => c,
        }))
    }

    fn escape(&mut self, start: usize) -> Result<Node, ReError> {
        let Some(c) = self.peek() else {
            return err("bad escape (end of pattern)", start);
        };
        self.i += 1;
        let ascii = self.ascii();
        let class = |item: ClassItem| {
            Node::Class(Box::new(Class {
                items: vec![item],
                negated: false,
                icase: false,
                ascii,
            }))
        };
        Ok(match c {
            'A' => Node::Anchor(Anchor::StringStart),
            'Z' => Node::Anchor(Anchor::StringEnd),
            'b' => Node::Anchor(Anchor::WordBoundary(true, ascii)),
            'B' => Node::Anchor(Anchor::WordBoundary(false, ascii)),
            'd' => class(ClassItem::Digit(true)),
            'D' => class(ClassItem::Digit(false)),
            'w' => class(ClassItem::Word(true)),
            'W' => class(ClassItem::Word(false)),
            's' => class(ClassItem::Space(true)),
            'S' => class(ClassItem::Space(false)),
            '1'..='9' => {
                // Octal when three octal digits, otherwise a group reference.
                let d1 = self.peek();
                let d2 = self.peek_at(1);
                if c <= '7'
                    && d1.is_some_and(|d| ('0'..='7').contains(&d))
                    && d2.is_some_and(|d| ('0'..='7').contains(&d))
                {
                    self.i += 2;
                    let s: String = [c, d1.unwrap_or('0'), d2.unwrap_or('0')].iter().collect();
                    let n = u32::from_str_radix(&s, 8).unwrap_or(0);
                    if n > 0o377 {
                        return err(
                            format!("octal escape value \\{s} outside of range 0-0o377"),
                            start,
                        );
                    }
                    return Ok(self.literal(char::from_u32(n).unwrap_or('\0')));
                }
                let mut s = String::from(c);
                if let Some(d) = d1.filter(char::is_ascii_digit) {
                    s.push(d);
                    self.i += 1;
                }
                let g: usize = s.parse().unwrap_or(0);
                if g > self.groups {
                    return err(format!("invalid group reference {g}"), start + 1);
                }
                if self.open.contains(&g) {
                    return err("cannot refer to an open group", start);
                }
                Node::Backref(g, self.icase())
            }
            c => match self.char_escape(c, start)? {
                Some(ch) => self.literal(ch),
                None => return err(format!("bad escape \\{c}"), start),
            },
        })
    }

    fn class(&mut self, start: usize) -> Result<Node, ReError> {
        let mut items = Vec::new();
        let mut negated = false;
        if self.peek() == Some('^') {
            negated = true;
            self.i += 1;
        }
        let mut first = true;
        loop {
            let item_start = self.i;
            let Some(c) = self.peek() else {
                return err("unterminated character set", start);
            };
            self.i += 1;
            if c == ']' && !first {
                break;
            }
            first = false;
            let lo = if c == '\\' {
                match self.class_escape(item_start)? {
                    Ok(ch) => ch,
                    Err(item) => {
                        items.push(item);
                        continue;
                    }
                }
            } else {
                c
            };
            if self.peek() == Some('-') && self.peek_at(1).is_some_and(|n| n != ']') {
                self.i += 1;
                let hi_start = self.i;
                let Some(h) = self.peek() else {
                    return err("unterminated character set", start);
                };
                self.i += 1;
                let hi = if h == '\\' {
                    match self.class_escape(hi_start)? {
                        Ok(ch) => ch,
                        Err(_) => {
                            let s: String = self.p[item_start..self.i].iter().collect();
                            return err(format!("bad character range {s}"), item_start);
                        }
                    }
                } else {
                    h
                };
                if hi < lo {
                    let s: String = self.p[item_start..self.i].iter().collect();
                    return err(format!("bad character range {s}"), item_start);
                }
                items.push(ClassItem::Range(lo, hi));
            } else {
                items.push(ClassItem::Range(lo, lo));
            }
        }
        Ok(Node::Class(Box::new(Class {
            items,
            negated,
            icase: self.icase(),
            ascii: self.ascii(),
        })))
    }

    /// An escape inside a class: a character (Ok) or a category (Err).
    fn class_escape(&mut self, start: usize) -> Result<Result<char, ClassItem>, ReError> {
        let Some(c) = self.peek() else {
            return err("unterminated character set", start);
        };
        self.i += 1;
        Ok(match c {
            'd' => Err(ClassItem::Digit(true)),
            'D' => Err(ClassItem::Digit(false)),
            'w' => Err(ClassItem::Word(true)),
            'W' => Err(ClassItem::Word(false)),
            's' => Err(ClassItem::Space(true)),
            'S' => Err(ClassItem::Space(false)),
            'b' => Ok('\u{8}'),
            '1'..='7' => {
                let mut n = c.to_digit(8).unwrap_or(0);
                for _ in 0..2 {
                    match self.peek().and_then(|d| d.to_digit(8)) {
                        Some(d) => {
                            n = n * 8 + d;
                            self.i += 1;
                        }
                        None => break,
                    }
                }
                Ok(char::from_u32(n).unwrap_or('\0'))
            }
            c => match self.char_escape(c, start)? {
                Some(ch) => Ok(ch),
                None => return err(format!("bad escape \\{c}"), start),
            },
        })
    }
}
