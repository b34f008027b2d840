//! The `isola` command, used as `python3` is: `isola FILE.py [ARGS]`, `isola -c CODE`,
//! `isola -m MODULE`, `isola -` or a program on stdin, with CPython's output and exit statuses,
//! and the interactive prompt (`isola` alone on a terminal, `isola -i`; see `repl.rs`). See
//! `cli.rs` for the grammar and the exit-status table, `search_path.rs` for what a program can
//! import.

mod alloc;
mod cli;
mod repl;
mod search_path;
mod sigint;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use clap::Parser;
use isola::{Backend, Error, Interpreter, Limits, Runtime, Stream};
use parking_lot::Mutex;

use cli::{Cli, Command, Options};

#[global_allocator]
static ALLOCATOR: alloc::Mimalloc = alloc::Mimalloc;
use sigint::Sigint;

/// Exit status for a usage error or an unreadable file (clap's and CPython's choice).
const USAGE_STATUS: u8 = 2;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let status = match select_program(&cli) {
        // No program, and stdin is a terminal (or -i): the interactive prompt.
        Ok(None) => interactive(&cli, None),
        Ok(Some(program)) if cli.inspect => interactive(&cli, Some(&program)),
        Ok(Some(program)) if cli.options.interpreters == 1 => run_one(&cli.options, &program),
        Ok(Some(program)) => run_many(&cli.options, &program),
        Err((status, message)) => {
            eprintln!("isola: {message}");
            status
        }
    };
    ExitCode::from(status)
}

/// The interactive prompt, as python3's, in one interpreter: after running `program` first
/// (`-i`), in the globals it left, even when it raised.
fn interactive(cli: &Cli, program: Option<&Program>) -> u8 {
    if cli.options.interpreters != 1 {
        eprintln!("isola: error: -n applies to programs, not to the interactive prompt");
        return USAGE_STATUS;
    }
    let prompt_only;
    let run_first = program.is_some();
    let program = match program {
        Some(program) => program,
        None => {
            let dirs: Vec<&Path> = std::iter::once(Path::new("."))
                .chain(cli.options.paths.iter().map(PathBuf::as_path))
                .collect();
            prompt_only = Program {
                source: String::new(),
                filename: "<stdin>".to_string(),
                argv: vec![String::new()],
                package: None,
                modules: search_path::find_modules(&dirs),
                stdin_consumed: false,
            };
            &prompt_only
        }
    };
    let terminal = repl::Terminal::default();
    let runtime = match runtime_builder(&cli.options, program).build() {
        Ok(runtime) => runtime,
        Err(error) => return report(&mut std::io::stderr().lock(), Err(error)),
    };
    // Ctrl-C while a statement runs interrupts it; at the prompt rustyline reads it.
    let sigint = Sigint::default();
    let fresh = || {
        let interpreter = runtime.create_with_sink(terminal.sink())?;
        sigint.watch(&interpreter);
        Ok(interpreter)
    };
    let interpreter = match fresh() {
        Ok(interpreter) => interpreter,
        Err(error) => return report(&mut std::io::stderr().lock(), Err(error)),
    };
    let setup = |interpreter: &Interpreter| {
        let _ = interpreter.exec_named(&argv_prelude(&program.argv), "<isola argv>");
    };
    if !run_first {
        setup(&interpreter);
    }
    let mut session = repl::Session {
        interpreter,
        fresh: &fresh,
        setup: &setup,
        terminal: terminal.clone(),
    };
    let banner = if !run_first {
        let backend = if cli.options.native {
            "native"
        } else {
            "wasmtime"
        };
        Some(format!(
            "isola {} (Python 3.11 compatible) [{backend}]\n\
             Type exit() or Ctrl-D (i.e. EOF) to leave.",
            env!("CARGO_PKG_VERSION")
        ))
    } else {
        match start_program(&session.interpreter, program) {
            // As python3 -i: SystemExit does not end the session either.
            Ok(()) | Err(Error::Exit(_)) => {}
            Err(error) => session.recover(error),
        }
        None
    };
    session.run(banner.as_deref())
}

