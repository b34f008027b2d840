//! Identifier characters and their normalization. Python uses Unicode's XID_Start and
//! XID_Continue classes and NFKC; without Unicode tables these are approximated from
//! `char::is_alphabetic`/`is_numeric` and a few ranges, and NFKC covers the compatibility
//! characters people actually meet in names (fullwidth forms, mathematical letters, ligatures).

/// Characters besides letters and digits that may continue an identifier: combining marks
/// (accents, Indic vowel signs and viramas, Thai marks), variation selectors, the middle dot
/// and connector punctuation.
const CONTINUE_RANGES: &[(u32, u32)] = &[
    (0x00B7, 0x00B7),
    (0x0300, 0x036F),
    (0x0483, 0x0487),
    (0x0591, 0x05BD),
    (0x05BF, 0x05C7),
    (0x0610, 0x061A),
    (0x064B, 0x065F),
    (0x0670, 0x0670),
    (0x06D6, 0x06ED),
    (0x0900, 0x0963),
    (0x0966, 0x096F),
    (0x0971, 0x0DFF),
    (0x0E31, 0x0E3A),
    (0x0E47, 0x0E4E),
    (0x1AB0, 0x1AFF),
    (0x1DC0, 0x1DFF),
    (0x203F, 0x2040),
    (0x2054, 0x2054),
    (0x20D0, 0x20FF),
    (0xFE00, 0xFE0F),
    (0xFE20, 0xFE2F),
    (0xFE33, 0xFE34),
    (0xFE4D, 0xFE4F),
    (0xFF3F, 0xFF3F),
    (0xE0100, 0xE01EF),
];

/// Numeric characters that are not decimal digits (superscripts, fractions, circled
/// numbers...), which `char::is_numeric` accepts but identifiers do not.
const OTHER_NUMBERS: &[(u32, u32)] = &[
    (0x00B2, 0x00B3),
    (0x00B9, 0x00B9),
    (0x00BC, 0x00BE),
    (0x2070, 0x209F),
    (0x2150, 0x218B),
    (0x2460, 0x24FF),
    (0x2776, 0x2793),
    (0x3192, 0x3195),
    (0x3220, 0x3229),
    (0x3248, 0x325F),
    (0x3280, 0x3289),
    (0x32B1, 0x32BF),
];

fn in_ranges(c: char, ranges: &[(u32, u32)]) -> bool {
    let c = c as u32;
    ranges.iter().any(|&(a, b)| (a..=b).contains(&c))
}

pub(crate) fn is_ident_start_char(c: char) -> bool {
    c == '_' || c.is_alphabetic() || matches!(c, '\u{2118}' | '\u{212E}' | '\u{309B}' | '\u{309C}')
}

pub(crate) fn is_ident_char(c: char) -> bool {
    is_ident_start_char(c)
        || (c.is_numeric() && !in_ranges(c, OTHER_NUMBERS))
        || in_ranges(c, CONTINUE_RANGES)
}

/// CPython's "printable": what may appear in an error message quoted as a character.
pub(crate) fn is_printable(c: char) -> bool {
    !(c.is_control()
        || (c.is_whitespace() && c != ' ')
        || matches!(c, '\u{AD}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}')
        || matches!(c, '\u{2060}'..='\u{2064}' | '\u{FEFF}'))
}

/// The NFKC form of an identifier, as far as this approximation knows it.
pub(crate) fn normalize(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for c in name.chars() {
        match compatibility(c) {
            Some(s) => out.push_str(s),
            None => out.push(fold(c).unwrap_or(c)),
        }
    }
    out
}

/// Single characters with a compatibility decomposition into one other character.
fn fold(c: char) -> Option<char> {
    let u = c as u32;
    let ascii = |b: u32| char::from_u32(b);
    match u {
        // Fullwidth ASCII.
        0xFF01..=0xFF5E => ascii(u - 0xFEE0),
        // Mathematical alphanumeric symbols: alphabets of 52 letters, then digits.
        0x1D400..=0x1D6A3 => {
            let i = (u - 0x1D400) % 52;
            ascii(if i < 26 {
                'A' as u32 + i
            } else {
                'a' as u32 + i - 26
            })
        }
        0x1D7CE..=0x1D7FF => ascii('0' as u32 + (u - 0x1D7CE) % 10),
        _ => Some(match c {
            'ª' => 'a',
            'º' => 'o',
            'µ' => 'μ',
            'ſ' => 's',
            'ℂ' => 'C',
            'ℊ' => 'g',
            'ℋ' | 'ℌ' | 'ℍ' => 'H',
            'ℎ' => 'h',
            'ℐ' | 'ℑ' => 'I',
            'ℒ' => 'L',
            'ℓ' => 'l',
            'ℕ' => 'N',
            'ℙ' => 'P',
            'ℚ' => 'Q',
            'ℛ' | 'ℜ' | 'ℝ' => 'R',
            'ℤ' | 'ℨ' => 'Z',
            'K' => 'K',
            'Å' => 'Å',
            'ℬ' => 'B',
            'ℭ' => 'C',
            'ℯ' => 'e',
            'ℰ' => 'E',
            'ℱ' => 'F',
            'ℳ' => 'M',
            'ℴ' => 'o',
            _ => return None,
        }),
    }
}

/// Characters whose compatibility decomposition is several characters.
fn compatibility(c: char) -> Option<&'static str> {
    Some(match c {
        'ﬀ' => "ff",
        'ﬁ' => "fi",
        'ﬂ' => "fl",
        'ﬃ' => "ffi",
        'ﬄ' => "ffl",
        'ﬅ' | 'ﬆ' => "st",
        'Ĳ' => "IJ",
        'ĳ' => "ij",
        _ => return None,
    })
}
