//! The `isola` command used as `python3` is: a file and its arguments, `-c`, `-m`, `-` and a
//! program piped on stdin, `run FILE`, and the exit statuses, on both backends.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// A scratch directory under the target directory, emptied first.
fn scratch(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("cli-{name}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("creating a scratch directory");
    dir
}

fn write(path: &Path, text: &str) {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).expect("creating a directory");
    }
    std::fs::write(path, text).expect("writing a file");
}

/// Runs `isola ARGS` in `dir` with `stdin` piped in, on the backend `native` names.
fn isola(dir: &Path, native: bool, args: &[&str], stdin: &str) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_isola"));
    if native {
        command.arg("--native");
    }
    let mut child = command
        .args(args)
        .current_dir(dir)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("starting isola");
    let mut input = child.stdin.take().expect("piped stdin");
    input.write_all(stdin.as_bytes()).expect("writing stdin");
    drop(input);
    child.wait_with_output().expect("waiting for isola")
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

const SHOW_ARGV: &str = "import sys\nprint(__name__, sys.argv)\n";

#[test]
fn program_forms_as_python3() {
    let dir = scratch("forms");
    write(&dir.join("prog.py"), &format!("import helper\n{SHOW_ARGV}"));
    write(&dir.join("helper.py"), "print('helper imported')\n");
    write(&dir.join("tool.py"), SHOW_ARGV);
    write(&dir.join("pkg/__init__.py"), "print('pkg init')\n");
    write(&dir.join("pkg/__main__.py"), SHOW_ARGV);
    write(&dir.join("pkg/sub.py"), SHOW_ARGV);
    let tool = std::fs::canonicalize(dir.join("tool.py")).expect("tool.py exists");
    let main = std::fs::canonicalize(dir.join("pkg/__main__.py")).expect("__main__.py exists");
    let sub = std::fs::canonicalize(dir.join("pkg/sub.py")).expect("pkg/sub.py exists");
    for native in [false, true] {
        let check = |args: &[&str], stdin: &str, expected: &str| {
            let output = isola(&dir, native, args, stdin);
            assert_eq!(
                (
                    stdout(&output).as_str(),
                    stderr(&output).as_str(),
                    output.status.code()
                ),
                (expected, "", Some(0)),
                "isola {args:?} (native: {native})"
            );
        };
        let prog = "helper imported\n__main__ ['prog.py', 'a', '-b', '--native']\n";
        check(&["prog.py", "a", "-b", "--native"], "", prog);
        check(&["run", "prog.py", "a", "-b", "--native"], "", prog);
        check(
            &["-c", "import sys, helper; print(sys.argv)", "x", "-y"],
            "",
            "helper imported\n['-c', 'x', '-y']\n",
        );
        check(
            &["-m", "tool", "z"],
            "",
            &format!("__main__ ['{}', 'z']\n", tool.display()),
        );
        check(
            &["-m", "pkg.sub"],
            "",
            &format!("pkg init\n__main__ ['{}']\n", sub.display()),
        );
        check(
            &["-m", "pkg"],
            "",
            &format!("pkg init\n__main__ ['{}']\n", main.display()),
        );
        check(&[], "import sys\nprint(6 * 7, sys.argv)\n", "42 ['']\n");
        check(&["-", "q"], SHOW_ARGV, "__main__ ['-', 'q']\n");
    }
}

#[test]
fn exit_statuses_and_errors() {
    let dir = scratch("statuses");
    write(&dir.join("fails.py"), "print('before')\n1 / 0\n");
    for native in [false, true] {
        let output = isola(&dir, native, &["fails.py"], "");
        assert_eq!(stdout(&output), "before\n");
        assert_eq!(output.status.code(), Some(1));
        let text = stderr(&output);
        assert!(
            text.starts_with("Traceback (most recent call last):\n"),
            "{text}"
        );
        assert!(
            text.contains("  File \"fails.py\", line 2, in <module>\n"),
            "{text}"
        );
        assert!(
            text.ends_with("ZeroDivisionError: division by zero\n"),
            "{text}"
        );
        let output = isola(&dir, native, &["-c", "raise SystemExit(3)"], "");
        assert_eq!(output.status.code(), Some(3));
        let output = isola(&dir, native, &["-"], "import sys\nsys.exit('bye')\n");
        assert_eq!(
            (stderr(&output).as_str(), output.status.code()),
            ("bye\n", Some(1))
        );
        let output = isola(&dir, native, &["missing.py"], "");
        assert_eq!(output.status.code(), Some(2));
        assert_eq!(
            stderr(&output),
            "isola: error: cannot open 'missing.py': No such file or directory\n"
        );
        let output = isola(&dir, native, &["-m", "no_such_module"], "");
        assert_eq!(output.status.code(), Some(1));
        assert_eq!(stderr(&output), "isola: No module named no_such_module\n");
        let output = isola(&dir, native, &["-c"], "");
        assert_eq!(output.status.code(), Some(2), "-c needs its code");
    }
}

