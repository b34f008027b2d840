//! Generated from Python 3.11's `unicodedata` (a script outside the repository): the names
//! of selected blocks. Frequent words are written as one character of `CODES` (`WORDS[i]` is
//! `CODES[i]`); each block is one string with `|` between the names of consecutive code
//! points, empty where unassigned.

pub(super) const CODES: &str = "abcdefghijklmnopqrstuvwxyz!#$%&()*+,./:;<=>?@[]^_{}~";

pub(super) const WORDS: &[&str] = &[
    "LETTER",
    "CAPITAL",
    "LATIN",
    "SMALL",
    "WITH",
    "CYRILLIC",
    "COMBINING",
    "DRAWINGS",
    "CIRCLED",
    "FULLWIDTH",
    "RIGHTWARDS",
    "DOUBLE",
    "ARROW",
    "RIGHT",
    "PARENTHESIZED",
    "VERTICAL",
    "GREEK",
    "WHITE",
    "HEAVY",
    "HORIZONTAL",
    "LEFT",
    "BLACK",
    "DIAERESIS",
    "STROKE",
    "SIGN",
    "DIGIT",
    "LEFTWARDS",
    "AND",
    "LIGHT",
    "SQUARE",
    "SYMBOL",
    "BOX",
    "CIRCUMFLEX",
    "NUMERAL",
    "NUMBER",
    "ABOVE",
    "FACE",
    "SUBSCRIPT",
    "TRIANGLE",
    "NEGATIVE",
    "GREATER-THAN",
    "EQUAL",
    "SANS-SERIF",
    "DOUBLE-STRUCK",
    "CIRCLE",
    "BELOW",
    "MACRON",
    "ACUTE",
    "DOWNWARDS",
    "ORNAMENT",
    "DINGBAT",
    "QUOTATION",
];

