// The browser test: serves web/ cross-origin isolated, opens the playground (web/www/) in headless
// Chromium through playwright-core, and checks isolation, tracebacks, the deadline stopping a
// runaway loop while the page stays responsive, limits, the parallel demo and the package's API;
// saves a screenshot. Run by `cargo xtask test` (after `cargo xtask web` has built web/npm/pkg)
// or directly: `node web/tests/browser.mjs`.
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
import { Checks } from './check.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const web = join(here, '..');
const cacheDir = join(homedir(), '.cache', 'isola');
const nodePrefix = process.env.ISOLA_NODE_PREFIX ?? join(cacheDir, 'node');
const chromium = process.env.CHROMIUM ?? '/usr/bin/chromium';
const targetDir = process.env.CARGO_TARGET_DIR ?? join(cacheDir, 'target');
const screenshot = process.env.ISOLA_SCREENSHOT ?? join(targetDir, 'web', 'screenshot.png');

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

if (!existsSync(join(web, 'npm', 'pkg', 'isola_web.js'))) {
  fail(`${join(web, 'npm', 'pkg')} is missing: build it with \`cargo xtask web\``);
}
if (!existsSync(chromium)) fail(`no Chromium at ${chromium} (apt-get install chromium)`);
const { chromium: browserType } = loadPlaywright();

const t = new Checks('browser test');

const TRACEBACK = `Traceback (most recent call last):
  File "interp3.py", line 7, in <module>
    check(-1)
  File "interp3.py", line 3, in check
    raise ValueError(f'n must be >= 0, got {n}')
ValueError: n must be >= 0, got -1
`;

// The text of one panel's output, split by kind, and how its last run ended.
function readPanel(page, index) {
  return page.evaluate((i) => {
    const panel = document.querySelector(`.panel[data-panel="${i}"]`);
    const text = (kind) => [...panel.querySelectorAll(`pre.output span.${kind}`)]
      .map((span) => span.textContent).join('');
    const banner = panel.querySelector('.banner');
    return {
      stdout: text('stdout'),
      stderr: text('stderr'),
      banner: banner.hidden ? '' : banner.textContent,
      state: panel.dataset.state,
      result: panel.dataset.result,
      status: panel.querySelector('.status').textContent,
    };
  }, index);
}

function panelDone(page, index, timeout = 30_000) {
  return page.waitForFunction((i) =>
    document.querySelector(`.panel[data-panel="${i}"]`).dataset.state === 'done', index,
  { timeout });
}

// Sets a panel's code (and deadline), presses Run, and waits for the run to end.
async function runInPanel(page, index, code, deadlineMs) {
  const panel = page.locator(`.panel[data-panel="${index}"]`);
  if (code !== undefined) await panel.locator('textarea').fill(code);
  if (deadlineMs !== undefined) await panel.locator('input.deadline').fill(String(deadlineMs));
  await panel.locator('button.run').click();
  await panelDone(page, index);
  return readPanel(page, index);
}

