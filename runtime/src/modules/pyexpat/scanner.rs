//! The XML tokenizer under `pyexpat`: it turns text into events (start and end tags, character
//! data, comments, processing instructions, the XML and DOCTYPE declarations) and checks
//! well-formedness the way expat does, reporting expat's error codes at the line and column
//! expat names. Text may arrive in pieces: what cannot be finished yet stays in the buffer.
//! Namespaces and the handlers are the business of the module's Python half (`pyexpat.py`).

use std::rc::Rc;

use crate::object::{Dict, List};
use crate::value::Value;

/// Event kinds, the first item of each event tuple `(kind, line, column, byte index, ...)`.
pub(super) const START: i64 = 0;
pub(super) const END: i64 = 1;
pub(super) const DATA: i64 = 2;
pub(super) const COMMENT: i64 = 3;
pub(super) const PI: i64 = 4;
pub(super) const START_CDATA: i64 = 5;
pub(super) const END_CDATA: i64 = 6;
pub(super) const XML_DECL: i64 = 7;
pub(super) const START_DOCTYPE: i64 = 8;
pub(super) const END_DOCTYPE: i64 = 9;
pub(super) const ENTITY_DECL: i64 = 10;
/// A reference to an entity that is declared nowhere the parser can read (a skipped entity).
pub(super) const SKIPPED: i64 = 11;
pub(super) const ERROR: i64 = 12;

/// expat's error codes (`XML_Error`), the ones this tokenizer reports.
pub(super) const E_SYNTAX: i64 = 2;
pub(super) const E_NO_ELEMENTS: i64 = 3;
pub(super) const E_INVALID_TOKEN: i64 = 4;
pub(super) const E_UNCLOSED_TOKEN: i64 = 5;
pub(super) const E_TAG_MISMATCH: i64 = 7;
pub(super) const E_DUPLICATE_ATTRIBUTE: i64 = 8;
pub(super) const E_JUNK_AFTER_DOC_ELEMENT: i64 = 9;
pub(super) const E_UNDEFINED_ENTITY: i64 = 11;
pub(super) const E_RECURSIVE_ENTITY_REF: i64 = 12;
pub(super) const E_ASYNC_ENTITY: i64 = 13;
pub(super) const E_BAD_CHAR_REF: i64 = 14;
pub(super) const E_MISPLACED_XML_PI: i64 = 17;
pub(super) const E_XML_DECL: i64 = 30;
pub(super) const E_AMPLIFICATION: i64 = 43;
/// expat's "parsing aborted": here, the interpreter's meter refused more work (see `Meter`).
pub(super) const E_ABORTED: i64 = 35;

/// Where the document is: before its element, inside it, after it.
pub(super) const PHASE_PROLOG: i64 = 0;
pub(super) const PHASE_CONTENT: i64 = 1;
pub(super) const PHASE_EPILOG: i64 = 2;

/// Bits of the DTD state.
pub(super) const DTD_SEEN: i64 = 1;
/// An external subset or a parameter entity reference: undeclared entities may be declared
/// where the parser does not read, so a reference to one is skipped instead of an error.
pub(super) const DTD_UNREAD_PARTS: i64 = 2;
pub(super) const DTD_STANDALONE: i64 = 4;

/// expat's defence against entity bombs: once expansions have produced this many characters,
/// they may be at most `MAX_AMPLIFICATION` times the input.
const AMPLIFICATION_THRESHOLD: usize = 8 << 20;
const MAX_AMPLIFICATION: usize = 100;
/// Entities expanding inside entities recurse in the tokenizer: past this depth the document
/// is refused as an amplification attack rather than risk the native stack.
const MAX_ENTITY_DEPTH: usize = 64;

/// A line, column and byte index, as expat counts them (columns in characters).
#[derive(Clone, Copy)]
pub(super) struct Pos {
    pub line: i64,
    pub col: i64,
    pub byte: i64,
}

/// Why a token could not be read.
pub(super) enum Stop {
    /// The text ends inside the token: wait for more, or report it unclosed at the end.
    Incomplete,
    /// expat's error `code` at character `at`.
    Error(i64, usize),
}

pub(super) type Scan<T> = Result<T, Stop>;

