// isola: Python in isolated interpreters, one per Web Worker (or Node worker_threads Worker).
//
//   import { create } from 'isola';
//   const py = await create({ limits: { maxInstructions: 1e8 }, timeoutMs: 2000,
//                             stdout: (text) => console.log(text) });
//   await py.exec('def add(a, b):\n    return a + b');
//   await py.call('add', 40, 2);          // 42
//   py.close();
//
// The main thread owns every worker and every queue: it loads the wasm module once and hands
// the compiled module to each new worker, enforces deadlines by terminating a worker that runs
// past one (a fresh worker takes its place), and answers the workers' queue operations.

import { answer, newMailbox } from './mailbox.js';
import { Queue, queueById, queueId, queueOperation } from './queues.js';
import { decodeShareableList, encodeShareable } from './shareable.js';
import { toPython } from './pyvalue.js';
import { takeThread } from './threads.js';

export { Queue } from './queues.js';

const isNode = typeof process !== 'undefined' && typeof process.versions?.node === 'string' &&
  typeof window === 'undefined';

let loading = null;

/**
 * Compiles the wasm module once per page (or process); every interpreter instantiates it. With
 * no argument the module is read from the package's pkg/ directory; a URL, Response, bytes or
 * WebAssembly.Module may be given instead.
 */
export function load(source) {
  if (loading === null || source !== undefined) loading = compile(source);
  return loading;
}

async function compile(source) {
  if (source instanceof WebAssembly.Module) return source;
  const url = source ?? new URL('./pkg/isola_web_bg.wasm', import.meta.url);
  if (source instanceof ArrayBuffer || ArrayBuffer.isView(source)) {
    return WebAssembly.compile(source);
  }
  if (isNode) {
    const { readFile } = await import('node:fs/promises');
    return WebAssembly.compile(await readFile(url));
  }
  const response = url instanceof Response ? url : await fetch(url);
  return WebAssembly.compileStreaming(response);
}

/** A failed run: a Python exception, SystemExit, a limit, the deadline, or a crashed worker. */
export class IsolaError extends Error {
  constructor(fields) {
    super(fields.message);
    // `name` is the Python exception's type, so `String(error)` reads like the traceback's
    // last line.
    this.name = fields.name ?? 'IsolaError';
    this.kind = fields.kind;
    this.traceback = fields.traceback ?? null;
    this.exitCode = fields.exitCode ?? null;
    this.limit = fields.limit ?? null;
  }
}

/** Creates an interpreter in a new worker; resolves once it is ready to run code. */
export async function create(options = {}) {
  const interpreter = new Interpreter(await load(), options);
  await interpreter.ready;
  return interpreter;
}

let nextInterpreterId = 1;
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
const DOTTED_NAME = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;

/** One interpreter in its own worker. Runs are queued: one runs at a time, in call order. */
export class Interpreter {
  #module;
  #options;
  #worker = null;
  #mailbox = null;
  #pending = null;
  #nextRequest = 1;
  #tail = Promise.resolve();
  #closed = false;

  constructor(module, options = {}) {
    this.#module = module;
    this.#options = options;
    this.id = nextInterpreterId;
    nextInterpreterId += 1;
    /** How many times a fresh worker replaced this interpreter's old one. */
    this.restarts = 0;
    live.set(this.id, this);
    this.#spawn();
  }

  /**
   * Runs `source` as __main__ (globals persist between runs). Rejects with an IsolaError; for a
   * Python exception its `traceback` is CPython's text. `timeoutMs` overrides the interpreter's
   * deadline for this run.
   */
  exec(source, { filename = '<string>', timeoutMs } = {}) {
    return this.#enqueue({ type: 'exec', source, filename }, timeoutMs);
  }

  /** Calls the function named `name` in __main__ with plain-data arguments; see pyvalue.js. */
  call(name, ...args) {
    let literal;
    try {
      if (!DOTTED_NAME.test(name)) throw new TypeError(`not a Python name: ${JSON.stringify(name)}`);
      literal = args.map((arg) => toPython(arg)).join(', ');
    } catch (error) {
      return Promise.reject(error);
    }
    return this.#enqueue({ type: 'call', source: `${name}(${literal})` }, undefined);
  }

  /**
   * Creates or replaces the file at `path` in the interpreter's own file system (in its memory,
   * counted by its heap limit), making its directories as needed: `data` is a string (written
   * as UTF-8) or a Uint8Array. Python code then opens it as any file. Queued like `exec`; a
   * relative path is taken from the interpreter's working directory (`/` at first).
   */
  writeFile(path, data) {
    let bytes;
    try {
      if (typeof path !== 'string') throw new TypeError('the path must be a string');
      if (typeof data === 'string') bytes = encoder.encode(data);
      else if (data instanceof Uint8Array) bytes = data.slice();
      else throw new TypeError('the data must be a string or a Uint8Array');
    } catch (error) {
      return Promise.reject(error);
    }
    return this.#enqueue({ type: 'write-file', path, data: bytes }, undefined);
  }

