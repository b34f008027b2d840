// The runtime's `Shareable` values (runtime/src/share.rs) in JS: the postcard bytes that queue
// items and cross-interpreter calls travel as, encoded and decoded here so that the main thread
// can put and get values without loading the wasm module.
//
// Postcard writes an enum as its variant index (a varint), then the variant's fields: integers as
// LEB128 varints (signed ones zigzag-encoded first), f64 as 8 little-endian bytes, strings and
// byte strings and sequences as a varint length and then their contents. The variant order must
// match `Shareable`'s declaration; node.mjs checks it against the runtime through Python.
//
// JS -> Python: null/undefined -> None, boolean -> bool, a safe integer or bigint -> int, any
// other number -> float, string -> str, Uint8Array -> bytes, Array -> tuple, Queue -> queue.
// Python -> JS: the same backwards; an int outside the safe range comes back as a bigint.

const NONE = 0;
const BOOL = 1;
const INT = 2;
const BIG_INT = 3;
const FLOAT = 4;
const STR = 5;
const BYTES = 6;
const TUPLE = 7;
const QUEUE = 8;

const MAX_DEPTH = 200;
const I64_MIN = -(2n ** 63n);
const I64_MAX = 2n ** 63n - 1n;

class Writer {
  constructor() {
    this.bytes = [];
  }

  varint(value) {
    let rest = BigInt(value);
    do {
      let byte = Number(rest & 0x7fn);
      rest >>= 7n;
      if (rest !== 0n) byte |= 0x80;
      this.bytes.push(byte);
    } while (rest !== 0n);
  }

  raw(bytes) {
    this.varint(bytes.length);
    for (const byte of bytes) this.bytes.push(byte);
  }
}

/** The postcard bytes of a JS value as a Shareable; a TypeError for anything not shareable. */
export function encodeShareable(value, queueId = () => undefined) {
  const writer = new Writer();
  write(writer, value, queueId, 0);
  return Uint8Array.from(writer.bytes);
}

function write(w, value, queueId, depth) {
  if (depth > MAX_DEPTH) throw new TypeError('value nested too deeply to share');
  if (value === null || value === undefined) {
    w.varint(NONE);
  } else if (typeof value === 'boolean') {
    w.varint(BOOL);
    w.bytes.push(value ? 1 : 0);
  } else if (typeof value === 'bigint' || (Number.isSafeInteger(value) && !Object.is(value, -0))) {
    writeInt(w, BigInt(value));
  } else if (typeof value === 'number') {
    w.varint(FLOAT);
    const view = new DataView(new ArrayBuffer(8));
    view.setFloat64(0, value, true);
    w.bytes.push(...new Uint8Array(view.buffer));
  } else if (typeof value === 'string') {
    w.varint(STR);
    w.raw(new TextEncoder().encode(value));
  } else if (value instanceof Uint8Array) {
    w.varint(BYTES);
    w.raw(value);
  } else if (Array.isArray(value)) {
    w.varint(TUPLE);
    w.varint(value.length);
    for (const item of value) write(w, item, queueId, depth + 1);
  } else if (queueId(value) !== undefined) {
    w.varint(QUEUE);
    w.varint(queueId(value));
  } else {
    throw new TypeError(`${Object.prototype.toString.call(value)} does not support ` +
      'cross-interpreter data');
  }
}

function writeInt(w, n) {
  if (n >= I64_MIN && n <= I64_MAX) {
    w.varint(INT);
    // Zigzag: small magnitudes of either sign become small varints.
    w.varint(n >= 0n ? n << 1n : ((-n) << 1n) - 1n);
    return;
  }
  // Two's complement, little-endian, as few bytes as keep the sign (num-bigint's
  // to_signed_bytes_le).
  const bytes = [];
  let rest = n;
  for (;;) {
    const byte = Number(BigInt.asUintN(8, rest));
    bytes.push(byte);
    rest >>= 8n;
    const signBit = (byte & 0x80) !== 0;
    if ((rest === 0n && !signBit) || (rest === -1n && signBit)) break;
  }
  w.varint(BIG_INT);
  w.raw(bytes);
}

class Reader {
  constructor(bytes) {
    this.bytes = bytes;
    this.pos = 0;
  }

  byte() {
    if (this.pos >= this.bytes.length) throw new TypeError('truncated shareable value');
    const byte = this.bytes[this.pos];
    this.pos += 1;
    return byte;
  }

  varint() {
    let value = 0n;
    let shift = 0n;
    for (;;) {
      const byte = this.byte();
      value |= BigInt(byte & 0x7f) << shift;
      if ((byte & 0x80) === 0) return value;
      shift += 7n;
      if (shift > 70n) throw new TypeError('malformed varint in shareable value');
    }
  }

  length() {
    const n = Number(this.varint());
    if (n > this.bytes.length - this.pos) throw new TypeError('truncated shareable value');
    return n;
  }

  take(n) {
    if (n > this.bytes.length - this.pos) throw new TypeError('truncated shareable value');
    const slice = this.bytes.subarray(this.pos, this.pos + n);
    this.pos += n;
    return slice;
  }
}

/** The JS value of a Shareable's postcard bytes; `queueFor(id)` makes a queue handle. */
export function decodeShareable(bytes, queueFor = (id) => ({ queue: id })) {
  const reader = new Reader(bytes);
  const value = read(reader, queueFor, 0);
  if (reader.pos !== bytes.length) throw new TypeError('trailing bytes after shareable value');
  return value;
}

function read(r, queueFor, depth) {
  if (depth > MAX_DEPTH) throw new TypeError('shareable value nested too deeply');
  const tag = Number(r.varint());
  switch (tag) {
    case NONE:
      return null;
    case BOOL:
      return r.byte() !== 0;
    case INT: {
      const zigzag = r.varint();
      const n = (zigzag & 1n) === 0n ? zigzag >> 1n : -((zigzag + 1n) >> 1n);
      return toNumber(n);
    }
    case BIG_INT: {
      const bytes = r.take(r.length());
      let n = 0n;
      for (let i = bytes.length - 1; i >= 0; i -= 1) n = (n << 8n) | BigInt(bytes[i]);
      if (bytes.length > 0 && (bytes[bytes.length - 1] & 0x80) !== 0) n -= 1n << BigInt(8 * bytes.length);
      return toNumber(n);
    }
    case FLOAT:
      return new DataView(r.take(8).slice().buffer).getFloat64(0, true);
    case STR:
      return new TextDecoder().decode(r.take(r.length()));
    case BYTES:
      return r.take(r.length()).slice();
    case TUPLE: {
      const n = r.length();
      const items = [];
      for (let i = 0; i < n; i += 1) items.push(read(r, queueFor, depth + 1));
      return items;
    }
    case QUEUE:
      return queueFor(Number(r.varint()));
    default:
      throw new TypeError(`unknown shareable variant ${tag}`);
  }
}

function toNumber(n) {
  return n >= BigInt(Number.MIN_SAFE_INTEGER) && n <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(n) : n;
}
