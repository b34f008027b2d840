//! `Queue`: a FIFO of shareable values that lives in the host, shared by the interpreters of one
//! runtime and by the embedder. Each queue has its own small lock and condition variables, held
//! only to move one item in or out, so a queue never couples two interpreters beyond its items.

use std::collections::VecDeque;
use std::sync::Arc;
use std::time::{Duration, Instant};

use isola_runtime::Shareable;
use parking_lot::{Condvar, Mutex};

use crate::Error;

/// The shared state of one queue.
pub(crate) struct QueueCore {
    pub(crate) id: u64,
    /// Most items held at once; 0 is unbounded.
    pub(crate) maxsize: usize,
    /// Most bytes of items held at once (see `weight`); one item alone may exceed it.
    max_bytes: usize,
    items: Mutex<Items>,
    not_empty: Condvar,
    not_full: Condvar,
}

/// Why a queue operation did not complete.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum QueueRefusal {
    Empty,
    Full,
}

/// The items of a queue, and their weight in bytes.
#[derive(Default)]
struct Items {
    queue: VecDeque<(Shareable, usize)>,
    bytes: usize,
}

/// About the bytes `item` takes in the host: its text and byte strings, and a word or two per
/// value.
fn weight(item: &Shareable) -> usize {
    let mut total = 0usize;
    let mut work = vec![item];
    while let Some(v) = work.pop() {
        total = total.saturating_add(match v {
            Shareable::BigInt(b) | Shareable::Bytes(b) => b.len(),
            Shareable::Str(s) => s.len(),
            Shareable::Tuple(items) => {
                work.extend(items);
                0
            }
            Shareable::None
            | Shareable::Bool(_)
            | Shareable::Int(_)
            | Shareable::Float(_)
            | Shareable::Queue(_) => 0,
        });
        total = total.saturating_add(std::mem::size_of::<Shareable>());
    }
    total
}

impl QueueCore {
    pub(crate) fn new(id: u64, maxsize: usize, max_bytes: usize) -> QueueCore {
        QueueCore {
            id,
            maxsize,
            max_bytes,
            items: Mutex::new(Items::default()),
            not_empty: Condvar::new(),
            not_full: Condvar::new(),
        }
    }

    /// Add `item`; when full, wait for room if `block`, at most `timeout` (forever if `None`).
    pub(crate) fn put(
        &self,
        item: Shareable,
        block: bool,
        timeout: Option<Duration>,
    ) -> Result<(), QueueRefusal> {
        let deadline = timeout.map(|t| Instant::now() + t);
        let size = weight(&item);
        let full = |items: &Items| {
            (self.maxsize > 0 && items.queue.len() >= self.maxsize)
                || (!items.queue.is_empty() && items.bytes.saturating_add(size) > self.max_bytes)
        };
        let mut items = self.items.lock();
        while full(&items) {
            if !block {
                return Err(QueueRefusal::Full);
            }
            match deadline {
                Some(deadline) => {
                    if self.not_full.wait_until(&mut items, deadline).timed_out() && full(&items) {
                        return Err(QueueRefusal::Full);
                    }
                }
                None => self.not_full.wait(&mut items),
            }
        }
        items.queue.push_back((item, size));
        items.bytes = items.bytes.saturating_add(size);
        drop(items);
        self.not_empty.notify_one();
        Ok(())
    }

    /// Take the oldest item; when empty, wait if `block`, at most `timeout`.
    pub(crate) fn get(
        &self,
        block: bool,
        timeout: Option<Duration>,
    ) -> Result<Shareable, QueueRefusal> {
        let deadline = timeout.map(|t| Instant::now() + t);
        let mut items = self.items.lock();
        loop {
            if let Some((item, size)) = items.queue.pop_front() {
                items.bytes -= size;
                drop(items);
                if self.maxsize > 0 || self.max_bytes < usize::MAX {
                    self.not_full.notify_one();
                }
                return Ok(item);
            }
            if !block {
                return Err(QueueRefusal::Empty);
            }
            match deadline {
                Some(deadline) => {
                    if self.not_empty.wait_until(&mut items, deadline).timed_out()
                        && items.queue.is_empty()
                    {
                        return Err(QueueRefusal::Empty);
                    }
                }
                None => self.not_empty.wait(&mut items),
            }
        }
    }