  /**
   * Resolves with the contents of the file at `path` in the interpreter's file system: a
   * Uint8Array, or a string with `{ encoding: 'utf-8' }`. A missing file rejects with the
   * program's FileNotFoundError. Queued like `exec`, so it sees what earlier runs wrote.
   */
  async readFile(path, { encoding } = {}) {
    if (typeof path !== 'string') throw new TypeError('the path must be a string');
    if (encoding !== undefined && !/^utf-?8$/i.test(encoding)) {
      throw new TypeError(`unsupported encoding ${JSON.stringify(encoding)}: use 'utf-8'`);
    }
    const bytes = await this.#enqueue({ type: 'read-file', path }, undefined);
    return encoding === undefined ? bytes : new TextDecoder().decode(bytes);
  }

  /**
   * Binds names in __main__, as PEP 734's `prepare_main`: plain values (see `call`) and queues
   * made by `createQueue`, which arrive as `interpreters.Queue` objects. Queued like `exec`.
   */
  prepareMain(names) {
    const lines = [];
    try {
      for (const [name, value] of Object.entries(names)) {
        if (!IDENTIFIER.test(name)) throw new TypeError(`not a Python name: ${JSON.stringify(name)}`);
        const literal = value instanceof Queue
          ? `__import__('interpreters').Queue(${value.id})` : toPython(value);
        lines.push(`${name} = ${literal}`);
      }
    } catch (error) {
      return Promise.reject(error);
    }
    return this.#enqueue({ type: 'exec', source: lines.join('\n'), filename: '<prepare_main>' },
      undefined);
  }

  /**
   * Stops the run in progress, whatever it is doing, by terminating its worker: it rejects with
   * kind 'stopped' and a fresh interpreter takes its place. Does nothing when idle.
   */
  stop() {
    if (this.#pending === null) return;
    this.#restart(new IsolaError({
      kind: 'stopped', name: 'InterpreterError',
      message: 'the run was stopped; its worker was terminated and a fresh interpreter took its place',
    }));
  }

  /** Ends the worker. Runs still queued reject with kind 'closed'. */
  close() {
    if (this.#closed) return;
    this.#closed = true;
    live.delete(this.id);
    this.#terminate(new IsolaError({
      kind: 'closed', name: 'InterpreterError', message: 'the interpreter was closed',
    }));
  }

  get closed() {
    return this.#closed;
  }

  /** Whether a run is in progress. */
  get running() {
    return this.#pending !== null;
  }

  /**
   * Another interpreter's request, as encoded bytes: 'prepare' binds names in __main__,
   * 'call-shared' runs a call and resolves with its encoded result. Queued like `exec`.
   */
  runShared(type, data) {
    return this.#enqueue({ type, data }, undefined);
  }

  // Starts a worker and resolves `ready` once its interpreter exists.
  #spawn() {
    this.#mailbox = typeof SharedArrayBuffer === 'function' && globalThis.crossOriginIsolated !== false
      ? newMailbox() : null;
    const thread = takeThread();
    this.#worker = thread;
    // What this worker has said so far: its `ready` is taken once.
    const spawn = { ready: false };
    this.ready = new Promise((resolve, reject) => {
      thread.attach((message) => this.#receive(message, resolve, reject, spawn), (error) => {
        const failure = new IsolaError({
          kind: 'crash', name: 'RuntimeError',
          message: `the worker failed: ${error?.message ?? error}`,
        });
        reject(failure);
        this.#restart(failure);
      });
    });
    // A worker that fails to start reports through the run that waits for it.
    this.ready.catch(() => {});
  }

  #receive(message, resolveReady, rejectReady, spawn) {
    switch (message.type) {
      case 'started':
        this.#worker.post({
          type: 'init', module: this.#module, limits: this.#options.limits,
          asked: this.#options.asked, mailbox: this.#mailbox,
        });
        break;
      case 'ready':
        if (spawn.ready) break;
        spawn.ready = true;
        // The limits the interpreter got, which bound those of the children its code creates
        // (for a child: what it asked for within its creator's, `asked` applied once).
        this.#options = { ...this.#options, limits: message.limits, asked: undefined };
        resolveReady();
        break;
      case 'failed':
        rejectReady(new IsolaError({ kind: 'crash', name: 'RuntimeError', message: message.message }));
        break;
      case 'out':
        this.#output(message.stream, message.text);
        break;
      case 'done':
      case 'error':
        this.#settle(message);
        break;
      case 'rpc':
        this.#answerRpc(message);
        break;
      case 'mailbox':
        this.#mailbox = message.buffer;
        this.#resend?.();
        break;
      default:
        break;
    }
  }

  #output(stream, text) {
    const callback = this.#options[stream];
    if (callback) callback(text);
    else if (isNode) (stream === 'stdout' ? process.stdout : process.stderr).write(text);
    else (stream === 'stdout' ? console.log : console.error)(text.replace(/\n$/, ''));
  }

  // Runs requests one after another; each waits for the worker to be ready.
  #enqueue(request, timeoutMs) {
    const run = this.#tail.then(() => this.#run(request, timeoutMs ?? this.#options.timeoutMs));
    this.#tail = run.catch(() => {});
    return run;
  }

  async #run(request, timeoutMs) {
    if (this.#closed) {
      throw new IsolaError({ kind: 'closed', name: 'InterpreterError', message: 'the interpreter was closed' });
    }
    await this.ready;
    const id = this.#nextRequest;
    this.#nextRequest += 1;
    return new Promise((resolve, reject) => {
      let timer = null;
      if (timeoutMs !== undefined && timeoutMs !== null) {
        timer = setTimeout(() => {
          this.#restart(new IsolaError({
            kind: 'timeout', name: 'TimeoutError', limit: 'deadline',
            message: `the run passed its ${timeoutMs} ms deadline; its worker was terminated and ` +
              'a fresh interpreter took its place',
          }));
        }, timeoutMs);
      }
      this.#pending = { id, resolve, reject, timer };
      this.#worker.post({ ...request, id });
    });
  }

  #settle(message) {
    const pending = this.#pending;
    if (pending === null || pending.id !== message.id) return;
    this.#pending = null;
    clearTimeout(pending.timer);
    if (message.type === 'done') {
      pending.resolve(message.value);
      return;
    }
    const error = new IsolaError(message.error);
    // A trapped instance cannot be trusted, and an interpreter past a limit has spent its
    // budget: either way a fresh worker takes over.
    if (error.kind === 'crash' || error.kind === 'limit') this.#restart(null);
    pending.reject(error);
  }

  // Terminates the worker, rejects the run in progress with `error`, and starts a fresh worker.
  #restart(error) {
    this.#terminate(error);
    if (this.#closed) return;
    this.restarts += 1;
    this.#spawn();
  }

  #terminate(error) {
    queueOperation.forget(this);
    closeCreatedBy(this);
    this.#worker?.terminate();
    this.#worker = null;
    const pending = this.#pending;
    this.#pending = null;
    if (pending !== null) {
      clearTimeout(pending.timer);
      if (error !== null) pending.reject(error);
    }
  }

  // An operation from Python in this worker (a queue or interpreter operation), which sleeps
  // until the answer is written. The answer goes only to the worker that asked: if that worker
  // has been replaced meanwhile, it is dropped.
  #answerRpc(message) {
    const thread = this.#worker;
    const reply = (status, data) => {
      if (this.#worker !== thread || this.#mailbox === null) return;
      if (!answer(this.#mailbox, status, data)) {
        // Written again once the worker sends a mailbox big enough for it.
        this.#resend = () => {
          this.#resend = null;
          reply(status, data);
        };
      }
    };
    handleOperation(this, message.op, message.args ?? {}, message.data, reply);
  }

  /**
   * The options a worker's `interpreters.create()` passes on: the same limits, output and host
   * functions.
   */
  get inheritedOptions() {
    const { limits, timeoutMs, stdout, stderr, functions } = this.#options;
    return { limits, timeoutMs, stdout, stderr, functions };
  }

  #resend = null;
}

