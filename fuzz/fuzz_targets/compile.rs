//! Source text to bytecode: lexer, parser, symbol table and compiler. An instruction limit of
//! zero stops the run before its first instruction, so only the compile is exercised.
#![no_main]

use isola_runtime::Limits;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(source) = std::str::from_utf8(data) else {
        return;
    };
    let limits = Limits {
        max_instructions: Some(0),
        ..isola_fuzz::tight_limits()
    };
    let _ = isola_fuzz::interpreter(limits).exec(source, "<fuzz>");
});
