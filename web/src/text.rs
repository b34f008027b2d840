//! Decoding the runtime's output bytes into the strings JS callbacks receive.

/// Turns a stream of byte chunks into UTF-8 text, holding back a character split across two
/// writes until its last byte arrives. Bytes that can never be valid become U+FFFD, as
/// `TextDecoder` would make them.
#[derive(Debug, Default)]
pub struct Utf8Stream {
    /// The start of a multi-byte character whose remaining bytes have not been written yet.
    pending: Vec<u8>,
}

impl Utf8Stream {
    /// Decodes `data` after any held-back bytes and returns the text that is complete so far.
    pub fn decode(&mut self, data: &[u8]) -> String {
        let mut bytes = std::mem::take(&mut self.pending);
        bytes.extend_from_slice(data);
        let mut text = String::with_capacity(bytes.len());
        let mut rest = bytes.as_slice();
        loop {
            match std::str::from_utf8(rest) {
                Ok(valid) => {
                    text.push_str(valid);
                    break;
                }
                Err(err) => {
                    let (valid, after) = rest.split_at(err.valid_up_to());
                    // `valid_up_to` guarantees this prefix is UTF-8.
                    text.push_str(std::str::from_utf8(valid).unwrap_or_default());
                    match err.error_len() {
                        Some(len) => {
                            text.push(char::REPLACEMENT_CHARACTER);
                            rest = &after[len..];
                        }
                        None => {
                            // The input ends inside a character: wait for the rest of it.
                            self.pending = after.to_vec();
                            break;
                        }
                    }
                }
            }
        }
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_text_passes_through() {
        let mut stream = Utf8Stream::default();
        assert_eq!(stream.decode("héllo\n".as_bytes()), "héllo\n");
    }

    #[test]
    fn a_character_split_across_writes_is_held_back() {
        let euro = "€".as_bytes();
        let mut stream = Utf8Stream::default();
        assert_eq!(stream.decode(&[b'a', euro[0]]), "a");
        assert_eq!(stream.decode(&euro[1..2]), "");
        assert_eq!(stream.decode(&[euro[2], b'b']), "€b");
    }

    #[test]
    fn invalid_bytes_become_replacement_characters() {
        let mut stream = Utf8Stream::default();
        assert_eq!(stream.decode(b"a\xffb\xc3("), "a\u{fffd}b\u{fffd}(");
    }
}
