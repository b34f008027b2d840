//! The interactive prompt of the `isola` command (`isola` alone on a terminal, and `isola -i`),
//! as python3's: `>>> ` and `... ` prompts read with rustyline (history kept in memory only),
//! the runtime's own parser deciding when the typed lines form a statement, each statement run
//! with `Interpreter::exec_interactive` (expression values echoed by `sys.displayhook`), errors
//! printed and the session going on. Part of the binary only.

use std::io::Write;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use isola::{check_interactive, Error, InputStatus, Interpreter, Sink, Stream};
use rustyline::completion::Completer;
use rustyline::error::ReadlineError;
use rustyline::highlight::Highlighter;
use rustyline::hint::Hinter;
use rustyline::history::MemHistory;
use rustyline::validate::Validator;
use rustyline::{Config, Context, Editor, Helper};

/// Entries the in-memory history keeps.
const HISTORY_ENTRIES: usize = 1000;
/// What Tab inserts on a line that holds only indentation so far.
const INDENT: &str = "    ";

/// How a session ended: the exit status of the process.
pub(crate) type Status = u8;

/// Where the interpreters of a session write: the process's stdout and stderr, written
/// through at once, remembering whether stdout was left in the middle of a line (the prompt
/// would be drawn over it).
#[derive(Clone, Default)]
pub(crate) struct Terminal {
    line_open: Arc<AtomicBool>,
}

impl Terminal {
    pub(crate) fn sink(&self) -> Sink {
        let line_open = Arc::clone(&self.line_open);
        Arc::new(move |stream, data: &[u8]| {
            if data.is_empty() {
                return;
            }
            // A closed stdout or stderr is not the program's failure: drop the output.
            match stream {
                Stream::Stdout => {
                    let mut stdout = std::io::stdout().lock();
                    let _ = stdout.write_all(data).and_then(|()| stdout.flush());
                    line_open.store(data.last() != Some(&b'\n'), Ordering::Relaxed);
                }
                Stream::Stderr => {
                    let _ = std::io::stderr().lock().write_all(data);
                }
            }
        })
    }

    /// End a line the program left open, so that the next prompt starts on its own line.
    fn end_line(&self) {
        if self.line_open.swap(false, Ordering::Relaxed) {
            println!();
        }
    }
}

/// One interactive session: the interpreter, how to make a fresh one when it becomes
/// unusable, and what makes a fresh interpreter look like the first (`sys.argv`).
pub(crate) struct Session<'a> {
    pub(crate) interpreter: Interpreter,
    pub(crate) fresh: &'a dyn Fn() -> Result<Interpreter, Error>,
    pub(crate) setup: &'a dyn Fn(&Interpreter),
    pub(crate) terminal: Terminal,
}

