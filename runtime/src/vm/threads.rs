//! Threads inside one interpreter (`threading`, `_thread`): green threads that the stackless
//! loop switches between at instruction boundaries, all on the interpreter's own OS thread.
//! The interpreter's lock is their GIL, exactly as in PEP 684, so no two interpreters ever
//! wait on each other. A thread runs until its time slice (`FUEL_SLICE` instructions) ends or
//! it waits (`_thread._switch`), and only the outermost loop switches: code running in a nested
//! loop (a sort key, a generator body) finishes its step before another thread runs.

use std::collections::VecDeque;

use crate::interp::{Interpreter, PyResult};
use crate::object::Args;
use crate::value::Value;

use super::{Exit, Frame};

/// The ident of the main thread.
pub(crate) const MAIN_IDENT: u64 = 1;

/// A thread that is not running now: its frames, operand stack and handled exceptions.
struct Parked {
    ident: u64,
    frames: Vec<Frame>,
    stack: Vec<Value>,
    handled: Vec<Value>,
    /// Asleep (`time.sleep`) until then, on the host's monotonic clock: not run before.
    wake_at: Option<u64>,
    /// Parked by a wait (`_thread._switch` with `waiting`): it only polls when it runs.
    waiting: bool,
    /// The end of that wait, when it has one.
    wait_until: Option<u64>,
    /// `Threads::wakes` when it was parked.
    seen_wakes: u64,
}

impl Parked {
    fn asleep(&self, now: u64) -> bool {
        self.wake_at.is_some_and(|w| w > now)
    }

    /// When time alone makes this thread worth running: its sleep's or its wait's end.
    fn due_at(&self) -> Option<u64> {
        self.wake_at.or(self.wait_until)
    }
}

/// The threads of one interpreter.
pub(crate) struct Threads {
    /// The ident of the running thread.
    pub(crate) current: u64,
    /// The other live threads, in turn order.
    ready: VecDeque<Parked>,
    next_ident: u64,
    /// The value of the main thread's code once it has returned while other threads still
    /// run; the run ends when they have.
    main_result: Option<Value>,
    /// Waits without a deadline since the last wake-up, to detect a deadlock.
    idle_waits: u32,
    /// Set by `_thread._switch`: the slice ends because the thread waits, not because it used
    /// its time (which is progress, and resets `idle_waits`).
    waiting: bool,
    /// The end of the running thread's timed wait, set with `waiting`.
    wait_until: Option<u64>,
    /// Set by `time.sleep` while other threads exist: the running thread sleeps until then,
    /// and the others run meanwhile.
    pub(crate) wake_at: Option<u64>,
    /// How many parked threads are asleep (`Parked::wake_at`), so that a switch without any
    /// reads no clock.
    sleepers: usize,
    /// Counts `wake_all`: a wait that begins after a wake-up it may have missed (its thread
    /// was parked between its check and its wait) polls again instead of waiting.
    wakes: u64,
    /// `wakes` when the running thread was last parked.
    seen_wakes: u64,
}

impl Default for Threads {
    fn default() -> Threads {
        Threads {
            current: MAIN_IDENT,
            ready: VecDeque::new(),
            next_ident: MAIN_IDENT + 1,
            main_result: None,
            idle_waits: 0,
            waiting: false,
            wait_until: None,
            wake_at: None,
            sleepers: 0,
            wakes: 0,
            seen_wakes: 0,
        }
    }
}

impl Threads {
    /// True when threads other than the running one exist.
    #[inline]
    pub(crate) fn others(&self) -> bool {
        !self.ready.is_empty()
    }

    /// Whether the thread `ident` has started and not finished.
    pub(crate) fn is_alive(&self, ident: u64) -> bool {
        ident == self.current || self.ready.iter().any(|t| t.ident == ident)
    }

