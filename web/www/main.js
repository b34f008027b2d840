// The playground: panels of interpreters (each in its own worker, through the npm package in
// ../npm), an isolation demo and a parallel demo. Tests read the DOM's data- attributes.

import { create, load } from '../npm/isola.js';

const EXAMPLES = {
  hello: {
    title: 'hello',
    code: `import sys
print('Hello from isola', sys.version.split()[0])
squares = [n * n for n in range(10)]
print(squares)
`,
  },
  define: {
    title: 'isolation: define a global',
    code: `secret = 42
print('secret =', secret)
`,
  },
  lookup: {
    title: 'isolation: look for it',
    code: `try:
    print('secret =', secret)
except NameError as error:
    print('not here:', error)
`,
  },
  exception: {
    title: 'an uncaught exception',
    code: `def check(n):
    if n < 0:
        raise ValueError(f'n must be >= 0, got {n}')
    return n

print(check(3))
check(-1)
`,
  },
  runaway: {
    title: 'a runaway loop (deadline)',
    code: `print('spinning until the deadline...')
n = 0
while True:
    n += 1
`,
  },
  memory: {
    title: 'a memory hog (memory limit)',
    code: `chunks = []
while True:
    chunks.append('x' * 1_000_000)
`,
  },
  recursion: {
    title: 'deep recursion',
    code: `def depth(n):
    return depth(n + 1)

try:
    depth(0)
except RecursionError as error:
    print('RecursionError:', error)
`,
  },
  classes: {
    title: 'classes and generators',
    code: `class Fib:
    def __init__(self, limit):
        self.limit = limit

    def __iter__(self):
        a, b = 0, 1
        while a < self.limit:
            yield a
            a, b = b, a + b

print(list(Fib(100)))
print({word: len(word) for word in 'isolated interpreters in workers'.split()})
`,
  },
};

// The limits every panel's interpreter runs under; the deadline is per panel.
const LIMITS = { maxHeapBytes: 64 << 20, maxOutputBytes: 1 << 20 };
const DEFAULT_DEADLINE_MS = 5000;

const LIMIT_NAMES = {
  instructions: 'the instruction limit',
  memory: 'the memory limit (64 MiB)',
  output: 'the output limit (1 MiB)',
  time: 'the time limit',
};

let panelCount = 0;

class Panel {
  constructor(parent, exampleKey) {
    this.index = panelCount;
    panelCount += 1;
    this.root = document.createElement('section');
    this.root.className = 'panel';
    this.root.dataset.panel = String(this.index);
    const options = Object.entries(EXAMPLES)
      .map(([key, example]) => `<option value="${key}">${example.title}</option>`).join('');
    this.root.innerHTML = `
      <h2>Interpreter ${this.index + 1}</h2>
      <div class="controls">
        <label>example <select class="example">${options}</select></label>
        <label>deadline <input class="deadline" type="number" min="50" step="50"
          value="${DEFAULT_DEADLINE_MS}"> ms</label>
      </div>
      <textarea spellcheck="false" rows="9"
        aria-label="Python code for interpreter ${this.index + 1}"></textarea>
      <div class="controls">
        <button class="run">Run</button>
        <button class="stop secondary" disabled>Stop</button>
        <span class="status"></span>
      </div>
      <div class="banner" hidden></div>
      <pre class="output" aria-live="polite"></pre>`;
    this.example = this.root.querySelector('select.example');
    this.deadline = this.root.querySelector('input.deadline');
    this.source = this.root.querySelector('textarea');
    this.output = this.root.querySelector('pre.output');
    this.status = this.root.querySelector('.status');
    this.banner = this.root.querySelector('.banner');
    this.runButton = this.root.querySelector('button.run');
    this.stopButton = this.root.querySelector('button.stop');
    this.example.value = exampleKey;
    this.source.value = EXAMPLES[exampleKey].code;
    this.example.addEventListener('change', () => {
      this.source.value = EXAMPLES[this.example.value].code;
    });
    this.runButton.addEventListener('click', () => this.run());
    this.stopButton.addEventListener('click', () => this.interpreter?.stop());
    parent.appendChild(this.root);
    this.setState('loading', 'starting worker…');
    this.ready = create({
      limits: LIMITS,
      stdout: (text) => this.append('stdout', text),
      stderr: (text) => this.append('stderr', text),
    }).then((interpreter) => {
      this.interpreter = interpreter;
      this.setState('idle', 'ready');
    }, (error) => {
      this.append('stderr', `the worker failed to start: ${error.message}\n`);
      this.setState('failed', 'failed to start', 'crash');
    });
  }

  // Appends output; a piece of the same stream as the last one extends its span, so that a
  // program printing many lines does not make as many DOM nodes.
  append(kind, text) {
    const last = this.output.lastElementChild;
    if (last !== null && last.className === kind) {
      last.textContent += text;
    } else {
      const span = document.createElement('span');
      span.className = kind;
      span.textContent = text;
      this.output.appendChild(span);
    }
    this.output.scrollTop = this.output.scrollHeight;
  }

  setState(state, text, result = '') {
    this.root.dataset.state = state;
    this.root.dataset.result = result;
    this.status.textContent = text;
    this.status.className = `status ${result}`;
    this.runButton.disabled = state !== 'idle' && state !== 'done';
    this.stopButton.disabled = state !== 'running';
  }

  showBanner(text) {
    this.banner.textContent = text;
    this.banner.hidden = text === '';
  }

