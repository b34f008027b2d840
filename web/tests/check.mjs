// The small assertion helper the Node and browser tests share: named checks, a count, an exit code.

export class Checks {
  constructor(suite) {
    this.suite = suite;
    this.passed = 0;
    this.failed = 0;
  }

  check(name, ok, detail = '') {
    if (ok) {
      this.passed += 1;
      console.log(`ok   ${name}`);
    } else {
      this.failed += 1;
      const indented = String(detail).replace(/^/gm, '       ');
      console.log(`FAIL ${name}${detail ? `\n${indented}` : ''}`);
    }
  }

  equal(name, actual, expected) {
    const a = JSON.stringify(actual, replacer);
    const e = JSON.stringify(expected, replacer);
    this.check(name, a === e, `expected: ${e}\nactual:   ${a}`);
  }

  finish() {
    console.log(`${this.suite}: ${this.passed} passed, ${this.failed} failed`);
    process.exit(this.failed === 0 ? 0 : 1);
  }
}

// JSON cannot show bigints, bytes or maps; these spellings keep them apart in messages.
function replacer(_key, value) {
  if (typeof value === 'bigint') return `${value}n`;
  if (value instanceof Uint8Array) return { bytes: [...value] };
  if (value instanceof Map) return { map: [...value] };
  return value;
}