#[test]
fn programs_read_stdin_as_python3() {
    let dir = scratch("stdin");
    write(
        &dir.join("prog.py"),
        "import sys\nprint(repr(input()))\nprint(repr(sys.stdin.readline()))\n\
         for line in sys.stdin:\n    print('line', repr(line))\n    break\n\
         print(repr(sys.stdin.read()))\n\
         try:\n    input('more? ')\nexcept EOFError as e:\n    print('EOFError:', e)\n",
    );
    write(
        &dir.join("bytes.py"),
        "import sys\nprint(sys.stdin.buffer.readline(), sys.stdin.buffer.read())\n",
    );
    for native in [false, true] {
        let check = |args: &[&str], stdin: &str, expected: &str| {
            let output = isola(&dir, native, args, stdin);
            assert_eq!(
                (stdout(&output).as_str(), output.status.code()),
                (expected, Some(0)),
                "isola {args:?} (native: {native}): {}",
                stderr(&output)
            );
        };
        check(
            &["prog.py"],
            "first\nsecond\nthird\nrest 1\nrest ✓\n",
            "'first'\n'second\\n'\nline 'third\\n'\n'rest 1\\nrest ✓\\n'\n\
             more? EOFError: EOF when reading a line\n",
        );
        check(&["bytes.py"], "a\nbé", "b'a\\n' b'b\\xc3\\xa9'\n");
        // The prompt goes to stdout, without a newline, before the read.
        check(&["-c", "print(input('x? '))"], "data\n", "x? data\n");
        check(
            &["-c", "print(input('x? '))"],
            "no newline",
            "x? no newline\n",
        );
        // A program read from stdin leaves nothing for it to read.
        check(
            &["-"],
            "import sys\nprint(repr(sys.stdin.read()))\n",
            "''\n",
        );
        // At EOF, input() raises EOFError, after its prompt.
        let output = isola(&dir, native, &["-c", "input('x? ')"], "");
        assert_eq!(stdout(&output), "x? ");
        assert_eq!(output.status.code(), Some(1));
        assert!(
            stderr(&output).ends_with("EOFError: EOF when reading a line\n"),
            "{}",
            stderr(&output)
        );
    }
}

/// A program blocked reading stdin under `--timeout` ends with the time limit once the read
/// returns (here at EOF, after the limit).
#[test]
fn reads_of_stdin_end_at_the_time_limit_once_they_return() {
    let dir = scratch("stdin-timeout");
    for native in [false, true] {
        let mut command = Command::new(env!("CARGO_BIN_EXE_isola"));
        if native {
            command.arg("--native");
        }
        let mut child = command
            .args([
                "--timeout",
                "200ms",
                "-c",
                "print('ready', flush=True)\nprint(input())",
            ])
            .current_dir(&dir)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("starting isola");
        // Once the program runs (the guest may first need compiling), it blocks in input().
        let mut ready = [0u8; 6];
        let mut out = child.stdout.take().expect("piped stdout");
        std::io::Read::read_exact(&mut out, &mut ready).expect("reading stdout");
        assert_eq!(&ready, b"ready\n");
        std::thread::sleep(std::time::Duration::from_millis(500));
        drop(child.stdin.take());
        let output = child.wait_with_output().expect("waiting for isola");
        assert_eq!(output.status.code(), Some(1), "native: {native}");
        assert!(
            stderr(&output).starts_with("isola: error: time limit exceeded"),
            "native: {native}: {}",
            stderr(&output)
        );
    }
}

/// What a program interrupted by SIGINT left: its stdout, stderr and exit status.
#[cfg(unix)]
struct Interrupted {
    stdout: String,
    stderr: String,
    status: std::process::ExitStatus,
}

