// The browser test: serves web/www, opens it in headless Chromium through playwright-core, runs
// every worker and checks each one's output exactly. Run by `cargo xtask test` (after
// `cargo xtask web` has built web/www/pkg) or directly: `node web/tests/browser.mjs`.
//
// Environment: ISOLA_NODE_PREFIX (where playwright-core is installed; default
// ~/.cache/isola/node), CHROMIUM (default /usr/bin/chromium), ISOLA_SCREENSHOT (default
// $CARGO_TARGET_DIR/web/screenshot.png).

import { createRequire } from 'node:module';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from './server.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const www = join(here, '..', 'www');
const cacheDir = join(homedir(), '.cache', 'isola');
const nodePrefix = process.env.ISOLA_NODE_PREFIX ?? join(cacheDir, 'node');
const chromium = process.env.CHROMIUM ?? '/usr/bin/chromium';
const targetDir = process.env.CARGO_TARGET_DIR ?? join(cacheDir, 'target');
const screenshot = process.env.ISOLA_SCREENSHOT ?? join(targetDir, 'web', 'screenshot.png');

const TRACEBACK = `Traceback (most recent call last):
  File "worker2.py", line 11, in <module>
    check(-1)
  File "worker2.py", line 8, in check
    raise ValueError('n must be >= 0, got ' + str(n))
ValueError: n must be >= 0, got -1
`;

// What each worker must show after "Run all": its stdout, its stderr and how the run ended.
const EXPECTED = [
  { stdout: '42\n', stderr: '', result: 'ok' },
  { stdout: 'secret is not defined here\n', stderr: '', result: 'ok' },
  { stdout: 'secret is not defined here\n', stderr: TRACEBACK, result: 'exception' },
  { stdout: 'spinning...\n', stderr: '', result: 'limit' },
];

function fail(message) {
  console.error(`browser test: ${message}`);
  process.exit(1);
}

function loadPlaywright() {
  const require = createRequire(join(nodePrefix, 'package.json'));
  try {
    return require('playwright-core');
  } catch {
    fail(`playwright-core is not installed under ${nodePrefix} ` +
      `(run \`npm install --prefix ${nodePrefix} playwright-core\` or \`cargo xtask test\`)`);
  }
}

if (!existsSync(join(www, 'pkg', 'isola_web.js'))) {
  fail(`${join(www, 'pkg')} is missing: build it with \`cargo xtask web\``);
}
if (!existsSync(chromium)) fail(`no Chromium at ${chromium} (apt-get install chromium)`);
const { chromium: browserType } = loadPlaywright();

let passed = 0;
let failed = 0;
function check(name, ok, detail = '') {
  if (ok) {
    passed += 1;
    console.log(`ok   ${name}`);
  } else {
    failed += 1;
    console.log(`FAIL ${name}${detail ? `\n${detail.replace(/^/gm, '       ')}` : ''}`);
  }
}
function checkEqual(name, actual, expected) {
  check(name, actual === expected,
    `expected: ${JSON.stringify(expected)}\nactual:   ${JSON.stringify(actual)}`);
}

// The text of one panel's output, split by kind, and how its last run ended.
function readPanel(page, index) {
  return page.evaluate((i) => {
    const panel = document.querySelector(`.worker[data-worker="${i}"]`);
    const text = (kind) => [...panel.querySelectorAll(`pre.output span.${kind}`)]
      .map((span) => span.textContent).join('');
    return {
      stdout: text('stdout'),
      stderr: text('stderr'),
      note: text('note'),
      state: panel.dataset.state,
      result: panel.dataset.result,
      status: panel.querySelector('.status').textContent,
    };
  }, index);
}

// Replaces a panel's code, presses its Run button and waits for the run to end.
async function runInPanel(page, index, code) {
  const panel = page.locator(`.worker[data-worker="${index}"]`);
  await panel.locator('textarea').fill(code);
  await panel.locator('button.run').click();
  await page.waitForFunction((i) => {
    const p = document.querySelector(`.worker[data-worker="${i}"]`);
    return p.dataset.state === 'done';
  }, index, { timeout: 30_000 });
  return readPanel(page, index);
}

