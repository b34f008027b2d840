//! Modules are per interpreter: importing or changing one in an interpreter leaves every other
//! untouched, modules load lazily, embedders add their own as Python source, the sandbox
//! refuses I/O modules with an ImportError, and each interpreter has a file system of its own.

use std::sync::{Arc, Mutex};

use isola_runtime::{ExecError, Host, Interpreter, LimitKind, Limits, Stream};

/// A host that collects stdout, so a test can read what Python printed.
struct Capture(Arc<Mutex<Vec<u8>>>);

impl Host for Capture {
    fn write(&mut self, stream: Stream, data: &[u8]) {
        if let (Stream::Stdout, Ok(mut out)) = (stream, self.0.lock()) {
            out.extend_from_slice(data);
        }
    }

    fn monotonic_ns(&mut self) -> u64 {
        0
    }

    fn wall_time(&mut self) -> f64 {
        0.0
    }

    fn random_bytes(&mut self, buf: &mut [u8]) {
        buf.fill(7);
    }
}

fn interpreter() -> (Interpreter, Arc<Mutex<Vec<u8>>>) {
    let out = Arc::new(Mutex::new(Vec::new()));
    let interp = Interpreter::new(Limits::default(), Box::new(Capture(out.clone())));
    (interp, out)
}

/// Runs `source` and returns what it printed, failing the test on an exception.
fn run(interp: &mut Interpreter, out: &Arc<Mutex<Vec<u8>>>, source: &str) -> String {
    if let Err(e) = interp.exec(source, "<test>") {
        match e {
            ExecError::Exception { traceback, .. } => panic!("{traceback}"),
            other => panic!("{other}"),
        }
    }
    let mut buf = out.lock().unwrap();
    let text = String::from_utf8_lossy(&buf).into_owned();
    buf.clear();
    text
}

#[test]
fn changing_a_module_leaves_other_interpreters_untouched() {
    let (mut a, out_a) = interpreter();
    let (mut b, out_b) = interpreter();
    run(
        &mut a,
        &out_a,
        "import math, collections\nmath.pi = 3\ncollections.marker = 'a'\n\
         import sys\nsys.modules['fake'] = 42\n",
    );
    let seen = run(
        &mut b,
        &out_b,
        "import math, collections, sys\n\
         print(math.pi, hasattr(collections, 'marker'), 'fake' in sys.modules)\n",
    );
    assert_eq!(seen, "3.141592653589793 False False\n");
    let again = run(&mut a, &out_a, "import math\nprint(math.pi)\n");
    assert_eq!(again, "3\n");
}

#[test]
fn modules_load_on_first_import() {
    let (mut a, out) = interpreter();
    let before = run(
        &mut a,
        &out,
        "import sys\nprint('collections' in sys.modules, 'abc' in sys.modules)\n",
    );
    assert_eq!(before, "False False\n");
    let after = run(
        &mut a,
        &out,
        "import collections\nprint('collections' in sys.modules, 'abc' in sys.modules)\n",
    );
    assert_eq!(after, "True True\n");
}

#[test]
fn embedder_modules_import_like_built_in_ones() {
    let (mut a, out) = interpreter();
    a.add_module_source("greet", "def hello(n):\n    return f'hello {n}'\n", false);
    a.add_module_source("pkg", "from .sub import VALUE\n__all__ = ['VALUE']\n", true);
    a.add_module_source(
        "pkg.sub",
        "from . import helper\nVALUE = helper.twice(21)\n",
        false,
    );
    a.add_module_source("pkg.helper", "def twice(x):\n    return 2 * x\n", false);
    let text = run(
        &mut a,
        &out,
        "import greet\nfrom pkg import *\nimport pkg.sub as s\n\
         print(greet.hello('isola'), VALUE, s.VALUE, s.__name__, s.__package__)\n",
    );
    assert_eq!(text, "hello isola 42 42 pkg.sub pkg\n");
    let (mut b, out_b) = interpreter();
    let missing = run(
        &mut b,
        &out_b,
        "try:\n    import greet\nexcept ImportError as e:\n    print(type(e).__name__, e)\n",
    );
    assert_eq!(missing, "ModuleNotFoundError No module named 'greet'\n");
}

#[test]
fn a_failed_import_is_not_left_in_sys_modules() {
    let (mut a, out) = interpreter();
    a.add_module_source("broken", "x = 1\nraise ValueError('boom')\n", false);
    let text = run(
        &mut a,
        &out,
        "import sys\nfor _ in range(2):\n    try:\n        import broken\n    \
         except ValueError as e:\n        print(e, 'broken' in sys.modules)\n",
    );
    assert_eq!(text, "boom False\nboom False\n");
}

