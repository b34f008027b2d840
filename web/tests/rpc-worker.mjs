// A worker that plays the runtime's part in the worker protocol until the `interpreters` module
// drives it from Python: it runs a list of queue and interpreter operations through mailbox.js,
// each blocking in Atomics.wait until the main thread answers, and reports each answer. Used by
// node.mjs.

import { parentPort, workerData } from 'node:worker_threads';
import { MailboxClient } from '../npm/mailbox.js';

const client = new MailboxClient(workerData.mailbox,
  (message, transfer) => parentPort.postMessage(message, transfer));
const encoder = new TextEncoder();
const decoder = new TextDecoder();
const answers = [];
for (const step of workerData.steps) {
  const data = step.text === undefined ? null : encoder.encode(step.text);
  // An id an earlier answer gave, for steps that name what an earlier step created.
  const args = step.idFrom === undefined ? step.args
    : { ...step.args, id: JSON.parse(answers[step.idFrom].text).ints[0] };
  const started = performance.now();
  const { status, data: reply } = client.ask(step.op, args, data);
  answers.push({ status, text: decoder.decode(reply), ms: performance.now() - started });
}
parentPort.postMessage({ type: 'answers', answers });