const { server, url } = await serve(www);
const profile = mkdtempSync(join(tmpdir(), 'isola-chromium-'));
let context;
const problems = [];
try {
  context = await browserType.launchPersistentContext(profile, {
    executablePath: chromium,
    headless: true,
    viewport: { width: 1200, height: 900 },
    args: [
      '--headless', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
  const page = context.pages()[0] ?? await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  context.on('weberror', (error) => problems.push(`web error: ${error.error().message}`));

  await page.goto(url);
  const loaded = await page.waitForFunction(() => document.body.dataset.ready === 'true' ||
    document.querySelector('.worker[data-state="failed"]') !== null, null, { timeout: 30_000 })
    .then(() => page.evaluate(() => document.body.dataset.ready === 'true'));
  const panelCount = await page.locator('.worker').count();
  checkEqual('the page starts one worker per program', panelCount, EXPECTED.length);
  check('every worker loads the wasm module', loaded,
    JSON.stringify(await Promise.all(EXPECTED.map((_, i) => readPanel(page, i))), null, 1));
  if (!loaded) throw new Error('workers did not start');

  await page.locator('#run-all').click();
  await page.waitForFunction(() => document.body.dataset.busy === 'false', null,
    { timeout: 60_000 });
  const panels = await Promise.all(EXPECTED.map((_, i) => readPanel(page, i)));
  mkdirSync(dirname(screenshot), { recursive: true });
  await page.screenshot({ path: screenshot, fullPage: true });

  for (const [i, expected] of EXPECTED.entries()) {
    const actual = panels[i];
    checkEqual(`worker ${i}: stdout`, actual.stdout, expected.stdout);
    checkEqual(`worker ${i}: stderr`, actual.stderr, expected.stderr);
    checkEqual(`worker ${i}: result`, actual.result, expected.result);
  }
  check('isolation: workers 1 and 2 do not see worker 0\'s global',
    panels[1].stdout === 'secret is not defined here\n' &&
    panels[2].stdout.startsWith('secret is not defined here\n'));
  check('the runaway loop is stopped by the instruction limit',
    /^stopped: instruction limit exceeded\b/.test(panels[3].note) &&
    panels[3].status.startsWith('stopped by the instruction limit'),
    `note: ${JSON.stringify(panels[3].note)}\nstatus: ${JSON.stringify(panels[3].status)}`);

  const again = await runInPanel(page, 0, 'print(secret + 1)\n');
  checkEqual('worker 0 keeps its globals between runs', again.stdout, '43\n');

  const alive = await runInPanel(page, 3, "print('alive')\n");
  check('worker 3 runs again after its limit', alive.stdout === 'alive\n' && alive.result === 'ok',
    JSON.stringify(alive));

  await page.locator('.worker[data-worker="0"] button.reset').click();
  await page.waitForFunction(() =>
    document.querySelector('.worker[data-worker="0"]').dataset.state === 'idle');
  const reset = await runInPanel(page, 0,
    "try:\n    print(secret)\nexcept NameError:\n    print('secret is not defined here')\n");
  checkEqual('Reset gives worker 0 a fresh interpreter', reset.stdout,
    'secret is not defined here\n');

  // The class itself, used from the page's main thread.
  const api = await page.evaluate(async () => {
    const module = await import('./pkg/isola_web.js');
    await module.default();
    const attempt = (f) => {
      try {
        return { returned: f() };
      } catch (error) {
        return { name: error.name, message: error.message, kind: error.kind,
          exitCode: error.exitCode, limit: error.limit, traceback: error.traceback };
      }
    };
    const out = [];
    const interp = new module.Interpreter(undefined, (text) => out.push(text), () => {});
    return {
      typo: attempt(() => new module.Interpreter({ maxInstruction: 5 }, () => {}, () => {})),
      negative: attempt(() => new module.Interpreter({ timeoutMs: -1 }, () => {}, () => {})),
      print: { result: attempt(() => interp.exec("print('héllo', '€')")), out: out.join('') },
      exit: attempt(() => interp.exec('raise SystemExit(3)')),
      error: attempt(() => interp.exec('1 / 0')),
    };
  });
  checkEqual('a misspelt limit is a TypeError', `${api.typo.name}: ${api.typo.message}`,
    'TypeError: unknown limit "maxInstruction" (known: maxInstructions, maxHeapBytes, ' +
    'maxRecursion, maxOutputBytes, timeoutMs)');
  checkEqual('a negative limit is a RangeError', `${api.negative.name}: ${api.negative.message}`,
    'RangeError: limits.timeoutMs must be a non-negative whole number, got -1');
  checkEqual('exec returns nothing and output reaches the callback as text',
    JSON.stringify(api.print), JSON.stringify({ result: {}, out: 'héllo €\n' }));
  checkEqual('SystemExit throws with its status',
    JSON.stringify([api.exit.kind, api.exit.exitCode]), JSON.stringify(['exit', 3]));
  check('an exception throws an Error named after the Python type, with the traceback',
    api.error.kind === 'exception' && api.error.name === 'ZeroDivisionError' &&
    api.error.message === 'division by zero' &&
    api.error.traceback?.startsWith(
      'Traceback (most recent call last):\n  File "<string>", line 1') &&
    api.error.traceback.endsWith('\nZeroDivisionError: division by zero\n'),
    JSON.stringify(api.error));

  check('no console or page errors', problems.length === 0, problems.join('\n'));
} catch (error) {
  check('the browser session completes', false, String(error?.stack ?? error));
} finally {
  await context?.close().catch(() => {});
  server.close();
  rmSync(profile, { recursive: true, force: true });
}

console.log(`screenshot: ${screenshot}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
