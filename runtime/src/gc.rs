//! The cycle collector. Reference counting frees everything but cycles; this finds those the
//! way CPython does, by trial deletion, over a registry of the containers the interpreter
//! made (lists, dicts, sets, instances, classes, functions, cells, generators, exceptions),
//! in three generations triggered by allocation counts.
//!
//! A collection of generation `g` takes every live object of generations `0..=g` as a
//! candidate and computes, for each, its strong count minus the references held by other
//! candidates (`heap::trace` visits exactly the references each object holds). A candidate
//! left with references held from outside (a frame, a module, an older object, Rust code) is
//! reachable, and so is everything it reaches; the rest is garbage. Garbage is cleared (its
//! containers emptied), which breaks its cycles, and reference counting frees it.
//!
//! Objects that were never registered (tuples, bound methods, iterators, instance dicts...)
//! are seen through when a candidate holds the only reference to them: their references count
//! as the candidate's. One shared with something else is treated as external, which can only
//! keep garbage alive, never free a live object.

use std::cell::RefCell;
use std::collections::hash_map::Entry;
use std::collections::HashMap;
use std::mem::ManuallyDrop;
use std::rc::{Rc, Weak};

use crate::heap::trace;
use crate::interp::Interpreter;
use crate::object::finalize::{Pending, FINALIZED, TRACKED};
use crate::object::{Dict, ExceptionObject, Function, Instance, List, Set, Type};
use crate::value::Value;
use crate::vm::Generator;

/// A registered container, held weakly: the registry never keeps an object alive.
pub(crate) enum Tracked {
    List(Weak<List>),
    Dict(Weak<Dict>),
    Set(Weak<Set>),
    Instance(Weak<Instance>),
    Type(Weak<Type>),
    Function(Weak<Function>),
    Generator(Weak<RefCell<Generator>>),
    Exception(Weak<ExceptionObject>),
    Cell(Weak<RefCell<Option<Value>>>),
}

impl Tracked {
    fn of(v: &Value) -> Option<Tracked> {
        Some(match v {
            Value::List(x) => Tracked::List(Rc::downgrade(x)),
            Value::Dict(x) => Tracked::Dict(Rc::downgrade(x)),
            Value::Set(x) => Tracked::Set(Rc::downgrade(x)),
            Value::Instance(x) => Tracked::Instance(Rc::downgrade(x)),
            Value::Type(x) => Tracked::Type(Rc::downgrade(x)),
            Value::Function(x) => Tracked::Function(Rc::downgrade(x)),
            Value::Generator(x) => Tracked::Generator(Rc::downgrade(x)),
            Value::Exception(x) => Tracked::Exception(Rc::downgrade(x)),
            Value::Cell(x) => Tracked::Cell(Rc::downgrade(x)),
            _ => return None,
        })
    }

    /// The object as a `Value` that does not own a count, while it is alive. The view must
    /// not outlive the object: the collector drops nothing while it holds views.
    fn view(&self) -> Option<ManuallyDrop<Value>> {
        fn make<T>(w: &Weak<T>, wrap: fn(Rc<T>) -> Value) -> Option<ManuallyDrop<Value>> {
            if w.strong_count() == 0 {
                return None;
            }
            // SAFETY: the object is alive (a strong count above), and `Weak::as_ptr` points
            // at it as `Rc::into_raw` would; the `Rc` made from it is never dropped
            // (`ManuallyDrop`), so no count changes.
            Some(ManuallyDrop::new(wrap(unsafe { Rc::from_raw(w.as_ptr()) })))
        }
        match self {
            Tracked::List(w) => make(w, Value::List),
            Tracked::Dict(w) => make(w, Value::Dict),
            Tracked::Set(w) => make(w, Value::Set),
            Tracked::Instance(w) => make(w, Value::Instance),
            Tracked::Type(w) => make(w, Value::Type),
            Tracked::Function(w) => make(w, Value::Function),
            Tracked::Generator(w) => make(w, Value::Generator),
            Tracked::Exception(w) => make(w, Value::Exception),
            Tracked::Cell(w) => make(w, Value::Cell),
        }
    }

