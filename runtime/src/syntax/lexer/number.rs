//! Numeric literals: finds where a number ends and rejects malformed ones with CPython's
//! messages and columns. The value is computed later, by `literal::number`.

use super::{is_potential_ident_byte, LexResult, Lexer};

impl Lexer<'_> {
    /// Scans a number whose first character (a digit, or `.` before a digit) is at the cursor.
    pub(super) fn number(&mut self) -> LexResult<()> {
        let first = self.peek();
        self.bump();
        if first == b'.' {
            return self.fraction();
        }
        if first != b'0' {
            self.decimal_tail()?;
            return self.after_integer_part();
        }
        match self.peek() {
            b'x' | b'X' => {
                self.bump();
                self.radix_digits(16, "hexadecimal")
            }
            b'o' | b'O' => {
                self.bump();
                self.radix_digits(8, "octal")
            }
            b'b' | b'B' => {
                self.bump();
                self.radix_digits(2, "binary")
            }
            _ => self.zero_prefixed(),
        }
    }

    /// Digits of a `0x`, `0o` or `0b` literal, with single underscores between them.
    fn radix_digits(&mut self, radix: u32, kind: &str) -> LexResult<()> {
        let is_digit = |c: u8| (c as char).is_digit(radix);
        loop {
            if self.peek() == b'_' {
                self.bump();
            }
            let c = self.peek();
            if !is_digit(c) {
                if radix != 16 && c.is_ascii_digit() {
                    self.bump();
                    let msg = format!("invalid digit '{}' in {} literal", c as char, kind);
                    return Err(self.error_at_cursor(msg));
                }
                return Err(self.error_at_cursor(format!("invalid {} literal", kind)));
            }
            while is_digit(self.peek()) {
                self.bump();
            }
            if self.peek() != b'_' {
                break;
            }
        }
        let c = self.peek();
        if radix != 16 && c.is_ascii_digit() {
            self.bump();
            let msg = format!("invalid digit '{}' in {} literal", c as char, kind);
            return Err(self.error_at_cursor(msg));
        }
        self.verify_end_of_number(kind)
    }

    /// After a leading `0`: more zeros, or a float or imaginary such as `09.5`; `012` is the
    /// old octal spelling, now an error.
    fn zero_prefixed(&mut self) -> LexResult<()> {
        let (start_line, start_col) = (self.line, self.col - 1);
        loop {
            if self.peek() == b'_' {
                self.bump();
                if !self.peek().is_ascii_digit() {
                    return Err(self.error_at_cursor("invalid decimal literal"));
                }
            }
            if self.peek() != b'0' {
                break;
            }
            self.bump();
        }
        // CPython's `zeros_end` lies just past the first character that is not a zero.
        let zeros_end = self.col + 1;
        let mut nonzero = false;
        if self.peek().is_ascii_digit() {
            nonzero = true;
            self.bump();
            self.decimal_tail()?;
        }
        match self.peek() {
            b'.' | b'e' | b'E' | b'j' | b'J' => self.after_integer_part(),
            _ if nonzero => {
                let mut err = self.error_at_cursor(
                    "leading zeros in decimal integer literals are not permitted; \
                     use an 0o prefix for octal integers",
                );
                err.error.line = start_line;
                err.error.col = start_col;
                err.error.end_line = start_line;
                err.error.end_col = zeros_end - 1;
                Err(err)
            }
            _ => self.verify_end_of_number("decimal"),
        }
    }

    /// The rest of a decimal literal after its integer digits: fraction, exponent, `j`.
    fn after_integer_part(&mut self) -> LexResult<()> {
        if self.peek() == b'.' {
            self.bump();
            return self.fraction();
        }
        self.exponent_and_suffix()
    }

    /// Digits after the decimal point (the point is consumed), then exponent and suffix.
    fn fraction(&mut self) -> LexResult<()> {
        if self.peek().is_ascii_digit() {
            self.bump();
            self.decimal_tail()?;
        }
        self.exponent_and_suffix()
    }

    fn exponent_and_suffix(&mut self) -> LexResult<()> {
        if matches!(self.peek(), b'e' | b'E') {
            let (pos, col) = (self.pos, self.col);
            self.bump();
            if matches!(self.peek(), b'+' | b'-') {
                self.bump();
                if !self.peek().is_ascii_digit() {
                    return Err(self.error_at_cursor("invalid decimal literal"));
                }
            } else if !self.peek().is_ascii_digit() {
                // Not an exponent: the number ends before the `e`, which is fine only when it
                // starts the keyword `else` (`1else`, which CPython accepts with a warning).
                self.pos = pos;
                self.col = col;
                if self.keyword_follows() {
                    return Ok(());
                }
                return Err(self.error_at_cursor("invalid decimal literal"));
            }
            self.bump();
            self.decimal_tail()?;
        }
        if matches!(self.peek(), b'j' | b'J') {
            self.bump();
            return self.verify_end_of_number("imaginary");
        }
        self.verify_end_of_number("decimal")
    }

    /// Digits with single underscores between them; the first digit is already consumed.
    fn decimal_tail(&mut self) -> LexResult<()> {
        loop {
            while self.peek().is_ascii_digit() {
                self.bump();
            }
            if self.peek() != b'_' {
                return Ok(());
            }
            self.bump();
            if !self.peek().is_ascii_digit() {
                return Err(self.error_at_cursor("invalid decimal literal"));
            }
        }
    }

    /// A number must not run into a name (`1abc`), except into one of the keywords that can
    /// follow a number in valid code (`1if x else 2`), which CPython allows with a warning.
    fn verify_end_of_number(&mut self, kind: &str) -> LexResult<()> {
        if self.keyword_follows() || !is_potential_ident_byte(self.peek()) {
            return Ok(());
        }
        Err(self.error_at_cursor(format!("invalid {} literal", kind)))
    }

    /// CPython's keyword lookahead in `verify_end_of_number`.
    fn keyword_follows(&self) -> bool {
        let rest = &self.b[self.pos..];
        let word = |w: &[u8]| {
            rest.starts_with(w)
                && !rest
                    .get(w.len())
                    .is_some_and(|&c| is_potential_ident_byte(c))
        };
        match rest.first() {
            Some(b'a') => word(b"and"),
            Some(b'e') => word(b"else"),
            Some(b'f') => word(b"for"),
            Some(b'o') => word(b"or"),
            Some(b'n') => word(b"not"),
            Some(b'i') => matches!(rest.get(1), Some(b'f' | b'n' | b's')),
            _ => false,
        }
    }
}
