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
import { Queue, queueOperation } from './queues.js';
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
    this.#terminate(new IsolaError({
      kind: 'closed', name: 'InterpreterError', message: 'the interpreter was closed',
    }));
  }

  get closed() {
    return this.#closed;
  }

  // Starts a worker and resolves `ready` once its interpreter exists.
  #spawn() {
    this.#mailbox = typeof SharedArrayBuffer === 'function' && globalThis.crossOriginIsolated !== false
      ? newMailbox() : null;
    const thread = takeThread();
    this.#worker = thread;
    this.ready = new Promise((resolve, reject) => {
      thread.attach((message) => this.#receive(message, resolve, reject), (error) => {
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

  #receive(message, resolveReady, rejectReady) {
    switch (message.type) {
      case 'started':
        this.#worker.post({
          type: 'init', module: this.#module, limits: this.#options.limits, mailbox: this.#mailbox,
        });
        break;
      case 'ready':
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

  /** The options a worker's `interpreters.create()` passes on: the same limits and output. */
  get inheritedOptions() {
    const { limits, timeoutMs, stdout, stderr } = this.#options;
    return { limits, timeoutMs, stdout, stderr };
  }

  #resend = null;
}

const encoder = new TextEncoder();
const json = (value) => encoder.encode(JSON.stringify(value));
// Interpreters that Python code created from a worker, by id, until closed: {child, owner}.
const created = new Map();

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
 * The main thread's answer to one operation a worker asked for: `queue.*` (see queues.js) and
 * `interp.create`, `interp.exec`, `interp.close`, `interp.list`. `reply(status, bytes)` delivers
 * the answer (JSON for interpreter operations); `owner` is the asking Interpreter, or any object
 * with `inheritedOptions`. Exported for embedders that run their own workers, and for tests.
 */
export function handleOperation(owner, op, args, data, reply) {
  if (!op.startsWith('interp.')) {
    queueOperation(owner, op, args, data, reply);
    return;
  }
  if (op === 'interp.create') {
    load().then((module) => {
      const child = new Interpreter(module, owner.inheritedOptions ?? {});
      created.set(child.id, { child, owner });
      return child.ready.then(() => reply('ok', json({ id: child.id })));
    }).catch((error) => reply('error', json(failureFields(error))));
    return;
  }
  if (op === 'interp.list') {
    reply('ok', json({ ids: [...created.keys()] }));
    return;
  }
  const target = created.get(args.id)?.child;
  if (target === undefined) {
    reply('missing');
    return;
  }
  if (op === 'interp.exec') {
    // The asking worker sleeps while the target runs: interp.exec() is synchronous in Python.
    target.exec(args.source, { filename: args.filename }).then(
      () => reply('ok', json({})),
      (error) => reply('error', json(failureFields(error))),
    );
  } else if (op === 'interp.close') {
    created.delete(args.id);
    target.close();
    reply('ok', json({}));
  } else {
    reply('error', json({ kind: 'crash', name: 'RuntimeError', message: `unknown operation ${op}` }));
  }
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
