//! Standard input through `Host::read_stdin`: `input()`, `sys.stdin` and `sys.stdin.buffer`
//! read what the host hands over, in whatever chunks it comes, and a host without input is EOF.

use std::sync::{Arc, Mutex};

use isola_runtime::{ExecError, Host, Interpreter, Limits, Stream};

/// A host that feeds `input` a few bytes at a time (to cut lines and characters across reads)
/// and collects stdout.
struct Feed {
    input: Vec<u8>,
    chunk: usize,
    out: Arc<Mutex<Vec<u8>>>,
}

impl Host for Feed {
    fn write(&mut self, stream: Stream, data: &[u8]) {
        if let (Stream::Stdout, Ok(mut out)) = (stream, self.out.lock()) {
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

    fn read_stdin(&mut self, max: usize) -> Vec<u8> {
        let n = self.chunk.min(max).min(self.input.len());
        self.input.drain(..n).collect()
    }
}

/// What `source` prints with `input` on stdin, fed `chunk` bytes at a time.
fn check(input: &str, chunk: usize, source: &str, expected: &str) {
    let out = Arc::new(Mutex::new(Vec::new()));
    let host = Feed {
        input: input.as_bytes().to_vec(),
        chunk,
        out: out.clone(),
    };
    let mut interp = Interpreter::new(Limits::default(), Box::new(host));
    if let Err(e) = interp.exec(source, "<test>") {
        match e {
            ExecError::Exception { traceback, .. } => panic!("{traceback}"),
            other => panic!("{other}"),
        }
    }
    let printed = String::from_utf8_lossy(&out.lock().unwrap()).into_owned();
    assert_eq!(printed, expected, "chunk {chunk}");
}

#[test]
fn input_reads_lines_then_raises_eof() {
    let source = "print(repr(input('a? ')))\nprint(repr(input()))\n\
                  try:\n    input('c? ')\nexcept EOFError as e:\n    print('EOF:', e)\n";
    for chunk in [1, 2, 5, 1024] {
        check(
            "héllo\nlast",
            chunk,
            source,
            "a? 'héllo'\n'last'\nc? EOF: EOF when reading a line\n",
        );
    }
}

#[test]
fn sys_stdin_reads_text() {
    let source = "import sys\nprint(repr(sys.stdin.readline()))\nprint(repr(sys.stdin.read(3)))\n\
                  print([l for l in sys.stdin])\nprint(repr(sys.stdin.read()), repr(sys.stdin.readline()))\n";
    for chunk in [1, 3, 1024] {
        check(
            "one\r\nü✓é\nx\ny",
            chunk,
            source,
            "'one\\n'\n'ü✓é'\n['\\n', 'x\\n', 'y']\n'' ''\n",
        );
    }
    check(
        "a\nb\n",
        2,
        "import sys\nprint(repr(sys.stdin.read()))\n",
        "'a\\nb\\n'\n",
    );
    check(
        "abcdef\ngh\n",
        2,
        "import sys\nprint(sys.stdin.readline(4), sys.stdin.readline(9), sys.stdin.readlines())\n",
        "abcd ef\n ['gh\\n']\n",
    );
}

#[test]
fn a_limited_readline_leaves_the_rest() {
    let source = "import sys\nprint(repr(sys.stdin.readline(3)), repr(sys.stdin.readline(0)), \
                  repr(sys.stdin.readline()), repr(sys.stdin.readline(5)))\n";
    for chunk in [1, 4, 1024] {
        check(
            "héllo wörld\nx",
            chunk,
            source,
            "'hél' '' 'lo wörld\\n' 'x'\n",
        );
    }
}

#[test]
fn sys_stdin_buffer_reads_bytes() {
    let source = "import sys\nb = sys.stdin.buffer\nprint(b.readline(), b.read(2), b.read())\n\
                  print(b.read(), b.readline())\n";
    check("l1\nxyz\n", 2, source, "b'l1\\n' b'xy' b'z\\n'\nb'' b''\n");
}

#[test]
fn without_input_everything_is_eof() {
    let out = Arc::new(Mutex::new(Vec::new()));
    struct Silent(Arc<Mutex<Vec<u8>>>);
    impl Host for Silent {
        fn write(&mut self, _: Stream, data: &[u8]) {
            self.0.lock().unwrap().extend_from_slice(data);
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
    let mut interp = Interpreter::new(Limits::default(), Box::new(Silent(out.clone())));
    let result = interp.exec(
        "import sys\nprint(repr(sys.stdin.read()), list(sys.stdin))\ninput('p> ')\n",
        "<test>",
    );
    assert!(
        matches!(&result, Err(ExecError::Exception { type_name, .. }) if type_name == "EOFError"),
        "{result:?}"
    );
    assert_eq!(&*out.lock().unwrap(), b"'' []\np> ");
}

#[test]
fn replaced_streams_are_called() {
    let source = "import sys\nclass In:\n    def readline(self):\n        return 'fake\\n'\n\
                  class Out:\n    def write(self, s):\n        sys.__stdout__.write('[' + s + ']')\n\
                  \x20   def flush(self):\n        pass\n\
                  sys.stdin, sys.stdout = In(), Out()\nx = input('p')\nsys.stdout = sys.__stdout__\nprint(x)\n\
                  print(sys.stdin.__class__.__name__, sys.__stdin__.readable(), sys.__stdout__.readable())\n";
    check("real\n", 64, source, "[p]fake\nIn True False\n");
}
