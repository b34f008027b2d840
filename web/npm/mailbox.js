// The blocking half of the worker protocol: a worker asks the main thread something (a queue
// operation) and sleeps in `Atomics.wait` until the answer is written into a SharedArrayBuffer
// that both sides hold. The question travels by postMessage (its bytes transferred, not copied);
// the answer cannot, because a worker blocked in `Atomics.wait` does not run its message loop.
//
// Layout of the buffer: Int32 words [state, status, length], then `length` payload bytes.
// `state` is WAITING while the worker sleeps and ANSWERED once the main thread has written;
// RESIZE asks the worker for a bigger buffer (the answer did not fit), which it sends by
// postMessage before sleeping again.

export const WAITING = 0;
export const ANSWERED = 1;
export const RESIZE = 2;
const HEADER = 12;

/**
 * Answer statuses: what an operation came to. The refusals (`running` to `too-many-queues`) are
 * worded in the worker by the runtime, as on every host (web/src/protocol.rs).
 */
export const STATUS = Object.freeze({
  ok: 0, empty: 1, full: 2, missing: 3, closed: 4, error: 5,
  running: 6, current: 7, embedder: 8, 'too-many-queues': 9,
});
const STATUS_NAMES = Object.fromEntries(Object.entries(STATUS).map(([k, v]) => [v, k]));

export function newMailbox(capacity = 64 * 1024) {
  return new SharedArrayBuffer(HEADER + capacity);
}

/** The worker's side: send a question and sleep until its answer arrives. */
export class MailboxClient {
  constructor(buffer, post) {
    this.buffer = buffer;
    this.post = post;
  }

  /** Posts `{type: 'rpc', op, args, data}` and returns `{status, data}` (data: Uint8Array). */
  ask(op, args, data = null) {
    const words = new Int32Array(this.buffer, 0, 3);
    Atomics.store(words, 0, WAITING);
    const transfer = data ? [data.buffer] : [];
    this.post({ type: 'rpc', op, args, data }, transfer);
    for (;;) {
      Atomics.wait(words, 0, WAITING);
      const state = Atomics.load(words, 0);
      if (state === ANSWERED) break;
      if (state === RESIZE) {
        // Grow to the size the main thread asked for and let it write the answer there.
        const needed = Atomics.load(words, 2);
        this.buffer = newMailbox(needed);
        const grown = new Int32Array(this.buffer, 0, 3);
        Atomics.store(grown, 0, WAITING);
        this.post({ type: 'mailbox', buffer: this.buffer });
        return this.waitOn(grown);
      }
    }
    return readAnswer(this.buffer);
  }

  waitOn(words) {
    while (Atomics.load(words, 0) === WAITING) Atomics.wait(words, 0, WAITING);
    return readAnswer(this.buffer);
  }
}

function readAnswer(buffer) {
  const words = new Int32Array(buffer, 0, 3);
  const length = Atomics.load(words, 2);
  // Copied out, so the buffer can take the next answer while this one is still in use.
  const data = new Uint8Array(buffer, HEADER, length).slice();
  return { status: STATUS_NAMES[Atomics.load(words, 1)] ?? 'error', data };
}

/**
 * The main thread's side: writes an answer into a worker's mailbox and wakes it. Returns false
 * when the answer did not fit: the worker is then asked for a bigger buffer, and the caller
 * writes again when it arrives.
 */
export function answer(buffer, status, data = new Uint8Array(0)) {
  const words = new Int32Array(buffer, 0, 3);
  if (data.length > buffer.byteLength - HEADER) {
    Atomics.store(words, 2, data.length);
    Atomics.store(words, 0, RESIZE);
    Atomics.notify(words, 0);
    return false;
  }
  new Uint8Array(buffer, HEADER, data.length).set(data);
  // A status this table lacks is an error, never a success with no data.
  Atomics.store(words, 1, STATUS[status] ?? STATUS.error);
  Atomics.store(words, 2, data.length);
  Atomics.store(words, 0, ANSWERED);
  Atomics.notify(words, 0);
  return true;
}