    /// Calls `visit` with what the waiting threads hold (roots of the heap walk).
    pub(crate) fn trace(&self, visit: crate::heap::Visit) {
        for t in &self.ready {
            t.frames
                .iter()
                .for_each(|f| crate::heap::trace_frame(f, visit));
            t.stack.iter().chain(t.handled.iter()).for_each(&mut *visit);
        }
        if let Some(x) = &self.main_result {
            visit(x);
        }
    }

    /// Something a waiting thread may wait for happened (a lock released, an event set, a
    /// thread ended): the waits before it count for no deadlock, and every parked waiter
    /// polls again before time alone is waited for.
    pub(crate) fn wake_all(&mut self) {
        self.idle_waits = 0;
        self.wakes = self.wakes.wrapping_add(1);
        for t in &mut self.ready {
            t.waiting = false;
        }
    }

    /// Whether the running thread ended its slice to sleep or wait, and has not switched yet.
    pub(crate) fn switch_pending(&self) -> bool {
        self.waiting || self.wake_at.is_some()
    }

    /// How many threads are alive, the running one included.
    pub(crate) fn count(&self) -> usize {
        self.ready.len() + 1
    }
}

impl Interpreter {
    /// True when the loop at `entry` is the outermost one, where threads may switch.
    #[inline]
    pub(super) fn may_switch(&self, entry: usize) -> bool {
        entry == 0 && self.native_depth == 1 && self.threads.others()
    }

    /// Gives the rest of this time slice to the next thread.
    pub(super) fn switch_thread(&mut self) -> PyResult<()> {
        let waiting = std::mem::take(&mut self.threads.waiting);
        if !waiting {
            self.threads.idle_waits = 0;
        }
        let next = self.next_thread(waiting, true);
        // What the running thread was waiting for is settled either way; a sleep cut short
        // by an interrupt or the time limit is over.
        let wait_until = self.threads.wait_until.take();
        if next.is_err() {
            self.threads.wake_at = None;
        }
        if let Some(at) = next? {
            if let Some(next) = self.threads.ready.remove(at) {
                let mut current = self.park_current();
                current.waiting = waiting;
                current.wait_until = wait_until;
                self.threads.ready.push_back(current);
                self.resume_thread(next);
            }
        } else {
            self.threads.wake_at = None;
        }
        Ok(())
    }

    /// The index in `ready` of the thread to run next, in turn order, past those asleep; None
    /// when the running thread goes on (`current` says whether it could: it did not just
    /// finish). With sleepers about, a wait that only polls gives way to them: when no thread
    /// is left that can run but one that waits, the host sleeps until the first sleep or
    /// timed wait ends, and that thread runs.
    fn next_thread(&mut self, current_waiting: bool, current: bool) -> PyResult<Option<usize>> {
        let threads = &self.threads;
        if threads.ready.is_empty() {
            return Ok(None);
        }
        if threads.sleepers == 0 && threads.wake_at.is_none() {
            return Ok(Some(0));
        }
        let now = self.host.monotonic_ns();
        let current_asleep = current && threads.wake_at.is_some_and(|w| w > now);
        let awake = |t: &Parked| !t.asleep(now);
        if !current_waiting && !current_asleep && current {
            // A thread that used up its slice gives way to the next awake one, if any.
            return Ok(threads.ready.iter().position(awake));
        }
        if let Some(at) = threads.ready.iter().position(|t| awake(t) && !t.waiting) {
            return Ok(Some(at));
        }
        // Every other thread sleeps or waits, and so does this one (or it ended): only time
        // can move things on.
        let first = threads
            .ready
            .iter()
            .enumerate()
            .filter_map(|(at, t)| t.due_at().map(|due| (due, Some(at))));
        let own = if current {
            threads
                .wake_at
                .or(threads.wait_until)
                .map(|due| (due, None))
        } else {
            None
        };
        let Some((due, who)) = first.chain(own).min() else {
            // Nothing wakes by time: the waits take turns (and find a deadlock if it is one).
            return Ok(threads.ready.iter().position(awake));
        };
        self.sleep_until(due)?;
        Ok(who)
    }

