//! Where interpreters' standard input comes from: nothing (EOF) unless the embedder gives a
//! [`Stdin`], such as fixed bytes or the process's own stdin.

use std::io::Read;
use std::sync::Arc;

use parking_lot::Mutex;

/// A source of standard input (`sys.stdin`, `input()`): called with the most bytes wanted, on the
/// reading interpreter's thread, it returns up to that many, blocking until some are there, and
/// an empty vector at the end of input. One source serves every interpreter of a runtime, as one
/// process's stdin serves all its readers, so it may be called from several threads at once.
pub type Stdin = Arc<dyn Fn(usize) -> Vec<u8> + Send + Sync>;

/// Up to `max` bytes from `stdin`; empty at its end or without one.
pub(crate) fn read(stdin: Option<&Stdin>, max: usize) -> Vec<u8> {
    let Some(stdin) = stdin else {
        return Vec::new();
    };
    let mut bytes = stdin(max);
    // A source that returns more than asked is cut, not trusted.
    bytes.truncate(max);
    bytes
}

/// A source that hands out `bytes` once, then EOF.
pub(crate) fn from_bytes(bytes: Vec<u8>) -> Stdin {
    let rest = Mutex::new(std::io::Cursor::new(bytes));
    Arc::new(move |max| read_some(&mut *rest.lock(), max))
}

/// The process's stdin: each call is one blocking read of it (EOF on a read error).
pub(crate) fn process() -> Stdin {
    Arc::new(|max| read_some(&mut std::io::stdin().lock(), max))
}

/// One read of at most `max` bytes, retried when interrupted; empty at EOF or on an error.
fn read_some(reader: &mut impl Read, max: usize) -> Vec<u8> {
    let mut buf = vec![0; max];
    loop {
        match reader.read(&mut buf) {
            Ok(n) => {
                buf.truncate(n);
                return buf;
            }
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(_) => return Vec::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bytes_come_out_in_order_then_eof() {
        let stdin = from_bytes(b"hello".to_vec());
        assert_eq!(read(Some(&stdin), 2), b"he");
        assert_eq!(read(Some(&stdin), 10), b"llo");
        assert_eq!(read(Some(&stdin), 10), b"");
        assert_eq!(read(None, 10), b"");
    }

    #[test]
    fn a_source_cannot_hand_over_more_than_asked() {
        let greedy: Stdin = Arc::new(|_| vec![b'x'; 100]);
        assert_eq!(read(Some(&greedy), 3), b"xxx");
    }
}
