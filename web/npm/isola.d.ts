// Types for isola.js: Python in isolated interpreters, one per Web Worker or Node worker thread.

/** Limits counted inside the VM; a run that passes one fails with kind 'limit'. */
export interface Limits {
  /** Bytecode instructions, counted across every run of the interpreter. */
  maxInstructions?: number;
  /** Bytes of live heap objects. */
  maxHeapBytes?: number;
  /** Python call depth (RecursionError beyond it, catchable as in CPython). Default 1000. */
  maxRecursion?: number;
  /** Bytes written to stdout and stderr together. */
  maxOutputBytes?: number;
  /** Wall-clock milliseconds one run may take, checked by the VM itself. */
  timeoutMs?: number;
}

export interface CreateOptions {
  limits?: Limits;
  /**
   * The main thread's deadline for each run, in milliseconds: past it the worker is terminated
   * (whatever it is doing), the run rejects with kind 'timeout', and a fresh interpreter takes
   * its place. Unset: no deadline.
   */
  timeoutMs?: number;
  /** Receives stdout text as it is written (default: process.stdout in Node, console.log). */
  stdout?: (text: string) => void;
  /** Receives stderr text as it is written (default: process.stderr in Node, console.error). */
  stderr?: (text: string) => void;
  /**
   * Functions Python may call with `interpreters.call_host(name, *args)`: shareable arguments
   * in, a shareable result (or a promise of one) out; a throw is a RuntimeError in Python.
   * Interpreters that Python creates inherit them.
   */
  functions?: Record<string, (...args: Shareable[]) => Shareable | Promise<Shareable>>;
}

export interface ExecOptions {
  /** The file name tracebacks show. Default '<string>'. */
  filename?: string;
  /** Overrides the interpreter's deadline for this run. */
  timeoutMs?: number;
}

/** What crosses `call`: plain data only. */
export type PlainValue =
  | null
  | boolean
  | number
  | bigint
  | string
  | Uint8Array
  | PlainValue[]
  | Map<PlainValue, PlainValue>
  | { [key: string]: PlainValue };

/** Why a run failed. */
export type FailureKind =
  | 'exception' | 'exit' | 'limit' | 'timeout' | 'stopped' | 'crash' | 'closed';

/** A failed run. For an exception, `name` is the Python type and `traceback` CPython's text. */
export class IsolaError extends Error {
  readonly kind: FailureKind;
  readonly traceback: string | null;
  /** SystemExit's status (kind 'exit'). */
  readonly exitCode: number | null;
  /** 'instructions', 'memory', 'output', 'time' (kind 'limit') or 'deadline' (kind 'timeout'). */
  readonly limit: string | null;
}

/** One interpreter in its own worker. Runs are queued and run one at a time, in call order. */
export class Interpreter {
  readonly id: number;
  /** Resolves once the current worker's interpreter is ready. */
  readonly ready: Promise<void>;
  /** How many times a fresh worker replaced this interpreter's old one. */
  readonly restarts: number;
  readonly closed: boolean;
  /** Runs `source` as __main__; globals persist between runs. */
  exec(source: string, options?: ExecOptions): Promise<void>;
  /**
   * Binds names in __main__ (PEP 734's `prepare_main`): plain values, and queues made by
   * `createQueue`, which Python sees as `interpreters.Queue` objects.
   */
  prepareMain(names: Record<string, PlainValue | Queue>): Promise<void>;
  /** Calls the function named `name` (a dotted name in __main__) and returns its result. */
  call(name: string, ...args: PlainValue[]): Promise<PlainValue>;
  /**
   * Creates or replaces a file in the interpreter's own file system (in its memory, counted by
   * its heap limit), making its directories as needed; a string is written as UTF-8.
   */
  writeFile(path: string, data: string | Uint8Array): Promise<void>;
  /** The contents of a file in the interpreter's file system; a missing one rejects. */
  readFile(path: string): Promise<Uint8Array>;
  readFile(path: string, options: { encoding: 'utf-8' | 'utf8' }): Promise<string>;
  /**
   * Stops the run in progress by terminating its worker: it rejects with kind 'stopped' and a
   * fresh interpreter takes its place. Does nothing when idle.
   */
  stop(): void;
  /** Terminates the worker; queued runs reject with kind 'closed'. */
  close(): void;
}

/**
 * What a queue carries: null, booleans, numbers, bigints, strings, Uint8Array (bytes), arrays
 * (tuples) of these, and queues. Python's int arrives as a number, or a bigint beyond 2^53.
 */
export type Shareable = null | boolean | number | bigint | string | Uint8Array | Queue | Shareable[];

/** A FIFO of encoded values on the main thread, shared by the interpreters it is given to. */
export class Queue {
  constructor(maxsize?: number);
  readonly id: number;
  readonly maxsize: number;
  readonly size: number;
  full(): boolean;
  /** Resolves once the value is in the queue (waiting while it is full). */
  put(value: Shareable): Promise<void>;
  /** Resolves with the next value, or undefined once `timeoutMs` passes. */
  get(options?: { timeoutMs?: number }): Promise<Shareable | undefined>;
  /** Puts an item already encoded as postcard bytes of a Shareable. */
  putEncoded(data: Uint8Array): Promise<void>;
  /** Takes the next item still encoded, or undefined once `timeoutMs` passes. */
  getEncoded(options?: { timeoutMs?: number }): Promise<Uint8Array | undefined>;
  /** Ends the queue; waiting operations are answered as closed. */
  close(): void;
}

/**
 * Compiles the wasm module (once; later calls reuse it). Optional: `create` calls it. Give a URL,
 * a Response, bytes or a compiled module to load it from elsewhere than the package.
 */
export function load(
  source?: URL | string | Response | BufferSource | WebAssembly.Module,
): Promise<WebAssembly.Module>;

/** Starts an interpreter in a new worker and resolves once it is ready. */
export function create(options?: CreateOptions): Promise<Interpreter>;

/** A new queue; `maxsize` 0 is unbounded. */
export function createQueue(maxsize?: number): Queue;

/** A status a worker operation is answered with. */
export type OperationStatus = 'ok' | 'empty' | 'full' | 'missing' | 'closed' | 'error';

/**
 * The main thread's answer to one operation a worker asked for through its mailbox: `queue.create`,
 * `queue.put`, `queue.get`, `queue.size`, `interp.create`, `interp.exec`, `interp.close`,
 * `interp.list`, `interp.current`, `interp.main`, `interp.isRunning`, `interp.call`,
 * `interp.prepare`, `interp.callStart`, `interp.callJoin`, `host.call`. For embedders that run
 * their own workers; interpreters made by `create` are answered this way already.
 */
export function handleOperation(
  owner: object,
  op: string,
  args: Record<string, unknown>,
  data: Uint8Array | null,
  reply: (status: OperationStatus, data?: Uint8Array) => void,
): void;