    fn park_current(&mut self) -> Parked {
        let wake_at = self.threads.wake_at.take();
        if wake_at.is_some() {
            self.threads.sleepers += 1;
        }
        Parked {
            ident: self.threads.current,
            frames: std::mem::take(&mut self.frames),
            stack: std::mem::take(&mut self.stack),
            handled: std::mem::take(&mut self.handled),
            wake_at,
            waiting: false,
            wait_until: None,
            seen_wakes: self.threads.wakes,
        }
    }

    fn resume_thread(&mut self, t: Parked) {
        if t.wake_at.is_some() {
            self.threads.sleepers -= 1;
        }
        self.threads.wake_at = None;
        self.threads.seen_wakes = t.seen_wakes;
        self.threads.current = t.ident;
        self.frames = t.frames;
        self.stack = t.stack;
        self.handled = t.handled;
    }

    /// The bottom frame of the running thread returned `v` in the outermost loop. Returns the
    /// exit of the whole run when no thread is left, else switches to the next thread.
    #[inline(never)]
    pub(super) fn thread_returned(&mut self, v: Value) -> PyResult<Option<Exit>> {
        if self.threads.current == crate::vm::threads::MAIN_IDENT {
            self.threads.main_result = Some(v);
        }
        self.threads.wake_all();
        self.threads.wake_at = None;
        self.threads.wait_until = None;
        self.threads.waiting = false;
        let at = self.next_thread(false, false)?.unwrap_or(0);
        Ok(match self.threads.ready.remove(at) {
            Some(next) => {
                self.resume_thread(next);
                None
            }
            None => {
                self.threads.current = MAIN_IDENT;
                Some(Exit::Return(
                    self.threads.main_result.take().unwrap_or(Value::None),
                ))
            }
        })
    }

    /// Forgets every thread but the main one (a run ended with an error).
    pub(crate) fn reset_threads(&mut self) {
        self.threads = Threads::default();
    }
}

/// `_thread.start_new_thread(function, args, kwargs=None)`: a new thread that will call
/// `function(*args, **kwargs)`; returns its ident.
pub(crate) fn start_new_thread(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    crate::builtins::check_count(interp, "start_new_thread", &args, 2, 3)?;
    let func = args.pos[0].clone();
    let pos = match &args.pos[1] {
        Value::Tuple(t) => t.items.to_vec(),
        _ => return Err(interp.type_error("2nd arg must be a tuple")),
    };
    let mut kw = Vec::new();
    match args.pos.get(2) {
        None | Some(Value::None) => {}
        Some(Value::Dict(d)) => {
            for (k, v) in d.borrow().iter() {
                if let Value::Str(s) = &k.value {
                    kw.push((std::rc::Rc::from(s.as_str()), v.clone()));
                }
            }
        }
        Some(_) => return Err(interp.type_error("optional 3rd arg must be a dictionary")),
    }
    let (f, pos) = match &func {
        Value::Function(f) => (f.clone(), pos),
        Value::BoundMethod(m) => match &m.func {
            Value::Function(f) => {
                let mut with_self = vec![m.receiver.clone()];
                with_self.extend(pos);
                (f.clone(), with_self)
            }
            _ => return Err(interp.type_error("first arg must be a Python function")),
        },
        _ => return Err(interp.type_error("first arg must be a Python function")),
    };
    let mut frame = interp.bind_frame(
        &f,
        Args {
            pos: pos.into(),
            kw,
        },
    )?;
    frame.stack_base = 0;
    frame.handled_base = 0;
    let ident = interp.threads.next_ident;
    interp.threads.next_ident += 1;
    interp.threads.idle_waits = 0;
    interp.threads.ready.push_back(Parked {
        ident,
        frames: vec![frame],
        stack: Vec::new(),
        handled: Vec::new(),
        wake_at: None,
        waiting: false,
        wait_until: None,
        seen_wakes: interp.threads.wakes,
    });
    Ok(Value::Int(ident as i64))
}

