// The page: one panel per Web Worker, each worker holding its own isola interpreter.
// worker.js owns the interpreter; this file only builds the panels and passes messages.

const PROGRAMS = [
  {
    title: 'defines a global',
    code: `# This interpreter defines a global.
secret = 42
print(secret)
`,
  },
  {
    title: 'cannot see it',
    code: `# Another interpreter: worker 0's global is not here.
try:
    print(secret)
except NameError:
    print('secret is not defined here')
`,
  },
  {
    title: 'an uncaught exception',
    code: `try:
    print(secret)
except NameError:
    print('secret is not defined here')

def check(n):
    if n < 0:
        raise ValueError('n must be >= 0, got ' + str(n))
    return n

check(-1)
`,
  },
  {
    title: 'a runaway loop',
    code: `# This loop never ends: the instruction limit stops it.
print('spinning...')
n = 0
while True:
    n += 1
`,
  },
];

const LIMIT_NAMES = {
  instructions: 'instruction limit',
  memory: 'memory limit',
  output: 'output limit',
  time: 'time limit',
};

class WorkerPanel {
  constructor(index, program, parent) {
    this.index = index;
    this.pending = null;
    this.root = document.createElement('section');
    this.root.className = 'worker';
    this.root.dataset.worker = String(index);
    this.root.innerHTML = `
      <h2>Worker ${index} <small>· ${program.title}</small></h2>
      <textarea spellcheck="false" aria-label="Python code for worker ${index}"></textarea>
      <div class="controls">
        <button class="run">Run</button>
        <button class="reset secondary"
                title="Replace this worker's interpreter with a fresh one">Reset</button>
        <span class="status"></span>
      </div>
      <pre class="output" aria-live="polite"></pre>`;
    this.source = this.root.querySelector('textarea');
    this.source.value = program.code;
    this.source.rows = Math.max(6, program.code.split('\n').length);
    this.output = this.root.querySelector('pre.output');
    this.status = this.root.querySelector('.status');
    this.runButton = this.root.querySelector('button.run');
    this.resetButton = this.root.querySelector('button.reset');
    this.runButton.addEventListener('click', () => this.run());
    this.resetButton.addEventListener('click', () => this.reset());
    parent.appendChild(this.root);
    this.spawn();
  }

  // Starts (or restarts, after a crash) this panel's worker; resolves once its interpreter exists.
  spawn() {
    this.setState('loading', 'starting worker…');
    this.worker = new Worker('worker.js', { type: 'module', name: `isola worker ${this.index}` });
    this.worker.onmessage = (event) => this.receive(event.data);
    this.worker.onerror = (event) => {
      event.preventDefault();
      this.finish({ kind: 'crash', message: event.message || 'the worker failed to load' });
    };
    this.ready = new Promise((resolve) => { this.markReady = resolve; });
    return this.ready;
  }

  receive(message) {
    switch (message.type) {
      case 'ready':
        this.setState('idle', 'ready');
        this.markReady();
        break;
      case 'stdout':
      case 'stderr':
        this.append(message.type, message.text);
        break;
      case 'reset':
        this.output.textContent = '';
        this.append('note', 'A fresh interpreter replaced the old one.\n');
        this.setState('idle', 'ready');
        break;
      case 'done':
        this.finish(message.result);
        break;
    }
  }

  append(kind, text) {
    const span = document.createElement('span');
    span.className = kind;
    span.textContent = text;
    this.output.appendChild(span);
    this.output.scrollTop = this.output.scrollHeight;
  }

  setState(state, text, result = '') {
    this.root.dataset.state = state;
    this.root.dataset.result = result;
    this.status.textContent = text;
    this.status.className = `status ${result}`;
    const busy = state === 'running' || state === 'loading' || state === 'failed';
    this.runButton.disabled = busy;
    this.resetButton.disabled = busy;
  }

  // Runs the textarea's code; resolves with the result once the worker reports back.
  async run() {
    await this.ready;
    this.output.textContent = '';
    this.setState('running', 'running…');
    const done = new Promise((resolve) => { this.pending = resolve; });
    const filename = `worker${this.index}.py`;
    this.worker.postMessage({ type: 'run', code: this.source.value, filename });
    return done;
  }

  reset() {
    this.setState('loading', 'resetting…');
    this.worker.postMessage({ type: 'reset' });
  }

  finish(result) {
    const ms = result.ms === undefined ? '' : ` in ${result.ms.toFixed(1)} ms`;
    switch (result.kind) {
      case 'ok':
        this.setState('done', `finished${ms}`, 'ok');
        break;
      case 'exception':
        this.append('stderr', result.traceback);
        this.setState('done', `${result.name}${ms}`, 'exception');
        break;
      case 'exit':
        if (result.exitCode !== 0) this.append('note', `exited with status ${result.exitCode}\n`);
        this.setState('done', `exited with status ${result.exitCode}${ms}`,
          result.exitCode === 0 ? 'ok' : 'exit');
        break;
      case 'limit': {
        this.append('note', `stopped: ${result.message}\n`);
        this.append('note', 'A fresh interpreter replaced the stopped one.\n');
        const limit = LIMIT_NAMES[result.limit] ?? result.limit;
        this.setState('done', `stopped by the ${limit}${ms}`, 'limit');
        break;
      }
      default:
        if (this.root.dataset.state === 'loading') {
          // The worker never became ready (say, the wasm package is missing): restarting it
          // would only fail again.
          this.append('stderr', `worker failed to start: ${result.message}\n`);
          this.setState('failed', 'failed to start', 'crash');
          break;
        }
        // The wasm instance trapped or the worker died: its module state can no longer be
        // trusted, so a new worker takes its place.
        this.append('stderr', `worker crashed: ${result.message}\n`);
        this.worker.terminate();
        this.spawn().then(() => this.setState('done', 'crashed; restarted', 'crash'));
        break;
    }
    if (this.pending) {
      this.pending(result);
      this.pending = null;
    }
  }
}

const container = document.getElementById('workers');
const panels = PROGRAMS.map((program, index) => new WorkerPanel(index, program, container));
const runAll = document.getElementById('run-all');
const pageStatus = document.getElementById('page-status');

// Worker 0 runs first so that the others look for its global only after it exists.
runAll.addEventListener('click', async () => {
  runAll.disabled = true;
  document.body.dataset.busy = 'true';
  pageStatus.textContent = 'running…';
  await panels[0].run();
  await Promise.all(panels.slice(1).map((panel) => panel.run()));
  pageStatus.textContent = 'all runs finished';
  document.body.dataset.busy = 'false';
  runAll.disabled = false;
});

Promise.all(panels.map((panel) => panel.ready)).then(() => {
  runAll.disabled = false;
  pageStatus.textContent = `${panels.length} workers ready`;
  document.body.dataset.ready = 'true';
});