    pub(crate) fn len(&self) -> usize {
        self.items.lock().queue.len()
    }
}

/// A cross-interpreter queue of [`Shareable`] values, created by
/// [`Runtime::create_queue`](crate::Runtime::create_queue). Python code sees the same queue as an
/// `interpreters.Queue` once the handle is passed in (with
/// [`Interpreter::prepare_main`](crate::Interpreter::prepare_main), or through another queue).
/// Cloning is cheap and shares the queue. Its items live in the host, behind the queue's own lock;
/// a blocking [`get`](Queue::get) blocks only the calling thread. The queue lives as long as its
/// runtime.
///
/// ```
/// # fn main() -> Result<(), isola::Error> {
/// use isola::{Runtime, Shareable};
/// let rt = Runtime::builder().backend(isola::Backend::Native).build()?;
/// let q = rt.create_queue(0);
/// q.put(Shareable::Int(1))?;
/// q.put("two".into())?;
/// assert_eq!(q.len(), 2);
/// assert_eq!(q.get()?, Shareable::Int(1));
/// assert_eq!(q.try_get(), Some(Shareable::Str("two".into())));
/// assert_eq!(q.try_get(), None);
/// # Ok(())
/// # }
/// ```
#[derive(Clone)]
pub struct Queue {
    pub(crate) core: Arc<QueueCore>,
}

impl Queue {
    /// The queue's id, as Python's `Queue.id` shows it.
    pub fn id(&self) -> u64 {
        self.core.id
    }

    /// Add an item, waiting for room while the queue is full.
    pub fn put(&self, item: Shareable) -> Result<(), Error> {
        self.core
            .put(item, true, None)
            .map_err(|_| Error::Interpreter(format!("queue {} is full", self.core.id)))
    }

    /// Add an item if there is room now; give it back if the queue is full.
    pub fn try_put(&self, item: Shareable) -> Result<(), Shareable> {
        // On refusal the item was consumed by the attempt, so hand back a clone made first only
        // when the queue is bounded (an unbounded queue never refuses).
        if self.core.maxsize == 0 {
            let _ = self.core.put(item, false, None);
            return Ok(());
        }
        let copy = item.clone();
        self.core.put(item, false, None).map_err(|_| copy)
    }

    /// Take the oldest item, waiting as long as it takes.
    pub fn get(&self) -> Result<Shareable, Error> {
        self.core
            .get(true, None)
            .map_err(|_| Error::Interpreter(format!("queue {} is empty", self.core.id)))
    }

    /// Take the oldest item, waiting at most `timeout`; `None` if none came.
    pub fn get_timeout(&self, timeout: Duration) -> Option<Shareable> {
        self.core.get(true, Some(timeout)).ok()
    }

    /// Take the oldest item if there is one now.
    pub fn try_get(&self) -> Option<Shareable> {
        self.core.get(false, None).ok()
    }

    /// How many items the queue holds.
    pub fn len(&self) -> usize {
        self.core.len()
    }

    /// Whether the queue holds no items.
    pub fn is_empty(&self) -> bool {
        self.core.len() == 0
    }

    /// The most items it holds at once (0: unbounded).
    pub fn maxsize(&self) -> usize {
        self.core.maxsize
    }
}

impl From<Queue> for Shareable {
    fn from(queue: Queue) -> Shareable {
        Shareable::Queue(queue.core.id)
    }
}

impl std::fmt::Debug for Queue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Queue({})", self.core.id)
    }
}
