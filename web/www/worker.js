// One Web Worker, one isola interpreter. Messages in: {type: 'run', code, filename} and
// {type: 'reset'}. Messages out: 'ready', 'stdout'/'stderr' with text, 'reset', and 'done' with
// a result ({kind: 'ok' | 'exception' | 'exit' | 'limit' | 'crash', ...}).

import init, { Interpreter } from './pkg/isola_web.js';

// The instruction budget counts across runs, so an interpreter that hit it is replaced.
const LIMITS = { maxInstructions: 20_000_000, timeoutMs: 10_000, maxOutputBytes: 1 << 20 };

let interpreter = null;

function freshInterpreter() {
  interpreter?.free();
  interpreter = new Interpreter(
    LIMITS,
    (text) => postMessage({ type: 'stdout', text }),
    (text) => postMessage({ type: 'stderr', text }),
  );
}

function run(code, filename) {
  const start = performance.now();
  try {
    interpreter.exec(code, filename);
    return { kind: 'ok', ms: performance.now() - start };
  } catch (error) {
    const ms = performance.now() - start;
    if (error.kind === undefined) {
      // Not a Python-level failure: the wasm instance trapped. The page restarts this worker.
      return { kind: 'crash', message: String(error), ms };
    }
    if (error.kind === 'limit') freshInterpreter();
    return {
      kind: error.kind,
      name: error.name,
      message: error.message,
      traceback: error.traceback,
      exitCode: error.exitCode,
      limit: error.limit,
      ms,
    };
  }
}

// The handler exists before the module loads, so no message is lost while `init` runs.
const loaded = init().then(freshInterpreter);

onmessage = async (event) => {
  await loaded;
  const message = event.data;
  if (message.type === 'run') {
    postMessage({ type: 'done', result: run(message.code, message.filename) });
  } else if (message.type === 'reset') {
    freshInterpreter();
    postMessage({ type: 'reset' });
  }
};

loaded.then(
  () => postMessage({ type: 'ready' }),
  (error) => postMessage({
    type: 'done',
    result: { kind: 'crash', message: `loading failed: ${error}` },
  }),
);
