//! json: decoding arbitrary text, and the property that encoding what was decoded and decoding
//! that again gives the same text.
#![no_main]

use isola_runtime::Shareable;
use libfuzzer_sys::fuzz_target;

const PROGRAM: &str = "\
import json
try:
    value = json.loads(data)
except (ValueError, RecursionError):
    pass
else:
    text = json.dumps(value)
    assert json.dumps(json.loads(text)) == text, text
    json.dumps(value, indent=2, sort_keys=False, ensure_ascii=False)
";

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data).into_owned();
    isola_fuzz::check(PROGRAM, vec![("data".into(), Shareable::Str(text))]);
});