/// What the scanner calls with the number of characters it is about to produce by expanding
/// an entity; false stops the scan (with `E_ABORTED`). The interpreter charges fuel through it
/// and checks its deadline, so that an entity bomb, whose expansion up to expat's amplification
/// threshold is millions of characters from a few hundred bytes of input, ends at the time and
/// instruction limits like any other long operation.
pub(super) type Meter<'a> = &'a mut dyn FnMut(usize) -> bool;

/// The tokenizer's state between calls, and the events it has produced in this one.
pub(super) struct Scanner<'a> {
    text: Vec<char>,
    /// Where `text[0]` is; `tracked` is the index whose position `pos` holds.
    pos: Pos,
    tracked: usize,
    pub phase: i64,
    pub dtd: i64,
    stack: &'a List,
    pub(super) entities: &'a Dict,
    /// Characters produced by entity expansion so far, and the input read so far.
    pub expanded: usize,
    pub input: usize,
    pub events: Vec<Value>,
    /// Inside an entity's replacement text, every event and error is placed at the reference.
    fixed_pos: Option<Pos>,
    /// Inside an entity's replacement text, character data is gathered into one event: an
    /// entity bomb's thousands of small pieces would otherwise each be a tuple.
    pending_data: String,
    /// The entities whose replacement text is being read, outermost first (at most
    /// `MAX_ENTITY_DEPTH`): a reference to one of them is recursive.
    open_entities: Vec<String>,
    /// See `Meter`; None meters nothing.
    pub meter: Option<Meter<'a>>,
}

fn is_name_start(c: char) -> bool {
    c.is_ascii_alphabetic()
        || c == '_'
        || c == ':'
        || matches!(c, '\u{C0}'..='\u{D6}' | '\u{D8}'..='\u{F6}' | '\u{F8}'..='\u{2FF}'
            | '\u{370}'..='\u{37D}' | '\u{37F}'..='\u{1FFF}' | '\u{200C}'..='\u{200D}'
            | '\u{2070}'..='\u{218F}' | '\u{2C00}'..='\u{2FEF}' | '\u{3001}'..='\u{D7FF}'
            | '\u{F900}'..='\u{FDCF}' | '\u{FDF0}'..='\u{FFFD}' | '\u{10000}'..='\u{EFFFF}')
}

fn is_name_char(c: char) -> bool {
    is_name_start(c)
        || c.is_ascii_digit()
        || c == '-'
        || c == '.'
        || matches!(c, '\u{B7}' | '\u{300}'..='\u{36F}' | '\u{203F}'..='\u{2040}')
}

/// A character XML allows in a document at all.
pub(super) fn is_xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
}

pub(super) fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r')
}

impl<'a> Scanner<'a> {
    pub(super) fn new(text: Vec<char>, pos: Pos, stack: &'a List, entities: &'a Dict) -> Self {
        Scanner {
            text,
            pos,
            tracked: 0,
            phase: PHASE_PROLOG,
            dtd: 0,
            stack,
            entities,
            expanded: 0,
            input: 0,
            events: Vec::new(),
            fixed_pos: None,
            pending_data: String::new(),
            open_entities: Vec::new(),
            meter: None,
        }
    }

    /// Asks the meter for `chars` characters of expansion work.
    fn meter(&mut self, chars: usize) -> Scan<()> {
        match &mut self.meter {
            Some(meter) => {
                if meter(chars) {
                    Ok(())
                } else {
                    Err(Stop::Error(E_ABORTED, 0))
                }
            }
            None => Ok(()),
        }
    }

    /// The position of character `i` (at or after the last one asked for).
    pub(super) fn pos_at(&mut self, i: usize) -> Pos {
        if let Some(p) = self.fixed_pos {
            return p;
        }
        while self.tracked < i {
            let c = self.text[self.tracked];
            self.tracked += 1;
            self.pos.byte += c.len_utf8() as i64;
            match c {
                '\n' => {
                    self.pos.line += 1;
                    self.pos.col = 0;
                }
                // A CR LF pair is one line end: the LF counts it.
                '\r' if self.text.get(self.tracked) == Some(&'\n') => {}
                '\r' => {
                    self.pos.line += 1;
                    self.pos.col = 0;
                }
                _ => self.pos.col += 1,
            }
        }
        self.pos
    }