/// The program the command line names, as python3 picks it: `run FILE`, `-c CODE`,
/// `-m MODULE`, `FILE`, `-` (stdin), or stdin when nothing is named and stdin is not a
/// terminal. `None` when nothing is named and stdin is a terminal, or with `-i`. An error carries the exit
/// status and the message.
fn select_program(cli: &Cli) -> Result<Option<Program>, (u8, String)> {
    let unreadable = |message: String| (USAGE_STATUS, format!("error: {message}"));
    let mut package = None;
    // `run` after an option is taken for a file name by the grammar: it is the subcommand.
    let run = match (&cli.command, cli.args.split_first()) {
        (Some(Command::Run { file, args }), _) => Some((file.clone(), args.as_slice())),
        (None, Some((first, rest)))
            if first == "run" && cli.code.is_none() && cli.module.is_none() =>
        {
            let (file, args) = rest
                .split_first()
                .ok_or_else(|| (USAGE_STATUS, "error: `run` needs a FILE".to_string()))?;
            Some((PathBuf::from(file), args))
        }
        _ => None,
    };
    // A program read from stdin leaves it at its end for the program, as with python3.
    let mut stdin_consumed = false;
    let (source, filename, argv, first_dir) = if let Some((file, args)) = &run {
        let name = file.display().to_string();
        let source = read_source(file).map_err(unreadable)?;
        let argv = std::iter::once(name.clone()).chain(args.iter().cloned());
        (source, name, argv.collect(), script_dir(file))
    } else if let Some(code) = &cli.code {
        let argv = std::iter::once("-c".to_string()).chain(cli.args.iter().cloned());
        (
            code.clone(),
            "<string>".to_string(),
            argv.collect(),
            PathBuf::from("."),
        )
    } else if let Some(module) = &cli.module {
        let dirs: Vec<&Path> = std::iter::once(Path::new("."))
            .chain(cli.options.paths.iter().map(PathBuf::as_path))
            .collect();
        let Some(file) = find_main_module(module, &dirs) else {
            return Err((1, format!("No module named {module}")));
        };
        let source = read_source(&file).map_err(unreadable)?;
        let name = std::path::absolute(&file)
            .unwrap_or_else(|_| file.clone())
            .display()
            .to_string();
        let argv = std::iter::once(name.clone()).chain(cli.args.iter().cloned());
        // As python3, the packages above the module are imported first.
        package = match module.rsplit_once('.') {
            _ if file.ends_with("__main__.py") => Some(module.clone()),
            Some((parent, _)) => Some(parent.to_string()),
            None => None,
        };
        (source, name, argv.collect(), PathBuf::from("."))
    } else if let Some((first, rest)) = cli.args.split_first().filter(|(f, _)| *f != "-") {
        let file = PathBuf::from(first);
        let source = read_source(&file).map_err(unreadable)?;
        let argv = std::iter::once(first.clone()).chain(rest.iter().cloned());
        (source, first.clone(), argv.collect(), script_dir(&file))
    } else {
        use std::io::{IsTerminal, Read};
        let dash = !cli.args.is_empty();
        if !dash && (cli.inspect || std::io::stdin().is_terminal()) {
            return Ok(None);
        }
        stdin_consumed = true;
        let mut bytes = Vec::new();
        std::io::stdin()
            .read_to_end(&mut bytes)
            .map_err(|e| unreadable(format!("cannot read stdin: {}", os_message(&e))))?;
        let source = decode_source(bytes)
            .ok_or_else(|| unreadable("stdin is not valid UTF-8".to_string()))?;
        let argv0 = if dash { "-" } else { "" };
        let argv = std::iter::once(argv0.to_string()).chain(cli.args.iter().skip(1).cloned());
        (
            source,
            "<stdin>".to_string(),
            argv.collect(),
            PathBuf::from("."),
        )
    };
    // As CPython's sys.path: the script's directory (or the current one) first, then the
    // --path directories.
    let search_dirs: Vec<&Path> = std::iter::once(first_dir.as_path())
        .chain(cli.options.paths.iter().map(PathBuf::as_path))
        .collect();
    Ok(Some(Program {
        source,
        filename,
        argv,
        package,
        modules: search_path::find_modules(&search_dirs),
        stdin_consumed,
    }))
}