    /// Whether the object still has a strong reference.
    #[inline]
    fn is_alive(&self) -> bool {
        match self {
            Tracked::List(w) => w.strong_count() != 0,
            Tracked::Dict(w) => w.strong_count() != 0,
            Tracked::Set(w) => w.strong_count() != 0,
            Tracked::Instance(w) => w.strong_count() != 0,
            Tracked::Type(w) => w.strong_count() != 0,
            Tracked::Function(w) => w.strong_count() != 0,
            Tracked::Generator(w) => w.strong_count() != 0,
            Tracked::Exception(w) => w.strong_count() != 0,
            Tracked::Cell(w) => w.strong_count() != 0,
        }
    }

    fn upgrade(&self) -> Option<Value> {
        match self {
            Tracked::List(w) => w.upgrade().map(Value::List),
            Tracked::Dict(w) => w.upgrade().map(Value::Dict),
            Tracked::Set(w) => w.upgrade().map(Value::Set),
            Tracked::Instance(w) => w.upgrade().map(Value::Instance),
            Tracked::Type(w) => w.upgrade().map(Value::Type),
            Tracked::Function(w) => w.upgrade().map(Value::Function),
            Tracked::Generator(w) => w.upgrade().map(Value::Generator),
            Tracked::Exception(w) => w.upgrade().map(Value::Exception),
            Tracked::Cell(w) => w.upgrade().map(Value::Cell),
        }
    }
}

/// The index of candidates by address: a multiplicative hash, since addresses need no
/// protection from collisions chosen by an attacker and SipHash dominated collections.
#[derive(Default, Clone, Copy)]
struct AddrHasher(u64);