    pub(super) fn emit(&mut self, at: usize, kind: i64, payload: Vec<Value>) {
        if self.fixed_pos.is_some() {
            if let (DATA, Some(Value::Str(s))) = (kind, payload.first()) {
                self.pending_data.push_str(s.as_str());
                return;
            }
            self.flush_pending();
        }
        let p = self.pos_at(at);
        let mut items = vec![
            Value::Int(kind),
            Value::Int(p.line),
            Value::Int(p.col),
            Value::Int(p.byte),
        ];
        items.extend(payload);
        self.events.push(Value::tuple(items));
    }

    /// The character data gathered inside an entity, as one event.
    fn flush_pending(&mut self) {
        if !self.pending_data.is_empty() {
            let data = std::mem::take(&mut self.pending_data);
            let p = self.pos_at(0);
            self.events.push(Value::tuple(vec![
                Value::Int(DATA),
                Value::Int(p.line),
                Value::Int(p.col),
                Value::Int(p.byte),
                Value::from_string(data),
            ]));
        }
    }

    /// An event from an entity expanded inside this text, merged into the pending character
    /// data when this text is itself an entity's.
    fn take_event(&mut self, event: Value) {
        if self.fixed_pos.is_some() {
            if let Value::Tuple(t) = &event {
                if let (Some(Value::Int(DATA)), Some(Value::Str(s))) =
                    (t.items.first(), t.items.get(4))
                {
                    self.pending_data.push_str(s.as_str());
                    return;
                }
            }
            self.flush_pending();
        }
        self.events.push(event);
    }

    fn emit_error(&mut self, code: i64, at: usize) {
        self.emit(at, ERROR, vec![Value::Int(code)]);
    }

    pub(super) fn slice(&self, from: usize, to: usize) -> String {
        self.text[from..to].iter().collect()
    }

    pub(super) fn starts_with(&self, i: usize, s: &str) -> Scan<bool> {
        for (k, c) in s.chars().enumerate() {
            match self.text.get(i + k) {
                None => return Err(Stop::Incomplete),
                Some(&t) if t != c => return Ok(false),
                Some(_) => {}
            }
        }
        Ok(true)
    }

    pub(super) fn at(&self, i: usize) -> Scan<char> {
        self.text.get(i).copied().ok_or(Stop::Incomplete)
    }

    /// Scans the whole buffer; returns how many characters were consumed (the rest waits for
    /// more text). An error ends the scan with an `ERROR` event.
    pub(super) fn run(&mut self, is_final: bool) -> usize {
        let mut i = 0;
        let n = self.text.len();
        while i < n {
            let step = match (self.text[i], self.phase) {
                ('<', _) => self.scan_markup(i),
                ('&', PHASE_CONTENT) => self.scan_reference(i),
                (_, PHASE_CONTENT) => self.scan_text(i, is_final),
                _ => self.scan_outside(i),
            };
            match step {
                Ok(next) if next == i => break,
                Ok(next) => i = next,
                Err(Stop::Incomplete) if !is_final => return i,
                Err(Stop::Incomplete) => {
                    self.emit_error(E_UNCLOSED_TOKEN, i);
                    return n;
                }
                Err(Stop::Error(code, at)) => {
                    self.emit_error(code, at);
                    return n;
                }
            }
        }
        if is_final && self.phase != PHASE_EPILOG {
            self.emit_error(E_NO_ELEMENTS, i);
            return n;
        }
        i
    }

    /// Text before or after the document element: only white space may stand there.
    fn scan_outside(&mut self, i: usize) -> Scan<usize> {
        let mut j = i;
        while j < self.text.len() && is_space(self.text[j]) {
            j += 1;
        }
        if j > i {
            return Ok(j);
        }
        if self.phase == PHASE_EPILOG {
            return Err(Stop::Error(E_JUNK_AFTER_DOC_ELEMENT, i));
        }
        // expat reads a name in the prolog as a token of a declaration: one that runs into a
        // character no token may hold is an invalid token there, otherwise a syntax error.
        if is_name_char(self.text[i]) {
            while j < self.text.len() && is_name_char(self.text[j]) {
                j += 1;
            }
            match self.text.get(j) {
                Some(&c) if !is_space(c) && !matches!(c, '>' | '[' | '(' | ')' | '|') => {
                    return Err(Stop::Error(E_INVALID_TOKEN, j))
                }
                _ => {}
            }
            return Err(Stop::Error(E_SYNTAX, i));
        }
        Err(Stop::Error(E_INVALID_TOKEN, i))
    }

