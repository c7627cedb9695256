// Runs the real server (build/bin/huicai-serve) as a child process for a test:
// a free port (--port 0, read back from its "serving … at http://…" line), a fresh
// data folder, a wait for /api/v1/health, and a stop by SIGTERM that waits for the
// process to exit and reports how it ended.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { requireServe, requireWww, serveBin, wwwDir } from './paths.mjs';

// Generous: a first start seeds the demo database through the core, which takes a
// while on a loaded machine.
const START_TIMEOUT_MS = 90_000;
const STOP_TIMEOUT_MS = 5_000;

// A plain GET outside the browser: {status, headers, body}.
export function httpGet(url, timeoutMs = 2_000) {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { timeout: timeoutMs, agent: false, headers: { connection: 'close' } }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers,
        body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('timeout', () => req.destroy(new Error(`GET ${url} timed out`)));
    req.on('error', reject);
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// Starts the server on `root` (default: the www folder) with a fresh data folder
// unless `dataDir` is given; `args` are further options (e.g. ['--today', '2026-11-02']).
// Passwords are hashed at the cheapest setting (--fast-passwords) unless
// `fastPasswords` is false: at the interactive setting, seeding the demo's 32 accounts
// takes seconds of every test's start and each sign-in a fifth of a second, and no
// browser test is about the hashing's cost (the server's tests check both settings).
// Resolves to {url, root, dataDir, process, output(), stop()}.
export async function startServer({ root = wwwDir(), dataDir, checkWww = true, args = [], fastPasswords = true } = {}) {
  const bin = requireServe(serveBin());
  if (checkWww) requireWww(root);
  const ownData = !dataDir;
  const data = dataDir ?? mkdtempSync(path.join(os.tmpdir(), 'huicai-e2e-data-'));
  const options = ['--root', root, '--data', data, '--port', '0', '--quiet', ...(fastPasswords ? ['--fast-passwords'] : []), ...args];
  const child = spawn(bin, options,
    { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const exited = new Promise((resolve) => {
    child.on('exit', (code, signal) => resolve({ code, signal }));
    child.on('error', (err) => { output += `\nspawn error: ${err.message}`; resolve({ code: -1, signal: null }); });
  });
  let exitInfo = null;
  exited.then((info) => { exitInfo = info; });

  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(
      `huicai-serve printed no "serving … at http://…" line within ${START_TIMEOUT_MS} ms; output:\n${output}`)),
      START_TIMEOUT_MS);
    const onData = (chunk) => {
      output += chunk.toString('utf8');
      const m = /serving .* at (https?:\/\/[^\s/]+)/.exec(output);
      if (m) { clearTimeout(timer); resolve(m[1]); }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    exited.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(new Error(`huicai-serve exited before serving (code ${code}, signal ${signal}); output:\n${output}`));
    });
  }).catch((err) => {
    child.kill('SIGKILL');
    if (ownData) rmSync(data, { recursive: true, force: true });
    throw err;
  });

  // The address line may come before the listener accepts: wait for health.
  const deadline = Date.now() + START_TIMEOUT_MS;
  let lastProblem = '';
  for (;;) {
    try {
      const res = await httpGet(`${url}/api/v1/health`);
      if (res.status === 200) {
        try { JSON.parse(res.body); break; } catch { lastProblem = `health is not JSON: ${res.body.slice(0, 200)}`; }
      } else {
        lastProblem = `health answered ${res.status}`;
      }
    } catch (err) {
      lastProblem = err.message;
    }
    if (exitInfo || Date.now() > deadline) {
      child.kill('SIGKILL');
      if (ownData) rmSync(data, { recursive: true, force: true });
      throw new Error(`huicai-serve at ${url} never became healthy (${lastProblem}); output:\n${output}`);
    }
    await sleep(50);
  }

  return {
    url,
    root,
    dataDir: data,
    process: child,
    output: () => output,
    // SIGTERM, then wait for the exit. Resolves to {code, signal}; rejects when the
    // process had to be killed because it ignored SIGTERM.
    async stop() {
      if (!exitInfo) child.kill('SIGTERM');
      const timer = sleep(STOP_TIMEOUT_MS).then(() => null);
      const info = await Promise.race([exited, timer]);
      if (ownData) rmSync(data, { recursive: true, force: true });
      if (!info) {
        child.kill('SIGKILL');
        await exited;
        throw new Error(`huicai-serve did not exit within ${STOP_TIMEOUT_MS} ms of SIGTERM`);
      }
      return info;
    },
  };
}
