//! structured: valid Python programs built from the fuzzer's bytes by `isola_fuzz::gen` (classes
//! with dunders, closures, generators, comprehensions, exceptions, `with`, `match`, f-strings,
//! methods of the built-in types), run under tight limits. Besides never crashing, a generated
//! program must compile: a SyntaxError means the parser refuses what CPython 3.11 accepts.
#![no_main]

use isola_runtime::ExecError;
use libfuzzer_sys::arbitrary::Unstructured;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let mut u = Unstructured::new(data);
    let Ok(source) = isola_fuzz::gen::program(&mut u) else {
        return;
    };
    if let Err(ExecError::Exception {
        type_name,
        traceback,
        ..
    }) = isola_fuzz::run(&source, Vec::new())
    {
        assert!(
            type_name != "SyntaxError" && type_name != "IndentationError",
            "a generated program does not compile:\n{traceback}\n{source}"
        );
    }
});