const encoder = new TextEncoder();
const json = (value) => encoder.encode(JSON.stringify(value));
// Every interpreter not yet closed, by id; and those that Python code created from a worker,
// with their creator: {child, owner}.
const live = new Map();
const created = new Map();
// Calls started by interp.callStart, by ticket, until joined.
const calls = new Map();
let nextTicket = 1;

/** Closes what `owner`'s Python code created: its handles went with its worker. */
function closeCreatedBy(owner) {
  for (const [id, entry] of created) {
    if (entry.owner === owner) {
      created.delete(id);
      entry.child.close();
    }
  }
}

/**
 * The main thread's answer to one operation a worker asked for (web/src/protocol.rs lists them):
 * `queue.*` (see queues.js) and `interp.create`, `exec`, `call`, `prepare`, `close`, `list`,
 * `current`, `main`, `isRunning`. `reply(status, bytes)` delivers the answer: an encoded value
 * for `interp.call`, JSON `{ints}` for the others, and for status 'error' JSON failure fields.
 * `owner` is the asking Interpreter (or, for embedders running their own workers, any object
 * with `id`, `rootId` and `inheritedOptions`). Exported for those embedders, and for tests.
 */
export function handleOperation(owner, op, args, data, reply) {
  if (op === 'host.call') {
    callHost(owner.inheritedOptions?.functions, args.name, data, reply);
    return;
  }
  if (!op.startsWith('interp.')) {
    queueOperation(owner, op, args, data, reply);
    return;
  }
  const ints = (...values) => reply('ok', json({ ints: values }));
  const refuse = (message) => reply('error', json({ kind: 'interpreter', message }));
  const failed = (error) => reply('error', json(failureFields(error)));
  switch (op) {
    case 'interp.create':
      load().then((module) => {
        // The child's worker bounds what it asked for by its creator's limits (protocol.rs).
        const child = new Interpreter(module, { ...owner.inheritedOptions, asked: childLimits(args) });
        child.rootId = owner.rootId ?? owner.id;
        created.set(child.id, { child, owner });
        return child.ready.then(() => {
          // The creator may have been closed or replaced while the child started.
          if (owner.closed) closeCreatedBy(owner);
          else ints(child.id);
        });
      }).catch(failed);
      return;
    case 'interp.list':
      ints(...[...live.keys()].filter((id) => !live.get(id).closed));
      return;
    case 'interp.current':
      ints(owner.id);
      return;
    case 'interp.callJoin': {
      // The result of a call started with interp.callStart; the asker sleeps until it is in.
      const started = calls.get(args.id);
      if (started === undefined) {
        reply('missing');
        return;
      }
      calls.delete(args.id);
      started.then((value) => reply('ok', value), failed);
      return;
    }
    case 'interp.main':
      ints(owner.rootId ?? owner.id);
      return;
    default:
      break;
  }
  const target = live.get(args.id);
  if (target === undefined || target.closed) {
    reply('missing');
    return;
  }
  if (op === 'interp.isRunning') {
    ints(target === owner || target.running ? 1 : 0);
    return;
  }
  // Refusals go back as statuses, which the runtime words as every host does (protocol.rs).
  if (op === 'interp.close' && target === owner) {
    reply('current');
    return;
  }
  if (op === 'interp.close' && !created.has(target.id)) {
    // Only the page closes the interpreters it made.
    reply('embedder');
    return;
  }
  // The asking worker sleeps until the target's run ends, so a run in the asker itself, or in
  // an interpreter already running (perhaps waiting on the asker), would never end.
  if (target === owner || target.running) {
    reply('running');
    return;
  }
  switch (op) {
    case 'interp.exec':
      target.exec(args.source, { filename: args.filename }).then(() => ints(), failed);
      break;
    case 'interp.call':
      target.runShared('call-shared', data).then((value) => reply('ok', value), failed);
      break;
    case 'interp.callStart': {
      // call_in_thread: the call runs in the target's worker while the asker goes on; the
      // ticket names it for interp.callJoin.
      const ticket = nextTicket;
      nextTicket += 1;
      const started = target.runShared('call-shared', data);
      started.catch(() => {});
      calls.set(ticket, started);
      ints(ticket);
      break;
    }
    case 'interp.prepare':
      target.runShared('prepare', data).then(() => ints(), failed);
      break;
    case 'interp.close':
      created.delete(target.id);
      target.close();
      ints();
      break;
    default:
      refuse(`unknown operation ${op}`);
      break;
  }
}