    /// Character data inside the element, up to markup or a reference. Each line end is an
    /// event of its own, as expat reports it.
    fn scan_text(&mut self, i: usize, is_final: bool) -> Scan<usize> {
        let n = self.text.len();
        let c = self.text[i];
        if c == '\n' || c == '\r' {
            let mut next = i + 1;
            if c == '\r' {
                match self.text.get(next) {
                    Some('\n') => next += 1,
                    None if !is_final => return Err(Stop::Incomplete),
                    _ => {}
                }
            }
            self.emit(i, DATA, vec![Value::str("\n")]);
            return Ok(next);
        }
        let mut j = i;
        while j < n {
            let c = self.text[j];
            if matches!(c, '<' | '&' | '\n' | '\r') {
                break;
            }
            if c == ']' {
                // `]]>` may not appear in text; near the end of the buffer it may yet.
                match (self.text.get(j + 1), self.text.get(j + 2)) {
                    (Some(']'), Some('>')) => {
                        self.flush_text(i, j);
                        return Err(Stop::Error(E_INVALID_TOKEN, j + 2));
                    }
                    (None, _) | (Some(']'), None) if !is_final => break,
                    _ => {}
                }
            } else if !is_xml_char(c) {
                self.flush_text(i, j);
                return Err(Stop::Error(E_INVALID_TOKEN, j));
            }
            j += 1;
        }
        self.flush_text(i, j);
        Ok(j)
    }

    fn flush_text(&mut self, from: usize, to: usize) {
        if to > from {
            let s = self.slice(from, to);
            self.emit(from, DATA, vec![Value::from_string(s)]);
        }
    }

    /// A name starting at `i`: its end, or an invalid token at the first character that cannot
    /// start one.
    pub(super) fn scan_name(&self, i: usize) -> Scan<usize> {
        let c = self.at(i)?;
        if !is_name_start(c) {
            return Err(Stop::Error(E_INVALID_TOKEN, i));
        }
        let mut j = i + 1;
        while is_name_char(self.at(j)?) {
            j += 1;
        }
        Ok(j)
    }

    pub(super) fn skip_space(&self, mut i: usize) -> Scan<usize> {
        while is_space(self.at(i)?) {
            i += 1;
        }
        Ok(i)
    }

    fn scan_markup(&mut self, i: usize) -> Scan<usize> {
        let c = self.at(i + 1)?;
        match c {
            '/' => self.scan_end_tag(i),
            '!' => {
                if self.starts_with(i + 2, "--")? {
                    return self.scan_comment(i);
                }
                if self.phase == PHASE_EPILOG {
                    return Err(Stop::Error(E_JUNK_AFTER_DOC_ELEMENT, i));
                }
                if self.phase == PHASE_CONTENT {
                    if self.starts_with(i + 2, "[CDATA[")? {
                        return self.scan_cdata(i);
                    }
                    return Err(Stop::Error(E_INVALID_TOKEN, i + 2));
                }
                if self.starts_with(i + 2, "DOCTYPE")? {
                    if self.dtd & DTD_SEEN != 0 {
                        return Err(Stop::Error(E_SYNTAX, i));
                    }
                    return self.scan_doctype(i);
                }
                Err(Stop::Error(E_INVALID_TOKEN, i + 2))
            }
            '?' => self.scan_pi(i),
            _ if self.phase == PHASE_EPILOG => Err(Stop::Error(E_JUNK_AFTER_DOC_ELEMENT, i)),
            _ => self.scan_start_tag(i),
        }
    }