/// `_thread._switch(waiting=False, timed=False, until=None)`: ends the running thread's time
/// slice. A thread that waits for something no deadline ends (`waiting` and not `timed`) counts
/// towards deadlock detection: when every thread has waited that way since the last
/// `_thread._wake()`, the wait raises RuntimeError instead of spinning forever. A timed wait
/// gives `until`, its end on the monotonic clock in seconds: a thread waiting alone sleeps
/// until then (only time can end its wait), and never past the run's deadline.
pub(crate) fn switch(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let flag = |v: Option<&Value>| matches!(v, Some(Value::Bool(true)));
    let timed = flag(args.pos.get(1));
    // A wait after a wake-up that the thread may not have seen (it was parked between its
    // check and this call) is a plain yield: the thread checks again first.
    let stale = interp.threads.wakes != interp.threads.seen_wakes;
    interp.threads.seen_wakes = interp.threads.wakes;
    let waiting = flag(args.pos.first()) && !stale;
    if waiting && timed && !interp.threads.others() {
        let until = match args.pos.get(2) {
            Some(Value::Float(f)) => Some(*f),
            Some(Value::Int(i)) => Some(*i as f64),
            _ => None,
        };
        if let Some(until) = until {
            let until_ns = (until.max(0.0) * 1e9).min(u64::MAX as f64) as u64;
            interp.sleep_until(until_ns)?;
        }
    }
    if waiting && timed && interp.threads.others() {
        interp.threads.wait_until = match args.pos.get(2) {
            Some(Value::Float(f)) => Some((f.max(0.0) * 1e9).min(u64::MAX as f64) as u64),
            Some(Value::Int(i)) => Some(((*i).max(0) as u64).saturating_mul(1_000_000_000)),
            _ => None,
        };
    }
    if waiting && !timed {
        interp.threads.idle_waits += 1;
        // A sleeping thread will run again: no deadlock while one sleeps.
        if interp.threads.sleepers == 0
            && interp.threads.idle_waits > 2 * interp.threads.count() as u32 + 2
        {
            interp.threads.idle_waits = 0;
            return Err(interp.err(
                "RuntimeError",
                "deadlock: every thread is waiting for another",
            ));
        }
    } else {
        interp.threads.idle_waits = 0;
    }
    if interp.threads.others() {
        // End the slice now; the fuel not used is not counted as executed.
        interp.instructions = interp
            .instructions
            .saturating_sub(interp.fuel.max(0) as u64);
        interp.fuel = 0;
        interp.threads.waiting = waiting;
    }
    Ok(Value::None)
}

/// `time.sleep` of `ns` from `now_ns` (the host's monotonic clock) by a thread that can let others
/// run meanwhile (there are some, and it runs in the outermost loop): it ends its slice asleep
/// until then, and the scheduler runs it again once that time has come. False when it must
/// sleep on its own.
pub(crate) fn sleep_among_threads(interp: &mut Interpreter, now_ns: u64, ns: u64) -> bool {
    if !interp.threads.others() || interp.native_depth != 1 {
        return false;
    }
    // Sleeps with no instruction between them (`map(time.sleep, ...)`) add up.
    let from = interp.threads.wake_at.map_or(now_ns, |w| w.max(now_ns));
    interp.threads.wake_at = Some(from.saturating_add(ns));
    interp.threads.idle_waits = 0;
    interp.instructions = interp
        .instructions
        .saturating_sub(interp.fuel.max(0) as u64);
    interp.fuel = 0;
    true
}

/// `_thread._wake()`: something a waiting thread may be waiting for has happened (a lock
/// released, an event set), so the waits before it do not count towards a deadlock.
pub(crate) fn wake(interp: &mut Interpreter, _args: Args) -> PyResult<Value> {
    interp.threads.wake_all();
    Ok(Value::None)
}