// `interpreters.call_host(name, *args)`: a function the page registered, with decoded arguments;
// its result (or the promise's) goes back encoded. A throw becomes a RuntimeError in Python.
function callHost(functions, name, data, reply) {
  const fn = functions !== undefined && Object.hasOwn(functions, name) ? functions[name] : undefined;
  if (typeof fn !== 'function') {
    reply('missing');
    return;
  }
  Promise.resolve()
    .then(() => fn(...decodeShareableList(data, queueById)))
    .then((result) => reply('ok', encodeShareable(result, queueId)))
    .catch((error) => reply('error', json({
      kind: 'host', name: 'RuntimeError', message: String(error?.message ?? error),
    })));
}

const LIMIT_NAMES = ['maxInstructions', 'maxHeapBytes', 'maxRecursion', 'maxOutputBytes', 'timeoutMs'];

// The limits a child asked for, under the JS limit names (see protocol.rs).
function childLimits(args) {
  return Object.fromEntries(LIMIT_NAMES.filter((name) => args[name] !== undefined)
    .map((name) => [name, args[name]]));
}

// What crosses back to Python for a failed run: ExecutionFailed's type, message and traceback.
function failureFields(error) {
  return {
    kind: error.kind ?? 'crash',
    name: error.name,
    message: error.message,
    traceback: error.traceback ?? null,
  };
}

/** Creates a queue on the main thread; workers reach it through its `id`. */
export function createQueue(maxsize = 0) {
  return new Queue(maxsize);
}