    fn scan_comment(&mut self, i: usize) -> Scan<usize> {
        let mut j = i + 4;
        loop {
            let c = self.at(j)?;
            if c == '-' && self.at(j + 1)? == '-' {
                if self.at(j + 2)? != '>' {
                    return Err(Stop::Error(E_INVALID_TOKEN, j + 2));
                }
                let body = self.slice(i + 4, j);
                self.emit(i, COMMENT, vec![Value::from_string(body)]);
                return Ok(j + 3);
            }
            if !is_xml_char(c) {
                return Err(Stop::Error(E_INVALID_TOKEN, j));
            }
            j += 1;
        }
    }

    fn scan_cdata(&mut self, i: usize) -> Scan<usize> {
        let start = i + 9;
        let mut j = start;
        while !(self.at(j)? == ']' && self.at(j + 1)? == ']' && self.at(j + 2)? == '>') {
            if !is_xml_char(self.text[j]) {
                return Err(Stop::Error(E_INVALID_TOKEN, j));
            }
            j += 1;
        }
        self.emit(i, START_CDATA, Vec::new());
        let mut k = start;
        let mut run = start;
        while k < j {
            if matches!(self.text[k], '\n' | '\r') {
                self.flush_text(run, k);
                self.emit(k, DATA, vec![Value::str("\n")]);
                k += if self.text[k] == '\r' && self.text.get(k + 1) == Some(&'\n') {
                    2
                } else {
                    1
                };
                run = k;
            } else {
                k += 1;
            }
        }
        self.flush_text(run, j);
        self.emit(j, END_CDATA, Vec::new());
        Ok(j + 3)
    }

    /// `<?target data?>`, or the XML declaration when the target is `xml`.
    pub(super) fn scan_pi(&mut self, i: usize) -> Scan<usize> {
        let name_end = self.scan_name(i + 2)?;
        let target = self.slice(i + 2, name_end);
        let mut j = name_end;
        let data_start;
        if self.at(j)? == '?' {
            if self.at(j + 1)? != '>' {
                return Err(Stop::Error(E_INVALID_TOKEN, j + 1));
            }
            data_start = j;
        } else if !is_space(self.at(j)?) {
            return Err(Stop::Error(E_INVALID_TOKEN, j));
        } else {
            data_start = self.skip_space(j)?;
            j = data_start;
            while !(self.at(j)? == '?' && self.at(j + 1)? == '>') {
                if !is_xml_char(self.text[j]) {
                    return Err(Stop::Error(E_INVALID_TOKEN, j));
                }
                j += 1;
            }
        }
        let end = j + 2;
        if target == "xml" {
            if self.phase == PHASE_EPILOG {
                return Err(Stop::Error(E_JUNK_AFTER_DOC_ELEMENT, i));
            }
            if self.pos_at(i).byte != 0 || self.fixed_pos.is_some() {
                return Err(Stop::Error(E_MISPLACED_XML_PI, i));
            }
            let body = self.slice(data_start, j);
            let decl = parse_xml_decl(&body).ok_or(Stop::Error(E_XML_DECL, i))?;
            if decl.2 == 1 {
                self.dtd |= DTD_STANDALONE;
            }
            let encoding = decl.1.map_or(Value::None, Value::from_string);
            self.emit(
                i,
                XML_DECL,
                vec![Value::from_string(decl.0), encoding, Value::Int(decl.2)],
            );
            return Ok(end);
        }
        let data = self.slice(data_start, j);
        self.emit(
            i,
            PI,
            vec![Value::from_string(target), Value::from_string(data)],
        );
        Ok(end)
    }

