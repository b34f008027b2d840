//! Character names for `\N{...}` escapes. The full Unicode name table is large, so this knows
//! the names that can be computed (Latin and Greek letters, digits, CJK ideographs) and a table
//! of commonly used ones; any other name is "unknown Unicode character name".

/// The character named `name`, compared case-insensitively as CPython does.
pub(crate) fn lookup(name: &str) -> Option<char> {
    let upper = name.to_ascii_uppercase();
    let name = upper.as_str();
    if let Some(c) = computed(name) {
        return Some(c);
    }
    COMMON.iter().find(|(n, _)| *n == name).map(|&(_, c)| c)
}

const GREEK: [&str; 24] = [
    "ALPHA", "BETA", "GAMMA", "DELTA", "EPSILON", "ZETA", "ETA", "THETA", "IOTA", "KAPPA", "LAMDA",
    "MU", "NU", "XI", "OMICRON", "PI", "RHO", "SIGMA", "TAU", "UPSILON", "PHI", "CHI", "PSI",
    "OMEGA",
];

const DIGITS: [&str; 10] =
    ["ZERO", "ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE"];

fn computed(name: &str) -> Option<char> {
    let single = |s: &str| {
        let b = s.as_bytes();
        (b.len() == 1 && b[0].is_ascii_uppercase()).then(|| b[0] as char)
    };
    if let Some(rest) = name.strip_prefix("LATIN CAPITAL LETTER ") {
        return single(rest);
    }
    if let Some(rest) = name.strip_prefix("LATIN SMALL LETTER ") {
        return single(rest).map(|c| c.to_ascii_lowercase());
    }
    if let Some(rest) = name.strip_prefix("DIGIT ") {
        let i = DIGITS.iter().position(|d| *d == rest)?;
        return char::from_u32('0' as u32 + i as u32);
    }
    for (prefix, base) in [("GREEK CAPITAL LETTER ", 0x391u32), ("GREEK SMALL LETTER ", 0x3B1)] {
        if let Some(rest) = name.strip_prefix(prefix) {
            let i = GREEK.iter().position(|g| *g == rest)? as u32;
            // Both blocks have a slot before sigma (final sigma in the small one).
            let skip = u32::from(i >= 17);
            return char::from_u32(base + i + skip);
        }
    }
    if let Some(hex) = name.strip_prefix("CJK UNIFIED IDEOGRAPH-") {
        let code = u32::from_str_radix(hex, 16).ok()?;
        let ideograph = matches!(code, 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0x20000..=0x2A6DF);
        return if ideograph && (hex.len() == 4 || hex.len() == 5) {
            char::from_u32(code)
        } else {
            None
        };
    }
    None
}

