//! Character names for `\N{...}` escapes. The full Unicode name table is large, so this holds
//! the commonly used blocks (Latin, Greek, Cyrillic, punctuation, arrows, mathematical and other
//! symbols, box drawing, emoticons; see `table`), computes CJK ideograph and Hangul syllable
//! names as CPython does, and knows the aliases of control characters. Any other name is an
//! "unknown Unicode character name".

mod table;

/// The character named `name`, compared case-insensitively as CPython does.
pub(crate) fn lookup(name: &str) -> Option<char> {
    let upper = name.to_ascii_uppercase();
    let name = upper.as_str();
    if let Some(c) = ALIASES.iter().find(|(n, _)| *n == name).map(|&(_, c)| c) {
        return Some(c);
    }
    if let Some(hex) = name.strip_prefix("CJK UNIFIED IDEOGRAPH-") {
        return cjk_ideograph(hex);
    }
    if let Some(rest) = name.strip_prefix("HANGUL SYLLABLE ") {
        return hangul_syllable(rest);
    }
    let encoded = encode(name);
    for &(first, names) in table::BLOCKS {
        if let Some(i) = names.split('|').position(|n| !n.is_empty() && n == encoded) {
            return char::from_u32(first + i as u32);
        }
    }
    None
}

/// Writes a name the way `table` stores it: frequent words as their one-character codes.
fn encode(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for (i, word) in name.split(' ').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        match table::WORDS.iter().position(|w| *w == word) {
            Some(k) => out.extend(table::CODES[k..].chars().next()),
            None => out.push_str(word),
        }
    }
    out
}

fn cjk_ideograph(hex: &str) -> Option<char> {
    if !(4..=5).contains(&hex.len()) {
        return None;
    }
    let code = u32::from_str_radix(hex, 16).ok()?;
    let ranges = [
        (0x3400, 0x4DBF),
        (0x4E00, 0x9FFF),
        (0x20000, 0x2A6DF),
        (0x2A700, 0x2B738),
        (0x2B740, 0x2B81D),
        (0x2B820, 0x2CEA1),
        (0x2CEB0, 0x2EBE0),
        (0x30000, 0x3134A),
    ];
    if ranges.iter().any(|&(a, b)| (a..=b).contains(&code)) {
        char::from_u32(code)
    } else {
        None
    }
}

const JAMO_L: [&str; 19] = [
    "G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P",
    "H",
];
const JAMO_V: [&str; 21] = [
    "A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE",
    "WI", "YU", "EU", "YI", "I",
];
const JAMO_T: [&str; 28] = [
    "", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M",
    "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H",
];

/// A Hangul syllable from the short names of its jamo (`GA`, `HAN`, ...).
fn hangul_syllable(rest: &str) -> Option<char> {
    for (l, lead) in JAMO_L.iter().enumerate() {
        let Some(after_l) = rest.strip_prefix(lead) else {
            continue;
        };
        for (v, vowel) in JAMO_V.iter().enumerate() {
            let Some(after_v) = after_l.strip_prefix(vowel) else {
                continue;
            };
            if let Some(t) = JAMO_T.iter().position(|t| *t == after_v) {
                return char::from_u32(0xAC00 + ((l * 21 + v) * 28 + t) as u32);
            }
        }
    }
    None
}

/// Aliases (Unicode's NameAliases) for characters without a name, and a few common others.
const ALIASES: &[(&str, char)] = &[
    ("NULL", '\u{0}'),
    ("NUL", '\u{0}'),
    ("ALERT", '\u{7}'),
    ("BEL", '\u{7}'),
    ("BACKSPACE", '\u{8}'),
    ("CHARACTER TABULATION", '\t'),
    ("HORIZONTAL TABULATION", '\t'),
    ("TAB", '\t'),
    ("LINE FEED", '\n'),
    ("NEW LINE", '\n'),
    ("END OF LINE", '\n'),
    ("LF", '\n'),
    ("NL", '\n'),
    ("EOL", '\n'),
    ("LINE TABULATION", '\u{B}'),
    ("VERTICAL TABULATION", '\u{B}'),
    ("FORM FEED", '\u{C}'),
    ("FF", '\u{C}'),
    ("CARRIAGE RETURN", '\r'),
    ("CR", '\r'),
    ("ESCAPE", '\u{1B}'),
    ("ESC", '\u{1B}'),
    ("DELETE", '\u{7F}'),
    ("DEL", '\u{7F}'),
    ("NO-BREAK SPACE", '\u{A0}'),
    ("NBSP", '\u{A0}'),
    ("ZERO WIDTH NO-BREAK SPACE", '\u{FEFF}'),
    ("BYTE ORDER MARK", '\u{FEFF}'),
    ("BOM", '\u{FEFF}'),
    ("ZWNBSP", '\u{FEFF}'),
    ("ZWSP", '\u{200B}'),
    ("ZWNJ", '\u{200C}'),
    ("ZWJ", '\u{200D}'),
];
