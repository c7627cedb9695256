// The server as the browser sees it (S6.1.1): the app's document comes with a
// content security policy and nosniff, a missing file is a JSON 404 rather than the
// app's page, and SIGTERM stops the server cleanly.
import test from 'node:test';
import assert from 'node:assert/strict';
import { withApp } from './lib/fixture.mjs';
import { startServer } from './lib/server.mjs';

test('the document is served with a content security policy and nosniff', async (t) => {
  await withApp(t, {}, async ({ app }) => {
    const headers = app.response.headers();
    assert.equal(app.response.status(), 200);
    assert.match(headers['content-type'] || '', /^text\/html\b/);
    const csp = headers['content-security-policy'] || '';
    assert.match(csp, /default-src/, `CSP: ${JSON.stringify(csp)}`);
    assert.doesNotMatch(csp, /default-src[^;]*\*/, `CSP allows any source: ${csp}`);
    assert.equal((headers['x-content-type-options'] || '').toLowerCase(), 'nosniff');
  });
});

test('a missing asset is a JSON 404', async (t) => {
  await withApp(t, {}, async ({ app }) => {
    const res = await app.page.evaluate(async () => {
      const r = await fetch('/no-such-asset-5f2c1e.js');
      return { status: r.status, type: r.headers.get('content-type') || '', body: await r.text() };
    });
    assert.equal(res.status, 404);
    assert.match(res.type, /^application\/json\b/);
    const body = JSON.parse(res.body);
    assert.equal(typeof body, 'object');
    assert.ok(body !== null && !Array.isArray(body));
  });
});

test('the health endpoint answers JSON to the browser', async (t) => {
  await withApp(t, {}, async ({ app }) => {
    const res = await app.page.evaluate(async () => {
      const r = await fetch('/api/v1/health');
      return { status: r.status, type: r.headers.get('content-type') || '', body: await r.text() };
    });
    assert.equal(res.status, 200);
    assert.match(res.type, /^application\/json\b/);
    JSON.parse(res.body);
  });
});

test('SIGTERM stops the server with exit status 0', async () => {
  const server = await startServer();
  const exit = await server.stop();
  assert.deepEqual(exit, { code: 0, signal: null });
});
