import { decodeShareable, encodeShareable } from './shareable.js';

// Queues between interpreters, kept on the main thread. An item is the encoded bytes of one
// shareable value; routing never decodes it, only moves it from a put to a get. The page's own
// `put` and `get` encode and decode (see shareable.js). Workers
// reach a queue through its id with the operations below, each answered through the asking
// worker's mailbox (see mailbox.js); a blocked get or put is answered when an item or a free
// slot arrives, or when its timeout passes.

let nextQueueId = 1;
const queues = new Map();

/** The most queues one interpreter's code may make (the host crate's `MAX_PROGRAM_QUEUES`). */
const MAX_PROGRAM_QUEUES = 10_000;

/** How many queues each interpreter (the asking `owner`) has made. */
const queuesMade = new WeakMap();

/** A FIFO of encoded items with an optional bound; `maxsize` 0 means unbounded. */
export class Queue {
  /**
   * `maxBytes` caps the encoded bytes held at once (one item alone may pass it): a queue that a
   * program creates gets its interpreter's heap limit, so that it cannot grow the page's memory
   * through queues past what it may hold itself.
   */
  constructor(maxsize = 0, maxBytes = Infinity) {
    if (!Number.isInteger(maxsize) || maxsize < 0) {
      throw new RangeError(`maxsize must be a non-negative integer, got ${maxsize}`);
    }
    this.id = nextQueueId;
    nextQueueId += 1;
    this.maxsize = maxsize;
    this.maxBytes = maxBytes;
    this.bytes = 0;
    this.items = [];
    // Waiting operations, oldest first: {owner, data?, reply, timer}.
    this.getters = [];
    this.putters = [];
    queues.set(this.id, this);
  }

  get size() {
    return this.items.length;
  }

  full(data) {
    return (this.maxsize > 0 && this.items.length >= this.maxsize) ||
      (this.items.length > 0 && this.bytes + data.byteLength > this.maxBytes);
  }

  #push(data) {
    this.items.push(data);
    this.bytes += data.byteLength;
  }

  /** Adds an item now; false when the queue is full. Wakes the oldest waiting get. */
  offer(data) {
    const getter = this.getters.shift();
    if (getter !== undefined) {
      clearTimeout(getter.timer);
      getter.reply('ok', data);
      return true;
    }
    if (this.full(data)) return false;
    this.#push(data);
    return true;
  }

  /** Takes the oldest item now, or undefined; a waiting put then moves into the free slot. */
  poll() {
    if (this.items.length === 0) return undefined;
    const item = this.items.shift();
    this.bytes -= item.byteLength;
    while (this.putters.length > 0 && !this.full(this.putters[0].data)) {
      const putter = this.putters.shift();
      clearTimeout(putter.timer);
      this.#push(putter.data);
      putter.reply('ok');
    }
    return item;
  }

  /**
   * From the main thread: puts a shareable JS value (see shareable.js); resolves once it is in
   * the queue.
   */
  put(value) {
    let data;
    try {
      data = encodeShareable(value, queueId);
    } catch (error) {
      return Promise.reject(error);
    }
    return this.putEncoded(data);
  }

  /**
   * From the main thread: resolves with the next value, or `undefined` after `timeoutMs` (a
   * Python None arrives as null).
   */
  async get({ timeoutMs } = {}) {
    const data = await this.getEncoded({ timeoutMs });
    return data === undefined ? undefined : decodeShareable(data, queueById);
  }

  /** Puts an already encoded item. */
  putEncoded(data) {
    if (this.offer(data)) return Promise.resolve();
    return new Promise((resolve) => {
      this.putters.push({ owner: null, data, reply: () => resolve(), timer: null });
    });
  }

  /** Takes the next item still encoded, or undefined after `timeoutMs`. */
  getEncoded({ timeoutMs } = {}) {
    const item = this.poll();
    if (item !== undefined) return Promise.resolve(item);
    return new Promise((resolve) => {
      const waiter = { owner: null, reply: (_status, data) => resolve(data), timer: null };
      if (timeoutMs !== undefined) {
        waiter.timer = setTimeout(() => {
          this.getters.splice(this.getters.indexOf(waiter), 1);
          resolve(undefined);
        }, timeoutMs);
      }
      this.getters.push(waiter);
    });
  }

  /** Ends the queue: waiting operations are answered 'closed' and its id stops resolving. */
  close() {
    queues.delete(this.id);
    for (const waiter of [...this.getters, ...this.putters]) {
      clearTimeout(waiter.timer);
      waiter.reply('closed');
    }
    this.getters = [];
    this.putters = [];
  }
}

