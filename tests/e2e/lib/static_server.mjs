// A plain static file server for the built web app, standing in for any static host
// (no /api, no precompressed bodies, no special headers): GET and HEAD of files under
// `root`, 404 for everything else. Every request is recorded with its status so that
// a test can prove the app never reached a server API.
import { createServer } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import path from 'node:path';
import { requireWww, wwwDir } from './paths.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.wasm': 'application/wasm',
  '.data': 'application/octet-stream', '.json': 'application/json', '.ttc': 'font/collection', '.ttf': 'font/ttf',
  '.png': 'image/png', '.svg': 'image/svg+xml', '.ico': 'image/x-icon',
};

// Resolves to {url, requests: [{method, path, status}], stop()}; `port` 0: any free one
// (a given port: where a stopped server was, so the page keeps its origin).
export async function startStaticServer({ root = wwwDir(), port: wanted = 0 } = {}) {
  const dir = path.resolve(requireWww(root));
  const requests = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    const record = (status) => requests.push({ method: req.method, path: url.pathname, status });
    let rel;
    try { rel = decodeURIComponent(url.pathname); } catch { rel = ''; }
    if (rel.endsWith('/')) rel += 'index.html';
    const file = path.resolve(dir, `.${rel}`);
    let ok = (req.method === 'GET' || req.method === 'HEAD') && file.startsWith(dir + path.sep);
    let size = 0;
    if (ok) {
      try { const st = statSync(file); ok = st.isFile(); size = st.size; } catch { ok = false; }
    }
    if (!ok) {
      record(404);
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    record(200);
    res.writeHead(200, {
      'content-type': TYPES[path.extname(file)] || 'application/octet-stream',
      'content-length': size,
      'cache-control': 'no-cache',
    });
    if (req.method === 'HEAD') { res.end(); return; }
    createReadStream(file).pipe(res);
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(wanted, '127.0.0.1', resolve);
  });
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    stop: () => new Promise((resolve) => { server.closeAllConnections?.(); server.close(() => resolve()); }),
  };
}
