//! The `isola` command's interactive prompt, driven through a pseudo-terminal as a person at a
//! terminal would: echoed values and `_`, a multi-line `def`, a traceback and a syntax error
//! with the session going on, `exit(3)`, Ctrl-D, Ctrl-C at the prompt and while code runs,
//! limits, and `-i` after a program, on both backends.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use portable_pty::{native_pty_system, Child, CommandBuilder, MasterPty, PtySize};

/// How long any one expected output may take (a wasmtime runtime is built at start).
const WAIT: Duration = Duration::from_secs(60);

/// `isola` running on a pseudo-terminal, and everything it has written so far.
struct Terminal {
    child: Box<dyn Child + Send + Sync>,
    writer: Box<dyn Write + Send>,
    /// Keeps the terminal open until the test ends.
    _master: Box<dyn MasterPty + Send>,
    transcript: Arc<Mutex<Vec<u8>>>,
    /// Where in the cleaned transcript the next `expect` starts looking.
    seen: usize,
}

impl Terminal {
    fn start(dir: &Path, native: bool, args: &[&str]) -> Terminal {
        let size = PtySize {
            rows: 40,
            cols: 200,
            pixel_width: 0,
            pixel_height: 0,
        };
        let pair = native_pty_system().openpty(size).expect("opening a pty");
        let mut command = CommandBuilder::new(env!("CARGO_BIN_EXE_isola"));
        if native {
            command.arg("--native");
        }
        command.args(args);
        command.cwd(dir);
        command.env("TERM", "xterm");
        let child = pair.slave.spawn_command(command).expect("starting isola");
        drop(pair.slave);
        let mut reader = pair.master.try_clone_reader().expect("pty reader");
        let writer = pair.master.take_writer().expect("pty writer");
        let transcript = Arc::new(Mutex::new(Vec::new()));
        let sink = Arc::clone(&transcript);
        std::thread::spawn(move || {
            let mut buf = [0u8; 4096];
            // The read fails (EIO) once the child has gone and the terminal is closed.
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                sink.lock()
                    .expect("transcript lock")
                    .extend_from_slice(&buf[..n]);
            }
        });
        Terminal {
            child,
            writer,
            _master: pair.master,
            transcript,
            seen: 0,
        }
    }

    /// What the terminal showed, without carriage returns and escape sequences.
    fn text(&self) -> String {
        let raw = self.transcript.lock().expect("transcript lock").clone();
        clean(&String::from_utf8_lossy(&raw))
    }

    /// Wait until `needle` appears after what earlier calls matched.
    #[track_caller]
    fn expect(&mut self, needle: &str) {
        let start = Instant::now();
        loop {
            let text = self.text();
            if let Some(at) = text.get(self.seen..).and_then(|rest| rest.find(needle)) {
                self.seen += at + needle.len();
                return;
            }
            assert!(
                start.elapsed() < WAIT,
                "waited for {needle:?}; the terminal shows:\n{text}"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Type `text` (a line ends with `\r`, as Enter sends it).
    fn send(&mut self, text: &str) {
        self.writer.write_all(text.as_bytes()).expect("typing");
        self.writer.flush().expect("typing");
    }

    /// Type one line and press Enter.
    fn line(&mut self, text: &str) {
        self.send(&format!("{text}\r"));
    }

    /// Wait for the process to end and return its exit status.
    #[track_caller]
    fn status(&mut self) -> u32 {
        let start = Instant::now();
        loop {
            if let Some(status) = self.child.try_wait().expect("waiting for isola") {
                return status.exit_code();
            }
            if start.elapsed() > WAIT {
                let _ = self.child.kill();
                panic!("isola did not exit; the terminal shows:\n{}", self.text());
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

impl Drop for Terminal {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
        }
    }
}

/// Terminal output as text: CSI escape sequences (`ESC [ ... letter`) and other `ESC x` pairs
/// dropped, carriage returns dropped.
fn clean(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut chars = raw.chars();
    while let Some(c) = chars.next() {
        match c {
            '\x1b' => {
                if chars.next() == Some('[') {
                    for c in chars.by_ref() {
                        if c.is_ascii_alphabetic() || c == '~' {
                            break;
                        }
                    }
                }
            }
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

fn scratch(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("repl-{name}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("creating a scratch directory");
    dir
}

fn session_as_python3(native: bool) {
    let dir = scratch(if native {
        "session-native"
    } else {
        "session-wasm"
    });
    std::fs::write(dir.join("helper.py"), "VALUE = 'from helper'\n").expect("writing");
    let mut t = Terminal::start(&dir, native, &[]);
    let backend = if native { "[native]" } else { "[wasmtime]" };
    t.expect(&format!("(Python 3.11 compatible) {backend}"));
    t.expect(">>> ");
    // An expression echoes its repr; None echoes nothing; `_` holds the last value.
    t.line("6 * 7");
    t.expect("\n42\n>>> ");
    t.line("_ + 1");
    t.expect("\n43\n>>> ");
    t.line("'a' + 'b'");
    t.expect("\n'ab'\n>>> ");
    t.line("None");
    t.expect("None\n>>> ");
    t.line("_ * 2");
    t.expect("\n'abab'\n>>> ");
    // A block continues with `... ` until an empty line.
    t.line("def f(x):");
    t.expect("... ");
    t.line("    y = x * 10");
    t.expect("... ");
    t.line("    return y");
    t.expect("... ");
    t.line("");
    t.expect(">>> ");
    t.line("f(5)");
    t.expect("\n50\n>>> ");
    // So do open brackets, without the empty line.
    t.line("[1,");
    t.expect("... ");
    t.line(" 2]");
    t.expect("\n[1, 2]\n>>> ");
    // Expression statements in a top-level loop echo too.
    t.line("for i in range(3): i + 100");
    t.expect("... ");
    t.line("");
    t.expect("\n100\n101\n102\n>>> ");
    // A traceback, then the session goes on with its globals.
    t.line("1/0");
    t.expect("Traceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\n");
    t.expect("ZeroDivisionError: division by zero\n>>> ");
    t.line("f(7) + 1");
    t.expect("\n71\n>>> ");
    // A syntax error as CPython prints it.
    t.line("x = = 2");
    t.expect(
        "  File \"<stdin>\", line 1\n    x = = 2\n        ^\nSyntaxError: invalid syntax\n>>> ",
    );
    // The current directory's modules import.
    t.line("import helper; helper.VALUE");
    t.expect("\n'from helper'\n>>> ");
    // Output left without a newline gets one before the prompt, which would hide it.
    t.line("print('partial', end='')");
    t.expect("\npartial\n>>> ");
    // sys.argv is [''], as in python3's REPL; displayhook is sys's.
    t.line("import sys; sys.argv, sys.displayhook is sys.__displayhook__");
    t.expect("\n([''], True)\n>>> ");
    // Ctrl-C at the prompt drops the line being typed.
    t.send("abandoned(");
    t.send("\x03");
    t.expect("KeyboardInterrupt\n>>> ");
    t.line("exit");
    t.expect("Use exit() or Ctrl-D (i.e. EOF) to exit\n>>> ");
    t.line("import atexit; atexit.register(print, 'bye')");
    t.expect(">>> ");
    t.line("exit(3)");
    t.expect("bye");
    assert_eq!(t.status(), 3, "{}", t.text());
}

#[test]
fn session_wasm() {
    session_as_python3(false);
}

#[test]
fn session_native() {
    session_as_python3(true);
}

#[test]
fn end_of_input_leaves_with_status_0() {
    for native in [false, true] {
        let dir = scratch("eof");
        let mut t = Terminal::start(&dir, native, &[]);
        t.expect(">>> ");
        t.line("x = 1");
        t.expect(">>> ");
        t.send("\x04");
        assert_eq!(t.status(), 0, "{}", t.text());
        let mut t = Terminal::start(&dir, native, &[]);
        t.expect(">>> ");
        t.line("raise SystemExit(5)");
        assert_eq!(t.status(), 5, "{}", t.text());
    }
}

#[test]
fn inspect_after_a_program() {
    for native in [false, true] {
        let dir = scratch("inspect");
        std::fs::write(
            dir.join("prog.py"),
            "import sys\ncount = len(sys.argv)\nprint('ran', sys.argv[1:])\nraise KeyError('late')\n",
        )
        .expect("writing");
        let mut t = Terminal::start(&dir, native, &["-i", "prog.py", "a", "b"]);
        t.expect("ran ['a', 'b']\n");
        t.expect("  File \"prog.py\", line 4, in <module>\n");
        t.expect("KeyError: 'late'\n>>> ");
        t.line("count * 10");
        t.expect("\n30\n>>> ");
        t.send("\x04");
        assert_eq!(t.status(), 0, "{}", t.text());
        let mut t = Terminal::start(&dir, native, &["-i", "-c", "y = 41"]);
        t.expect(">>> ");
        t.line("y + 1");
        t.expect("\n42\n>>> ");
        t.line("quit()");
        assert_eq!(t.status(), 0, "{}", t.text());
        assert!(!t.text().contains("Python 3.11 compatible"), "{}", t.text());
    }
}

#[test]
fn limits_per_statement() {
    for native in [false, true] {
        let dir = scratch("limits");
        let mut t = Terminal::start(&dir, native, &["--timeout", "1s"]);
        t.expect(">>> ");
        t.line("keep = 'kept'");
        t.expect(">>> ");
        // Each statement gets the whole timeout: this one ends at it, the next runs.
        t.line("while True: pass");
        t.expect("... ");
        t.line("");
        t.expect("isola: error: time limit exceeded");
        t.expect(">>> ");
        t.line("import time; time.sleep(0.6)");
        t.expect(">>> ");
        t.line("time.sleep(0.6); keep");
        t.expect("\n'kept'\n>>> ");
        t.send("\x04");
        assert_eq!(t.status(), 0, "{}", t.text());
        // A spent instruction budget stands: the session goes on in a fresh interpreter.
        let mut t = Terminal::start(&dir, native, &["--max-instructions", "100000"]);
        t.expect(">>> ");
        t.line("for i in range(10**6): pass");
        t.expect("... ");
        t.line("");
        t.expect("isola: error: instruction limit exceeded");
        t.expect("fresh interpreter");
        t.expect(">>> ");
        t.line("2 + 2");
        t.expect("\n4\n>>> ");
        t.send("\x04");
        assert_eq!(t.status(), 0, "{}", t.text());
    }
}

#[test]
fn ctrl_c_interrupts_running_code_and_the_session_goes_on() {
    for native in [false, true] {
        let dir = scratch("ctrl-c");
        let mut t = Terminal::start(&dir, native, &[]);
        t.expect(">>> ");
        t.line("kept = 'kept'");
        t.expect(">>> ");
        // The terminal leaves raw mode while code runs, so Ctrl-C is SIGINT to isola; the
        // statement's first output says it runs (a Ctrl-C typed before would be a key).
        t.line("i = 0");
        t.expect(">>> ");
        t.line("while True:");
        t.expect("... ");
        t.line("    if i == 0: print('spinning')");
        t.expect("... ");
        t.line("    i += 1");
        t.expect("... ");
        t.line("");
        t.expect("spinning\n");
        t.send("\x03");
        t.expect("Traceback (most recent call last):\n  File \"<stdin>\", line ");
        t.expect("KeyboardInterrupt\n>>> ");
        t.line("kept, i > 0");
        t.expect("\n('kept', True)\n>>> ");
        // A sleep ends at once; a second Ctrl-C reaches the handler the first one led to.
        t.line("import time");
        t.expect(">>> ");
        t.line("try:");
        t.expect("... ");
        t.line("    print('sleeping'); time.sleep(3600)");
        t.expect("... ");
        t.line("except KeyboardInterrupt:");
        t.expect("... ");
        t.line("    print('woken'); time.sleep(3600)");
        t.expect("... ");
        t.line("");
        t.expect("sleeping\n");
        t.send("\x03");
        t.expect("woken\n");
        t.send("\x03");
        t.expect("KeyboardInterrupt\n>>> ");
        t.line("kept");
        t.expect("\n'kept'\n>>> ");
        t.send("\x04");
        assert_eq!(t.status(), 0, "{}", t.text());
    }
}
