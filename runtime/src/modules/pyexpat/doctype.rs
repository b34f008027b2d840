//! The DOCTYPE declaration: its name and external identifier, and the internal subset, whose
//! general entity declarations the tokenizer then expands. Element, attribute-list and
//! notation declarations are read past (expat reports them only to handlers isola's XML
//! modules do not set).

use super::scanner::{
    is_space, Scan, Scanner, Stop, COMMENT, DTD_SEEN, DTD_UNREAD_PARTS, END_DOCTYPE, ENTITY_DECL,
    E_INVALID_TOKEN, E_SYNTAX, START_DOCTYPE,
};
use crate::value::Value;

/// An external identifier: (system literal, public literal).
type ExternalId = (Option<String>, Option<String>);

impl Scanner<'_> {
    /// `<!DOCTYPE` at `i`. Its events are kept only once the whole declaration has been read.
    pub(super) fn scan_doctype(&mut self, i: usize) -> Scan<usize> {
        let mark = self.events.len();
        let result = self.read_doctype(i);
        if result.is_err() {
            self.events.truncate(mark);
        }
        result
    }

    fn read_doctype(&mut self, i: usize) -> Scan<usize> {
        let mut j = i + 9;
        if !is_space(self.at(j)?) {
            return Err(Stop::Error(E_INVALID_TOKEN, j));
        }
        j = self.skip_space(j)?;
        let name_end = self.scan_name(j)?;
        let name = self.slice(j, name_end);
        j = self.skip_space(name_end)?;
        let (system, public, next) = self.read_external_id(j)?;
        j = self.skip_space(next)?;
        let has_subset = self.at(j)? == '[';
        let start_at = self.events.len();
        if system.is_some() {
            self.dtd |= DTD_UNREAD_PARTS;
        }
        if has_subset {
            j = self.read_internal_subset(j + 1)?;
            j = self.skip_space(j)?;
        }
        if self.at(j)? != '>' {
            return Err(Stop::Error(E_SYNTAX, j));
        }
        let opt = |s: Option<String>| s.map_or(Value::None, Value::from_string);
        let p = self.pos_at(i);
        let start = Value::tuple(vec![
            Value::Int(START_DOCTYPE),
            Value::Int(p.line),
            Value::Int(p.col),
            Value::Int(p.byte),
            Value::from_string(name),
            opt(system),
            opt(public),
            Value::Int(i64::from(has_subset)),
        ]);
        self.events.insert(start_at, start);
        self.emit(j, END_DOCTYPE, Vec::new());
        self.dtd |= DTD_SEEN;
        Ok(j + 1)
    }

    /// `SYSTEM "s"` or `PUBLIC "p" "s"` at `j`, if there: (system, public, end).
    fn read_external_id(&mut self, j: usize) -> Scan<(Option<String>, Option<String>, usize)> {
        if self.starts_with(j, "SYSTEM").unwrap_or(false) {
            let k = self.skip_space(j + 6)?;
            let (system, end) = self.read_literal(k)?;
            return Ok((Some(system), None, end));
        }
        if self.starts_with(j, "PUBLIC").unwrap_or(false) {
            let k = self.skip_space(j + 6)?;
            let (public, end) = self.read_literal(k)?;
            let k = self.skip_space(end)?;
            let (system, end) = self.read_literal(k)?;
            return Ok((Some(system), Some(public), end));
        }
        Ok((None, None, j))
    }

    /// A quoted literal at `j`: its text and the index after the closing quote.
    fn read_literal(&self, j: usize) -> Scan<(String, usize)> {
        let quote = self.at(j)?;
        if quote != '"' && quote != '\'' {
            return Err(Stop::Error(E_SYNTAX, j));
        }
        let mut k = j + 1;
        while self.at(k)? != quote {
            k += 1;
        }
        Ok((self.slice(j + 1, k), k + 1))
    }

    /// The declarations between `[` and `]`; returns the index after `]`.
    fn read_internal_subset(&mut self, mut j: usize) -> Scan<usize> {
        loop {
            j = self.skip_space(j)?;
            match self.at(j)? {
                ']' => return Ok(j + 1),
                '%' => {
                    let end = self.scan_name(j + 1)?;
                    if self.at(end)? != ';' {
                        return Err(Stop::Error(E_INVALID_TOKEN, end));
                    }
                    self.dtd |= DTD_UNREAD_PARTS;
                    j = end + 1;
                }
                '<' if self.starts_with(j, "<!--")? => {
                    let end = self.find(j + 4, "-->")?;
                    let body = self.slice(j + 4, end);
                    self.emit(j, COMMENT, vec![Value::from_string(body)]);
                    j = end + 3;
                }
                '<' if self.starts_with(j, "<?")? => {
                    j = self.scan_pi(j)?;
                }
                '<' if self.starts_with(j, "<!ENTITY")? => {
                    j = self.read_entity_decl(j)?;
                }
                '<' if self.starts_with(j, "<!")? => {
                    j = self.skip_declaration(j)?;
                }
                _ => return Err(Stop::Error(E_SYNTAX, j)),
            }
        }
    }

    /// The index of `pat` at or after `j`.
    fn find(&self, mut j: usize, pat: &str) -> Scan<usize> {
        while !self.starts_with(j, pat)? {
            j += 1;
        }
        Ok(j)
    }

    /// Past a declaration the tokenizer does not use: to its `>`, quoted text skipped.
    fn skip_declaration(&self, mut j: usize) -> Scan<usize> {
        let mut quote = None;
        loop {
            let c = self.at(j)?;
            match quote {
                Some(q) if c == q => quote = None,
                Some(_) => {}
                None if c == '"' || c == '\'' => quote = Some(c),
                None if c == '>' => return Ok(j + 1),
                None => {}
            }
            j += 1;
        }
    }

    /// `<!ENTITY [%] name (value | external id [NDATA n])>` at `i`.
    fn read_entity_decl(&mut self, i: usize) -> Scan<usize> {
        let mut j = self.skip_space(i + 8)?;
        let is_param = self.at(j)? == '%';
        if is_param {
            j = self.skip_space(j + 1)?;
        }
        let name_end = self.scan_name(j)?;
        let name = self.slice(j, name_end);
        j = self.skip_space(name_end)?;
        let mut value = None;
        let mut external: ExternalId = (None, None);
        let mut notation = None;
        if matches!(self.at(j)?, '"' | '\'') {
            let (_, end) = self.read_literal(j)?;
            value = Some(self.entity_literal(j + 1, end - 1)?);
            j = end;
        } else {
            let (system, public, end) = self.read_external_id(j)?;
            if system.is_none() {
                return Err(Stop::Error(E_SYNTAX, j));
            }
            external = (system, public);
            j = self.skip_space(end)?;
            if self.starts_with(j, "NDATA")? {
                let k = self.skip_space(j + 5)?;
                let end = self.scan_name(k)?;
                notation = Some(self.slice(k, end));
                j = end;
            }
        }
        j = self.skip_space(j)?;
        if self.at(j)? != '>' {
            return Err(Stop::Error(E_SYNTAX, j));
        }
        if !is_param {
            let stored = value.as_deref().map_or(Value::None, Value::str);
            if self.entities.get_str(&name).is_none() {
                self.entities.set_str(&name, stored);
            }
        }
        let opt = |s: Option<String>| s.map_or(Value::None, Value::from_string);
        self.emit(
            i,
            ENTITY_DECL,
            vec![
                Value::from_string(name),
                Value::Bool(is_param),
                opt(value),
                Value::None,
                opt(external.0),
                opt(external.1),
                opt(notation),
            ],
        );
        Ok(j + 1)
    }

    /// The replacement text of an entity value literal: character references resolved,
    /// general entity references kept for expansion where the entity is used.
    fn entity_literal(&self, from: usize, to: usize) -> Scan<String> {
        let mut out = String::new();
        let mut k = from;
        while k < to {
            let c = self.at(k)?;
            if c == '&' && self.at(k + 1)? == '#' {
                if let (end, super::scanner::Reference::Char(ch)) = self.read_reference(k)? {
                    out.push(ch);
                    k = end;
                    continue;
                }
            }
            out.push(c);
            k += 1;
        }
        Ok(out)
    }
}