    fn scan_start_tag(&mut self, i: usize) -> Scan<usize> {
        let name_end = self.scan_name(i + 1)?;
        let name = self.slice(i + 1, name_end);
        let mut attrs: Vec<Value> = Vec::new();
        let mut seen: Vec<String> = Vec::new();
        let mut j = name_end;
        let empty;
        loop {
            let c = self.at(j)?;
            let spaced = is_space(c);
            j = self.skip_space(j)?;
            match self.at(j)? {
                '>' => {
                    empty = false;
                    j += 1;
                    break;
                }
                '/' => {
                    if self.at(j + 1)? != '>' {
                        return Err(Stop::Error(E_INVALID_TOKEN, j + 1));
                    }
                    empty = true;
                    j += 2;
                    break;
                }
                _ if !spaced => return Err(Stop::Error(E_INVALID_TOKEN, j)),
                _ => {}
            }
            let attr_start = j;
            let attr_end = self.scan_name(j)?;
            j = self.skip_space(attr_end)?;
            if self.at(j)? != '=' {
                return Err(Stop::Error(E_INVALID_TOKEN, j));
            }
            j = self.skip_space(j + 1)?;
            let quote = self.at(j)?;
            if quote != '"' && quote != '\'' {
                return Err(Stop::Error(E_INVALID_TOKEN, j));
            }
            let value_start = j + 1;
            j = value_start;
            loop {
                let c = self.at(j)?;
                if c == quote {
                    break;
                }
                if c == '<' || !is_xml_char(c) {
                    return Err(Stop::Error(E_INVALID_TOKEN, j));
                }
                j += 1;
            }
            let attr = self.slice(attr_start, attr_end);
            if seen.contains(&attr) {
                return Err(Stop::Error(E_DUPLICATE_ATTRIBUTE, attr_start));
            }
            let raw: Vec<char> = self.text[value_start..j].to_vec();
            let value = self.attribute_value(&raw, i)?;
            seen.push(attr.clone());
            attrs.push(Value::from_string(attr));
            attrs.push(Value::from_string(value));
            j += 1;
        }
        if self.phase == PHASE_PROLOG {
            self.phase = PHASE_CONTENT;
        }
        self.stack.push(Value::from_string(name.clone()));
        self.emit(
            i,
            START,
            vec![
                Value::from_string(name.clone()),
                Value::List(Rc::new(List::new(attrs))),
            ],
        );
        if empty {
            self.close_element(i, &name);
        }
        Ok(j)
    }

    fn close_element(&mut self, i: usize, name: &str) {
        self.stack.borrow_mut().pop();
        self.emit(i, END, vec![Value::str(name)]);
        if self.stack.is_empty() {
            self.phase = PHASE_EPILOG;
        }
    }

    fn scan_end_tag(&mut self, i: usize) -> Scan<usize> {
        match self.phase {
            PHASE_EPILOG => return Err(Stop::Error(E_JUNK_AFTER_DOC_ELEMENT, i)),
            PHASE_PROLOG => return Err(Stop::Error(E_INVALID_TOKEN, i + 1)),
            _ => {}
        }
        let name_end = self.scan_name(i + 2)?;
        let j = self.skip_space(name_end)?;
        if self.at(j)? != '>' {
            return Err(Stop::Error(E_INVALID_TOKEN, j));
        }
        let name = self.slice(i + 2, name_end);
        let open = self.stack.borrow().last().cloned();
        match open {
            Some(Value::Str(s)) if s.as_str() == name => {}
            _ => return Err(Stop::Error(E_TAG_MISMATCH, i + 2)),
        }
        self.close_element(i, &name);
        Ok(j + 1)
    }

    /// A `&...;` reference in content at `i`: a character, a predefined entity or one the DTD
    /// declared, expanded in place.
    fn scan_reference(&mut self, i: usize) -> Scan<usize> {
        let (end, target) = self.read_reference(i)?;
        match target {
            Reference::Char(c) => {
                self.emit(i, DATA, vec![Value::from_string(c.to_string())]);
            }
            Reference::Named(name) => match predefined(&name) {
                Some(c) => self.emit(i, DATA, vec![Value::str(c)]),
                None => self.expand_entity(i, &name)?,
            },
        }
        Ok(end)
    }

    /// Reads the reference at `i` (which holds `&`).
    pub(super) fn read_reference(&self, i: usize) -> Scan<(usize, Reference)> {
        if self.at(i + 1)? == '#' {
            let hex = self.at(i + 2)? == 'x';
            let mut j = if hex { i + 3 } else { i + 2 };
            let digits_start = j;
            let mut value: u32 = 0;
            loop {
                let c = self.at(j)?;
                if c == ';' && j > digits_start {
                    break;
                }
                let digit = c
                    .to_digit(if hex { 16 } else { 10 })
                    .ok_or(Stop::Error(E_INVALID_TOKEN, j))?;
                value = value
                    .saturating_mul(if hex { 16 } else { 10 })
                    .saturating_add(digit);
                j += 1;
            }
            return match char::from_u32(value).filter(|&c| is_xml_char(c)) {
                Some(c) => Ok((j + 1, Reference::Char(c))),
                None => Err(Stop::Error(E_BAD_CHAR_REF, i)),
            };
        }
        let end = self.scan_name(i + 1)?;
        if self.at(end)? != ';' {
            return Err(Stop::Error(E_INVALID_TOKEN, end));
        }
        Ok((end + 1, Reference::Named(self.slice(i + 1, end))))
    }