/// (first code point, names) for each block.
pub(super) const BLOCKS: &[(u32, &str)] = &[
    (
        0x20,
        "SPACE|EXCLAMATION MARK|~ MARK|+ y|DOLLAR y|PERCENT y|AMPERSAND|APOSTROPHE|u PARENTHE\
         SIS|n PARENTHESIS|ASTERISK|PLUS y|COMMA|HYPHEN-MINUS|FULL STOP|SOLIDUS|z ZERO|z ONE|\
         z TWO|z THREE|z FOUR|z FIVE|z SIX|z SEVEN|z EIGHT|z NINE|COLON|SEMICOLON|LESS-THAN y\
         |EQUALS y|< y|QUESTION MARK|COMMERCIAL AT|c b a A|c b a B|c b a C|c b a D|c b a E|c \
         b a F|c b a G|c b a H|c b a I|c b a J|c b a K|c b a L|c b a M|c b a N|c b a O|c b a \
         P|c b a Q|c b a R|c b a S|c b a T|c b a U|c b a V|c b a W|c b a X|c b a Y|c b a Z|u \
         % BRACKET|REVERSE SOLIDUS|n % BRACKET|) ACCENT|LOW LINE|GRAVE ACCENT|c d a A|c d a B\
         |c d a C|c d a D|c d a E|c d a F|c d a G|c d a H|c d a I|c d a J|c d a K|c d a L|c d \
         a M|c d a N|c d a O|c d a P|c d a Q|c d a R|c d a S|c d a T|c d a U|c d a V|c d a W|\
         c d a X|c d a Y|c d a Z|u CURLY BRACKET|p LINE|n CURLY BRACKET|TILDE",
    ),
    (
        0xA0,
        "NO-BREAK SPACE|INVERTED EXCLAMATION MARK|CENT y|POUND y|CURRENCY y|YEN y|BROKEN BAR|\
         SECTION y|w|COPYRIGHT y|FEMININE ORDINAL INDICATOR|LEFT-POINTING l ANGLE ~ MARK|NOT \
         y|SOFT HYPHEN|REGISTERED y|]|DEGREE y|PLUS-MINUS y|SUPERSCRIPT TWO|SUPERSCRIPT THREE\
         |^ ACCENT|MICRO y|PILCROW y|MIDDLE DOT|CEDILLA|SUPERSCRIPT ONE|MASCULINE ORDINAL IND\
         ICATOR|RIGHT-POINTING l ANGLE ~ MARK|VULGAR FRACTION ONE QUARTER|VULGAR FRACTION ONE \
         HALF|VULGAR FRACTION THREE QUARTERS|INVERTED QUESTION MARK|c b a A e GRAVE|c b a A e \
         ^|c b a A e )|c b a A e TILDE|c b a A e w|c b a A e RING ,|c b a AE|c b a C e CEDILL\
         A|c b a E e GRAVE|c b a E e ^|c b a E e )|c b a E e w|c b a I e GRAVE|c b a I e ^|c \
         b a I e )|c b a I e w|c b a ETH|c b a N e TILDE|c b a O e GRAVE|c b a O e ^|c b a O \
         e )|c b a O e TILDE|c b a O e w|MULTIPLICATION y|c b a O e x|c b a U e GRAVE|c b a U \
         e ^|c b a U e )|c b a U e w|c b a Y e ^|c b a THORN|c d a SHARP S|c d a A e GRAVE|c \
         d a A e ^|c d a A e )|c d a A e TILDE|c d a A e w|c d a A e RING ,|c d a AE|c d a C \
         e CEDILLA|c d a E e GRAVE|c d a E e ^|c d a E e )|c d a E e w|c d a I e GRAVE|c d a \
         I e ^|c d a I e )|c d a I e w|c d a ETH|c d a N e TILDE|c d a O e GRAVE|c d a O e ^|\
         c d a O e )|c d a O e TILDE|c d a O e w|DIVISION y|c d a O e x|c d a U e GRAVE|c d a \
         U e ^|c d a U e )|c d a U e w|c d a Y e ^|c d a THORN|c d a Y e w|c b a A e ]|c d a \
         A e ]|c b a A e BREVE|c d a A e BREVE|c b a A e OGONEK|c d a A e OGONEK|c b a C e ^|\
         c d a C e ^|c b a C e )|c d a C e )|c b a C e DOT ,|c d a C e DOT ,|c b a C e CARON|\
         c d a C e CARON|c b a D e CARON|c d a D e CARON|c b a D e x|c d a D e x|c b a E e ]|\
         c d a E e ]|c b a E e BREVE|c d a E e BREVE|c b a E e DOT ,|c d a E e DOT ,|c b a E \
         e OGONEK|c d a E e OGONEK|c b a E e CARON|c d a E e CARON|c b a G e )|c d a G e )|c \
         b a G e BREVE|c d a G e BREVE|c b a G e DOT ,|c d a G e DOT ,|c b a G e CEDILLA|c d \
         a G e CEDILLA|c b a H e )|c d a H e )|c b a H e x|c d a H e x|c b a I e TILDE|c d a \
         I e TILDE|c b a I e ]|c d a I e ]|c b a I e BREVE|c d a I e BREVE|c b a I e OGONEK|c \
         d a I e OGONEK|c b a I e DOT ,|c d a DOTLESS I|c b LIGATURE IJ|c d LIGATURE IJ|c b a \
         J e )|c d a J e )|c b a K e CEDILLA|c d a K e CEDILLA|c d a KRA|c b a L e ^|c d a L \
         e ^|c b a L e CEDILLA|c d a L e CEDILLA|c b a L e CARON|c d a L e CARON|c b a L e MI\
         DDLE DOT|c d a L e MIDDLE DOT|c b a L e x|c d a L e x|c b a N e ^|c d a N e ^|c b a \
         N e CEDILLA|c d a N e CEDILLA|c b a N e CARON|c d a N e CARON|c d a N PRECEDED BY AP\
         OSTROPHE|c b a ENG|c d a ENG|c b a O e ]|c d a O e ]|c b a O e BREVE|c d a O e BREVE\
         |c b a O e l ^|c d a O e l ^|c b LIGATURE OE|c d LIGATURE OE|c b a R e ^|c d a R e ^\
         |c b a R e CEDILLA|c d a R e CEDILLA|c b a R e CARON|c d a R e CARON|c b a S e ^|c d \
         a S e ^|c b a S e )|c d a S e )|c b a S e CEDILLA|c d a S e CEDILLA|c b a S e CARON|\
         c d a S e CARON|c b a T e CEDILLA|c d a T e CEDILLA|c b a T e CARON|c d a T e CARON|\
         c b a T e x|c d a T e x|c b a U e TILDE|c d a U e TILDE|c b a U e ]|c d a U e ]|c b \
         a U e BREVE|c d a U e BREVE|c b a U e RING ,|c d a U e RING ,|c b a U e l ^|c d a U \
         e l ^|c b a U e OGONEK|c d a U e OGONEK|c b a W e )|c d a W e )|c b a Y e )|c d a Y \
         e )|c b a Y e w|c b a Z e ^|c d a Z e ^|c b a Z e DOT ,|c d a Z e DOT ,|c b a Z e CA\
         RON|c d a Z e CARON|c d a LONG S|c d a B e x|c b a B e HOOK|c b a B e TOPBAR|c d a B \
         e TOPBAR|c b a TONE SIX|c d a TONE SIX|c b a OPEN O|c b a C e HOOK|c d a C e HOOK|c \
         b a AFRICAN D|c b a D e HOOK|c b a D e TOPBAR|c d a D e TOPBAR|c d a TURNED DELTA|c \
         b a REVERSED E|c b a SCHWA|c b a OPEN E|c b a F e HOOK|c d a F e HOOK|c b a G e HOOK\
         |c b a GAMMA|c d a HV|c b a IOTA|c b a I e x|c b a K e HOOK|c d a K e HOOK|c d a L e \
         BAR|c d a LAMBDA e x|c b a TURNED M|c b a N e u HOOK|c d a N e LONG n LEG|c b a O e \
         MIDDLE TILDE|c b a O e HORN|c d a O e HORN|c b a OI|c d a OI|c b a P e HOOK|c d a P \
         e HOOK|c a YR|c b a TONE TWO|c d a TONE TWO|c b a ESH|c a REVERSED ESH LOOP|c d a T \
         e PALATAL HOOK|c b a T e HOOK|c d a T e HOOK|c b a T e RETROFLEX HOOK|c b a U e HORN\
         |c d a U e HORN|c b a UPSILON|c b a V e HOOK|c b a Y e HOOK|c d a Y e HOOK|c b a Z e \
         x|c d a Z e x|c b a EZH|c b a EZH REVERSED|c d a EZH REVERSED|c d a EZH e TAIL|c a T\
         WO e x|c b a TONE FIVE|c d a TONE FIVE|c a INVERTED GLOTTAL STOP e x|c a WYNN|c a DE\
         NTAL CLICK|c a LATERAL CLICK|c a ALVEOLAR CLICK|c a RETROFLEX CLICK|c b a DZ e CARON\
         |c b a D e d a Z e CARON|c d a DZ e CARON|c b a LJ|c b a L e d a J|c d a LJ|c b a NJ\
         |c b a N e d a J|c d a NJ|c b a A e CARON|c d a A e CARON|c b a I e CARON|c d a I e \
         CARON|c b a O e CARON|c d a O e CARON|c b a U e CARON|c d a U e CARON|c b a U e w # \
         ]|c d a U e w # ]|c b a U e w # ^|c d a U e w # ^|c b a U e w # CARON|c d a U e w # \
         CARON|c b a U e w # GRAVE|c d a U e w # GRAVE|c d a TURNED E|c b a A e w # ]|c d a A \
         e w # ]|c b a A e DOT , # ]|c d a A e DOT , # ]|c b a AE e ]|c d a AE e ]|c b a G e \
         x|c d a G e x|c b a G e CARON|c d a G e CARON|c b a K e CARON|c d a K e CARON|c b a \
         O e OGONEK|c d a O e OGONEK|c b a O e OGONEK # ]|c d a O e OGONEK # ]|c b a EZH e CA\
         RON|c d a EZH e CARON|c d a J e CARON|c b a DZ|c b a D e d a Z|c d a DZ|c b a G e ^|\
         c d a G e ^|c b a HWAIR|c b a WYNN|c b a N e GRAVE|c d a N e GRAVE|c b a A e RING , \
         # ^|c d a A e RING , # ^|c b a AE e ^|c d a AE e ^|c b a O e x # ^|c d a O e x # ^|c \
         b a A e l GRAVE|c d a A e l GRAVE|c b a A e INVERTED BREVE|c d a A e INVERTED BREVE|\
         c b a E e l GRAVE|c d a E e l GRAVE|c b a E e INVERTED BREVE|c d a E e INVERTED BREV\
         E|c b a I e l GRAVE|c d a I e l GRAVE|c b a I e INVERTED BREVE|c d a I e INVERTED BR\
         EVE|c b a O e l GRAVE|c d a O e l GRAVE|c b a O e INVERTED BREVE|c d a O e INVERTED \
         BREVE|c b a R e l GRAVE|c d a R e l GRAVE|c b a R e INVERTED BREVE|c d a R e INVERTE\
         D BREVE|c b a U e l GRAVE|c d a U e l GRAVE|c b a U e INVERTED BREVE|c d a U e INVER\
         TED BREVE|c b a S e COMMA [|c d a S e COMMA [|c b a T e COMMA [|c d a T e COMMA [|c \
         b a YOGH|c d a YOGH|c b a H e CARON|c d a H e CARON|c b a N e LONG n LEG|c d a D e C\
         URL|c b a OU|c d a OU|c b a Z e HOOK|c d a Z e HOOK|c b a A e DOT ,|c d a A e DOT ,|\
         c b a E e CEDILLA|c d a E e CEDILLA|c b a O e w # ]|c d a O e w # ]|c b a O e TILDE \
         # ]|c d a O e TILDE # ]|c b a O e DOT ,|c d a O e DOT ,|c b a O e DOT , # ]|c d a O \
         e DOT , # ]|c b a Y e ]|c d a Y e ]|c d a L e CURL|c d a N e CURL|c d a T e CURL|c d \
         a DOTLESS J|c d a DB DIGRAPH|c d a QP DIGRAPH|c b a A e x|c b a C e x|c d a C e x|c \
         b a L e BAR|c b a T e DIAGONAL x|c d a S e SWASH TAIL|c d a Z e SWASH TAIL|c b a GLO\
         TTAL STOP|c d a GLOTTAL STOP|c b a B e x|c b a U BAR|c b a TURNED V|c b a E e x|c d \
         a E e x|c b a J e x|c d a J e x|c b a d Q e HOOK TAIL|c d a Q e HOOK TAIL|c b a R e \
         x|c d a R e x|c b a Y e x|c d a Y e x",
    ),
    (
        0x300,
        "g GRAVE ACCENT|g ^ ACCENT|g ) ACCENT|g TILDE|g ]|g OVERLINE|g BREVE|g DOT ,|g w|g HO\
         OK ,|g RING ,|g l ^ ACCENT|g CARON|g p LINE ,|g l p LINE ,|g l GRAVE ACCENT|g CANDRA\
         BINDU|g INVERTED BREVE|g TURNED COMMA ,|g COMMA ,|g REVERSED COMMA ,|g COMMA , n|g G\
         RAVE ACCENT [|g ^ ACCENT [|g u TACK [|g n TACK [|g u ANGLE ,|g HORN|g u HALF RING [|\
         g UP TACK [|g DOWN TACK [|g PLUS y [|g MINUS y [|g PALATALIZED HOOK [|g RETROFLEX HO\
         OK [|g DOT [|g w [|g RING [|g COMMA [|g CEDILLA|g OGONEK|g p LINE [|g BRIDGE [|g INV\
         ERTED l ARCH [|g CARON [|g ) ACCENT [|g BREVE [|g INVERTED BREVE [|g TILDE [|g ] [|g \
         LOW LINE|g l LOW LINE|g TILDE OVERLAY|g SHORT x OVERLAY|g LONG x OVERLAY|g SHORT SOL\
         IDUS OVERLAY|g LONG SOLIDUS OVERLAY|g n HALF RING [|g INVERTED BRIDGE [|g % [|g SEAG\
         ULL [|g X ,|g p TILDE|g l OVERLINE|g GRAVE TONE MARK|g ^ TONE MARK|g q PERISPOMENI|g \
         q KORONIS|g q DIALYTIKA TONOS|g q YPOGEGRAMMENI|g BRIDGE ,|g EQUALS y [|g l p LINE [\
         |g u ANGLE [|g NOT TILDE ,|g HOMOTHETIC ,|g ALMOST = TO ,|g u n m [|g UPWARDS m [|g \
         GRAPHEME JOINER|g n ARROWHEAD ,|g u HALF RING ,|g FERMATA|g X [|g u ARROWHEAD [|g n \
         ARROWHEAD [|g n ARROWHEAD # UP ARROWHEAD [|g n HALF RING ,|g DOT , n|g ASTERISK [|g \
         l RING [|g ZIGZAG ,|g l BREVE [|g l BREVE|g l ]|g l ] [|g l TILDE|g l INVERTED BREVE\
         |g l k m [|g c d a A|g c d a E|g c d a I|g c d a O|g c d a U|g c d a C|g c d a D|g c \
         d a H|g c d a M|g c d a R|g c d a T|g c d a V|g c d a X",
    ),
    (
        0x370,
        "q b a HETA|q d a HETA|q b a ARCHAIC SAMPI|q d a ARCHAIC SAMPI|q * y|q LOWER * y|q b \
         a PAMPHYLIAN DIGAMMA|q d a PAMPHYLIAN DIGAMMA|||q YPOGEGRAMMENI|q d REVERSED LUNATE \
         SIGMA &|q d DOTTED LUNATE SIGMA &|q d REVERSED DOTTED LUNATE SIGMA &|q QUESTION MARK\
         |q b a YOT|||||q TONOS|q DIALYTIKA TONOS|q b a ALPHA e TONOS|q ANO TELEIA|q b a EPSI\
         LON e TONOS|q b a ETA e TONOS|q b a IOTA e TONOS||q b a OMICRON e TONOS||q b a UPSIL\
         ON e TONOS|q b a OMEGA e TONOS|q d a IOTA e DIALYTIKA # TONOS|q b a ALPHA|q b a BETA\
         |q b a GAMMA|q b a DELTA|q b a EPSILON|q b a ZETA|q b a ETA|q b a THETA|q b a IOTA|q \
         b a KAPPA|q b a LAMDA|q b a MU|q b a NU|q b a XI|q b a OMICRON|q b a PI|q b a RHO||q \
         b a SIGMA|q b a TAU|q b a UPSILON|q b a PHI|q b a CHI|q b a PSI|q b a OMEGA|q b a IO\
         TA e DIALYTIKA|q b a UPSILON e DIALYTIKA|q d a ALPHA e TONOS|q d a EPSILON e TONOS|q \
         d a ETA e TONOS|q d a IOTA e TONOS|q d a UPSILON e DIALYTIKA # TONOS|q d a ALPHA|q d \
         a BETA|q d a GAMMA|q d a DELTA|q d a EPSILON|q d a ZETA|q d a ETA|q d a THETA|q d a \
         IOTA|q d a KAPPA|q d a LAMDA|q d a MU|q d a NU|q d a XI|q d a OMICRON|q d a PI|q d a \
         RHO|q d a FINAL SIGMA|q d a SIGMA|q d a TAU|q d a UPSILON|q d a PHI|q d a CHI|q d a \
         PSI|q d a OMEGA|q d a IOTA e DIALYTIKA|q d a UPSILON e DIALYTIKA|q d a OMICRON e TON\
         OS|q d a UPSILON e TONOS|q d a OMEGA e TONOS|q b KAI &|q BETA &|q THETA &|q UPSILON \
         e HOOK &|q UPSILON e ^ # HOOK &|q UPSILON e w # HOOK &|q PHI &|q PI &|q KAI &|q a AR\
         CHAIC KOPPA|q d a ARCHAIC KOPPA|q a STIGMA|q d a STIGMA|q a DIGAMMA|q d a DIGAMMA|q \
         a KOPPA|q d a KOPPA|q a SAMPI|q d a SAMPI|COPTIC b a SHEI|COPTIC d a SHEI|COPTIC b a \
         FEI|COPTIC d a FEI|COPTIC b a KHEI|COPTIC d a KHEI|COPTIC b a HORI|COPTIC d a HORI|C\
         OPTIC b a GANGIA|COPTIC d a GANGIA|COPTIC b a SHIMA|COPTIC d a SHIMA|COPTIC b a DEI|\
         COPTIC d a DEI|q KAPPA &|q RHO &|q LUNATE SIGMA &|q a YOT|q b THETA &|q LUNATE EPSIL\
         ON &|q REVERSED LUNATE EPSILON &|q b a SHO|q d a SHO|q b LUNATE SIGMA &|q b a SAN|q \
         d a SAN|q RHO e x &|q b REVERSED LUNATE SIGMA &|q b DOTTED LUNATE SIGMA &|q b REVERS\
         ED DOTTED LUNATE SIGMA &",
    ),
    (
        0x400,
        "f b a IE e GRAVE|f b a IO|f b a DJE|f b a GJE|f b a UKRAINIAN IE|f b a DZE|f b a BYE\
         LORUSSIAN-UKRAINIAN I|f b a YI|f b a JE|f b a LJE|f b a NJE|f b a TSHE|f b a KJE|f b \
         a I e GRAVE|f b a SHORT U|f b a DZHE|f b a A|f b a BE|f b a VE|f b a GHE|f b a DE|f \
         b a IE|f b a ZHE|f b a ZE|f b a I|f b a SHORT I|f b a KA|f b a EL|f b a EM|f b a EN|\
         f b a O|f b a PE|f b a ER|f b a ES|f b a TE|f b a U|f b a EF|f b a HA|f b a TSE|f b \
         a CHE|f b a SHA|f b a SHCHA|f b a HARD y|f b a YERU|f b a SOFT y|f b a E|f b a YU|f \
         b a YA|f d a A|f d a BE|f d a VE|f d a GHE|f d a DE|f d a IE|f d a ZHE|f d a ZE|f d \
         a I|f d a SHORT I|f d a KA|f d a EL|f d a EM|f d a EN|f d a O|f d a PE|f d a ER|f d \
         a ES|f d a TE|f d a U|f d a EF|f d a HA|f d a TSE|f d a CHE|f d a SHA|f d a SHCHA|f \
         d a HARD y|f d a YERU|f d a SOFT y|f d a E|f d a YU|f d a YA|f d a IE e GRAVE|f d a \
         IO|f d a DJE|f d a GJE|f d a UKRAINIAN IE|f d a DZE|f d a BYELORUSSIAN-UKRAINIAN I|f \
         d a YI|f d a JE|f d a LJE|f d a NJE|f d a TSHE|f d a KJE|f d a I e GRAVE|f d a SHORT \
         U|f d a DZHE|f b a OMEGA|f d a OMEGA|f b a YAT|f d a YAT|f b a IOTIFIED E|f d a IOTI\
         FIED E|f b a LITTLE YUS|f d a LITTLE YUS|f b a IOTIFIED LITTLE YUS|f d a IOTIFIED LI\
         TTLE YUS|f b a BIG YUS|f d a BIG YUS|f b a IOTIFIED BIG YUS|f d a IOTIFIED BIG YUS|f \
         b a KSI|f d a KSI|f b a PSI|f d a PSI|f b a FITA|f d a FITA|f b a IZHITSA|f d a IZHI\
         TSA|f b a IZHITSA e l GRAVE ACCENT|f d a IZHITSA e l GRAVE ACCENT|f b a UK|f d a UK|\
         f b a ROUND OMEGA|f d a ROUND OMEGA|f b a OMEGA e TITLO|f d a OMEGA e TITLO|f b a OT\
         |f d a OT|f b a KOPPA|f d a KOPPA|f THOUSANDS y|g f TITLO|g f PALATALIZATION|g f DAS\
         IA PNEUMATA|g f PSILI PNEUMATA|g f POKRYTIE|g f HUNDRED THOUSANDS y|g f MILLIONS y|f \
         b a SHORT I e TAIL|f d a SHORT I e TAIL|f b a SEMISOFT y|f d a SEMISOFT y|f b a ER e \
         TICK|f d a ER e TICK|f b a GHE e UPTURN|f d a GHE e UPTURN|f b a GHE e x|f d a GHE e \
         x|f b a GHE e MIDDLE HOOK|f d a GHE e MIDDLE HOOK|f b a ZHE e DESCENDER|f d a ZHE e \
         DESCENDER|f b a ZE e DESCENDER|f d a ZE e DESCENDER|f b a KA e DESCENDER|f d a KA e \
         DESCENDER|f b a KA e p x|f d a KA e p x|f b a KA e x|f d a KA e x|f b a BASHKIR KA|f \
         d a BASHKIR KA|f b a EN e DESCENDER|f d a EN e DESCENDER|f b LIGATURE EN GHE|f d LIG\
         ATURE EN GHE|f b a PE e MIDDLE HOOK|f d a PE e MIDDLE HOOK|f b a ABKHASIAN HA|f d a \
         ABKHASIAN HA|f b a ES e DESCENDER|f d a ES e DESCENDER|f b a TE e DESCENDER|f d a TE \
         e DESCENDER|f b a STRAIGHT U|f d a STRAIGHT U|f b a STRAIGHT U e x|f d a STRAIGHT U \
         e x|f b a HA e DESCENDER|f d a HA e DESCENDER|f b LIGATURE TE TSE|f d LIGATURE TE TS\
         E|f b a CHE e DESCENDER|f d a CHE e DESCENDER|f b a CHE e p x|f d a CHE e p x|f b a \
         SHHA|f d a SHHA|f b a ABKHASIAN CHE|f d a ABKHASIAN CHE|f b a ABKHASIAN CHE e DESCEN\
         DER|f d a ABKHASIAN CHE e DESCENDER|f a PALOCHKA|f b a ZHE e BREVE|f d a ZHE e BREVE\
         |f b a KA e HOOK|f d a KA e HOOK|f b a EL e TAIL|f d a EL e TAIL|f b a EN e HOOK|f d \
         a EN e HOOK|f b a EN e TAIL|f d a EN e TAIL|f b a KHAKASSIAN CHE|f d a KHAKASSIAN CH\
         E|f b a EM e TAIL|f d a EM e TAIL|f d a PALOCHKA|f b a A e BREVE|f d a A e BREVE|f b \
         a A e w|f d a A e w|f b LIGATURE A IE|f d LIGATURE A IE|f b a IE e BREVE|f d a IE e \
         BREVE|f b a SCHWA|f d a SCHWA|f b a SCHWA e w|f d a SCHWA e w|f b a ZHE e w|f d a ZH\
         E e w|f b a ZE e w|f d a ZE e w|f b a ABKHASIAN DZE|f d a ABKHASIAN DZE|f b a I e ]|\
         f d a I e ]|f b a I e w|f d a I e w|f b a O e w|f d a O e w|f b a BARRED O|f d a BAR\
         RED O|f b a BARRED O e w|f d a BARRED O e w|f b a E e w|f d a E e w|f b a U e ]|f d \
         a U e ]|f b a U e w|f d a U e w|f b a U e l ^|f d a U e l ^|f b a CHE e w|f d a CHE \
         e w|f b a GHE e DESCENDER|f d a GHE e DESCENDER|f b a YERU e w|f d a YERU e w|f b a \
         GHE e x # HOOK|f d a GHE e x # HOOK|f b a HA e HOOK|f d a HA e HOOK|f b a HA e x|f d \
         a HA e x",
    ),
    (
        0x2000,
        "EN QUAD|EM QUAD|EN SPACE|EM SPACE|THREE-PER-EM SPACE|FOUR-PER-EM SPACE|SIX-PER-EM SP\
         ACE|FIGURE SPACE|PUNCTUATION SPACE|THIN SPACE|HAIR SPACE|ZERO WIDTH SPACE|ZERO WIDTH \
         NON-JOINER|ZERO WIDTH JOINER|LEFT-TO-RIGHT MARK|RIGHT-TO-LEFT MARK|HYPHEN|NON-BREAKI\
         NG HYPHEN|FIGURE DASH|EN DASH|EM DASH|t BAR|l p LINE|l LOW LINE|u SINGLE ~ MARK|n SI\
         NGLE ~ MARK|SINGLE LOW-9 ~ MARK|SINGLE HIGH-REVERSED-9 ~ MARK|u l ~ MARK|n l ~ MARK|\
         l LOW-9 ~ MARK|l HIGH-REVERSED-9 ~ MARK|DAGGER|l DAGGER|BULLET|TRIANGULAR BULLET|ONE \
         DOT LEADER|TWO DOT LEADER|t ELLIPSIS|HYPHENATION POINT|LINE SEPARATOR|PARAGRAPH SEPA\
         RATOR|LEFT-TO-RIGHT EMBEDDING|RIGHT-TO-LEFT EMBEDDING|POP DIRECTIONAL FORMATTING|LEF\
         T-TO-RIGHT OVERRIDE|RIGHT-TO-LEFT OVERRIDE|NARROW NO-BREAK SPACE|PER MILLE y|PER TEN \
         THOUSAND y|PRIME|l PRIME|TRIPLE PRIME|REVERSED PRIME|REVERSED l PRIME|REVERSED TRIPL\
         E PRIME|CARET|SINGLE LEFT-POINTING ANGLE ~ MARK|SINGLE RIGHT-POINTING ANGLE ~ MARK|R\
         EFERENCE MARK|l EXCLAMATION MARK|INTERROBANG|OVERLINE|UNDERTIE|CHARACTER TIE|CARET I\
         NSERTION POINT|ASTERISM|HYPHEN BULLET|FRACTION SLASH|u % BRACKET e QUILL|n % BRACKET \
         e QUILL|l QUESTION MARK|QUESTION EXCLAMATION MARK|EXCLAMATION QUESTION MARK|TIRONIAN \
         y ET|REVERSED PILCROW y|v ! BULLET|v k BULLET|LOW ASTERISK|REVERSED SEMICOLON|CLOSE \
         UP|TWO ASTERISKS ALIGNED VERTICALLY|COMMERCIAL MINUS y|SWUNG DASH|INVERTED UNDERTIE|\
         FLOWER PUNCTUATION MARK|THREE DOT PUNCTUATION|QUADRUPLE PRIME|FOUR DOT PUNCTUATION|F\
         IVE DOT PUNCTUATION|TWO DOT PUNCTUATION|FOUR DOT MARK|DOTTED CROSS|TRICOLON|p FOUR D\
         OTS|MEDIUM MATHEMATICAL SPACE|WORD JOINER|FUNCTION APPLICATION|INVISIBLE TIMES|INVIS\
         IBLE SEPARATOR|INVISIBLE PLUS||LEFT-TO-RIGHT ISOLATE|RIGHT-TO-LEFT ISOLATE|FIRST STR\
         ONG ISOLATE|POP DIRECTIONAL ISOLATE|INHIBIT SYMMETRIC SWAPPING|ACTIVATE SYMMETRIC SW\
         APPING|INHIBIT ARABIC FORM SHAPING|ACTIVATE ARABIC FORM SHAPING|NATIONAL z SHAPES|NO\
         MINAL z SHAPES",
    ),
    (
        0x2070,
        "SUPERSCRIPT ZERO|SUPERSCRIPT c d a I|||SUPERSCRIPT FOUR|SUPERSCRIPT FIVE|SUPERSCRIPT \
         SIX|SUPERSCRIPT SEVEN|SUPERSCRIPT EIGHT|SUPERSCRIPT NINE|SUPERSCRIPT PLUS y|SUPERSCR\
         IPT MINUS|SUPERSCRIPT EQUALS y|SUPERSCRIPT u PARENTHESIS|SUPERSCRIPT n PARENTHESIS|S\
         UPERSCRIPT c d a N|/ ZERO|/ ONE|/ TWO|/ THREE|/ FOUR|/ FIVE|/ SIX|/ SEVEN|/ EIGHT|/ \
         NINE|/ PLUS y|/ MINUS|/ EQUALS y|/ u PARENTHESIS|/ n PARENTHESIS||c / d a A|c / d a \
         E|c / d a O|c / d a X|c / d a SCHWA|c / d a H|c / d a K|c / d a L|c / d a M|c / d a \
         N|c / d a P|c / d a S|c / d a T|||",
    ),
    (
        0x20A0,
        "EURO-CURRENCY y|COLON y|CRUZEIRO y|FRENCH FRANC y|LIRA y|MILL y|NAIRA y|PESETA y|RUP\
         EE y|WON y|NEW SHEQEL y|DONG y|EURO y|KIP y|TUGRIK y|DRACHMA y|GERMAN PENNY y|PESO y\
         |GUARANI y|AUSTRAL y|HRYVNIA y|CEDI y|LIVRE TOURNOIS y|SPESMILO y|TENGE y|INDIAN RUP\
         EE y|TURKISH LIRA y|NORDIC MARK y|MANAT y|RUBLE y|LARI y|BITCOIN y|SOM y",
    ),
    (
        0x20D0,
        "g u HARPOON ,|g n HARPOON ,|g LONG p LINE OVERLAY|g SHORT p LINE OVERLAY|g ANTICLOCK\
         WISE m ,|g CLOCKWISE m ,|g u m ,|g n m ,|g RING OVERLAY|g CLOCKWISE RING OVERLAY|g A\
         NTICLOCKWISE RING OVERLAY|g THREE DOTS ,|g FOUR DOTS ,|g ENCLOSING @|g ENCLOSING %|g \
         ENCLOSING DIAMOND|g ENCLOSING @ BACKSLASH|g u n m ,|g ENCLOSING SCREEN|g ENCLOSING K\
         EYCAP|g ENCLOSING UPWARD POINTING :|g REVERSE SOLIDUS OVERLAY|g l p x OVERLAY|g ANNU\
         ITY &|g TRIPLE UNDERDOT|g WIDE BRIDGE ,|g ! m OVERLAY|g LONG l SOLIDUS OVERLAY|g k H\
         ARPOON e BARB _|g ! HARPOON e BARB _|g u m [|g n m [|g ASTERISK ,",
    ),
    (
        0x2100,
        "ACCOUNT OF|ADDRESSED TO THE SUBJECT|? b C|DEGREE CELSIUS|CENTRE LINE &|CARE OF|CADA \
         UNA|EULER CONSTANT|SCRUPLE|DEGREE FAHRENHEIT|SCRIPT d G|SCRIPT b H|BLACK-LETTER b H|\
         ? b H|PLANCK CONSTANT|PLANCK CONSTANT OVER TWO PI|SCRIPT b I|BLACK-LETTER b I|SCRIPT \
         b L|SCRIPT d L|L B BAR &|? b N|NUMERO y|SOUND RECORDING COPYRIGHT|SCRIPT b P|? b P|? \
         b Q|SCRIPT b R|BLACK-LETTER b R|? b R|PRESCRIPTION TAKE|RESPONSE|SERVICE MARK|TELEPH\
         ONE y|TRADE MARK y|VERSICLE|? b Z|OUNCE y|OHM y|INVERTED OHM y|BLACK-LETTER b Z|TURN\
         ED q d a IOTA|KELVIN y|ANGSTROM y|SCRIPT b B|BLACK-LETTER b C|ESTIMATED &|SCRIPT d E\
         |SCRIPT b E|SCRIPT b F|TURNED b F|SCRIPT b M|SCRIPT d O|ALEF &|BET &|GIMEL &|DALET &\
         |INFORMATION SOURCE|ROTATED b Q|FACSIMILE y|? d PI|? d GAMMA|? b GAMMA|? b PI|? N-AR\
         Y SUMMATION|TURNED > b G|TURNED > b L|REVERSED > b L|TURNED > b Y|? ITALIC b D|? ITA\
         LIC d D|? ITALIC d E|? ITALIC d I|? ITALIC d J|PROPERTY LINE|TURNED AMPERSAND|PER y|\
         AKTIESELSKAB|TURNED d F|& FOR SAMARITAN SOURCE|VULGAR FRACTION ONE SEVENTH|VULGAR FR\
         ACTION ONE NINTH|VULGAR FRACTION ONE TENTH|VULGAR FRACTION ONE THIRD|VULGAR FRACTION \
         TWO THIRDS|VULGAR FRACTION ONE FIFTH|VULGAR FRACTION TWO FIFTHS|VULGAR FRACTION THRE\
         E FIFTHS|VULGAR FRACTION FOUR FIFTHS|VULGAR FRACTION ONE SIXTH|VULGAR FRACTION FIVE \
         SIXTHS|VULGAR FRACTION ONE EIGHTH|VULGAR FRACTION THREE EIGHTHS|VULGAR FRACTION FIVE \
         EIGHTHS|VULGAR FRACTION SEVEN EIGHTHS|FRACTION NUMERATOR ONE|ROMAN * ONE|ROMAN * TWO\
         |ROMAN * THREE|ROMAN * FOUR|ROMAN * FIVE|ROMAN * SIX|ROMAN * SEVEN|ROMAN * EIGHT|ROM\
         AN * NINE|ROMAN * TEN|ROMAN * ELEVEN|ROMAN * TWELVE|ROMAN * FIFTY|ROMAN * ONE HUNDRE\
         D|ROMAN * FIVE HUNDRED|ROMAN * ONE THOUSAND|d ROMAN * ONE|d ROMAN * TWO|d ROMAN * TH\
         REE|d ROMAN * FOUR|d ROMAN * FIVE|d ROMAN * SIX|d ROMAN * SEVEN|d ROMAN * EIGHT|d RO\
         MAN * NINE|d ROMAN * TEN|d ROMAN * ELEVEN|d ROMAN * TWELVE|d ROMAN * FIFTY|d ROMAN * \
         ONE HUNDRED|d ROMAN * FIVE HUNDRED|d ROMAN * ONE THOUSAND|ROMAN * ONE THOUSAND C D|R\
         OMAN * FIVE THOUSAND|ROMAN * TEN THOUSAND|ROMAN * REVERSED ONE HUNDRED|c d a REVERSE\
         D C|ROMAN * SIX LATE FORM|ROMAN * FIFTY EARLY FORM|ROMAN * FIFTY THOUSAND|ROMAN * ON\
         E HUNDRED THOUSAND|VULGAR FRACTION ZERO THIRDS|TURNED z TWO|TURNED z THREE",
    ),
    (
        0x2190,
        "! m|UPWARDS m|k m|_ m|u n m|UP DOWN m|NORTH WEST m|NORTH EAST m|SOUTH EAST m|SOUTH W\
         EST m|! m e x|k m e x|! WAVE m|k WAVE m|! TWO HEADED m|UPWARDS TWO HEADED m|k TWO HE\
         ADED m|_ TWO HEADED m|! m e TAIL|k m e TAIL|! m FROM BAR|UPWARDS m FROM BAR|k m FROM \
         BAR|_ m FROM BAR|UP DOWN m e BASE|! m e HOOK|k m e HOOK|! m e LOOP|k m e LOOP|u n WA\
         VE m|u n m e x|_ ZIGZAG m|UPWARDS m e TIP !|UPWARDS m e TIP k|_ m e TIP !|_ m e TIP \
         k|k m e CORNER _|_ m e CORNER !|ANTICLOCKWISE TOP SEMICIRCLE m|CLOCKWISE TOP SEMICIR\
         CLE m|NORTH WEST m TO LONG BAR|! m TO BAR OVER k m TO BAR|ANTICLOCKWISE OPEN @ m|CLO\
         CKWISE OPEN @ m|! HARPOON e BARB UPWARDS|! HARPOON e BARB _|UPWARDS HARPOON e BARB k\
         |UPWARDS HARPOON e BARB !|k HARPOON e BARB UPWARDS|k HARPOON e BARB _|_ HARPOON e BA\
         RB k|_ HARPOON e BARB !|k m OVER ! m|UPWARDS m ! OF _ m|! m OVER k m|! PAIRED ARROWS\
         |UPWARDS PAIRED ARROWS|k PAIRED ARROWS|_ PAIRED ARROWS|! HARPOON OVER k HARPOON|k HA\
         RPOON OVER ! HARPOON|! l m e x|u n l m e x|k l m e x|! l m|UPWARDS l m|k l m|_ l m|u \
         n l m|UP DOWN l m|NORTH WEST l m|NORTH EAST l m|SOUTH EAST l m|SOUTH WEST l m|! TRIP\
         LE m|k TRIPLE m|! SQUIGGLE m|k SQUIGGLE m|UPWARDS m e l x|_ m e l x|! DASHED m|UPWAR\
         DS DASHED m|k DASHED m|_ DASHED m|! m TO BAR|k m TO BAR|! r m|UPWARDS r m|k r m|_ r \
         m|UPWARDS r m FROM BAR|UPWARDS r m ON PEDESTAL|UPWARDS r m ON PEDESTAL e t BAR|UPWAR\
         DS r m ON PEDESTAL e p BAR|UPWARDS r l m|UPWARDS r l m ON PEDESTAL|k r m FROM WALL|N\
         ORTH WEST m TO CORNER|SOUTH EAST m TO CORNER|UP DOWN r m|n m e d @|_ m ! OF UPWARDS \
         m|THREE k ARROWS|! m e p x|k m e p x|u n m e p x|! m e l p x|k m e l p x|u n m e l p \
         x|! OPEN-HEADED m|k OPEN-HEADED m|u n OPEN-HEADED m",
    ),
    (
        0x2200,
        "FOR ALL|COMPLEMENT|PARTIAL DIFFERENTIAL|THERE EXISTS|THERE DOES NOT EXIST|EMPTY SET|\
         INCREMENT|NABLA|ELEMENT OF|NOT AN ELEMENT OF|d ELEMENT OF|CONTAINS AS MEMBER|DOES NO\
         T CONTAIN AS MEMBER|d CONTAINS AS MEMBER|END OF PROOF|N-ARY PRODUCT|N-ARY COPRODUCT|\
         N-ARY SUMMATION|MINUS y|MINUS-OR-PLUS y|DOT PLUS|DIVISION SLASH|SET MINUS|ASTERISK O\
         PERATOR|RING OPERATOR|BULLET OPERATOR|% ROOT|CUBE ROOT|FOURTH ROOT|PROPORTIONAL TO|I\
         NFINITY|n ANGLE|ANGLE|MEASURED ANGLE|SPHERICAL ANGLE|DIVIDES|DOES NOT DIVIDE|PARALLE\
         L TO|NOT PARALLEL TO|LOGICAL #|LOGICAL OR|INTERSECTION|UNION|INTEGRAL|l INTEGRAL|TRI\
         PLE INTEGRAL|CONTOUR INTEGRAL|SURFACE INTEGRAL|VOLUME INTEGRAL|CLOCKWISE INTEGRAL|CL\
         OCKWISE CONTOUR INTEGRAL|ANTICLOCKWISE CONTOUR INTEGRAL|THEREFORE|BECAUSE|RATIO|PROP\
         ORTION|DOT MINUS|EXCESS|GEOMETRIC PROPORTION|HOMOTHETIC|TILDE OPERATOR|REVERSED TILD\
         E|INVERTED LAZY S|SINE WAVE|WREATH PRODUCT|NOT TILDE|MINUS TILDE|ASYMPTOTICALLY = TO\
         |NOT ASYMPTOTICALLY = TO|APPROXIMATELY = TO|APPROXIMATELY BUT NOT ACTUALLY = TO|NEIT\
         HER APPROXIMATELY NOR ACTUALLY = TO|ALMOST = TO|NOT ALMOST = TO|ALMOST = OR = TO|TRI\
         PLE TILDE|ALL = TO|EQUIVALENT TO|GEOMETRICALLY EQUIVALENT TO|DIFFERENCE BETWEEN|APPR\
         OACHES THE LIMIT|GEOMETRICALLY = TO|APPROXIMATELY = TO OR THE IMAGE OF|IMAGE OF OR A\
         PPROXIMATELY = TO|COLON EQUALS|EQUALS COLON|RING IN = TO|RING = TO|CORRESPONDS TO|ES\
         TIMATES|EQUIANGULAR TO|STAR EQUALS|DELTA = TO|= TO BY DEFINITION|MEASURED BY|QUESTIO\
         NED = TO|NOT = TO|IDENTICAL TO|NOT IDENTICAL TO|STRICTLY EQUIVALENT TO|LESS-THAN OR \
         = TO|< OR = TO|LESS-THAN OVER = TO|< OVER = TO|LESS-THAN BUT NOT = TO|< BUT NOT = TO\
         |MUCH LESS-THAN|MUCH <|BETWEEN|NOT EQUIVALENT TO|NOT LESS-THAN|NOT <|NEITHER LESS-TH\
         AN NOR = TO|NEITHER < NOR = TO|LESS-THAN OR EQUIVALENT TO|< OR EQUIVALENT TO|NEITHER \
         LESS-THAN NOR EQUIVALENT TO|NEITHER < NOR EQUIVALENT TO|LESS-THAN OR <|< OR LESS-THA\
         N|NEITHER LESS-THAN NOR <|NEITHER < NOR LESS-THAN|PRECEDES|SUCCEEDS|PRECEDES OR = TO\
         |SUCCEEDS OR = TO|PRECEDES OR EQUIVALENT TO|SUCCEEDS OR EQUIVALENT TO|DOES NOT PRECE\
         DE|DOES NOT SUCCEED|SUBSET OF|SUPERSET OF|NOT A SUBSET OF|NOT A SUPERSET OF|SUBSET O\
         F OR = TO|SUPERSET OF OR = TO|NEITHER A SUBSET OF NOR = TO|NEITHER A SUPERSET OF NOR \
         = TO|SUBSET OF e NOT = TO|SUPERSET OF e NOT = TO|MULTISET|MULTISET MULTIPLICATION|MU\
         LTISET UNION|% IMAGE OF|% ORIGINAL OF|% IMAGE OF OR = TO|% ORIGINAL OF OR = TO|% CAP\
         |% CUP|i PLUS|i MINUS|i TIMES|i DIVISION SLASH|i DOT OPERATOR|i RING OPERATOR|i ASTE\
         RISK OPERATOR|i EQUALS|i DASH|SQUARED PLUS|SQUARED MINUS|SQUARED TIMES|SQUARED DOT O\
         PERATOR|n TACK|u TACK|DOWN TACK|UP TACK|ASSERTION|MODELS|TRUE|FORCES|TRIPLE p BAR n \
         TURNSTILE|l p BAR l n TURNSTILE|DOES NOT PROVE|NOT TRUE|DOES NOT FORCE|NEGATED l p B\
         AR l n TURNSTILE|PRECEDES UNDER RELATION|SUCCEEDS UNDER RELATION|NORMAL SUBGROUP OF|\
         CONTAINS AS NORMAL SUBGROUP|NORMAL SUBGROUP OF OR = TO|CONTAINS AS NORMAL SUBGROUP O\
         R = TO|ORIGINAL OF|IMAGE OF|MULTIMAP|HERMITIAN CONJUGATE MATRIX|INTERCALATE|XOR|NAND\
         |NOR|n ANGLE e ARC|n :|N-ARY LOGICAL #|N-ARY LOGICAL OR|N-ARY INTERSECTION|N-ARY UNI\
         ON|DIAMOND OPERATOR|DOT OPERATOR|STAR OPERATOR|DIVISION TIMES|BOWTIE|u NORMAL FACTOR \
         SEMIDIRECT PRODUCT|n NORMAL FACTOR SEMIDIRECT PRODUCT|u SEMIDIRECT PRODUCT|n SEMIDIR\
         ECT PRODUCT|REVERSED TILDE EQUALS|CURLY LOGICAL OR|CURLY LOGICAL #|l SUBSET|l SUPERS\
         ET|l INTERSECTION|l UNION|PITCHFORK|= # PARALLEL TO|LESS-THAN e DOT|< e DOT|VERY MUC\
         H LESS-THAN|VERY MUCH <|LESS-THAN = TO OR <|< = TO OR LESS-THAN|= TO OR LESS-THAN|= \
         TO OR <|= TO OR PRECEDES|= TO OR SUCCEEDS|DOES NOT PRECEDE OR =|DOES NOT SUCCEED OR \
         =|NOT % IMAGE OF OR = TO|NOT % ORIGINAL OF OR = TO|% IMAGE OF OR NOT = TO|% ORIGINAL \
         OF OR NOT = TO|LESS-THAN BUT NOT EQUIVALENT TO|< BUT NOT EQUIVALENT TO|PRECEDES BUT \
         NOT EQUIVALENT TO|SUCCEEDS BUT NOT EQUIVALENT TO|NOT NORMAL SUBGROUP OF|DOES NOT CON\
         TAIN AS NORMAL SUBGROUP|NOT NORMAL SUBGROUP OF OR = TO|DOES NOT CONTAIN AS NORMAL SU\
         BGROUP OR =|p ELLIPSIS|MIDLINE t ELLIPSIS|UP n DIAGONAL ELLIPSIS|DOWN n DIAGONAL ELL\
         IPSIS|ELEMENT OF e LONG t x|ELEMENT OF e p BAR AT END OF t x|d ELEMENT OF e p BAR AT \
         END OF t x|ELEMENT OF e DOT ,|ELEMENT OF e OVERBAR|d ELEMENT OF e OVERBAR|ELEMENT OF \
         e UNDERBAR|ELEMENT OF e TWO t STROKES|CONTAINS e LONG t x|CONTAINS e p BAR AT END OF \
         t x|d CONTAINS e p BAR AT END OF t x|CONTAINS e OVERBAR|d CONTAINS e OVERBAR|Z NOTAT\
         ION BAG MEMBERSHIP",
    ),
    (
        0x2460,
        "i z ONE|i z TWO|i z THREE|i z FOUR|i z FIVE|i z SIX|i z SEVEN|i z EIGHT|i z NINE|i + \
         TEN|i + ELEVEN|i + TWELVE|i + THIRTEEN|i + FOURTEEN|i + FIFTEEN|i + SIXTEEN|i + SEVE\
         NTEEN|i + EIGHTEEN|i + NINETEEN|i + TWENTY|o z ONE|o z TWO|o z THREE|o z FOUR|o z FI\
         VE|o z SIX|o z SEVEN|o z EIGHT|o z NINE|o + TEN|o + ELEVEN|o + TWELVE|o + THIRTEEN|o \
         + FOURTEEN|o + FIFTEEN|o + SIXTEEN|o + SEVENTEEN|o + EIGHTEEN|o + NINETEEN|o + TWENT\
         Y|z ONE FULL STOP|z TWO FULL STOP|z THREE FULL STOP|z FOUR FULL STOP|z FIVE FULL STO\
         P|z SIX FULL STOP|z SEVEN FULL STOP|z EIGHT FULL STOP|z NINE FULL STOP|+ TEN FULL ST\
         OP|+ ELEVEN FULL STOP|+ TWELVE FULL STOP|+ THIRTEEN FULL STOP|+ FOURTEEN FULL STOP|+ \
         FIFTEEN FULL STOP|+ SIXTEEN FULL STOP|+ SEVENTEEN FULL STOP|+ EIGHTEEN FULL STOP|+ N\
         INETEEN FULL STOP|+ TWENTY FULL STOP|o c d a A|o c d a B|o c d a C|o c d a D|o c d a \
         E|o c d a F|o c d a G|o c d a H|o c d a I|o c d a J|o c d a K|o c d a L|o c d a M|o \
         c d a N|o c d a O|o c d a P|o c d a Q|o c d a R|o c d a S|o c d a T|o c d a U|o c d \
         a V|o c d a W|o c d a X|o c d a Y|o c d a Z|i c b a A|i c b a B|i c b a C|i c b a D|\
         i c b a E|i c b a F|i c b a G|i c b a H|i c b a I|i c b a J|i c b a K|i c b a L|i c \
         b a M|i c b a N|i c b a O|i c b a P|i c b a Q|i c b a R|i c b a S|i c b a T|i c b a \
         U|i c b a V|i c b a W|i c b a X|i c b a Y|i c b a Z|i c d a A|i c d a B|i c d a C|i \
         c d a D|i c d a E|i c d a F|i c d a G|i c d a H|i c d a I|i c d a J|i c d a K|i c d \
         a L|i c d a M|i c d a N|i c d a O|i c d a P|i c d a Q|i c d a R|i c d a S|i c d a T|\
         i c d a U|i c d a V|i c d a W|i c d a X|i c d a Y|i c d a Z|i z ZERO|; i + ELEVEN|; \
         i + TWELVE|; i + THIRTEEN|; i + FOURTEEN|; i + FIFTEEN|; i + SIXTEEN|; i + SEVENTEEN\
         |; i + EIGHTEEN|; i + NINETEEN|; i + TWENTY|l i z ONE|l i z TWO|l i z THREE|l i z FO\
         UR|l i z FIVE|l i z SIX|l i z SEVEN|l i z EIGHT|l i z NINE|l i + TEN|; i z ZERO",
    ),
    (
        0x2500,
        "( h $ t|( h s t|( h $ p|( h s p|( h $ TRIPLE DASH t|( h s TRIPLE DASH t|( h $ TRIPLE \
         DASH p|( h s TRIPLE DASH p|( h $ QUADRUPLE DASH t|( h s QUADRUPLE DASH t|( h $ QUADR\
         UPLE DASH p|( h s QUADRUPLE DASH p|( h $ DOWN # n|( h DOWN $ # n s|( h DOWN s # n $|\
         ( h s DOWN # n|( h $ DOWN # u|( h DOWN $ # u s|( h DOWN s # u $|( h s DOWN # u|( h $ \
         UP # n|( h UP $ # n s|( h UP s # n $|( h s UP # n|( h $ UP # u|( h UP $ # u s|( h UP \
         s # u $|( h s UP # u|( h $ p # n|( h p $ # n s|( h UP s # n DOWN $|( h DOWN s # n UP \
         $|( h p s # n $|( h DOWN $ # n UP s|( h UP $ # n DOWN s|( h s p # n|( h $ p # u|( h \
         p $ # u s|( h UP s # u DOWN $|( h DOWN s # u UP $|( h p s # u $|( h DOWN $ # u UP s|\
         ( h UP $ # u DOWN s|( h s p # u|( h $ DOWN # t|( h u s # n DOWN $|( h n s # u DOWN $\
         |( h DOWN $ # t s|( h DOWN s # t $|( h n $ # u DOWN s|( h u $ # n DOWN s|( h s DOWN \
         # t|( h $ UP # t|( h u s # n UP $|( h n s # u UP $|( h UP $ # t s|( h UP s # t $|( h \
         n $ # u UP s|( h u $ # n UP s|( h s UP # t|( h $ p # t|( h u s # n p $|( h n s # u p \
         $|( h p $ # t s|( h UP s # DOWN t $|( h DOWN s # UP t $|( h p s # t $|( h u UP s # n \
         DOWN $|( h n UP s # u DOWN $|( h u DOWN s # n UP $|( h n DOWN s # u UP $|( h DOWN $ \
         # UP t s|( h UP $ # DOWN t s|( h n $ # u p s|( h u $ # n p s|( h s p # t|( h $ l DAS\
         H t|( h s l DASH t|( h $ l DASH p|( h s l DASH p|( h l t|( h l p|( h DOWN SINGLE # n \
         l|( h DOWN l # n SINGLE|( h l DOWN # n|( h DOWN SINGLE # u l|( h DOWN l # u SINGLE|( \
         h l DOWN # u|( h UP SINGLE # n l|( h UP l # n SINGLE|( h l UP # n|( h UP SINGLE # u \
         l|( h UP l # u SINGLE|( h l UP # u|( h p SINGLE # n l|( h p l # n SINGLE|( h l p # n\
         |( h p SINGLE # u l|( h p l # u SINGLE|( h l p # u|( h DOWN SINGLE # t l|( h DOWN l \
         # t SINGLE|( h l DOWN # t|( h UP SINGLE # t l|( h UP l # t SINGLE|( h l UP # t|( h p \
         SINGLE # t l|( h p l # t SINGLE|( h l p # t|( h $ ARC DOWN # n|( h $ ARC DOWN # u|( \
         h $ ARC UP # u|( h $ ARC UP # n|( h $ DIAGONAL UPPER n TO LOWER u|( h $ DIAGONAL UPP\
         ER u TO LOWER n|( h $ DIAGONAL CROSS|( h $ u|( h $ UP|( h $ n|( h $ DOWN|( h s u|( h \
         s UP|( h s n|( h s DOWN|( h $ u # s n|( h $ UP # s DOWN|( h s u # $ n|( h s UP # $ D\
         OWN|UPPER HALF BLOCK|LOWER ONE EIGHTH BLOCK|LOWER ONE QUARTER BLOCK|LOWER THREE EIGH\
         THS BLOCK|LOWER HALF BLOCK|LOWER FIVE EIGHTHS BLOCK|LOWER THREE QUARTERS BLOCK|LOWER \
         SEVEN EIGHTHS BLOCK|FULL BLOCK|u SEVEN EIGHTHS BLOCK|u THREE QUARTERS BLOCK|u FIVE E\
         IGHTHS BLOCK|u HALF BLOCK|u THREE EIGHTHS BLOCK|u ONE QUARTER BLOCK|u ONE EIGHTH BLO\
         CK|n HALF BLOCK|$ SHADE|MEDIUM SHADE|DARK SHADE|UPPER ONE EIGHTH BLOCK|n ONE EIGHTH \
         BLOCK|QUADRANT LOWER u|QUADRANT LOWER n|QUADRANT UPPER u|QUADRANT UPPER u # LOWER u \
         # LOWER n|QUADRANT UPPER u # LOWER n|QUADRANT UPPER u # UPPER n # LOWER u|QUADRANT U\
         PPER u # UPPER n # LOWER n|QUADRANT UPPER n|QUADRANT UPPER n # LOWER u|QUADRANT UPPE\
         R n # LOWER u # LOWER n|v %|r %|r % e ROUNDED CORNERS|r % CONTAINING v d %|% e t FIL\
         L|% e p FILL|% e ORTHOGONAL CROSSHATCH FILL|% e UPPER u TO LOWER n FILL|% e UPPER n \
         TO LOWER u FILL|% e DIAGONAL CROSSHATCH FILL|v d %|r d %|v RECTANGLE|r RECTANGLE|v p \
         RECTANGLE|r p RECTANGLE|v PARALLELOGRAM|r PARALLELOGRAM|v UP-POINTING :|r UP-POINTIN\
         G :|v UP-POINTING d :|r UP-POINTING d :|v RIGHT-POINTING :|r RIGHT-POINTING :|v RIGH\
         T-POINTING d :|r RIGHT-POINTING d :|v RIGHT-POINTING POINTER|r RIGHT-POINTING POINTE\
         R|v DOWN-POINTING :|r DOWN-POINTING :|v DOWN-POINTING d :|r DOWN-POINTING d :|v LEFT\
         -POINTING :|r LEFT-POINTING :|v LEFT-POINTING d :|r LEFT-POINTING d :|v LEFT-POINTIN\
         G POINTER|r LEFT-POINTING POINTER|v DIAMOND|r DIAMOND|r DIAMOND CONTAINING v d DIAMO\
         ND|FISHEYE|LOZENGE|r @|DOTTED @|@ e p FILL|BULLSEYE|v @|@ e u HALF v|@ e n HALF v|@ \
         e LOWER HALF v|@ e UPPER HALF v|@ e UPPER n QUADRANT v|@ e ALL BUT UPPER u QUADRANT \
         v|u HALF v @|n HALF v @|INVERSE BULLET|INVERSE r @|UPPER HALF INVERSE r @|LOWER HALF \
         INVERSE r @|UPPER u QUADRANT CIRCULAR ARC|UPPER n QUADRANT CIRCULAR ARC|LOWER n QUAD\
         RANT CIRCULAR ARC|LOWER u QUADRANT CIRCULAR ARC|UPPER HALF @|LOWER HALF @|v LOWER n \
         :|v LOWER u :|v UPPER u :|v UPPER n :|r BULLET|% e u HALF v|% e n HALF v|% e UPPER u \
         DIAGONAL HALF v|% e LOWER n DIAGONAL HALF v|r % e p BISECTING LINE|r UP-POINTING : e \
         DOT|UP-POINTING : e u HALF v|UP-POINTING : e n HALF v|LARGE @|r % e UPPER u QUADRANT\
         |r % e LOWER u QUADRANT|r % e LOWER n QUADRANT|r % e UPPER n QUADRANT|r @ e UPPER u \
         QUADRANT|r @ e LOWER u QUADRANT|r @ e LOWER n QUADRANT|r @ e UPPER n QUADRANT|UPPER \
         u :|UPPER n :|LOWER u :|r MEDIUM %|v MEDIUM %|r MEDIUM d %|v MEDIUM d %|LOWER n :",
    ),
    (
        0x2600,
        "v SUN e RAYS|CLOUD|UMBRELLA|SNOWMAN|COMET|v STAR|r STAR|LIGHTNING|THUNDERSTORM|SUN|A\
         SCENDING NODE|DESCENDING NODE|CONJUNCTION|OPPOSITION|v TELEPHONE|r TELEPHONE|BALLOT \
         (|BALLOT ( e CHECK|BALLOT ( e X|SALTIRE|UMBRELLA e RAIN DROPS|HOT BEVERAGE|r SHOGI P\
         IECE|v SHOGI PIECE|SHAMROCK|REVERSED ROTATED FLORAL HEART BULLET|v u POINTING INDEX|\
         v n POINTING INDEX|r u POINTING INDEX|r UP POINTING INDEX|r n POINTING INDEX|r DOWN \
         POINTING INDEX|SKULL # CROSSBONES|CAUTION y|RADIOACTIVE y|BIOHAZARD y|CADUCEUS|ANKH|\
         ORTHODOX CROSS|CHI RHO|CROSS OF LORRAINE|CROSS OF JERUSALEM|STAR # CRESCENT|FARSI &|\
         ADI SHAKTI|HAMMER # SICKLE|PEACE &|YIN YANG|TRIGRAM FOR HEAVEN|TRIGRAM FOR LAKE|TRIG\
         RAM FOR FIRE|TRIGRAM FOR THUNDER|TRIGRAM FOR WIND|TRIGRAM FOR WATER|TRIGRAM FOR MOUN\
         TAIN|TRIGRAM FOR EARTH|WHEEL OF DHARMA|r FROWNING .|r SMILING .|v SMILING .|r SUN e \
         RAYS|FIRST QUARTER MOON|LAST QUARTER MOON|MERCURY|FEMALE y|EARTH|MALE y|JUPITER|SATU\
         RN|URANUS|NEPTUNE|PLUTO|ARIES|TAURUS|GEMINI|CANCER|LEO|VIRGO|LIBRA|SCORPIUS|SAGITTAR\
         IUS|CAPRICORN|AQUARIUS|PISCES|r CHESS KING|r CHESS QUEEN|r CHESS ROOK|r CHESS BISHOP\
         |r CHESS KNIGHT|r CHESS PAWN|v CHESS KING|v CHESS QUEEN|v CHESS ROOK|v CHESS BISHOP|\
         v CHESS KNIGHT|v CHESS PAWN|v SPADE SUIT|r HEART SUIT|r DIAMOND SUIT|v CLUB SUIT|r S\
         PADE SUIT|v HEART SUIT|v DIAMOND SUIT|r CLUB SUIT|HOT SPRINGS|QUARTER NOTE|EIGHTH NO\
         TE|BEAMED EIGHTH NOTES|BEAMED SIXTEENTH NOTES|MUSIC FLAT y|MUSIC NATURAL y|MUSIC SHA\
         RP y|WEST SYRIAC CROSS|EAST SYRIAC CROSS|UNIVERSAL RECYCLING &|RECYCLING & FOR TYPE-\
         1 PLASTICS|RECYCLING & FOR TYPE-2 PLASTICS|RECYCLING & FOR TYPE-3 PLASTICS|RECYCLING \
         & FOR TYPE-4 PLASTICS|RECYCLING & FOR TYPE-5 PLASTICS|RECYCLING & FOR TYPE-6 PLASTIC\
         S|RECYCLING & FOR TYPE-7 PLASTICS|RECYCLING & FOR GENERIC MATERIALS|v UNIVERSAL RECY\
         CLING &|RECYCLED PAPER &|PARTIALLY-RECYCLED PAPER &|PERMANENT PAPER y|WHEELCHAIR &|D\
         IE FACE-1|DIE FACE-2|DIE FACE-3|DIE FACE-4|DIE FACE-5|DIE FACE-6|r @ e DOT n|r @ e T\
         WO DOTS|v @ e r DOT n|v @ e TWO r DOTS|MONOGRAM FOR YANG|MONOGRAM FOR YIN|DIGRAM FOR \
         GREATER YANG|DIGRAM FOR LESSER YIN|DIGRAM FOR LESSER YANG|DIGRAM FOR GREATER YIN|r F\
         LAG|v FLAG|HAMMER # PICK|ANCHOR|CROSSED SWORDS|STAFF OF AESCULAPIUS|SCALES|ALEMBIC|F\
         LOWER|GEAR|STAFF OF HERMES|ATOM &|FLEUR-DE-LIS|OUTLINED r STAR|THREE LINES CONVERGIN\
         G n|THREE LINES CONVERGING u|WARNING y|HIGH VOLTAGE y|DOUBLED FEMALE y|DOUBLED MALE \
         y|INTERLOCKED FEMALE # MALE y|MALE # FEMALE y|MALE e x y|MALE e x # MALE # FEMALE y|\
         p MALE e x y|t MALE e x y|MEDIUM r @|MEDIUM v @|MEDIUM d r @|MARRIAGE &|DIVORCE &|UN\
         MARRIED PARTNERSHIP &|COFFIN|FUNERAL URN|NEUTER|CERES|PALLAS|JUNO|VESTA|CHIRON|v MOO\
         N LILITH|SEXTILE|SEMISEXTILE|QUINCUNX|SESQUIQUADRATE|SOCCER BALL|BASEBALL|SQUARED KE\
         Y|r DRAUGHTS MAN|r DRAUGHTS KING|v DRAUGHTS MAN|v DRAUGHTS KING|SNOWMAN WITHOUT SNOW\
         |SUN BEHIND CLOUD|RAIN|v SNOWMAN|THUNDER CLOUD # RAIN|TURNED r SHOGI PIECE|TURNED v \
         SHOGI PIECE|r DIAMOND IN %|CROSSING LANES|DISABLED CAR|OPHIUCHUS|PICK|CAR SLIDING|HE\
         LMET e r CROSS|i CROSSING LANES|CHAINS|NO ENTRY|ALTERNATE ONE-WAY u WAY TRAFFIC|v TW\
         O-WAY u WAY TRAFFIC|r TWO-WAY u WAY TRAFFIC|v u LANE MERGE|r u LANE MERGE|DRIVE SLOW \
         y|s r DOWN-POINTING :|u CLOSED ENTRY|SQUARED SALTIRE|FALLING DIAGONAL IN r @ IN v %|\
         v TRUCK|RESTRICTED u ENTRY-1|RESTRICTED u ENTRY-2|ASTRONOMICAL & FOR URANUS|s @ e x \
         # TWO DOTS ,|PENTAGRAM|RIGHT-HANDED INTERLACED PENTAGRAM|LEFT-HANDED INTERLACED PENT\
         AGRAM|INVERTED PENTAGRAM|v CROSS ON SHIELD|SHINTO SHRINE|CHURCH|CASTLE|HISTORIC SITE\
         |GEAR WITHOUT HUB|GEAR e HANDLES|MAP & FOR LIGHTHOUSE|MOUNTAIN|UMBRELLA ON GROUND|FO\
         UNTAIN|FLAG IN HOLE|FERRY|SAILBOAT|% FOUR CORNERS|SKIER|ICE SKATE|PERSON e BALL|TENT\
         |JAPANESE BANK &|HEADSTONE GRAVEYARD &|FUEL PUMP|CUP ON v %|r FLAG e t MIDDLE v STRI\
         PE|v SAFETY SCISSORS|UPPER BLADE SCISSORS|v SCISSORS|LOWER BLADE SCISSORS|r SCISSORS\
         |r s CHECK MARK|TELEPHONE LOCATION y|TAPE DRIVE|AIRPLANE|ENVELOPE|RAISED FIST|RAISED \
         HAND|VICTORY HAND|WRITING HAND|LOWER n PENCIL|PENCIL|UPPER n PENCIL|r NIB|v NIB|CHEC\
         K MARK|s CHECK MARK|MULTIPLICATION X|s MULTIPLICATION X|BALLOT X|s BALLOT X|OUTLINED \
         q CROSS|s q CROSS|OPEN CENTRE CROSS|s OPEN CENTRE CROSS|c CROSS|SHADOWED r c CROSS|O\
         UTLINED c CROSS|MALTESE CROSS|STAR OF DAVID|FOUR TEARDROP-SPOKED ASTERISK|FOUR BALLO\
         ON-SPOKED ASTERISK|s FOUR BALLOON-SPOKED ASTERISK|FOUR CLUB-SPOKED ASTERISK|v FOUR P\
         OINTED STAR|r FOUR POINTED STAR|SPARKLES|STRESS OUTLINED r STAR|i r STAR|OPEN CENTRE \
         v STAR|v CENTRE r STAR|OUTLINED v STAR|s OUTLINED v STAR|PINWHEEL STAR|SHADOWED r ST\
         AR|s ASTERISK|OPEN CENTRE ASTERISK|EIGHT SPOKED ASTERISK|EIGHT POINTED v STAR|EIGHT \
         POINTED PINWHEEL STAR|SIX POINTED v STAR|EIGHT POINTED RECTILINEAR v STAR|s EIGHT PO\
         INTED RECTILINEAR v STAR|TWELVE POINTED v STAR|SIXTEEN POINTED ASTERISK|TEARDROP-SPO\
         KED ASTERISK|OPEN CENTRE TEARDROP-SPOKED ASTERISK|s TEARDROP-SPOKED ASTERISK|SIX PET\
         ALLED v # r FLORETTE|v FLORETTE|r FLORETTE|EIGHT PETALLED OUTLINED v FLORETTE|i OPEN \
         CENTRE EIGHT POINTED STAR|s TEARDROP-SPOKED PINWHEEL ASTERISK|SNOWFLAKE|TIGHT TRIFOL\
         IATE SNOWFLAKE|s CHEVRON SNOWFLAKE|SPARKLE|s SPARKLE|BALLOON-SPOKED ASTERISK|EIGHT T\
         EARDROP-SPOKED PROPELLER ASTERISK|s EIGHT TEARDROP-SPOKED PROPELLER ASTERISK|CROSS M\
         ARK|SHADOWED r @|; SQUARED CROSS MARK|LOWER n DROP-SHADOWED r %|UPPER n DROP-SHADOWE\
         D r %|LOWER n SHADOWED r %|UPPER n SHADOWED r %|v QUESTION MARK {|r QUESTION MARK {|\
         r EXCLAMATION MARK {|v DIAMOND MINUS r X|s EXCLAMATION MARK &|$ p BAR|MEDIUM p BAR|s \
         p BAR|s SINGLE TURNED COMMA ~ MARK {|s SINGLE COMMA ~ MARK {|s l TURNED COMMA ~ MARK \
         {|s l COMMA ~ MARK {|s LOW SINGLE COMMA ~ MARK {|s LOW l COMMA ~ MARK {|CURVED STEM \
         PARAGRAPH y {|s EXCLAMATION MARK {|s HEART EXCLAMATION MARK {|s v HEART|ROTATED s v \
         HEART BULLET|FLORAL HEART|ROTATED FLORAL HEART BULLET|MEDIUM u PARENTHESIS {|MEDIUM \
         n PARENTHESIS {|MEDIUM FLATTENED u PARENTHESIS {|MEDIUM FLATTENED n PARENTHESIS {|ME\
         DIUM LEFT-POINTING ANGLE BRACKET {|MEDIUM RIGHT-POINTING ANGLE BRACKET {|s LEFT-POIN\
         TING ANGLE ~ MARK {|s RIGHT-POINTING ANGLE ~ MARK {|s LEFT-POINTING ANGLE BRACKET {|\
         s RIGHT-POINTING ANGLE BRACKET {|$ u TORTOISE SHELL BRACKET {|$ n TORTOISE SHELL BRA\
         CKET {|MEDIUM u CURLY BRACKET {|MEDIUM n CURLY BRACKET {|} ; i z ONE|} ; i z TWO|} ; \
         i z THREE|} ; i z FOUR|} ; i z FIVE|} ; i z SIX|} ; i z SEVEN|} ; i z EIGHT|} ; i z \
         NINE|} ; i + TEN|} i > z ONE|} i > z TWO|} i > z THREE|} i > z FOUR|} i > z FIVE|} i \
         > z SIX|} i > z SEVEN|} i > z EIGHT|} i > z NINE|} i > + TEN|} ; i > z ONE|} ; i > z \
         TWO|} ; i > z THREE|} ; i > z FOUR|} ; i > z FIVE|} ; i > z SIX|} ; i > z SEVEN|} ; \
         i > z EIGHT|} ; i > z NINE|} ; i > + TEN|s WIDE-HEADED k m|s PLUS y|s MINUS y|s DIVI\
         SION y|s SOUTH EAST m|s k m|s NORTH EAST m|DRAFTING POINT k m|s ROUND-TIPPED k m|TRI\
         ANGLE-HEADED k m|s TRIANGLE-HEADED k m|DASHED TRIANGLE-HEADED k m|s DASHED TRIANGLE-\
         HEADED k m|v k m|THREE-D TOP-LIGHTED k ARROWHEAD|THREE-D BOTTOM-LIGHTED k ARROWHEAD|\
         v k ARROWHEAD|s v CURVED _ # k m|s v CURVED UPWARDS # k m|SQUAT v k m|s CONCAVE-POIN\
         TED v k m|RIGHT-SHADED r k m|LEFT-SHADED r k m|BACK-TILTED SHADOWED r k m|FRONT-TILT\
         ED SHADOWED r k m|s LOWER RIGHT-SHADOWED r k m|s UPPER RIGHT-SHADOWED r k m|NOTCHED \
         LOWER RIGHT-SHADOWED r k m|CURLY LOOP|NOTCHED UPPER RIGHT-SHADOWED r k m|i s r k m|W\
         HITE-FEATHERED k m|BLACK-FEATHERED SOUTH EAST m|BLACK-FEATHERED k m|BLACK-FEATHERED \
         NORTH EAST m|s BLACK-FEATHERED SOUTH EAST m|s BLACK-FEATHERED k m|s BLACK-FEATHERED \
         NORTH EAST m|TEARDROP-BARBED k m|s TEARDROP-SHANKED k m|WEDGE-TAILED k m|s WEDGE-TAI\
         LED k m|OPEN-OUTLINED k m|l CURLY LOOP|THREE DIMENSIONAL ANGLE|r : CONTAINING d r :|\
         PERPENDICULAR|OPEN SUBSET|OPEN SUPERSET|u S-SHAPED BAG DELIMITER|n S-SHAPED BAG DELI\
         MITER|OR e DOT INSIDE|REVERSE SOLIDUS PRECEDING SUBSET|SUPERSET PRECEDING SOLIDUS|p \
         BAR e t x|MATHEMATICAL RISING DIAGONAL|LONG DIVISION|MATHEMATICAL FALLING DIAGONAL|S\
         QUARED LOGICAL #|SQUARED LOGICAL OR|r DIAMOND e CENTRED DOT|# e DOT|ELEMENT OF OPENI\
         NG UPWARDS|LOWER n CORNER e DOT|UPPER u CORNER e DOT|u OUTER JOIN|n OUTER JOIN|FULL \
         OUTER JOIN|LARGE UP TACK|LARGE DOWN TACK|u # n l TURNSTILE|u # n TACK|u MULTIMAP|LON\
         G n TACK|LONG u TACK|UP TACK e @ ,|LOZENGE DIVIDED BY t RULE|r CONCAVE-SIDED DIAMOND\
         |r CONCAVE-SIDED DIAMOND e ! TICK|r CONCAVE-SIDED DIAMOND e k TICK|r % e ! TICK|r % \
         e k TICK|MATHEMATICAL u r % BRACKET|MATHEMATICAL n r % BRACKET|MATHEMATICAL u ANGLE \
         BRACKET|MATHEMATICAL n ANGLE BRACKET|MATHEMATICAL u l ANGLE BRACKET|MATHEMATICAL n l \
         ANGLE BRACKET|MATHEMATICAL u r TORTOISE SHELL BRACKET|MATHEMATICAL n r TORTOISE SHEL\
         L BRACKET|MATHEMATICAL u FLATTENED PARENTHESIS|MATHEMATICAL n FLATTENED PARENTHESIS|\
         UPWARDS QUADRUPLE m|_ QUADRUPLE m|ANTICLOCKWISE GAPPED @ m|CLOCKWISE GAPPED @ m|n m \
         e i PLUS|LONG ! m|LONG k m|LONG u n m|LONG ! l m|LONG k l m|LONG u n l m|LONG ! m FR\
         OM BAR|LONG k m FROM BAR|LONG ! l m FROM BAR|LONG k l m FROM BAR|LONG k SQUIGGLE m",
    ),
    (
        0xFB00,
        "c d LIGATURE FF|c d LIGATURE FI|c d LIGATURE FL|c d LIGATURE FFI|c d LIGATURE FFL|c \
         d LIGATURE LONG S T|c d LIGATURE ST",
    ),
    (
        0xFF01,
        "j EXCLAMATION MARK|j ~ MARK|j + y|j DOLLAR y|j PERCENT y|j AMPERSAND|j APOSTROPHE|j \
         u PARENTHESIS|j n PARENTHESIS|j ASTERISK|j PLUS y|j COMMA|j HYPHEN-MINUS|j FULL STOP\
         |j SOLIDUS|j z ZERO|j z ONE|j z TWO|j z THREE|j z FOUR|j z FIVE|j z SIX|j z SEVEN|j \
         z EIGHT|j z NINE|j COLON|j SEMICOLON|j LESS-THAN y|j EQUALS y|j < y|j QUESTION MARK|\
         j COMMERCIAL AT|j c b a A|j c b a B|j c b a C|j c b a D|j c b a E|j c b a F|j c b a \
         G|j c b a H|j c b a I|j c b a J|j c b a K|j c b a L|j c b a M|j c b a N|j c b a O|j \
         c b a P|j c b a Q|j c b a R|j c b a S|j c b a T|j c b a U|j c b a V|j c b a W|j c b \
         a X|j c b a Y|j c b a Z|j u % BRACKET|j REVERSE SOLIDUS|j n % BRACKET|j ) ACCENT|j L\
         OW LINE|j GRAVE ACCENT|j c d a A|j c d a B|j c d a C|j c d a D|j c d a E|j c d a F|j \
         c d a G|j c d a H|j c d a I|j c d a J|j c d a K|j c d a L|j c d a M|j c d a N|j c d \
         a O|j c d a P|j c d a Q|j c d a R|j c d a S|j c d a T|j c d a U|j c d a V|j c d a W|\
         j c d a X|j c d a Y|j c d a Z|j u CURLY BRACKET|j p LINE|j n CURLY BRACKET|j TILDE",
    ),
    (
        0x1F600,
        "GRINNING .|GRINNING . e SMILING EYES|. e TEARS OF JOY|SMILING . e OPEN MOUTH|SMILING \
         . e OPEN MOUTH # SMILING EYES|SMILING . e OPEN MOUTH # COLD SWEAT|SMILING . e OPEN M\
         OUTH # TIGHTLY-CLOSED EYES|SMILING . e HALO|SMILING . e HORNS|WINKING .|SMILING . e \
         SMILING EYES|. SAVOURING DELICIOUS FOOD|RELIEVED .|SMILING . e HEART-SHAPED EYES|SMI\
         LING . e SUNGLASSES|SMIRKING .|NEUTRAL .|EXPRESSIONLESS .|UNAMUSED .|. e COLD SWEAT|\
         PENSIVE .|CONFUSED .|CONFOUNDED .|KISSING .|. THROWING A KISS|KISSING . e SMILING EY\
         ES|KISSING . e CLOSED EYES|. e STUCK-OUT TONGUE|. e STUCK-OUT TONGUE # WINKING EYE|. \
         e STUCK-OUT TONGUE # TIGHTLY-CLOSED EYES|DISAPPOINTED .|WORRIED .|ANGRY .|POUTING .|\
         CRYING .|PERSEVERING .|. e LOOK OF TRIUMPH|DISAPPOINTED BUT RELIEVED .|FROWNING . e \
         OPEN MOUTH|ANGUISHED .|FEARFUL .|WEARY .|SLEEPY .|TIRED .|GRIMACING .|LOUDLY CRYING \
         .|. e OPEN MOUTH|HUSHED .|. e OPEN MOUTH # COLD SWEAT|. SCREAMING IN FEAR|ASTONISHED \
         .|FLUSHED .|SLEEPING .|DIZZY .|. WITHOUT MOUTH|. e MEDICAL MASK|GRINNING CAT . e SMI\
         LING EYES|CAT . e TEARS OF JOY|SMILING CAT . e OPEN MOUTH|SMILING CAT . e HEART-SHAP\
         ED EYES|CAT . e WRY SMILE|KISSING CAT . e CLOSED EYES|POUTING CAT .|CRYING CAT .|WEA\
         RY CAT .|SLIGHTLY FROWNING .|SLIGHTLY SMILING .|UPSIDE-DOWN .|. e ROLLING EYES|. e N\
         O GOOD GESTURE|. e OK GESTURE|PERSON BOWING DEEPLY|SEE-NO-EVIL MONKEY|HEAR-NO-EVIL M\
         ONKEY|SPEAK-NO-EVIL MONKEY|HAPPY PERSON RAISING ONE HAND|PERSON RAISING BOTH HANDS I\
         N CELEBRATION|PERSON FROWNING|PERSON e POUTING .|PERSON e FOLDED HANDS",
    ),
    (0xE007F, "CANCEL TAG"),
    (0x32B4, "i + THIRTY NINE"),
    (0x1234, "ETHIOPIC SYLLABLE SEE"),
    (0x3039, "HANGZHOU * TWENTY"),
    (0x3042, "HIRAGANA a A"),
    (0x1D62, "c / d a I"),
    (0x1D6D3, "MATHEMATICAL BOLD d FINAL SIGMA"),
    (0x2A02, "N-ARY i TIMES OPERATOR"),
    (0xE56, "THAI z SIX"),
    (0x1F40D, "SNAKE"),
    (0x1F44D, "THUMBS UP y"),
    (0x1F44E, "THUMBS DOWN y"),
    (0x1F4A9, "PILE OF POO"),
    (0x1F525, "FIRE"),
    (0x1F680, "ROCKET"),
    (0x1F389, "PARTY POPPER"),
    (0x1F4A1, "ELECTRIC $ BULB"),
    (0x1F4AF, "HUNDRED POINTS &"),
    (0x1F914, "THINKING ."),
    (0x1F923, "ROLLING ON THE FLOOR LAUGHING"),
    (0x1F970, "SMILING . e SMILING EYES # THREE HEARTS"),
    (0x1F31F, "GLOWING STAR"),
    (0x1F308, "RAINBOW"),
    (0x1F3C6, "TROPHY"),
    (0x1F389, "PARTY POPPER"),
    (0x1F381, "WRAPPED PRESENT"),
    (0x1F4BB, "PERSONAL COMPUTER"),
    (0x1F4DD, "MEMO"),
    (0x1F4E6, "PACKAGE"),
    (0x1F50D, "LEFT-POINTING MAGNIFYING GLASS"),
    (0x1F512, "LOCK"),
    (0x1F6A8, "POLICE CARS REVOLVING $"),
    (0x1F9E0, "BRAIN"),
    (0x1F9EA, "TEST TUBE"),
    (0x1F44B, "WAVING HAND y"),
    (0x1F440, "EYES"),
    (0x1F4AA, "FLEXED BICEPS"),
    (0x1F64F, "PERSON e FOLDED HANDS"),
];