const COMMON: &[(&str, char)] = &[
    ("NULL", '\u{0}'),
    ("ALERT", '\u{7}'),
    ("BACKSPACE", '\u{8}'),
    ("CHARACTER TABULATION", '\t'),
    ("LINE FEED", '\n'),
    ("NEW LINE", '\n'),
    ("LINE TABULATION", '\u{B}'),
    ("FORM FEED", '\u{C}'),
    ("CARRIAGE RETURN", '\r'),
    ("ESCAPE", '\u{1B}'),
    ("SPACE", ' '),
    ("EXCLAMATION MARK", '!'),
    ("QUOTATION MARK", '"'),
    ("NUMBER SIGN", '#'),
    ("DOLLAR SIGN", '$'),
    ("PERCENT SIGN", '%'),
    ("AMPERSAND", '&'),
    ("APOSTROPHE", '\''),
    ("LEFT PARENTHESIS", '('),
    ("RIGHT PARENTHESIS", ')'),
    ("ASTERISK", '*'),
    ("PLUS SIGN", '+'),
    ("COMMA", ','),
    ("HYPHEN-MINUS", '-'),
    ("FULL STOP", '.'),
    ("SOLIDUS", '/'),
    ("COLON", ':'),
    ("SEMICOLON", ';'),
    ("LESS-THAN SIGN", '<'),
    ("EQUALS SIGN", '='),
    ("GREATER-THAN SIGN", '>'),
    ("QUESTION MARK", '?'),
    ("COMMERCIAL AT", '@'),
    ("LEFT SQUARE BRACKET", '['),
    ("REVERSE SOLIDUS", '\\'),
    ("RIGHT SQUARE BRACKET", ']'),
    ("CIRCUMFLEX ACCENT", '^'),
    ("LOW LINE", '_'),
    ("GRAVE ACCENT", '`'),
    ("LEFT CURLY BRACKET", '{'),
    ("VERTICAL LINE", '|'),
    ("RIGHT CURLY BRACKET", '}'),
    ("TILDE", '~'),
    ("DELETE", '\u{7F}'),
    ("NO-BREAK SPACE", '\u{A0}'),
    ("INVERTED EXCLAMATION MARK", '¡'),
    ("CENT SIGN", '¢'),
    ("POUND SIGN", '£'),
    ("CURRENCY SIGN", '¤'),
    ("YEN SIGN", '¥'),
    ("SECTION SIGN", '§'),
    ("DIAERESIS", '¨'),
    ("COPYRIGHT SIGN", '©'),
    ("LEFT-POINTING DOUBLE ANGLE QUOTATION MARK", '«'),
    ("NOT SIGN", '¬'),
    ("SOFT HYPHEN", '\u{AD}'),
    ("REGISTERED SIGN", '®'),
    ("DEGREE SIGN", '°'),
    ("PLUS-MINUS SIGN", '±'),
    ("SUPERSCRIPT TWO", '²'),
    ("SUPERSCRIPT THREE", '³'),
    ("MICRO SIGN", 'µ'),
    ("PILCROW SIGN", '¶'),
    ("MIDDLE DOT", '·'),
    ("SUPERSCRIPT ONE", '¹'),
    ("RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK", '»'),
    ("VULGAR FRACTION ONE QUARTER", '¼'),
    ("VULGAR FRACTION ONE HALF", '½'),
    ("VULGAR FRACTION THREE QUARTERS", '¾'),
    ("INVERTED QUESTION MARK", '¿'),
    ("LATIN CAPITAL LETTER A WITH GRAVE", 'À'),
    ("LATIN CAPITAL LETTER A WITH ACUTE", 'Á'),
    ("LATIN CAPITAL LETTER A WITH DIAERESIS", 'Ä'),
    ("LATIN CAPITAL LETTER A WITH RING ABOVE", 'Å'),
    ("LATIN CAPITAL LETTER AE", 'Æ'),
    ("LATIN CAPITAL LETTER C WITH CEDILLA", 'Ç'),
    ("LATIN CAPITAL LETTER E WITH GRAVE", 'È'),
    ("LATIN CAPITAL LETTER E WITH ACUTE", 'É'),
    ("LATIN CAPITAL LETTER N WITH TILDE", 'Ñ'),
    ("LATIN CAPITAL LETTER O WITH DIAERESIS", 'Ö'),
    ("MULTIPLICATION SIGN", '×'),
    ("LATIN CAPITAL LETTER O WITH STROKE", 'Ø'),
    ("LATIN CAPITAL LETTER U WITH DIAERESIS", 'Ü'),
    ("LATIN SMALL LETTER SHARP S", 'ß'),
    ("LATIN SMALL LETTER A WITH GRAVE", 'à'),
    ("LATIN SMALL LETTER A WITH ACUTE", 'á'),
    ("LATIN SMALL LETTER A WITH CIRCUMFLEX", 'â'),
    ("LATIN SMALL LETTER A WITH DIAERESIS", 'ä'),
    ("LATIN SMALL LETTER A WITH RING ABOVE", 'å'),
    ("LATIN SMALL LETTER AE", 'æ'),
    ("LATIN SMALL LETTER C WITH CEDILLA", 'ç'),
    ("LATIN SMALL LETTER E WITH GRAVE", 'è'),
    ("LATIN SMALL LETTER E WITH ACUTE", 'é'),
    ("LATIN SMALL LETTER E WITH CIRCUMFLEX", 'ê'),
    ("LATIN SMALL LETTER E WITH DIAERESIS", 'ë'),
    ("LATIN SMALL LETTER I WITH ACUTE", 'í'),
    ("LATIN SMALL LETTER N WITH TILDE", 'ñ'),
    ("LATIN SMALL LETTER O WITH ACUTE", 'ó'),
    ("LATIN SMALL LETTER O WITH DIAERESIS", 'ö'),
    ("DIVISION SIGN", '÷'),
    ("LATIN SMALL LETTER O WITH STROKE", 'ø'),
    ("LATIN SMALL LETTER U WITH ACUTE", 'ú'),
    ("LATIN SMALL LETTER U WITH DIAERESIS", 'ü'),
    ("GREEK SMALL LETTER FINAL SIGMA", 'ς'),
    ("EN DASH", '–'),
    ("EM DASH", '—'),
    ("LEFT SINGLE QUOTATION MARK", '‘'),
    ("RIGHT SINGLE QUOTATION MARK", '’'),
    ("LEFT DOUBLE QUOTATION MARK", '“'),
    ("RIGHT DOUBLE QUOTATION MARK", '”'),
    ("DAGGER", '†'),
    ("DOUBLE DAGGER", '‡'),
    ("BULLET", '•'),
    ("HORIZONTAL ELLIPSIS", '…'),
    ("PER MILLE SIGN", '‰'),
    ("PRIME", '′'),
    ("ZERO WIDTH SPACE", '\u{200B}'),
    ("ZERO WIDTH NON-JOINER", '\u{200C}'),
    ("ZERO WIDTH JOINER", '\u{200D}'),
    ("EURO SIGN", '€'),
    ("TRADE MARK SIGN", '™'),
    ("LEFTWARDS ARROW", '←'),
    ("UPWARDS ARROW", '↑'),
    ("RIGHTWARDS ARROW", '→'),
    ("DOWNWARDS ARROW", '↓'),
    ("LEFT RIGHT ARROW", '↔'),
    ("RIGHTWARDS DOUBLE ARROW", '⇒'),
    ("FOR ALL", '∀'),
    ("PARTIAL DIFFERENTIAL", '∂'),
    ("THERE EXISTS", '∃'),
    ("EMPTY SET", '∅'),
    ("NABLA", '∇'),
    ("ELEMENT OF", '∈'),
    ("N-ARY PRODUCT", '∏'),
    ("N-ARY SUMMATION", '∑'),
    ("MINUS SIGN", '−'),
    ("SQUARE ROOT", '√'),
    ("INFINITY", '∞'),
    ("LOGICAL AND", '∧'),
    ("LOGICAL OR", '∨'),
    ("INTERSECTION", '∩'),
    ("UNION", '∪'),
    ("INTEGRAL", '∫'),
    ("ALMOST EQUAL TO", '≈'),
    ("NOT EQUAL TO", '≠'),
    ("IDENTICAL TO", '≡'),
    ("LESS-THAN OR EQUAL TO", '≤'),
    ("GREATER-THAN OR EQUAL TO", '≥'),
    ("BOX DRAWINGS LIGHT HORIZONTAL", '─'),
    ("BOX DRAWINGS LIGHT VERTICAL", '│'),
    ("FULL BLOCK", '█'),
    ("LIGHT SHADE", '░'),
    ("BLACK SQUARE", '■'),
    ("WHITE SQUARE", '□'),
    ("BLACK UP-POINTING TRIANGLE", '▲'),
    ("BLACK DOWN-POINTING TRIANGLE", '▼'),
    ("WHITE CIRCLE", '○'),
    ("BLACK CIRCLE", '●'),
    ("BLACK STAR", '★'),
    ("WHITE STAR", '☆'),
    ("SNOWMAN", '☃'),
    ("BLACK SPADE SUIT", '♠'),
    ("BLACK CLUB SUIT", '♣'),
    ("BLACK HEART SUIT", '♥'),
    ("BLACK DIAMOND SUIT", '♦'),
    ("CHECK MARK", '✓'),
    ("HEAVY CHECK MARK", '✔'),
    ("BALLOT X", '✗'),
    ("HEAVY BLACK HEART", '❤'),
    ("REPLACEMENT CHARACTER", '\u{FFFD}'),
    ("ZERO WIDTH NO-BREAK SPACE", '\u{FEFF}'),
    ("BYTE ORDER MARK", '\u{FEFF}'),
    ("GRINNING FACE", '😀'),
    ("SMILING FACE WITH SMILING EYES", '😊'),
    ("THUMBS UP SIGN", '👍'),
    ("PILE OF POO", '💩'),
    ("SNAKE", '🐍'),
];
