// Starting workers, and keeping one started spare so that a new interpreter (or the fresh one
// that replaces a terminated worker) need not wait for a worker thread to boot: it only
// instantiates the already compiled module. Browser Workers and Node worker_threads alike.

const isNode = typeof process !== 'undefined' && typeof process.versions?.node === 'string' &&
  typeof window === 'undefined';
const NodeWorker = isNode ? (await import('node:worker_threads')).Worker : null;
const script = new URL('./worker.js', import.meta.url);

/** One worker, holding its messages until an owner attaches. */
class Thread {
  constructor() {
    this.buffered = [];
    this.onMessage = null;
    this.onError = null;
    const deliver = (message) => {
      if (this.onMessage) this.onMessage(message);
      else this.buffered.push({ message });
    };
    const fail = (error) => {
      if (this.onError) this.onError(error);
      else this.buffered.push({ error });
    };
    if (isNode) {
      this.worker = new NodeWorker(script);
      this.worker.on('message', deliver);
      this.worker.on('error', fail);
    } else {
      this.worker = new Worker(script, { type: 'module', name: 'isola' });
      this.worker.onmessage = (event) => deliver(event.data);
      this.worker.onerror = (event) => {
        event.preventDefault();
        fail(event);
      };
    }
  }

  /** Routes this worker's messages and errors, those that came before included. */
  attach(onMessage, onError) {
    this.onMessage = onMessage;
    this.onError = onError;
    for (const { message, error } of this.buffered.splice(0)) {
      if (error === undefined) onMessage(message);
      else onError(error);
    }
  }

  post(message, transfer = []) {
    this.worker.postMessage(message, transfer);
  }

  terminate() {
    this.onMessage = null;
    this.onError = null;
    this.worker.terminate();
  }

  // A spare must not keep a Node process alive on its own.
  setKeepsAlive(keep) {
    if (isNode) {
      if (keep) this.worker.ref();
      else this.worker.unref();
    }
  }
}

let spare = null;

/** A started worker: the spare if there is one, and a new spare starts in its place. */
export function takeThread() {
  const thread = spare ?? new Thread();
  thread.setKeepsAlive(true);
  spare = new Thread();
  spare.setKeepsAlive(false);
  return thread;
}
