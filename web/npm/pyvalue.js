// Plain values between JS and Python for `Interpreter.call`: JS arguments become Python literal
// source, and the repr of the Python result is parsed back into JS. Only plain data crosses:
// None, bool, int, float, str, bytes, lists, tuples and dicts of these.
//
// JS -> Python: null/undefined -> None, boolean -> bool, integral number -> int, other number ->
// float, bigint -> int, string -> str, Uint8Array -> bytes, Array -> list, Map or plain object ->
// dict. Python -> JS: int -> number (bigint beyond 2**53), float -> number, str -> string,
// bytes -> Uint8Array, list and tuple -> Array, dict -> plain object when every key is a str,
// else Map.

/** Python source for one JS value; throws a TypeError for anything that is not plain data. */
export function toPython(value, depth = 0) {
  if (depth > 100) throw new TypeError('argument nested too deeply');
  if (value === null || value === undefined) return 'None';
  switch (typeof value) {
    case 'boolean':
      return value ? 'True' : 'False';
    case 'bigint':
      return value.toString();
    case 'number':
      if (Number.isNaN(value)) return "float('nan')";
      if (!Number.isFinite(value)) return value > 0 ? "float('inf')" : "float('-inf')";
      if (Number.isInteger(value) && !Object.is(value, -0)) return BigInt(value).toString();
      // JS prints the shortest round-tripping digits, as Python's float repr reads them.
      return Object.is(value, -0) ? '-0.0' : `float('${value}')`;
    case 'string':
      return pythonString(value);
    default:
      break;
  }
  if (value instanceof Uint8Array) {
    return `bytes([${Array.from(value).join(', ')}])`;
  }
  if (Array.isArray(value)) {
    return `[${value.map((item) => toPython(item, depth + 1)).join(', ')}]`;
  }
  if (value instanceof Map) {
    const items = [...value].map(([k, v]) => `${toPython(k, depth + 1)}: ${toPython(v, depth + 1)}`);
    return `{${items.join(', ')}}`;
  }
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const items = Object.entries(value)
      .map(([k, v]) => `${pythonString(k)}: ${toPython(v, depth + 1)}`);
    return `{${items.join(', ')}}`;
  }
  throw new TypeError(`cannot pass ${Object.prototype.toString.call(value)} to Python`);
}

// A Python string literal: every character outside printable ASCII is escaped, so the source
// is plain ASCII whatever the text holds (lone surrogates included).
function pythonString(text) {
  let out = "'";
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    const ch = text[i];
    if (ch === "'" || ch === '\\') out += `\\${ch}`;
    else if (code >= 0x20 && code < 0x7f) out += ch;
    else if (code <= 0xff) out += `\\x${code.toString(16).padStart(2, '0')}`;
    else {
      const cp = text.codePointAt(i);
      if (cp > 0xffff) {
        out += `\\U${cp.toString(16).padStart(8, '0')}`;
        i += 1;
      } else {
        out += `\\u${code.toString(16).padStart(4, '0')}`;
      }
    }
  }
  return `${out}'`;
}

/** Parses the repr of a plain Python value; throws a SyntaxError naming what it could not read. */
export function fromPythonRepr(text) {
  const parser = new ReprParser(text);
  const value = parser.value(0);
  parser.skipSpace();
  if (parser.pos !== text.length) parser.fail();
  return value;
}

class ReprParser {
  constructor(text) {
    this.text = text;
    this.pos = 0;
  }

  fail() {
    throw new SyntaxError(`not a plain value at offset ${this.pos}: ${this.text.slice(0, 200)}`);
  }

  skipSpace() {
    while (this.text[this.pos] === ' ') this.pos += 1;
  }

  eat(token) {
    this.skipSpace();
    if (this.text.startsWith(token, this.pos)) {
      this.pos += token.length;
      return true;
    }
    return false;
  }

  value(depth) {
    if (depth > 200) this.fail();
    this.skipSpace();
    const ch = this.text[this.pos];
    if (ch === '[') return this.sequence(']', depth);
    if (ch === '(') {
      const items = this.sequence(')', depth);
      return items;
    }
    if (ch === '{') return this.dict(depth);
    if (ch === "'" || ch === '"') return this.string();
    if (ch === 'b' && (this.text[this.pos + 1] === "'" || this.text[this.pos + 1] === '"')) {
      this.pos += 1;
      return this.bytes();
    }
    for (const [word, value] of [['None', null], ['True', true], ['False', false],
      ['inf', Infinity], ['nan', NaN]]) {
      if (this.text.startsWith(word, this.pos)) {
        this.pos += word.length;
        return value;
      }
    }
    return this.number();
  }

  sequence(close, depth) {
    this.pos += 1;
    const items = [];
    while (!this.eat(close)) {
      items.push(this.value(depth + 1));
      if (!this.eat(',') && !this.text.startsWith(close, this.pos)) this.fail();
    }
    return items;
  }

  dict(depth) {
    this.pos += 1;
    const entries = [];
    while (!this.eat('}')) {
      const key = this.value(depth + 1);
      if (!this.eat(':')) this.fail();
      entries.push([key, this.value(depth + 1)]);
      if (!this.eat(',') && !this.text.startsWith('}', this.pos)) this.fail();
    }
    if (entries.every(([key]) => typeof key === 'string')) return Object.fromEntries(entries);
    return new Map(entries);
  }

  number() {
    const match = /^-?(?:inf|nan|\d+(?:\.\d*)?(?:e[+-]?\d+)?)/.exec(this.text.slice(this.pos));
    if (match === null) this.fail();
    const token = match[0];
    this.pos += token.length;
    if (token === '-inf') return -Infinity;
    if (token === '-nan') return NaN;
    if (/^-?\d+$/.test(token)) {
      const big = BigInt(token);
      const safe = big <= BigInt(Number.MAX_SAFE_INTEGER) && big >= BigInt(Number.MIN_SAFE_INTEGER);
      return safe ? Number(big) : big;
    }
    return Number(token);
  }

  // Reads a quoted literal's body as character codes (str) or byte values (bytes).
  quoted(isBytes) {
    const quote = this.text[this.pos];
    this.pos += 1;
    const units = [];
    for (;;) {
      if (this.pos >= this.text.length) this.fail();
      const ch = this.text[this.pos];
      if (ch === quote) {
        this.pos += 1;
        return units;
      }
      if (ch !== '\\') {
        const cp = this.text.codePointAt(this.pos);
        units.push(cp);
        this.pos += cp > 0xffff ? 2 : 1;
        continue;
      }
      const esc = this.text[this.pos + 1];
      this.pos += 2;
      const simple = { n: 10, t: 9, r: 13, '\\': 92, "'": 39, '"': 34 }[esc];
      if (simple !== undefined) {
        units.push(simple);
        continue;
      }
      const width = { x: 2, u: isBytes ? 0 : 4, U: isBytes ? 0 : 8 }[esc];
      if (!width) this.fail();
      const hex = this.text.slice(this.pos, this.pos + width);
      if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== width) this.fail();
      units.push(parseInt(hex, 16));
      this.pos += width;
    }
  }

  string() {
    let out = '';
    for (const cp of this.quoted(false)) out += String.fromCodePoint(cp);
    return out;
  }

  bytes() {
    return Uint8Array.from(this.quoted(true));
  }
}