  // Runs the editor's code; resolves once the run has ended, however it ended.
  async run() {
    await this.ready;
    if (this.interpreter === undefined) return;
    this.output.textContent = '';
    this.showBanner('');
    this.setState('running', 'running…');
    const deadline = Number(this.deadline.value) || DEFAULT_DEADLINE_MS;
    const start = performance.now();
    try {
      await this.interpreter.exec(this.source.value, {
        filename: `interp${this.index + 1}.py`, timeoutMs: deadline,
      });
      this.setState('done', `finished in ${ms(start)}`, 'ok');
    } catch (error) {
      this.report(error, start, deadline);
    }
  }

  report(error, start, deadline) {
    switch (error.kind) {
      case 'exception':
        this.append('stderr', error.traceback);
        this.setState('done', `${error.name} after ${ms(start)}`, 'exception');
        break;
      case 'exit':
        this.setState('done', `exited with status ${error.exitCode}`,
          error.exitCode === 0 ? 'ok' : 'exception');
        break;
      case 'limit':
        this.showBanner(`Stopped by ${LIMIT_NAMES[error.limit] ?? error.limit}: ${error.message}. ` +
          'A fresh interpreter took its place.');
        this.setState('done', `limit hit after ${ms(start)}`, 'limit');
        break;
      case 'timeout':
        this.showBanner(`Stopped by the ${deadline} ms deadline: the worker was terminated ` +
          'and a fresh interpreter took its place.');
        this.setState('done', `deadline hit after ${ms(start)}`, 'limit');
        break;
      case 'stopped':
        this.showBanner('Stopped: the worker was terminated and a fresh interpreter took its place.');
        this.setState('done', `stopped after ${ms(start)}`, 'limit');
        break;
      default:
        this.append('stderr', `${error.name}: ${error.message}\n`);
        this.setState('done', 'the worker crashed; restarted', 'crash');
        break;
    }
  }
}

function ms(start) {
  return `${(performance.now() - start).toFixed(1)} ms`;
}

const container = document.getElementById('panels');
const panels = ['define', 'lookup', 'exception', 'runaway']
  .map((key) => new Panel(container, key));
const pageStatus = document.getElementById('page-status');
document.getElementById('isolation-status').textContent = globalThis.crossOriginIsolated
  ? 'cross-origin isolated: queues can block with Atomics.wait'
  : 'not cross-origin isolated: blocking queue reads are unavailable';

document.getElementById('add-panel').addEventListener('click', () => {
  panels.push(new Panel(container, 'hello'));
});

// The isolation demo: the first panel defines a global; every other panel looks for it.
document.getElementById('run-isolation').addEventListener('click', async (event) => {
  const button = event.target;
  const result = document.getElementById('isolation-result');
  button.disabled = true;
  result.textContent = '';
  const [first, ...others] = panels;
  await first.ready;
  await first.interpreter.exec('secret = 42');
  const lines = [`interpreter 1: secret = ${await first.interpreter.call('eval', 'secret')}`];
  for (const panel of others) {
    await panel.ready;
    const found = await panel.interpreter.call('eval', "globals().get('secret', 'absent')");
    lines.push(`interpreter ${panel.index + 1}: secret is ${found === 'absent' ? 'absent' : found}`);
  }
  result.textContent = `${lines.join('\n')}\n`;
  result.dataset.done = 'true';
  button.disabled = false;
});

// The parallel demo: the same total on one worker, then split over N workers at once.
const JOB = `def part(lo, hi):
    total = 0
    for i in range(lo, hi):
        total += i * i % 7
    return total
`;

document.getElementById('run-parallel').addEventListener('click', async (event) => {
  const button = event.target;
  const result = document.getElementById('parallel-result');
  const n = Math.max(1000, Number(document.getElementById('parallel-n').value) || 2_000_000);
  const count = Math.min(16, Math.max(1, Number(document.getElementById('parallel-workers').value) || 2));
  button.disabled = true;
  result.dataset.done = 'false';
  result.textContent = `starting ${count} workers…\n`;
  const workers = await Promise.all(Array.from({ length: count }, () => create()));
  await Promise.all(workers.map((w) => w.exec(JOB)));
  // A short run first, so that neither timing pays for a cold start.
  await Promise.all(workers.map((w) => w.call('part', 0, 1000)));

  result.textContent += `one worker, n = ${n}…\n`;
  let start = performance.now();
  const whole = await workers[0].call('part', 0, n);
  const one = performance.now() - start;

  result.textContent += `${count} workers…\n`;
  const bounds = Array.from({ length: count + 1 }, (_, i) => Math.floor((n * i) / count));
  start = performance.now();
  const parts = await Promise.all(workers.map((w, i) => w.call('part', bounds[i], bounds[i + 1])));
  const split = performance.now() - start;
  for (const w of workers) w.close();

  const sum = parts.reduce((a, b) => a + b, 0);
  const speedup = one / split;
  result.textContent = `one worker: ${one.toFixed(0)} ms (total ${whole})\n` +
    `${count} workers: ${split.toFixed(0)} ms (total ${sum}${sum === whole ? ', the same' : ', DIFFERENT'})\n` +
    `speedup: ${speedup.toFixed(2)}x on ${navigator.hardwareConcurrency} logical cores\n`;
  Object.assign(result.dataset, {
    done: 'true', one: String(one), split: String(split), same: String(sum === whole),
  });
  button.disabled = false;
});

const loadStart = performance.now();
load().then(() => Promise.all(panels.map((panel) => panel.ready))).then(() => {
  pageStatus.textContent = `${panels.length} interpreters ready in ${ms(loadStart)}`;
  document.body.dataset.ready = 'true';
});