#[test]
fn a_circular_import_sees_the_partly_initialised_module() {
    let (mut a, out) = interpreter();
    a.add_module_source(
        "first",
        "import second\nEARLY = 1\nLATE = second.VALUE\n",
        false,
    );
    a.add_module_source(
        "second",
        "import first\nVALUE = 2\nSEEN = hasattr(first, 'EARLY')\n",
        false,
    );
    a.add_module_source("third", "from fourth import LATE\nVALUE = 3\n", false);
    a.add_module_source("fourth", "from third import VALUE\nLATE = 4\n", false);
    let text = run(
        &mut a,
        &out,
        "import first, second\nprint(first.LATE, second.SEEN)\n\
         try:\n    import third\nexcept ImportError as e:\n    print(e)\n",
    );
    assert_eq!(
        text,
        "2 False\ncannot import name 'VALUE' from 'third' (<frozen third>)\n"
    );
}

#[test]
fn io_modules_are_refused() {
    for name in ["socket", "subprocess", "ctypes", "multiprocessing"] {
        let (mut a, out) = interpreter();
        let text = run(
            &mut a,
            &out,
            &format!(
                "try:\n    import {name}\nexcept ImportError as e:\n    \
                 print(type(e).__name__, e)\n"
            ),
        );
        assert_eq!(
            text,
            format!("ImportError module '{name}' is not available in the isola sandbox\n")
        );
    }
}

#[test]
fn os_reaches_the_file_system_but_no_process() {
    let (mut a, out) = interpreter();
    let text = run(
        &mut a,
        &out,
        "import os\n\
         print(os.path.join('a', 'b'), os.getcwd(), os.environ, os.listdir('/'))\n\
         try:\n    os.listdir('/nowhere')\nexcept FileNotFoundError as e:\n    print(e)\n\
         try:\n    os.system('echo escaped')\nexcept PermissionError as e:\n    print(e.errno)\n",
    );
    assert_eq!(
        text,
        "a/b / {} ['tmp']\n[Errno 2] No such file or directory: '/nowhere'\n1\n"
    );
}

#[test]
fn files_belong_to_one_interpreter() {
    let (mut a, out_a) = interpreter();
    let (mut b, out_b) = interpreter();
    run(
        &mut a,
        &out_a,
        "with open('/tmp/secret.txt', 'w') as f:\n    f.write('a only')\n\
         import os\nos.mkdir('/data')\nos.chdir('/data')\n",
    );
    let seen = run(
        &mut b,
        &out_b,
        "import os\nprint(os.listdir('/tmp'), os.path.exists('/data'), os.getcwd())\n\
         try:\n    open('/tmp/secret.txt')\nexcept FileNotFoundError as e:\n    print(e)\n",
    );
    assert_eq!(
        seen,
        "[] False /\n[Errno 2] No such file or directory: '/tmp/secret.txt'\n"
    );
    let again = run(
        &mut a,
        &out_a,
        "import os\nprint(open('/tmp/secret.txt').read(), os.getcwd())\n",
    );
    assert_eq!(again, "a only /data\n");
}

#[test]
fn file_contents_count_against_the_heap_limit() {
    let limits = Limits {
        max_heap_bytes: Some(32 << 20),
        ..Limits::default()
    };
    let mut a = Interpreter::new(limits, Box::new(Capture(Arc::new(Mutex::new(Vec::new())))));
    let r = a.exec(
        "chunk = b'x' * (1 << 20)\n\
         with open('/tmp/big', 'wb') as f:\n    for _ in range(256):\n        f.write(chunk)\n",
        "<test>",
    );
    match r {
        Err(ExecError::Limit { kind, .. }) => assert_eq!(kind, LimitKind::HeapBytes),
        Err(ExecError::Exception { traceback, .. }) => {
            assert!(traceback.contains("MemoryError"), "{traceback}")
        }
        other => panic!("256 MiB of file fit in a 32 MiB heap: {other:?}"),
    }
}

#[test]
fn arrays_count_against_the_heap_limit() {
    for program in [
        "import array\na = array.array('d', [0]) * 10**9\n",
        "import array\na = array.array('b', [0]) * 10**18\n",
        "import array\na = array.array('i')\nwhile True:\n    a.extend(a or [1])\n",
        "import array\na = array.array('B', bytes(1 << 20))\nb = [a * 8 for _ in range(8)]\n",
    ] {
        let limits = Limits {
            max_heap_bytes: Some(32 << 20),
            ..Limits::default()
        };
        let mut a = Interpreter::new(limits, Box::new(Capture(Arc::new(Mutex::new(Vec::new())))));
        match a.exec(program, "<test>") {
            Err(ExecError::Limit { kind, .. }) => {
                assert_eq!(kind, LimitKind::HeapBytes, "{program}")
            }
            other => panic!("expected the heap limit for {program}: {other:?}"),
        }
    }
}
