//! Tokens: what the lexer hands the parser. A token holds its kind and where it lies; its text is
//! a byte range of the (newline-normalised) source, decoded by the parser when it needs a value.

/// The kind of a token. Keywords get their own kinds; soft keywords (`match`, `case`, `_`) are
/// plain `Name`s that the parser recognises by text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Tok {
    Name,
    Number,
    String,
    Newline,
    Indent,
    Dedent,
    EndMarker,
    /// A lexical error: always the last token, the error itself is kept beside the tokens.
    Error,
    /// A character that forms no token (`$`, `?`, `!`, a backtick) or CPython's retired `<>`:
    /// the parser rejects it with "invalid syntax" at its position, as CPython does.
    Unknown,

    LPar,
    RPar,
    LSqb,
    RSqb,
    LBrace,
    RBrace,
    Colon,
    Comma,
    Semi,
    Plus,
    Minus,
    Star,
    Slash,
    VBar,
    Amper,
    Less,
    Greater,
    Equal,
    Dot,
    Percent,
    EqEqual,
    NotEqual,
    LessEqual,
    GreaterEqual,
    Tilde,
    Circumflex,
    LeftShift,
    RightShift,
    DoubleStar,
    PlusEqual,
    MinEqual,
    StarEqual,
    SlashEqual,
    PercentEqual,
    AmperEqual,
    VBarEqual,
    CircumflexEqual,
    LeftShiftEqual,
    RightShiftEqual,
    DoubleStarEqual,
    DoubleSlash,
    DoubleSlashEqual,
    At,
    AtEqual,
    RArrow,
    Ellipsis,
    ColonEqual,

    False,
    None,
    True,
    And,
    As,
    Assert,
    Async,
    Await,
    Break,
    Class,
    Continue,
    Def,
    Del,
    Elif,
    Else,
    Except,
    Finally,
    For,
    From,
    Global,
    If,
    Import,
    In,
    Is,
    Lambda,
    Nonlocal,
    Not,
    Or,
    Pass,
    Raise,
    Return,
    Try,
    While,
    With,
    Yield,
}

impl Tok {
    /// The keyword kind spelled `word`, if it is a (hard) keyword.
    pub(crate) fn keyword(word: &str) -> Option<Tok> {
        Some(match word {
            "False" => Tok::False,
            "None" => Tok::None,
            "True" => Tok::True,
            "and" => Tok::And,
            "as" => Tok::As,
            "assert" => Tok::Assert,
            "async" => Tok::Async,
            "await" => Tok::Await,
            "break" => Tok::Break,
            "class" => Tok::Class,
            "continue" => Tok::Continue,
            "def" => Tok::Def,
            "del" => Tok::Del,
            "elif" => Tok::Elif,
            "else" => Tok::Else,
            "except" => Tok::Except,
            "finally" => Tok::Finally,
            "for" => Tok::For,
            "from" => Tok::From,
            "global" => Tok::Global,
            "if" => Tok::If,
            "import" => Tok::Import,
            "in" => Tok::In,
            "is" => Tok::Is,
            "lambda" => Tok::Lambda,
            "nonlocal" => Tok::Nonlocal,
            "not" => Tok::Not,
            "or" => Tok::Or,
            "pass" => Tok::Pass,
            "raise" => Tok::Raise,
            "return" => Tok::Return,
            "try" => Tok::Try,
            "while" => Tok::While,
            "with" => Tok::With,
            "yield" => Tok::Yield,
            _ => return None,
        })
    }

    /// The operator or delimiter spelled by the one to three ASCII bytes at the start of `b`,
    /// longest first, with its length.
    pub(crate) fn operator(b: &[u8]) -> Option<(Tok, usize)> {
        let at = |i: usize| b.get(i).copied().unwrap_or(0);
        let (c0, c1, c2) = (at(0), at(1), at(2));
        let three = match (c0, c1, c2) {
            (b'*', b'*', b'=') => Some(Tok::DoubleStarEqual),
            (b'.', b'.', b'.') => Some(Tok::Ellipsis),
            (b'/', b'/', b'=') => Some(Tok::DoubleSlashEqual),
            (b'<', b'<', b'=') => Some(Tok::LeftShiftEqual),
            (b'>', b'>', b'=') => Some(Tok::RightShiftEqual),
            _ => None,
        };
        if let Some(t) = three {
            return Some((t, 3));
        }
        let two = match (c0, c1) {
            (b'!', b'=') => Some(Tok::NotEqual),
            (b'%', b'=') => Some(Tok::PercentEqual),
            (b'&', b'=') => Some(Tok::AmperEqual),
            (b'*', b'*') => Some(Tok::DoubleStar),
            (b'*', b'=') => Some(Tok::StarEqual),
            (b'+', b'=') => Some(Tok::PlusEqual),
            (b'-', b'=') => Some(Tok::MinEqual),
            (b'-', b'>') => Some(Tok::RArrow),
            (b'/', b'/') => Some(Tok::DoubleSlash),
            (b'/', b'=') => Some(Tok::SlashEqual),
            (b':', b'=') => Some(Tok::ColonEqual),
            (b'<', b'<') => Some(Tok::LeftShift),
            (b'<', b'=') => Some(Tok::LessEqual),
            (b'<', b'>') => Some(Tok::Unknown),
            (b'=', b'=') => Some(Tok::EqEqual),
            (b'>', b'=') => Some(Tok::GreaterEqual),
            (b'>', b'>') => Some(Tok::RightShift),
            (b'@', b'=') => Some(Tok::AtEqual),
            (b'^', b'=') => Some(Tok::CircumflexEqual),
            (b'|', b'=') => Some(Tok::VBarEqual),
            _ => None,
        };
        if let Some(t) = two {
            return Some((t, 2));
        }
        let one = match c0 {
            b'(' => Tok::LPar,
            b')' => Tok::RPar,
            b'[' => Tok::LSqb,
            b']' => Tok::RSqb,
            b'{' => Tok::LBrace,
            b'}' => Tok::RBrace,
            b':' => Tok::Colon,
            b',' => Tok::Comma,
            b';' => Tok::Semi,
            b'+' => Tok::Plus,
            b'-' => Tok::Minus,
            b'*' => Tok::Star,
            b'/' => Tok::Slash,
            b'|' => Tok::VBar,
            b'&' => Tok::Amper,
            b'<' => Tok::Less,
            b'>' => Tok::Greater,
            b'=' => Tok::Equal,
            b'.' => Tok::Dot,
            b'%' => Tok::Percent,
            b'~' => Tok::Tilde,
            b'^' => Tok::Circumflex,
            b'@' => Tok::At,
            b'!' | b'$' | b'?' | b'`' => Tok::Unknown,
            _ => return None,
        };
        Some((one, 1))
    }
}

/// A token and its position: `start..end` are byte offsets into the source, lines are 1-based
/// and columns 0-based in characters, the end exclusive.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Token {
    pub(crate) kind: Tok,
    pub(crate) start: u32,
    pub(crate) end: u32,
    pub(crate) line: u32,
    pub(crate) col: u32,
    pub(crate) end_line: u32,
    pub(crate) end_col: u32,
}