// A queue's id for the encoder, and the queue for an id for the decoder (a queue already closed
// comes back as a handle that no longer resolves).
export function queueId(value) {
  return value instanceof Queue ? value.id : undefined;
}

export function queueById(id) {
  return queues.get(id) ?? { id, closed: true };
}

const encoder = new TextEncoder();
const json = (value) => encoder.encode(JSON.stringify(value));

/**
 * Carries out one operation a worker asked for. `reply(status, data)` writes the answer into
 * that worker's mailbox; a blocking operation keeps it until it can be answered. `owner` is the
 * asking interpreter, so that its waits can be dropped if its worker is terminated.
 */
export function queueOperation(owner, op, args, data, reply) {
  if (op === 'queue.create') {
    // The page keeps every queue (an id may be handed back later), so a program making queues
    // in a loop would grow its memory: each interpreter makes at most MAX_PROGRAM_QUEUES.
    const made = queuesMade.get(owner) ?? 0;
    if (made >= MAX_PROGRAM_QUEUES) {
      // Worded by the runtime (HostError::too_many_queues), as on the other hosts.
      reply('too-many-queues');
      return;
    }
    if (owner) queuesMade.set(owner, made + 1);
    const queue = new Queue(args.maxsize ?? 0, owner?.inheritedOptions?.limits?.maxHeapBytes ?? Infinity);
    reply('ok', json({ ints: [queue.id] }));
    return;
  }
  const queue = queues.get(args.id);
  if (queue === undefined) {
    reply('missing');
    return;
  }
  switch (op) {
    case 'queue.put':
      if (queue.offer(data)) reply('ok');
      else if (!args.block) reply('full');
      else wait(queue.putters, { owner, data, reply }, args.timeoutMs, 'full');
      break;
    case 'queue.get': {
      const item = queue.poll();
      if (item !== undefined) reply('ok', item);
      else if (!args.block) reply('empty');
      else wait(queue.getters, { owner, reply }, args.timeoutMs, 'empty');
      break;
    }
    case 'queue.size':
      reply('ok', json({ ints: [queue.size, queue.maxsize] }));
      break;
    default:
      reply('error', json({ kind: 'interpreter', message: `unknown operation ${op}` }));
      break;
  }
}

// Parks an operation until it is answered, or until `timeoutMs` passes and it is answered
// `onTimeout` (no timeout: it waits for as long as its worker lives).
function wait(list, waiter, timeoutMs, onTimeout) {
  if (timeoutMs !== undefined && timeoutMs !== null) {
    waiter.timer = setTimeout(() => {
      const index = list.indexOf(waiter);
      if (index >= 0) list.splice(index, 1);
      waiter.reply(onTimeout);
    }, timeoutMs);
  }
  list.push(waiter);
}

/** Drops every wait of `owner`, whose worker is being terminated. */
queueOperation.forget = (owner) => {
  for (const queue of queues.values()) {
    for (const list of [queue.getters, queue.putters]) {
      for (let i = list.length - 1; i >= 0; i -= 1) {
        if (list[i].owner === owner) {
          clearTimeout(list[i].timer);
          list.splice(i, 1);
        }
      }
    }
  }
};