/// The directory of a script, `.` for a bare file name.
fn script_dir(file: &Path) -> PathBuf {
    match file.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// The file `python -m MODULE` runs: `a/b.py` for `a.b`, or `a/b/__main__.py` when `a.b` is
/// a package, in the first of `dirs` that has either.
fn find_main_module(module: &str, dirs: &[&Path]) -> Option<PathBuf> {
    let parts: Vec<&str> = module.split('.').collect();
    if parts
        .iter()
        .any(|p| p.is_empty() || p.contains(['/', '\\']))
    {
        return None;
    }
    let relative: PathBuf = parts.iter().collect();
    dirs.iter().find_map(|dir| {
        let package = dir.join(&relative);
        let main = package.join("__main__.py");
        if package.join("__init__.py").is_file() && main.is_file() {
            return Some(main);
        }
        let file = package.with_extension("py");
        file.is_file().then_some(file)
    })
}

/// What to run, how it sees itself, and the modules it can import from the search path.
struct Program {
    source: String,
    filename: String,
    argv: Vec<String>,
    /// For `-m a.b.c`, the package `a.b`, imported before the program runs.
    package: Option<String>,
    modules: Vec<search_path::Found>,
    /// The program itself came from stdin, so the program's reads of it see EOF.
    stdin_consumed: bool,
}

/// Read a program file as CPython does: UTF-8, with an optional byte-order mark.
fn read_source(path: &std::path::Path) -> Result<String, String> {
    let bytes = std::fs::read(path)
        .map_err(|e| format!("cannot open '{}': {}", path.display(), os_message(&e)))?;
    decode_source(bytes).ok_or_else(|| {
        format!(
            "'{}' is not valid UTF-8 (only UTF-8 sources are supported)",
            path.display()
        )
    })
}

/// A program's bytes as CPython reads them: UTF-8, with an optional byte-order mark.
fn decode_source(mut bytes: Vec<u8>) -> Option<String> {
    if bytes.starts_with(b"\xef\xbb\xbf") {
        bytes.drain(..3);
    }
    String::from_utf8(bytes).ok()
}

/// An OS error's text without Rust's " (os error N)" suffix, as CPython prints it.
fn os_message(error: &std::io::Error) -> String {
    let text = error.to_string();
    match text.find(" (os error") {
        Some(at) => text[..at].to_string(),
        None => text,
    }
}

fn runtime_builder(options: &Options, program: &Program) -> isola::RuntimeBuilder {
    let defaults = Limits::default();
    let limits = Limits {
        max_instructions: options.max_instructions,
        max_heap_bytes: options.max_memory,
        max_recursion: options.max_recursion.unwrap_or(defaults.max_recursion),
        max_output_bytes: options.max_output,
        timeout_ns: options
            .timeout
            .map(|t| u64::try_from(t.as_nanos()).unwrap_or(u64::MAX)),
    };
    let backend = if options.native {
        Backend::Native
    } else {
        Backend::Wasmtime
    };
    let max_interpreters = options
        .max_interpreters
        .unwrap_or_else(|| options.interpreters.saturating_mul(64))
        .max(options.interpreters);
    let mut builder = Runtime::builder()
        .backend(backend)
        .limits(limits)
        .max_instances(max_interpreters)
        .max_interpreters(max_interpreters as usize);
    if let Some(items) = options.max_queue_items {
        builder = builder.max_queue_items(items);
    }
    if let Some(seed) = options.seed {
        builder = builder.seed(seed);
    }
    if let Some(seconds) = options.frozen_clock {
        builder = builder.frozen_clock(seconds);
    }
    // `sys.stdin` and `input()` read the process's stdin, as python3's do.
    if !program.stdin_consumed {
        builder = builder.inherit_stdin();
    }
    for module in &program.modules {
        builder = builder.module_source(&module.name, &module.source, module.is_package);
    }
    for mount in &options.mounts {
        builder = builder.mount(&mount.host, &mount.guest, mount.read_only);
    }
    builder
}

/// Run the program once, its output going straight to the process's streams.
fn run_one(options: &Options, program: &Program) -> u8 {
    let sigint = Sigint::default();
    let outcome = runtime_builder(options, program)
        .build()
        .and_then(|runtime| runtime.create())
        .and_then(|interpreter| {
            sigint.watch(&interpreter);
            run_program(&interpreter, program)
        });
    let interrupted = sigint::is_interrupted(&outcome);
    let status = report(&mut std::io::stderr().lock(), outcome);
    if interrupted {
        return sigint::end_interrupted();
    }
    status
}

/// Run the program in `options.interpreters` interpreters at once, capture each one's output,
/// then print them in order. The status is the first non-zero one.
fn run_many(options: &Options, program: &Program) -> u8 {
    let runtime = match runtime_builder(options, program).build() {
        Ok(runtime) => runtime,
        Err(error) => return report(&mut std::io::stderr().lock(), Err(error)),
    };
    // Ctrl-C interrupts every interpreter.
    let sigint = Sigint::default();
    let results: Vec<(Captured, Result<(), Error>)> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..options.interpreters)
            .map(|_| {
                let runtime = &runtime;
                let sigint = &sigint;
                scope.spawn(move || {
                    let captured = Captured::default();
                    let outcome =
                        runtime
                            .create_with_sink(captured.sink())
                            .and_then(|interpreter| {
                                sigint.watch(&interpreter);
                                run_program(&interpreter, program)
                            });
                    (captured, outcome)
                })
            })
            .collect();
        workers
            .into_iter()
            .map(|worker| {
                worker.join().unwrap_or_else(|_| {
                    let message = "the interpreter's caller thread panicked".to_string();
                    (Captured::default(), Err(Error::Trap(message)))
                })
            })
            .collect()
    });
    let mut first_failure = 0;
    let mut interrupted = false;
    for (index, (captured, outcome)) in results.into_iter().enumerate() {
        let (stdout_bytes, stderr_bytes) = captured.take();
        let mut stdout = std::io::stdout().lock();
        let _ = writeln!(stdout, "--- interpreter {} ---", index + 1);
        let _ = stdout.write_all(&stdout_bytes);
        let _ = stdout.flush();
        drop(stdout);
        let mut stderr = std::io::stderr().lock();
        let _ = stderr.write_all(&stderr_bytes);
        interrupted |= first_failure == 0 && sigint::is_interrupted(&outcome);
        let status = report(&mut stderr, outcome);
        if first_failure == 0 {
            first_failure = status;
        }
    }
    if interrupted {
        return sigint::end_interrupted();
    }
    first_failure
}