impl std::hash::Hasher for AddrHasher {
    fn finish(&self) -> u64 {
        self.0 ^ (self.0 >> 29)
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(8) ^ u64::from(b)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        }
    }

    fn write_usize(&mut self, n: usize) {
        self.0 = (n as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
}

type Index = HashMap<usize, usize, std::hash::BuildHasherDefault<AddrHasher>>;

/// CPython's default thresholds.
const THRESHOLDS: [u32; 3] = [700, 10, 10];

/// How often (in registrations) the registry looks for its youngest objects' deaths.
const PRUNE_EVERY: usize = 8;

/// The collector's state, one per interpreter.
pub(crate) struct Collector {
    generations: [Vec<Tracked>; 3],
    /// Objects moved out of the collector's sight by `gc.freeze()`.
    frozen: Vec<Tracked>,
    /// `count[0]`: objects registered since the last collection, less those seen freed; `count[1]` and `count[2]`:
    /// collections of the generation below since this one's last.
    pub(crate) count: [u32; 3],
    pub(crate) threshold: [u32; 3],
    pub(crate) enabled: bool,
    /// True during a collection (a finalizer or callback cannot start another).
    collecting: bool,
    /// Per generation: collections, and unreachable objects found.
    pub(crate) stats: [(u64, u64); 3],
    /// Objects in the oldest generation after its last collection, and promoted there since:
    /// a full collection waits until the second is as large as the first (CPython waits for
    /// a quarter; a full collection here costs more per object, so the oldest generation
    /// must double between them to keep their cost linear and small).
    long_lived_total: usize,
    long_lived_pending: usize,
    /// `gc.callbacks`, once the module exists.
    pub(crate) callbacks: Option<Value>,
}

impl Default for Collector {
    fn default() -> Collector {
        Collector {
            generations: Default::default(),
            frozen: Vec::new(),
            count: [0; 3],
            threshold: THRESHOLDS,
            enabled: true,
            collecting: false,
            stats: [(0, 0); 3],
            long_lived_total: 0,
            long_lived_pending: 0,
            callbacks: None,
        }
    }
}

impl Collector {
    /// Registers a container the interpreter just made. Instances are registered only once
    /// they hold something other than atoms (`track_instance`): most never do, and cannot be
    /// part of a cycle.
    #[inline]
    pub(crate) fn track(&mut self, v: &Value) {
        if matches!(v, Value::Instance(_)) {
            return;
        }
        if let Some(t) = Tracked::of(v) {
            self.register(t);
        }
    }

    /// Puts `t` in the youngest generation. Every `PRUNE_EVERY` registrations, the registry
    /// lets go of the objects among the last ones registered that have died since: most
    /// objects die young, and until the registry drops its handle their memory stays out of
    /// the allocator's reach; freed soon, it is what the next allocations of the same size
    /// get back, as they would without a collector. Like CPython's, the count toward the
    /// next collection is of objects registered less those freed, so short-lived objects
    /// make no collection due.
    #[inline]
    fn register(&mut self, t: Tracked) {
        let young = &mut self.generations[0];
        young.push(t);
        self.count[0] = self.count[0].saturating_add(1);
        if young.len().is_multiple_of(PRUNE_EVERY) {
            self.prune_young();
        }
    }

    /// Drops the dead among the youngest generation's last `2 * PRUNE_EVERY` entries,
    /// keeping the others in order.
    #[inline(never)]
    fn prune_young(&mut self) {
        let young = &mut self.generations[0];
        let end = young.len();
        let start = end.saturating_sub(2 * PRUNE_EVERY);
        let Some(first) = (start..end).find(|&i| !young[i].is_alive()) else {
            return;
        };
        let mut kept = first;
        for i in first + 1..end {
            if young[i].is_alive() {
                young.swap(kept, i);
                kept += 1;
            }
        }
        young.truncate(kept);
        self.count[0] = self.count[0].saturating_sub((end - kept) as u32);
    }

    /// Registers an instance, once: called when a reference that is not an atom is stored in
    /// it (a cycle through an instance needs one).
    #[inline]
    pub(crate) fn track_instance(&mut self, inst: &Rc<Instance>, stored: &Value) {
        if !is_atom(stored) {
            self.track_finalizable(inst);
        }
    }

    /// Registers an instance, once, whatever it holds: instances of classes with `__del__`
    /// are registered as they are made, so that shutdown finalizes them in creation order
    /// (`Interpreter::finish`).
    pub(crate) fn track_finalizable(&mut self, inst: &Rc<Instance>) {
        let flags = inst.flags.get();
        if flags & TRACKED == 0 {
            inst.flags.set(flags | TRACKED);
            self.register(Tracked::Instance(Rc::downgrade(inst)));
        }
    }

    /// The live instances with a finalizer not yet run, oldest first.
    pub(crate) fn finalizable(&self) -> Vec<Rc<Instance>> {
        self.generations
            .iter()
            .rev()
            .flatten()
            .filter_map(|t| match t {
                Tracked::Instance(w) => w.upgrade(),
                _ => None,
            })
            .filter(|i| i.class.has_del.get() && i.flags.get() & FINALIZED == 0)
            .collect()
    }

    /// Registers a generator just made.
    pub(crate) fn track_generator(&mut self, g: &Rc<RefCell<Generator>>) {
        self.register(Tracked::Generator(Rc::downgrade(g)));
    }

    /// Registers generator `g` (borrowed as `gb`) at its first suspension.
    #[inline]
    pub(crate) fn track_suspended(&mut self, g: &Rc<RefCell<Generator>>, gb: &mut Generator) {
        if !gb.tracked {
            gb.tracked = true;
            self.register(Tracked::Generator(Rc::downgrade(g)));
        }
    }

    /// Registers a closure cell the interpreter just made.
    #[inline]
    pub(crate) fn track_cell(&mut self, cell: &crate::value::Cellref) {
        self.register(Tracked::Cell(Rc::downgrade(cell)));
    }

    /// Whether enough allocations happened for an automatic collection.
    #[inline]
    pub(crate) fn due(&self) -> bool {
        self.enabled
            && !self.collecting
            && self.threshold[0] > 0
            && self.count[0] > self.threshold[0]
    }

    /// The generation an automatic collection should take, as CPython picks it.
    fn due_generation(&self) -> usize {
        for g in (1..3).rev() {
            if self.threshold[g] > 0 && self.count[g] > self.threshold[g] {
                if g == 2 && self.long_lived_pending < self.long_lived_total {
                    continue;
                }
                return g;
            }
        }
        0
    }

    /// The live objects of every generation (`gc.get_objects`), or of one.
    pub(crate) fn objects(&self, generation: Option<usize>) -> Vec<Value> {
        let gens: &[Vec<Tracked>] = match generation {
            Some(g) => std::slice::from_ref(&self.generations[g]),
            None => &self.generations,
        };
        let mut seen = std::collections::HashSet::new();
        gens.iter()
            .flatten()
            .filter_map(Tracked::upgrade)
            .filter(|v| seen.insert(v.id()))
            .collect()
    }

    /// Whether `v` is registered (`gc.is_tracked`).
    pub(crate) fn is_tracked(&self, v: &Value) -> bool {
        matches!(
            v,
            Value::List(_)
                | Value::Set(_)
                | Value::Instance(_)
                | Value::Type(_)
                | Value::Function(_)
                | Value::Generator(_)
                | Value::Exception(_)
                | Value::Cell(_)
                | Value::BoundMethod(_)
                | Value::Iter(_)
                | Value::Slice(_)
        ) || match v {
            // As CPython does, dicts and tuples of atoms are not tracked.
            Value::Dict(_) | Value::Tuple(_) | Value::FrozenSet(_) => {
                let mut any = false;
                trace(v, &mut |x| any |= !is_atom(x));
                any
            }
            _ => false,
        }
    }

    /// `gc.freeze()`: every object now tracked is left out of all later collections.
    pub(crate) fn freeze(&mut self) {
        for g in &mut self.generations {
            self.frozen.append(g);
        }
        self.frozen.retain(|t| t.upgrade().is_some());
    }

    /// `gc.unfreeze()`: the frozen objects go back into the oldest generation.
    pub(crate) fn unfreeze(&mut self) {
        self.generations[2].append(&mut self.frozen);
    }

    pub(crate) fn freeze_count(&self) -> usize {
        self.frozen.iter().filter(|t| t.upgrade().is_some()).count()
    }

    /// The collector's own roots for the heap walk.
    pub(crate) fn trace_roots(&self, visit: crate::heap::Visit) {
        if let Some(c) = &self.callbacks {
            visit(c);
        }
    }
}

impl Drop for Interpreter {
    /// Closing an interpreter returns all its memory: the namespaces and every registered
    /// container are emptied, which breaks the cycles reference counting alone would leak.
    /// No finalizer runs (the interpreter is gone); those queued on the way are dropped.
    fn drop(&mut self) {
        let mut contents = Vec::new();
        self.frames.clear();
        self.parked = None;
        contents.append(&mut self.stack);
        contents.append(&mut self.handled);
        let modules: Vec<Value> = self
            .modules
            .try_borrow()
            .map(|m| m.values().cloned().collect())
            .unwrap_or_default();
        for m in &modules {
            if let Value::Instance(i) = m {
                i.dict.drain_into(&mut contents);
            }
        }
        self.modules.drain_into(&mut contents);
        self.main_globals.drain_into(&mut contents);
        self.builtins.drain_into(&mut contents);
        let objects: Vec<Value> = self
            .gc
            .generations
            .iter()
            .chain(std::iter::once(&self.gc.frozen))
            .flatten()
            .filter_map(Tracked::upgrade)
            .collect();
        for v in &objects {
            clear_one(v, &mut contents);
        }
        drop(modules);
        crate::object::release::release(&mut contents);
        drop(objects);
        self.gc.callbacks = None;
        loop {
            let pending = self.finalizers.take();
            if pending.is_empty() {
                break;
            }
            drop(pending);
        }
    }
}

/// Values that hold no references.
pub(crate) fn is_atom(v: &Value) -> bool {
    matches!(
        v,
        Value::Null
            | Value::None
            | Value::NotImplemented
            | Value::Ellipsis
            | Value::Bool(_)
            | Value::Int(_)
            | Value::Long(_)
            | Value::Float(_)
            | Value::Complex(_)
            | Value::Str(_)
            | Value::Bytes(_)
            | Value::Range(_)
    )
}

/// Whether `v` is of a kind the registry holds (only those can be candidates: the others
/// need no lookup).
#[inline]
fn registrable(v: &Value) -> bool {
    matches!(
        v,
        Value::List(_)
            | Value::Dict(_)
            | Value::Set(_)
            | Value::Instance(_)
            | Value::Type(_)
            | Value::Function(_)
            | Value::Generator(_)
            | Value::Exception(_)
            | Value::Cell(_)
    )
}

/// True for an object that is not registered and that only its one holder refers to: its
/// references count as its holder's. (A registered kind is not seen through even when
/// unregistered, as some lists are: an old object held once would otherwise have its whole
/// structure walked by every young collection.)
fn see_through(v: &Value) -> bool {
    let kind = match v {
        Value::Tuple(_)
        | Value::FrozenSet(_)
        | Value::WeakRef(_)
        | Value::BoundMethod(_)
        | Value::Iter(_)
        | Value::Slice(_)
        | Value::Builtin(_) => true,
        // A generator that never suspended is not registered (`track_suspended`).
        Value::Generator(g) => g.try_borrow().is_ok_and(|g| !g.tracked),
        _ => false,
    };
    kind && v.strong_count() == 1
}

impl Interpreter {
    /// Registers a container just made with the cycle collector.
    #[inline]
    pub(crate) fn track(&mut self, v: &Value) {
        self.gc.track(v);
    }

    /// A new list of `items`, registered with the collector.
    pub(crate) fn new_list(&mut self, items: Vec<Value>) -> Value {
        let list = Value::List(Rc::new(List::new(items)));
        self.gc.track(&list);
        list
    }

    /// Runs the automatic collection that allocations made due.
    pub(crate) fn collect_if_due(&mut self) {
        if self.gc.due() {
            let g = self.gc.due_generation();
            self.collect_garbage(g);
        }
    }

    /// Collects generations `0..=generation`, returning the number of unreachable objects
    /// found.
    pub(crate) fn collect_garbage(&mut self, generation: usize) -> usize {
        if self.gc.collecting {
            return 0;
        }
        self.gc.collecting = true;
        let generation = generation.min(2);
        let type_epoch = self.type_epoch.get();
        let mut stale = Vec::new();
        for f in self
            .frames
            .iter()
            .chain(self.parked.iter().map(|f| &f.frame))
        {
            f.code
                .clear_stale_caches(type_epoch, generation == 2, &mut stale);
        }
        drop(stale);
        let found = self.gc.collect(generation, type_epoch);
        self.finalizers.poll();
        self.gc.collecting = false;
        found
    }
}

impl Collector {
    fn collect(&mut self, generation: usize, type_epoch: u64) -> usize {
        // Stale cache entries in the candidates' code hold references that no walk sees:
        // emptied first, before anything is counted.
        let mut stale = Vec::new();
        for t in self.generations[..=generation].iter().flatten() {
            match t {
                Tracked::Function(w) => {
                    if let Some(f) = w.upgrade() {
                        f.code.clear_stale_caches(type_epoch, true, &mut stale);
                    }
                }
                Tracked::Generator(w) => {
                    if let Some(g) = w.upgrade() {
                        if let Ok(g) = g.try_borrow() {
                            if let Some(code) = &g.code {
                                code.clear_stale_caches(type_epoch, true, &mut stale);
                            }
                        }
                    }
                }
                _ => {}
            }
        }
        crate::object::release::release(&mut stale);
        // The candidates: every live object of the generations collected, once each. They
        // are looked at through views, which leave counts untouched; nothing is freed until
        // the views are gone.
        let total: usize = self.generations[..=generation].iter().map(Vec::len).sum();
        let mut entries: Vec<Tracked> = Vec::with_capacity(total);
        let mut cands: Vec<ManuallyDrop<Value>> = Vec::with_capacity(total);
        let mut index = Index::with_capacity_and_hasher(total, Default::default());
        // Oldest first, so that each generation stays in the order its objects were made.
        for g in (0..=generation).rev() {
            for t in std::mem::take(&mut self.generations[g]) {
                if let Some(v) = t.view() {
                    if let Entry::Vacant(e) = index.entry(v.id() as usize) {
                        e.insert(cands.len());
                        cands.push(v);
                        entries.push(t);
                    }
                }
            }
        }
        // Each candidate's references from outside: its count, less every reference that
        // another candidate holds.
        let mut refs: Vec<isize> = cands.iter().map(|v| v.strong_count() as isize).collect();
        // The edges between candidates (through objects seen through) are kept, so that the
        // marking below walks them without tracing or looking anything up again.
        let mut work: Vec<Value> = Vec::new();
        let mut edges: Vec<u32> = Vec::with_capacity(cands.len());
        let mut starts: Vec<u32> = Vec::with_capacity(cands.len() + 1);
        for v in &cands {
            starts.push(edges.len() as u32);
            let mut subtract = |x: &Value, work: &mut Vec<Value>| {
                if registrable(x) {
                    if let Some(&j) = index.get(&(x.id() as usize)) {
                        refs[j] -= 1;
                        edges.push(j as u32);
                        return;
                    }
                }
                if see_through(x) {
                    work.push(x.clone());
                }
            };
            trace(v, &mut |x| subtract(x, &mut work));
            while let Some(w) = work.pop() {
                trace(&w, &mut |x| subtract(x, &mut work));
            }
        }
        starts.push(edges.len() as u32);
        // What is reachable from the candidates referenced from outside.
        let mut reachable: Vec<bool> = refs.iter().map(|&r| r > 0).collect();
        let mut pending: Vec<usize> = (0..cands.len()).filter(|&i| reachable[i]).collect();
        while let Some(i) = pending.pop() {
            for &j in &edges[starts[i] as usize..starts[i + 1] as usize] {
                if !reachable[j as usize] {
                    reachable[j as usize] = true;
                    pending.push(j as usize);
                }
            }
        }
        drop(edges);
        // Survivors move up a generation; garbage, held now, is cleared.
        let older = (generation + 1).min(2);
        let mut garbage = Vec::new();
        let mut survivors = 0;
        for (t, live) in entries.into_iter().zip(&reachable) {
            if *live {
                self.generations[older].push(t);
                survivors += 1;
            } else {
                garbage.extend(t.upgrade());
            }
        }
        drop(cands);
        let found = garbage.len();
        // Garbage with finalizers not yet run (PEP 442): they are queued, and all of this
        // garbage waits for the next collection, which frees it unless a finalizer made it
        // reachable again.
        let mut finalizing = false;
        for v in &garbage {
            if let Value::Instance(i) = v {
                let flags = i.flags.get();
                if i.class.has_del.get() && flags & FINALIZED == 0 {
                    if let Some(fin) = &i.class.finalizers {
                        i.flags.set(flags | FINALIZED);
                        fin.push(Pending::Del(i.clone()));
                        finalizing = true;
                    }
                }
            }
        }
        if finalizing {
            for v in &garbage {
                self.generations[older].extend(Tracked::of(v));
            }
            garbage.clear();
        }
        let mut contents = Vec::new();
        for v in &garbage {
            clear_owned(v, &index, &mut contents);
        }
        drop(index);
        crate::object::release::release(&mut contents);
        crate::object::release::release(&mut garbage);

        // Bookkeeping, as CPython keeps it.
        if generation < 2 {
            self.count[generation + 1] = self.count[generation + 1].saturating_add(1);
        }
        for c in &mut self.count[..=generation] {
            *c = 0;
        }
        if generation == 2 {
            self.long_lived_pending = 0;
            self.long_lived_total = survivors;
        } else if generation == 1 {
            self.long_lived_pending += survivors;
        }
        self.stats[generation].0 += 1;
        self.stats[generation].1 += found as u64;
        found
    }
}

/// Empties garbage object `v` and what it alone holds, moving the references onto `out`:
/// objects held by nothing but garbage are garbage too, and some (an instance's dict, a
/// function's cells) can only be emptied directly, since their holder cannot let go of them.
fn clear_owned(v: &Value, candidates: &Index, out: &mut Vec<Value>) {
    let mut work = vec![v.clone()];
    while let Some(x) = work.pop() {
        trace(&x, &mut |c| {
            if see_through(c) && !candidates.contains_key(&(c.id() as usize)) {
                work.push(c.clone());
            }
        });
        clear_one(&x, out);
    }
}

/// Moves out the references that `v` holds in fields that can change.
fn clear_one(v: &Value, out: &mut Vec<Value>) {
    match v {
        Value::List(l) => {
            if let Ok(mut items) = l.items_cell().try_borrow_mut() {
                out.append(&mut items);
            }
        }
        Value::Dict(d) => d.drain_into(out),
        Value::Set(s) | Value::FrozenSet(s) => s.drain_into(out),
        Value::Type(t) => {
            t.dict.raw().drain_into(out);
            if let Ok(mut m) = t.metaclass.try_borrow_mut() {
                out.extend(m.take().map(Value::Type));
            }
            t.cache.clear(out);
            // Whatever other caches found in its namespace is gone too.
            let epoch = t.cache.epoch();
            epoch.set(epoch.get().wrapping_add(1));
        }
        Value::Function(f) => f.dict.drain_into(out),
        Value::Instance(i) => {
            if Rc::strong_count(&i.dict) == 1 {
                i.dict.drain_into(out);
            }
        }
        Value::Exception(e) => {
            e.drain_into(out);
            e.dict.drain_into(out);
        }
        Value::Iter(it) => {
            if let Ok(mut state) = it.try_borrow_mut() {
                state.drain_into(out);
                *state = crate::object::IterState::Exhausted;
            }
        }
        Value::Generator(g) => {
            if let Ok(mut g) = g.try_borrow_mut() {
                if let Some(mut f) = g.frame.take() {
                    out.append(&mut f.locals);
                    out.append(&mut f.stack);
                    if let crate::vm::OnReturn::Construct(x) = std::mem::take(&mut f.on_return) {
                        out.push(x);
                    }
                }
            }
        }
        Value::Cell(c) => {
            if let Ok(mut slot) = c.try_borrow_mut() {
                out.extend(slot.take());
            }
        }
        Value::WeakRef(w) => {
            if let Ok(mut cb) = w.callback.try_borrow_mut() {
                out.extend(cb.take());
            }
        }
        Value::Null
        | Value::None
        | Value::NotImplemented
        | Value::Ellipsis
        | Value::Bool(_)
        | Value::Int(_)
        | Value::Long(_)
        | Value::Float(_)
        | Value::Complex(_)
        | Value::Str(_)
        | Value::Bytes(_)
        | Value::Tuple(_)
        | Value::Range(_)
        | Value::Slice(_)
        | Value::Builtin(_)
        | Value::BoundMethod(_)
        | Value::Code(_)
        | Value::Array(_) => {}
    }
}