    /// An entity declared in the DTD, referenced in content at `i`: its replacement text
    /// is read as content, every event placed at the reference.
    fn expand_entity(&mut self, i: usize, name: &str) -> Scan<()> {
        let replacement = match self.entities.get_str(name) {
            Some(Value::Str(s)) => s,
            // An external entity: expat would ask ExternalEntityRefHandler for it.
            Some(_) => return Ok(()),
            None if self.dtd & DTD_UNREAD_PARTS != 0 && self.dtd & DTD_STANDALONE == 0 => {
                self.emit(i, SKIPPED, vec![Value::str(name)]);
                return Ok(());
            }
            None => return Err(Stop::Error(E_UNDEFINED_ENTITY, i)),
        };
        if self.open_entities.len() >= MAX_ENTITY_DEPTH {
            return Err(Stop::Error(E_AMPLIFICATION, i));
        }
        let open = Value::str(&format!("&{name}"));
        if self.open_entities.iter().any(|e| e == name) {
            return Err(Stop::Error(E_RECURSIVE_ENTITY_REF, i));
        }
        self.expanded += replacement.char_len();
        if self.amplification_breached() {
            return Err(Stop::Error(E_AMPLIFICATION, i));
        }
        self.meter(replacement.char_len())?;
        let here = self.pos_at(i);
        let mut inner = Scanner::new(
            replacement.as_str().chars().collect(),
            here,
            self.stack,
            self.entities,
        );
        inner.phase = PHASE_CONTENT;
        inner.dtd = self.dtd;
        inner.fixed_pos = Some(here);
        inner.open_entities = self.open_entities.clone();
        inner.open_entities.push(name.to_owned());
        inner.expanded = self.expanded;
        inner.input = self.input;
        inner.meter = self.meter.take();
        // The open entity's name marks the element stack, so that an element closed across
        // the end of its text is caught, and one left open is too.
        self.stack.push(open);
        let depth = self.stack.len();
        let mut k = 0;
        let n = inner.text.len();
        let mut failure = None;
        while k < n {
            let step = match inner.text[k] {
                '<' => inner.scan_markup(k),
                '&' => inner.scan_reference(k),
                _ => inner.scan_text(k, true),
            };
            match step {
                Ok(next) => k = next,
                Err(Stop::Incomplete) => {
                    failure = Some(E_INVALID_TOKEN);
                    break;
                }
                Err(Stop::Error(code, _)) => {
                    failure = Some(code);
                    break;
                }
            }
            if self.stack.len() < depth || inner.phase != PHASE_CONTENT {
                failure = Some(E_ASYNC_ENTITY);
                break;
            }
        }
        if failure.is_none() && self.stack.len() != depth {
            failure = Some(E_ASYNC_ENTITY);
        }
        inner.flush_pending();
        self.expanded = inner.expanded;
        self.meter = inner.meter.take();
        for event in inner.events.drain(..) {
            self.take_event(event);
        }
        if let Some(code) = failure {
            return Err(Stop::Error(code, i));
        }
        self.stack.borrow_mut().pop();
        Ok(())
    }

    fn amplification_breached(&self) -> bool {
        self.expanded > AMPLIFICATION_THRESHOLD
            && self.expanded > self.input.max(1).saturating_mul(MAX_AMPLIFICATION)
    }