/// Run the program, then end it as CPython's shutdown does.
fn run_program(interpreter: &Interpreter, program: &Program) -> Result<(), Error> {
    let result = start_program(interpreter, program);
    // Then shutdown, as CPython's: atexit callbacks and the finalizers of what __main__ held.
    let finished = interpreter.finish();
    result.and(finished)
}

/// Set `sys.argv`, import the package of `-m`, then run the program.
fn start_program(interpreter: &Interpreter, program: &Program) -> Result<(), Error> {
    // The runtime has no argv parameter, so the command sets sys.argv with a line of Python that
    // binds no name in __main__. A runtime without `sys` fails it harmlessly: the program itself
    // then fails at `import sys`, as it should.
    let _ = interpreter.exec_named(&argv_prelude(&program.argv), "<isola argv>");
    let result = match &program.package {
        Some(package) => {
            let import = format!("__import__({})\n", python_str_literal(package));
            interpreter.exec_named(&import, "<isola -m>")
        }
        None => Ok(()),
    };
    result.and_then(|()| interpreter.exec_named(&program.source, &program.filename))
}

/// `__import__('sys').argv = ['prog.py', 'arg']`, with each argument as a Python literal.
fn argv_prelude(argv: &[String]) -> String {
    let items: Vec<String> = argv.iter().map(|arg| python_str_literal(arg)).collect();
    format!("__import__('sys').argv = [{}]\n", items.join(", "))
}