const { server, url } = await serve(web);
const profile = mkdtempSync(join(tmpdir(), 'isola-chromium-'));
let context;
const problems = [];
try {
  context = await browserType.launchPersistentContext(profile, {
    executablePath: chromium,
    headless: true,
    viewport: { width: 1280, height: 1000 },
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

  await page.goto(`${url}www/`);
  const loaded = await page.waitForFunction(() => document.body.dataset.ready === 'true' ||
    document.querySelector('.panel[data-state="failed"]') !== null, null, { timeout: 30_000 })
    .then(() => page.evaluate(() => document.body.dataset.ready === 'true'));
  t.check('every panel starts its worker and loads the wasm module', loaded,
    JSON.stringify(await Promise.all([0, 1, 2, 3].map((i) => readPanel(page, i))), null, 1));
  if (!loaded) throw new Error('workers did not start');
  t.equal('the page is cross-origin isolated (SharedArrayBuffer for queues)',
    await page.evaluate(() => [crossOriginIsolated, typeof SharedArrayBuffer]),
    [true, 'function']);

  // Isolation, through the panels' own Run buttons.
  const defined = await runInPanel(page, 0);
  t.equal('panel 1 defines a global', [defined.stdout, defined.result], ['secret = 42\n', 'ok']);
  const looked = await runInPanel(page, 1);
  t.equal('isolation: panel 2 does not see panel 1\'s global', looked.stdout,
    "not here: name 'secret' is not defined\n");

  await page.locator('#run-isolation').click();
  await page.waitForFunction(() =>
    document.getElementById('isolation-result').dataset.done === 'true');
  t.equal('the isolation demo finds the global in one interpreter only',
    await page.locator('#isolation-result').textContent(),
    'interpreter 1: secret = 42\ninterpreter 2: secret is absent\n' +
    'interpreter 3: secret is absent\ninterpreter 4: secret is absent\n');

  const raised = await runInPanel(page, 2);
  t.equal('an uncaught exception shows its traceback',
    [raised.stdout, raised.stderr, raised.result], ['3\n', TRACEBACK, 'exception']);
  t.check('the status names the exception', raised.status.startsWith('ValueError after'),
    raised.status);

  // The runaway loop: stopped by the deadline while the page and the other workers go on.
  await page.evaluate(() => {
    window.ticks = 0;
    window.ticker = setInterval(() => { window.ticks += 1; }, 20);
  });
  const panel3 = page.locator('.panel[data-panel="3"]');
  await panel3.locator('input.deadline').fill('1500');
  const runawayStart = Date.now();
  await panel3.locator('button.run').click();
  await page.waitForTimeout(200);
  const during = await runInPanel(page, 0, "print('still responsive')\n");
  const runningMeanwhile = await page.evaluate(() =>
    document.querySelector('.panel[data-panel="3"]').dataset.state);
  await panelDone(page, 3);
  const runawayMs = Date.now() - runawayStart;
  const ticks = await page.evaluate(() => {
    clearInterval(window.ticker);
    return window.ticks;
  });
  const runaway = await readPanel(page, 3);
  t.equal('another panel runs while the loop spins',
    [during.stdout, runningMeanwhile], ['still responsive\n', 'running']);
  t.check('the deadline stops the runaway loop',
    runaway.result === 'limit' && runaway.stdout === 'spinning until the deadline...\n' &&
    runaway.banner.startsWith('Stopped by the 1500 ms deadline: the worker was terminated') &&
    runaway.status.startsWith('deadline hit after'), JSON.stringify(runaway));
  t.check('the page stays responsive: its timer kept ticking during the loop',
    ticks >= (runawayMs / 20) * 0.5, `${ticks} ticks of 20 ms in ${runawayMs} ms`);
  const after = await runInPanel(page, 3,
    "print(globals().get('n', 'a fresh interpreter'))\n");
  t.equal('a fresh interpreter takes the stopped one\'s place', after.stdout,
    'a fresh interpreter\n');

  // The Stop button, with a deadline far away.
  await panel3.locator('textarea').fill('while True:\n    pass\n');
  await panel3.locator('input.deadline').fill('60000');
  await panel3.locator('button.run').click();
  await page.waitForTimeout(300);
  await panel3.locator('button.stop').click();
  await panelDone(page, 3, 5_000);
  const stopped = await readPanel(page, 3);
  t.check('Stop ends a run at once', stopped.banner.startsWith('Stopped: the worker was terminated'),
    JSON.stringify(stopped));

  // The memory limit, named in the banner.
  await page.locator('.panel[data-panel="3"] select.example').selectOption('memory');
  const hog = await runInPanel(page, 3, undefined, 20_000);
  t.check('the memory limit stops a memory hog and says so',
    hog.result === 'limit' && hog.banner.startsWith('Stopped by the memory limit (64 MiB)'),
    JSON.stringify(hog));

  // The parallel demo with two workers.
  await page.locator('#parallel-n').fill('1000000');
  await page.locator('#parallel-workers').fill('2');
  await page.locator('#run-parallel').click();
  await page.waitForFunction(() =>
    document.getElementById('parallel-result').dataset.done === 'true', null, { timeout: 120_000 });
  const parallel = await page.evaluate(() => ({ ...document.getElementById('parallel-result').dataset }));
  t.equal('the parallel demo\'s parts add up to the one-worker total', parallel.same, 'true');
  console.log(`measure: parallel demo, n = 1000000: one worker ${Number(parallel.one).toFixed(0)} ms, ` +
    `two workers ${Number(parallel.split).toFixed(0)} ms, speedup ` +
    `${(Number(parallel.one) / Number(parallel.split)).toFixed(2)}x`);

  mkdirSync(dirname(screenshot), { recursive: true });
  await page.screenshot({ path: screenshot, fullPage: true });
  t.check('the screenshot is saved', existsSync(screenshot), screenshot);

  // The package's API from the page itself.
  const api = await page.evaluate(async () => {
    const isola = await import('../npm/isola.js');
    const firstOutput = [];
    for (let i = 0; i < 3; i += 1) {
      const start = performance.now();
      let first = null;
      const py = await isola.create({ stdout: () => { first ??= performance.now(); } });
      await py.exec("print('hi')");
      firstOutput.push(first - start);
      py.close();
      // Time for the spare worker that create started to boot.
      await new Promise((resolve) => { setTimeout(resolve, 500); });
    }
    const out = [];
    const py = await isola.create({ stdout: (text) => out.push(text), timeoutMs: 500 });
    await py.exec('def add(a, b):\n    return a + b');
    const sum = await py.call('add', [1, 'é'], [2n ** 64n]);
    let error;
    try {
      await py.exec('1 / 0', { filename: 'api.py' });
    } catch (e) {
      error = { kind: e.kind, name: e.name, message: e.message, traceback: e.traceback,
        isolaError: e instanceof isola.IsolaError };
    }
    let timeout;
    try {
      await py.exec('while True:\n    pass');
    } catch (e) {
      timeout = e.kind;
    }
    await py.exec("print('after', globals().get('add') is None)");
    py.close();
    return { firstOutput, sum: JSON.stringify(sum, (k, v) => (typeof v === 'bigint' ? `${v}n` : v)),
      error, timeout, out: out.join('') };
  });
  console.log(`measure: browser create to first output: ${api.firstOutput[0].toFixed(1)} ms ` +
    `(a spare worker was already booting), then ${api.firstOutput.slice(1)
      .map((v) => v.toFixed(1)).join(', ')} ms`);
  t.equal('call returns a Python list as an array', api.sum, '[1,"é","18446744073709551616n"]');
  t.equal('an exception rejects with an IsolaError carrying the traceback', api.error, {
    kind: 'exception', name: 'ZeroDivisionError', message: 'division by zero',
    traceback: 'Traceback (most recent call last):\n  File "api.py", line 1, in <module>\n' +
      '    1 / 0\nZeroDivisionError: division by zero\n',
    isolaError: true,
  });
  t.equal('the deadline rejects as a timeout and a fresh interpreter follows',
    [api.timeout, api.out], ['timeout', 'after True\n']);

  t.check('no console or page errors', problems.length === 0, problems.join('\n'));
} catch (error) {
  t.check('the browser session completes', false, String(error?.stack ?? error));
} finally {
  await context?.close().catch(() => {});
  server.close();
  rmSync(profile, { recursive: true, force: true });
}

console.log(`screenshot: ${screenshot}`);
t.finish();