impl Session<'_> {
    /// Read, run and print until `exit()`, `SystemExit` or end of input, then end the program
    /// as CPython does (`Interpreter::finish`) and return the exit status.
    pub(crate) fn run(mut self, banner: Option<&str>) -> Status {
        if let Some(banner) = banner {
            eprintln!("{banner}");
        }
        let editor = Config::builder()
            .auto_add_history(false)
            .max_history_size(HISTORY_ENTRIES)
            .and_then(|builder| Editor::with_history(builder.build(), MemHistory::new()));
        let mut editor = match editor {
            Ok(editor) => editor,
            Err(error) => {
                eprintln!("isola: error: cannot read the terminal: {error}");
                return 1;
            }
        };
        editor.set_helper(Some(Indent));
        let mut lines: Vec<String> = Vec::new();
        loop {
            self.terminal.end_line();
            let prompt = if lines.is_empty() { ">>> " } else { "... " };
            match editor.readline(prompt) {
                Ok(text) => {
                    if !text.trim().is_empty() {
                        let _ = editor.add_history_entry(text.as_str());
                    }
                    // A paste can bring several lines at once: each is taken as if typed.
                    for line in text.split('\n') {
                        lines.push(line.trim_end_matches('\r').to_string());
                        if let Some(status) = self.take(&mut lines) {
                            return status;
                        }
                    }
                }
                Err(ReadlineError::Interrupted) => {
                    lines.clear();
                    eprintln!("KeyboardInterrupt");
                }
                Err(ReadlineError::Eof) => {
                    println!();
                    return self.finish(0);
                }
                Err(error) => {
                    eprintln!("isola: error: cannot read the terminal: {error}");
                    return self.finish(1);
                }
            }
        }
    }

    /// Run the lines typed so far if they form a statement (or a syntax error), and clear them.
    /// `Some(status)` when the session is over.
    fn take(&mut self, lines: &mut Vec<String>) -> Option<Status> {
        let source = lines.join("\n");
        match check_interactive(&source) {
            InputStatus::Incomplete => return None,
            InputStatus::Complete if source.trim().is_empty() => {
                lines.clear();
                return None;
            }
            InputStatus::Complete | InputStatus::Invalid(_) => {}
        }
        lines.clear();
        // A Ctrl-C that came between statements is not meant for this one.
        self.interpreter.interrupt_handle().clear();
        let outcome = self
            .interpreter
            .exec_interactive(&format!("{source}\n"), "<stdin>");
        match outcome {
            Ok(()) => None,
            Err(Error::Exit(status)) => Some(self.finish(status as u8)),
            Err(error) => {
                self.recover(error);
                None
            }
        }
    }

    /// Print what went wrong; when the interpreter cannot go on (its instance was discarded,
    /// or a limit it has spent still stands), carry on in a fresh one, and say so.
    pub(crate) fn recover(&mut self, error: Error) {
        self.terminal.end_line();
        let mut stderr = std::io::stderr().lock();
        let fresh = match &error {
            Error::Exception { traceback, .. } => {
                let _ = stderr.write_all(traceback.as_bytes());
                return;
            }
            // The backend already replaced the discarded instance with a fresh one.
            Error::Trap(_) => false,
            // A limit counted across runs (instructions, output) or a heap still full would
            // stop every later statement too: try the interpreter with a statement that does
            // nothing.
            Error::Limit { .. } => {
                let probe = self.interpreter.exec_interactive("pass\n", "<stdin>");
                if probe.is_ok() {
                    let _ = writeln!(stderr, "isola: error: {error}");
                    return;
                }
                true
            }
            _ => true,
        };
        let _ = writeln!(stderr, "isola: error: {error}");
        if fresh {
            match (self.fresh)() {
                Ok(interpreter) => self.interpreter = interpreter,
                Err(error) => {
                    let _ = writeln!(stderr, "isola: error: {error}");
                    return;
                }
            }
        }
        let _ = writeln!(
            stderr,
            "isola: note: the session goes on in a fresh interpreter (earlier names are gone)"
        );
        drop(stderr);
        (self.setup)(&self.interpreter);
    }

    /// End the program (atexit callbacks, finalizers) and return `status`, or 1 if that fails.
    fn finish(&mut self, status: Status) -> Status {
        let outcome = self.interpreter.finish();
        self.terminal.end_line();
        match outcome {
            Ok(()) => status,
            Err(Error::Exit(status)) => status as u8,
            Err(Error::Exception { traceback, .. }) => {
                eprint!("{traceback}");
                1
            }
            Err(error) => {
                eprintln!("isola: error: {error}");
                1
            }
        }
    }
}

/// The line editor's helper: Tab indents a line that holds only indentation so far (there is
/// no completion); nothing else.
struct Indent;

impl Completer for Indent {
    type Candidate = String;

    fn complete(
        &self,
        line: &str,
        pos: usize,
        _ctx: &Context<'_>,
    ) -> rustyline::Result<(usize, Vec<String>)> {
        let before = line.get(..pos).unwrap_or("");
        if before.trim().is_empty() {
            Ok((pos, vec![INDENT.to_string()]))
        } else {
            Ok((pos, Vec::new()))
        }
    }
}

impl Hinter for Indent {
    type Hint = String;
}

impl Highlighter for Indent {}

impl Validator for Indent {}

impl Helper for Indent {}
