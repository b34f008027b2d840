//! The regex engine: compiling a pattern (the part before the first NUL byte) and searching,
//! matching and splitting the rest, under the instruction limit that stops a catastrophic
//! pattern.
#![no_main]

use isola_runtime::Shareable;
use libfuzzer_sys::fuzz_target;

const PROGRAM: &str = "\
import re
try:
    p = re.compile(pattern)
except (re.error, OverflowError, RecursionError, ValueError):
    pass
else:
    m = p.search(subject)
    if m is not None:
        m.group(0), m.span(), m.groups(), m.groupdict()
    p.fullmatch(subject)
    p.findall(subject)
    p.split(subject, 3)
    try:
        p.sub(lambda m: m.group(0)[::-1], subject)
    except (re.error, IndexError):
        pass
";

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let (pattern, subject) = text.split_once('\0').unwrap_or((&text, "abcabc aaa 123"));
    isola_fuzz::check(
        PROGRAM,
        vec![
            ("pattern".into(), Shareable::Str(pattern.into())),
            ("subject".into(), Shareable::Str(subject.into())),
        ],
    );
});
