//! Module sources handed over by the embedder (`RuntimeBuilder::module_source`, what `isola run`
//! uses for the files beside the script), on both backends: plain modules, packages with
//! relative imports, replacing a shipped module, and children created from Python.

use isola::{Limits, Runtime};

use crate::support::{self, BACKENDS};

#[test]
fn embedder_modules_are_importable_in_every_interpreter() {
    for backend in BACKENDS {
        let runtime = Runtime::builder()
            .backend(backend)
            .limits(Limits::default())
            .module_source("helper", "def twice(x):\n    return 2 * x\n", false)
            .module_source("pkg", "from .sub import VALUE\n", true)
            .module_source("pkg.sub", "VALUE = 'sub'\n", false)
            .module_source("json", "def dumps(x):\n    return 'mine'\n", false)
            .build()
            .expect("building a runtime");
        let code = "import helper, pkg, json\n\
                    print(helper.twice(21), pkg.VALUE, json.dumps(1))\n\
                    import interpreters\n\
                    child = interpreters.create()\n\
                    child.exec('import helper; print(helper.twice(2))')\n";
        let outcome = support::run(&runtime, code, "<test>");
        assert!(
            outcome.result.is_ok(),
            "{backend:?}: {:?}\n{}",
            outcome.result,
            outcome.stderr
        );
        assert_eq!(outcome.stdout, "42 sub mine\n4\n", "{backend:?}");
    }
}

/// The standard-library modules that data cleaning, parsing, reports and tests import most, each
/// importable on both backends (the corpus in tests/python checks what each does against CPython).
const PROGRAM_MODULES: &str = "csv logging logging.handlers urllib.parse unittest pickle copyreg \
    zlib gzip ast tokenize shlex secrets hmac ipaddress html.parser xml.etree.ElementTree \
    tomllib configparser fnmatch glob argparse doctest codecs atexit platform zoneinfo pathlib \
    tempfile io importlib.metadata";

#[test]
fn the_modules_programs_import_import_on_every_backend() {
    for backend in BACKENDS {
        let runtime = support::runtime(backend, Limits::default());
        let code = format!(
            "import importlib\nnames = {PROGRAM_MODULES:?}.split()\n\
             for name in names:\n    importlib.import_module(name)\n\
             print(len(names), open('/tmp/x', 'w').write('ok'), open('/tmp/x').read())\n"
        );
        let outcome = support::run(&runtime, &code, "<modules>");
        assert!(
            outcome.result.is_ok(),
            "{backend:?}: {:?}\n{}",
            outcome.result,
            outcome.stderr
        );
        assert_eq!(outcome.stdout, "31 2 ok\n", "{backend:?}");
    }
}