/// Runs `isola -c CODE` and sends it SIGINT (as Ctrl-C does) each time it prints a line
/// starting with `ready`, `times` times in all, then waits for it to end. Reading the marker
/// first means the signal never comes before the program is where the test wants it.
#[cfg(unix)]
fn interrupt_program(native: bool, code: &str, times: usize) -> Interrupted {
    use std::io::{BufRead, BufReader, Read};
    use std::time::{Duration, Instant};
    let dir = scratch(if native {
        "sigint-native"
    } else {
        "sigint-wasm"
    });
    let mut command = Command::new(env!("CARGO_BIN_EXE_isola"));
    if native {
        command.arg("--native");
    }
    let mut child = command
        .args(["-c", code])
        .current_dir(&dir)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("starting isola");
    let pid = child.id().to_string();
    let mut stdout = BufReader::new(child.stdout.take().expect("piped stdout"));
    let mut stderr = child.stderr.take().expect("piped stderr");
    let errors = std::thread::spawn(move || {
        let mut text = String::new();
        let _ = stderr.read_to_string(&mut text);
        text
    });
    let mut seen = String::new();
    let mut sent = 0;
    let mut line = String::new();
    while sent < times {
        line.clear();
        // End of output before the marker: the program failed; its stderr says why.
        if stdout.read_line(&mut line).expect("reading stdout") == 0 {
            break;
        }
        seen.push_str(&line);
        if line.starts_with("ready") {
            let kill = Command::new("kill").args(["-INT", &pid]).status();
            assert!(kill.is_ok_and(|s| s.success()), "kill -INT {pid}");
            sent += 1;
        }
    }
    let mut rest = String::new();
    stdout.read_to_string(&mut rest).expect("reading stdout");
    seen.push_str(&rest);
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("waiting for isola") {
            break status;
        }
        if start.elapsed() > Duration::from_secs(120) {
            let _ = child.kill();
            panic!("isola did not end after SIGINT; stdout so far:\n{seen}");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    Interrupted {
        stdout: seen,
        stderr: errors.join().expect("the stderr reader"),
        status,
    }
}

#[cfg(unix)]
#[test]
fn ctrl_c_raises_keyboard_interrupt_in_a_program() {
    use std::os::unix::process::ExitStatusExt;
    for native in [false, true] {
        // Caught, with the finally block run; a second Ctrl-C reaches the handler's loop.
        let code = "\
import time
try:
    try:
        print('ready', flush=True)
        while True: pass
    except KeyboardInterrupt:
        print('caught')
        print('ready again', flush=True)
        time.sleep(3600)
    finally:
        print('finally')
except KeyboardInterrupt:
    print('caught again')
";
        let run = interrupt_program(native, code, 2);
        assert_eq!(
            (run.stdout.as_str(), run.stderr.as_str(), run.status.code()),
            (
                "ready\ncaught\nready again\nfinally\ncaught again\n",
                "",
                Some(0)
            ),
            "native: {native}"
        );
        // Uncaught: the traceback, then death by SIGINT as python3 (the shell shows 130).
        let code = "print('ready', flush=True)\nwhile True: pass\n";
        let run = interrupt_program(native, code, 1);
        assert_eq!(
            run.stderr,
            "Traceback (most recent call last):\n  File \"<string>\", line 2, in <module>\nKeyboardInterrupt\n",
            "native: {native}"
        );
        assert_eq!(
            run.status.signal(),
            Some(2),
            "native: {native}: {:?}",
            run.status
        );
        // So does a KeyboardInterrupt that the program raises itself, as in python3.
        let dir = scratch("raise-interrupt");
        let output = isola(&dir, native, &["-c", "raise KeyboardInterrupt"], "");
        assert_eq!(output.status.signal(), Some(2), "native: {native}");
        assert!(
            stderr(&output).ends_with("\nKeyboardInterrupt\n"),
            "native: {native}"
        );
    }
}

#[test]
fn mounts_show_host_directories() {
    let dir = scratch("mounts");
    write(&dir.join("in/rows.csv"), "name,n\nada,1\nbob,2\n");
    std::fs::create_dir_all(dir.join("out")).expect("creating out/");
    write(
        &dir.join("report.py"),
        "import csv, pathlib\n\
         rows = list(csv.DictReader(open('/in/rows.csv')))\n\
         pathlib.Path('/out/total.txt').write_text(str(sum(int(r['n']) for r in rows)))\n\
         try:\n    open('/in/rows.csv', 'a')\nexcept OSError as e:\n    print(e)\n",
    );
    for native in [false, true] {
        let _ = std::fs::remove_file(dir.join("out/total.txt"));
        let output = isola(
            &dir,
            native,
            &["--mount", "in:/in:ro", "--mount", "out:/out", "report.py"],
            "",
        );
        assert!(output.status.success(), "{}", stderr(&output));
        assert_eq!(
            stdout(&output),
            "[Errno 30] Read-only file system: '/in/rows.csv'\n",
            "native: {native}"
        );
        let total = std::fs::read_to_string(dir.join("out/total.txt")).expect("the report");
        assert_eq!(total, "3", "native: {native}");
        // Without the mount the host's directory is not there.
        let output = isola(&dir, native, &["-c", "open('/in/rows.csv')"], "");
        assert_eq!(output.status.code(), Some(1));
        assert!(
            stderr(&output).contains("FileNotFoundError"),
            "{}",
            stderr(&output)
        );
        // A mount that cannot be made is an error before the program runs.
        let output = isola(
            &dir,
            native,
            &["--mount", "missing:/m", "-c", "print(1)"],
            "",
        );
        assert_eq!(output.status.code(), Some(1));
        assert_eq!(
            stderr(&output),
            "isola: error: cannot mount missing: No such file or directory\n"
        );
        assert_eq!(stdout(&output), "");
    }
}
