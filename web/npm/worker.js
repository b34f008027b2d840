// One worker, one isola interpreter: the worker side of the protocol that isola.js drives. It
// runs in a browser Web Worker and in a Node worker_threads Worker alike.
//
// Worker -> main first: {type: 'started'}, once it listens.
// Main -> worker: {type: 'init', module, limits, asked, mailbox} (`asked`: a child's requested
// limits, which the interpreter bounds by `limits`), {type: 'exec', id, source, filename},
// {type: 'call', id, source}, {type: 'write-file', id, path, data} and {type: 'read-file', id,
// path} (answers the bytes), and for other interpreters' requests {type: 'prepare', id, data}
// and {type: 'call-shared', id, data} (encoded names and calls; the latter answers bytes).
// Worker -> main: {type: 'ready', limits} (the limits it got) or {type: 'failed', message};
// {type: 'out', stream, text}; {type: 'done', id, value} or {type: 'error', id, error}; and, for
// queue operations, {type: 'rpc', ...} answered through the SharedArrayBuffer mailbox (see
// mailbox.js).

import { initSync, Interpreter } from './pkg/isola_web.js';
import { MailboxClient } from './mailbox.js';
import { fromPythonRepr } from './pyvalue.js';

const port = await connect();

let interpreter = null;
let mailbox = null;
// While `call` reads its result back, output is collected here instead of being posted.
let capture = null;

function write(stream, text) {
  if (capture !== null && stream === 'stdout') capture.push(text);
  else port.post({ type: 'out', stream, text });
}

function init(message) {
  initSync({ module: message.module });
  if (message.mailbox) mailbox = new MailboxClient(message.mailbox, port.post);
  interpreter = new Interpreter(
    message.limits ?? undefined,
    (text) => write('stdout', text),
    (text) => write('stderr', text),
    operation,
    message.asked ?? undefined,
  );
}

// Operations whose answer is an encoded value; the others answer JSON `{ints}`.
const VALUE_OPERATIONS = new Set(['queue.get', 'interp.call', 'interp.callJoin', 'host.call']);
const decoder = new TextDecoder();

// The runtime's requests about other interpreters and queues (see web/src/protocol.rs): each
// sleeps until the main thread answers. Returns {status, ints, data, failure}.
function operation(op, args, data) {
  if (mailbox === null) {
    throw new Error('this page is not cross-origin isolated, so workers cannot wait for ' +
      'queues or other interpreters (serve it with COOP and COEP headers)');
  }
  const answer = mailbox.ask(op, args, data);
  if (answer.status === 'ok' && VALUE_OPERATIONS.has(op)) {
    return { status: 'ok', data: answer.data };
  }
  const fields = answer.data.length === 0 ? {} : JSON.parse(decoder.decode(answer.data));
  if (answer.status === 'ok') return { status: 'ok', ints: fields.ints ?? [] };
  return { status: answer.status, failure: answer.status === 'error' ? fields : undefined };
}

// The fields of a failed run, as plain data for postMessage.
function describe(error) {
  if (error?.kind === undefined) {
    // Not a Python-level failure: the wasm instance trapped, and its state cannot be trusted.
    return { kind: 'crash', name: 'RuntimeError', message: String(error?.message ?? error) };
  }
  return {
    kind: error.kind,
    name: error.name,
    message: error.message,
    traceback: error.traceback,
    exitCode: error.exitCode,
    limit: error.limit,
  };
}

// `call`: evaluates `source` (a call expression isola.js built from a checked name and literal
// arguments) in __main__, then reads the result's repr back through a captured print, so that
// output the function itself prints still reaches stdout.
function call(source) {
  interpreter.exec(`__isola_result__ = ${source}`, '<call>');
  capture = [];
  try {
    interpreter.exec(
      "print(repr(__isola_result__), end='')\ndel __isola_result__", '<call>');
    const repr = capture.join('');
    try {
      return fromPythonRepr(repr);
    } catch {
      throw Object.assign(new Error(`the result is not plain data: ${repr.slice(0, 200)}`),
        { kind: 'exception', name: 'TypeError' });
    }
  } finally {
    capture = null;
  }
}

port.listen((message) => {
  if (message.type === 'init') {
    try {
      init(message);
      port.post({ type: 'ready', limits: interpreter.limits });
    } catch (error) {
      port.post({ type: 'failed', message: String(error?.message ?? error) });
    }
    return;
  }
  try {
    let value;
    let transfer = [];
    if (message.type === 'exec') {
      interpreter.exec(message.source, message.filename ?? '<string>');
    } else if (message.type === 'call') {
      value = call(message.source);
    } else if (message.type === 'prepare') {
      interpreter.prepareMain(message.data);
    } else if (message.type === 'call-shared') {
      value = interpreter.callShared(message.data);
      transfer = [value.buffer];
    } else if (message.type === 'write-file') {
      interpreter.writeFile(message.path, message.data);
    } else if (message.type === 'read-file') {
      value = interpreter.readFile(message.path);
      transfer = [value.buffer];
    }
    port.post({ type: 'done', id: message.id, value }, transfer);
  } catch (error) {
    port.post({ type: 'error', id: message.id, error: describe(error) });
  }
});
// Only now can the main thread's messages be heard, so it waits for this before sending 'init'.
port.post({ type: 'started' });

// The message port of this worker, whichever platform runs it.
async function connect() {
  if (typeof WorkerGlobalScope !== 'undefined' && typeof self !== 'undefined') {
    return {
      post: (message, transfer = []) => self.postMessage(message, transfer),
      listen: (handler) => { self.onmessage = (event) => handler(event.data); },
    };
  }
  const { parentPort } = await import('node:worker_threads');
  return {
    post: (message, transfer = []) => parentPort.postMessage(message, transfer),
    listen: (handler) => parentPort.on('message', handler),
  };
}