/// A single-quoted Python string literal for `text`.
fn python_str_literal(text: &str) -> String {
    let mut literal = String::with_capacity(text.len() + 2);
    literal.push('\'');
    for ch in text.chars() {
        match ch {
            '\\' => literal.push_str("\\\\"),
            '\'' => literal.push_str("\\'"),
            '\n' => literal.push_str("\\n"),
            '\r' => literal.push_str("\\r"),
            '\t' => literal.push_str("\\t"),
            ch if ch.is_control() => literal.push_str(&format!("\\U{:08x}", ch as u32)),
            ch => literal.push(ch),
        }
    }
    literal.push('\'');
    literal
}

/// Print what ended a run and return its exit status: the traceback of an uncaught exception
/// (status 1, or 130 for KeyboardInterrupt, which the callers turn into a death by SIGINT),
/// nothing for SystemExit (its status), one `isola: error:` line otherwise (status 1).
fn report(stderr: &mut impl Write, outcome: Result<(), Error>) -> u8 {
    let interrupted = sigint::is_interrupted(&outcome);
    match outcome {
        Ok(()) => 0,
        Err(Error::Exception { traceback, .. }) => {
            let _ = stderr.write_all(traceback.as_bytes());
            if interrupted {
                sigint::INTERRUPTED_STATUS
            } else {
                1
            }
        }
        // Only the low byte of an exit status reaches the parent, as with CPython's sys.exit.
        Err(Error::Exit(status)) => status as u8,
        Err(error) => {
            let _ = writeln!(stderr, "isola: error: {error}");
            1
        }
    }
}

/// One interpreter's captured stdout and stderr.
#[derive(Clone, Default)]
struct Captured(Arc<Mutex<(Vec<u8>, Vec<u8>)>>);

impl Captured {
    fn sink(&self) -> isola::Sink {
        let buffers = Arc::clone(&self.0);
        Arc::new(move |stream, data: &[u8]| {
            let mut buffers = buffers.lock();
            match stream {
                Stream::Stdout => buffers.0.extend_from_slice(data),
                Stream::Stderr => buffers.1.extend_from_slice(data),
            }
        })
    }

    fn take(&self) -> (Vec<u8>, Vec<u8>) {
        std::mem::take(&mut *self.0.lock())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn literals_escape_what_python_needs() {
        assert_eq!(python_str_literal("a'b\\c"), r"'a\'b\\c'");
        assert_eq!(python_str_literal("x\ny\u{7}"), r"'x\ny\U00000007'");
        assert_eq!(python_str_literal("é✓"), "'é✓'");
        assert_eq!(
            argv_prelude(&["p.py".into(), "-v".into()]),
            "__import__('sys').argv = ['p.py', '-v']\n"
        );
    }

    #[test]
    fn os_messages_drop_rust_suffix() {
        let error = std::io::Error::from_raw_os_error(2);
        assert_eq!(os_message(&error), "No such file or directory");
    }

    #[test]
    fn exit_statuses() {
        let mut sink = Vec::new();
        assert_eq!(report(&mut sink, Ok(())), 0);
        assert_eq!(report(&mut sink, Err(Error::Exit(3))), 3);
        assert_eq!(report(&mut sink, Err(Error::Exit(256))), 0);
        assert!(sink.is_empty());
        let traceback = "Traceback (most recent call last):\nKeyError: 1\n".to_string();
        let error = Error::Exception {
            type_name: "KeyError".into(),
            message: "1".into(),
            traceback,
        };
        assert_eq!(report(&mut sink, Err(error)), 1);
        assert!(sink.ends_with(b"KeyError: 1\n"));
        sink.clear();
        let error = Error::Limit {
            kind: isola::LimitKind::Timeout,
            detail: "after 2s".into(),
        };
        assert_eq!(report(&mut sink, Err(error)), 1);
        assert_eq!(sink, b"isola: error: time limit exceeded: after 2s\n");
    }
}
