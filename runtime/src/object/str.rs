//! `str`: immutable UTF-8 text indexed by code point. ASCII strings index in O(1).

use std::cell::Cell;

#[derive(Debug)]
pub struct Str {
    s: Box<str>,
    /// Length in code points.
    char_len: usize,
    hash: Cell<Option<i64>>,
}

impl Str {
    pub fn new(s: &str) -> Str {
        Str::from_string(s.to_owned())
    }

    pub fn from_string(s: String) -> Str {
        let char_len = if s.is_ascii() {
            s.len()
        } else {
            s.chars().count()
        };
        Str {
            s: s.into_boxed_str(),
            char_len,
            hash: Cell::new(None),
        }
    }

    pub fn as_str(&self) -> &str {
        &self.s
    }

    pub fn char_len(&self) -> usize {
        self.char_len
    }

    pub fn is_ascii(&self) -> bool {
        self.char_len == self.s.len()
    }

    /// The code point at index `i` (0 <= i < char_len).
    pub fn char_at(&self, i: usize) -> Option<char> {
        if self.is_ascii() {
            self.s.as_bytes().get(i).map(|&b| b as char)
        } else {
            self.s.chars().nth(i)
        }
    }

    /// The byte offset of code point `i` (i may equal char_len).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.is_ascii() {
            i.min(self.s.len())
        } else {
            self.s
                .char_indices()
                .nth(i)
                .map_or(self.s.len(), |(b, _)| b)
        }
    }

    /// A fast per-interpreter string hash (FNV-1a), cached. CPython randomises str hashes,
    /// so no program can depend on their values.
    pub fn hash(&self) -> i64 {
        if let Some(h) = self.hash.get() {
            return h;
        }
        let h = str_hash(&self.s);
        self.hash.set(Some(h));
        h
    }
}

/// The hash of a `str` (FNV-1a; never -1, which CPython reserves).
pub const fn str_hash(s: &str) -> i64 {
    // CPython hashes the empty string to 0 whatever the seed.
    let bytes = s.as_bytes();
    if bytes.is_empty() {
        return 0;
    }
    let mut h: u64 = 0xcbf29ce484222325;
    let mut i = 0;
    while i < bytes.len() {
        h ^= bytes[i] as u64;
        h = h.wrapping_mul(0x100000001b3);
        i += 1;
    }
    let h = h as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}