    /// An attribute's value with its references replaced and its white space normalized;
    /// errors in it are placed at the start tag `tag`.
    fn attribute_value(&mut self, raw: &[char], tag: usize) -> Scan<String> {
        let mut out = String::new();
        let mut work: Vec<(Vec<char>, usize, Option<String>)> = vec![(raw.to_vec(), 0, None)];
        while let Some((text, mut k, entity)) = work.pop() {
            while k < text.len() {
                let c = text[k];
                match c {
                    '\r' => {
                        out.push(' ');
                        k += if text.get(k + 1) == Some(&'\n') { 2 } else { 1 };
                    }
                    '\n' | '\t' => {
                        out.push(' ');
                        k += 1;
                    }
                    '<' => return Err(Stop::Error(E_INVALID_TOKEN, tag)),
                    '&' => {
                        let sub = Scanner::new(text.clone(), self.pos, self.stack, self.entities);
                        let (end, target) = match sub.read_reference(k) {
                            Ok(r) => r,
                            Err(Stop::Error(code, _)) => return Err(Stop::Error(code, tag)),
                            Err(Stop::Incomplete) => return Err(Stop::Error(E_INVALID_TOKEN, tag)),
                        };
                        match target {
                            Reference::Char(c) => out.push(c),
                            Reference::Named(name) => {
                                if let Some(c) = predefined(&name) {
                                    out.push_str(c);
                                } else {
                                    let replacement = match self.entities.get_str(&name) {
                                        Some(Value::Str(s)) => s,
                                        _ => return Err(Stop::Error(E_UNDEFINED_ENTITY, tag)),
                                    };
                                    if entity.as_deref() == Some(name.as_str())
                                        || work.iter().any(|w| w.2.as_deref() == Some(&name))
                                    {
                                        return Err(Stop::Error(E_RECURSIVE_ENTITY_REF, tag));
                                    }
                                    self.expanded += replacement.char_len();
                                    if self.amplification_breached() {
                                        return Err(Stop::Error(E_AMPLIFICATION, tag));
                                    }
                                    if let Err(Stop::Error(code, _)) =
                                        self.meter(replacement.char_len())
                                    {
                                        return Err(Stop::Error(code, tag));
                                    }
                                    work.push((text.clone(), end, entity.clone()));
                                    work.push((
                                        replacement.as_str().chars().collect(),
                                        0,
                                        Some(name),
                                    ));
                                    break;
                                }
                            }
                        }
                        k = end;
                    }
                    _ => {
                        out.push(c);
                        k += 1;
                    }
                }
            }
        }
        Ok(out)
    }
}

pub(super) enum Reference {
    Char(char),
    Named(String),
}

fn predefined(name: &str) -> Option<&'static str> {
    Some(match name {
        "lt" => "<",
        "gt" => ">",
        "amp" => "&",
        "quot" => "\"",
        "apos" => "'",
        _ => return None,
    })
}

/// The version, encoding and standalone (-1 when absent, 0 no, 1 yes) of an XML declaration's
/// body; None when it is not well-formed.
fn parse_xml_decl(body: &str) -> Option<(String, Option<String>, i64)> {
    let mut rest = body.trim_start_matches(is_space);
    let mut fields: Vec<(&str, &str)> = Vec::new();
    while !rest.is_empty() {
        let eq = rest.find('=')?;
        let key = rest[..eq].trim_end_matches(is_space);
        let after = rest[eq + 1..].trim_start_matches(is_space);
        let quote = after.chars().next().filter(|&q| q == '"' || q == '\'')?;
        let close = after[1..].find(quote)?;
        fields.push((key, &after[1..1 + close]));
        let tail = &after[close + 2..];
        let trimmed = tail.trim_start_matches(is_space);
        if !trimmed.is_empty() && trimmed.len() == tail.len() {
            return None;
        }
        rest = trimmed;
    }
    let mut it = fields.into_iter().peekable();
    let version = match it.next()? {
        ("version", v) => v.to_owned(),
        _ => return None,
    };
    let mut encoding = None;
    if let Some(&("encoding", e)) = it.peek() {
        encoding = Some(e.to_owned());
        it.next();
    }
    let mut standalone = -1;
    if let Some(&("standalone", s)) = it.peek() {
        standalone = match s {
            "yes" => 1,
            "no" => 0,
            _ => return None,
        };
        it.next();
    }
    if it.next().is_some() {
        return None;
    }
    Some((version, encoding, standalone))
}

impl Scanner<'_> {
    /// The characters from `i` on: what waits for more text.
    pub(super) fn text_from(&self, i: usize) -> String {
        self.text[i.min(self.text.len())..].iter().collect()
    }
}
