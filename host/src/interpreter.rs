//! `Interpreter`: the embedder's handle on one isolated Python interpreter, whose thread and
//! lock (its `Core`, in `worker.rs`) the runtime's registry shares with other interpreters.

use std::sync::Arc;

use isola_runtime::{CallSpec, Shareable};

use crate::interrupt::InterruptHandle;
use crate::registry::Registry;
use crate::worker::{Core, Job};
use crate::Error;

/// One isolated Python interpreter: its own heap, modules and globals, its own thread, its own
/// lock, and under wasmtime its own wasm instance. [`exec`](Interpreter::exec) runs code in its
/// `__main__` module, where globals persist from one call to the next; it blocks the calling
/// thread until the code finishes, and calls from several threads take turns. Interpreters share
/// nothing mutable, so N of them on N threads run in parallel; they exchange data only as
/// [`Shareable`] values, through [`Queue`](crate::Queue)s and
/// [`prepare_main`](Interpreter::prepare_main). Creating one wakes a parked thread of the runtime
/// (or starts one) and, under wasmtime, takes an instance from the pool; dropping it (or
/// [`close`](Interpreter::close)) frees the instance, and those of the interpreters its Python
/// code created, before returning, and parks the thread for reuse.
///
/// ```
/// # fn main() -> Result<(), isola::Error> {
/// use isola::{Runtime, Shareable};
/// let rt = Runtime::builder().backend(isola::Backend::Native).build()?;
/// let interp = rt.create()?;
/// let q = rt.create_queue(0);
/// interp.prepare_main([("q", q.clone().into()), ("n", Shareable::Int(10))])?;
/// interp.exec("q.put(sum(range(n)))")?;
/// assert_eq!(q.get()?, Shareable::Int(45));
/// # Ok(())
/// # }
/// ```
pub struct Interpreter {
    pub(crate) core: Arc<Core>,
    /// Keeps the runtime's registry and backend alive for as long as the interpreter is.
    pub(crate) registry: Arc<Registry>,
}

impl Interpreter {
    /// The interpreter's id, as Python's `interpreters.get_current().id` shows it.
    pub fn id(&self) -> u64 {
        self.core.id
    }

    /// Run `code` in the interpreter's `__main__` module, with `<string>` as its filename in
    /// tracebacks. Output goes where the runtime (or [`create_with_sink`]) said.
    ///
    /// [`create_with_sink`]: crate::Runtime::create_with_sink
    pub fn exec(&self, code: &str) -> Result<(), Error> {
        self.exec_named(code, "<string>")
    }

    /// Like [`exec`](Interpreter::exec), naming the code `filename` in tracebacks (as
    /// `isola run FILE.py` does).
    pub fn exec_named(&self, code: &str, filename: &str) -> Result<(), Error> {
        let job = Job::Exec {
            source: code.to_owned(),
            filename: filename.to_owned(),
        };
        self.run(job).map(|_| ())
    }

    /// Run one statement typed at an interactive prompt in `__main__`, as CPython's REPL does:
    /// the value of each expression statement outside a function or class goes to
    /// `sys.displayhook`, which prints its repr (unless it is None) and sets `builtins._`.
    /// `source` is one statement, as [`check_interactive`](crate::check_interactive) finds the
    /// end of one (more is a SyntaxError); `filename` names it in tracebacks (`<stdin>`). Each
    /// call gets the timeout afresh, as `exec` does.
    pub fn exec_interactive(&self, source: &str, filename: &str) -> Result<(), Error> {
        let job = Job::ExecInteractive {
            source: source.to_owned(),
            filename: filename.to_owned(),
        };
        self.run(job).map(|_| ())
    }

    /// Bind each name to its value in the interpreter's `__main__` module, as Python's
    /// `Interpreter.prepare_main` does.
    pub fn prepare_main<I, S>(&self, names: I) -> Result<(), Error>
    where
        I: IntoIterator<Item = (S, Shareable)>,
        S: Into<String>,
    {
        let names = names.into_iter().map(|(n, v)| (n.into(), v)).collect();
        self.run(Job::PrepareMain(names)).map(|_| ())
    }

    /// End the program the way CPython's shutdown does: run the `atexit` callbacks, then empty
    /// `__main__` so that the finalizers (`__del__`, `weakref.finalize`) of what it held run,
    /// and collect what is left in cycles. `isola run` calls this after the program; an
    /// embedder calls it when an interpreter's program is over (the globals are gone after).
    pub fn finish(&self) -> Result<(), Error> {
        self.run(Job::Finish).map(|_| ())
    }

    /// Call the function named `name` in `__main__` with shareable arguments, and return its
    /// shareable result.
    pub fn call(&self, name: &str, args: Vec<Shareable>) -> Result<Shareable, Error> {
        // The call travels as a tiny function whose body looks `name` up in `__main__`, so that
        // the arguments cross as shareable values and never as source text.
        let spec = CallSpec {
            source: format!("def __isola_call(*args):\n    return ({name})(*args)\n"),
            filename: "<isola call>".into(),
            qualname: "__isola_call".into(),
            firstlineno: 1,
            defaults: Vec::new(),
            kwdefaults: Vec::new(),
            args,
            kwargs: Vec::new(),
        };
        self.run(Job::Call(Box::new(spec)))
    }

    /// A handle that interrupts the code this interpreter runs with `KeyboardInterrupt`, from
    /// any thread, as Ctrl-C does in python3 (see [`InterruptHandle`]). The `isola` command
    /// calls it on SIGINT.
    pub fn interrupt_handle(&self) -> InterruptHandle {
        InterruptHandle(Arc::clone(&self.core.interrupt))
    }

    /// Whether the interpreter is running code right now.
    pub fn is_running(&self) -> bool {
        self.core.is_running()
    }

    fn run(&self, job: Job) -> Result<Shareable, Error> {
        match self.core.run(job) {
            Ok(reply) => reply,
            Err(_) => Err(Error::Interpreter("the interpreter is closed".into())),
        }
    }

    /// Close the interpreter and free its instance. Dropping it does the same.
    pub fn close(self) {}
}

impl Drop for Interpreter {
    fn drop(&mut self) {
        self.registry.close(&self.core);
    }
}