/// `_thread._cas(cell, expected, new)`: if `cell[0]` is `expected` (None, a bool or an int,
/// compared by value; anything else by identity), sets it to `new` and returns True. No thread
/// switch can happen inside a built-in call, so this is the atomic step that locks and
/// semaphores are built on.
pub(crate) fn cas(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    crate::builtins::check_count(interp, "_cas", &args, 3, 3)?;
    let Value::List(cell) = &args.pos[0] else {
        return Err(interp.type_error("_cas() needs a list"));
    };
    let mut items = cell.borrow_mut();
    let Some(slot) = items.first_mut() else {
        return Err(interp.err("IndexError", "list index out of range"));
    };
    let same = match (&*slot, &args.pos[1]) {
        (Value::None, Value::None) => true,
        (Value::Bool(a), Value::Bool(b)) => a == b,
        (Value::Int(a), Value::Int(b)) => a == b,
        (a, b) => a.is(b),
    };
    if same {
        *slot = args.pos[2].clone();
    }
    Ok(Value::Bool(same))
}

/// The `[owner, count]` cell of an `RLock` (`lib/threading.py`), borrowed mutably.
fn rlock_cell<'a>(
    interp: &mut Interpreter,
    args: &'a Args,
    name: &str,
) -> PyResult<std::cell::RefMut<'a, Vec<Value>>> {
    crate::builtins::check_count(interp, name, args, 1, 1)?;
    match &args.pos[0] {
        Value::List(cell) if cell.len() == 2 => Ok(cell.borrow_mut()),
        _ => Err(interp.type_error(format!("{name}() needs an [owner, count] list"))),
    }
}

/// `_thread._rlock_enter(cell)`: one step of `RLock.acquire` on its `[owner, count]` cell.
/// The running thread takes the lock when it is free, or counts one more hold when it already
/// holds it; True then, False when another thread holds it. As `_cas`, it is atomic: no
/// thread switch happens inside a built-in call.
pub(crate) fn rlock_enter(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let me = interp.threads.current as i64;
    let mut cell = rlock_cell(interp, &args, "_rlock_enter")?;
    let taken = match (&cell[0], &cell[1]) {
        (Value::Int(owner), Value::Int(count)) if *owner == me => Some(count.saturating_add(1)),
        (Value::None, _) => Some(1),
        _ => None,
    };
    if let Some(count) = taken {
        cell[0] = Value::Int(me);
        cell[1] = Value::Int(count);
    }
    Ok(Value::Bool(taken.is_some()))
}

/// `_thread._rlock_exit(cell)`: `RLock.release` on its `[owner, count]` cell: one hold
/// fewer, and the lock free (waking waiters) at the last. False, with nothing changed, when
/// the running thread does not hold it.
pub(crate) fn rlock_exit(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let me = interp.threads.current as i64;
    let mut cell = rlock_cell(interp, &args, "_rlock_exit")?;
    let (Value::Int(owner), Value::Int(count)) = (&cell[0], &cell[1]) else {
        return Ok(Value::Bool(false));
    };
    if *owner != me {
        return Ok(Value::Bool(false));
    }
    let count = count.saturating_sub(1);
    cell[1] = Value::Int(count);
    if count <= 0 {
        cell[0] = Value::None;
        cell[1] = Value::Int(0);
        drop(cell);
        interp.threads.wake_all();
    }
    Ok(Value::Bool(true))
}

/// `_thread.get_ident()`.
pub(crate) fn get_ident(interp: &mut Interpreter, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(interp.threads.current as i64))
}

/// `_thread._is_alive(ident)`.
pub(crate) fn is_alive(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let ident = match args.pos.first() {
        Some(Value::Int(i)) => *i as u64,
        _ => return Err(interp.type_error("an integer is required")),
    };
    Ok(Value::Bool(interp.threads.is_alive(ident)))
}

/// `_thread._count()`: live threads, the running one included.
pub(crate) fn count(interp: &mut Interpreter, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(interp.threads.count() as i64))
}
