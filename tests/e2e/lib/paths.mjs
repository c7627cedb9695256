// Where the browser tests and benchmarks find what they drive: the repository root,
// the packaged web app (HUICAI_WWW, default build/web/www), the server binary
// (HUICAI_SERVE, default build/bin/huicai-serve), the data assets and the folder
// screenshots go to (HUICAI_ARTIFACTS, default build/artifacts).
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

function fromEnv(name, fallback) {
  const v = process.env[name];
  return v && v.length ? path.resolve(v) : path.join(repoRoot, fallback);
}

export const wwwDir = () => fromEnv('HUICAI_WWW', 'build/web/www');
export const serveBin = () => fromEnv('HUICAI_SERVE', 'build/bin/huicai-serve');
export const artifactsDir = () => fromEnv('HUICAI_ARTIFACTS', 'build/artifacts');
export const assetsDir = () => fromEnv('HUICAI_ASSETS', 'assets');

// Throws a message saying how to get the web app when `dir` holds no index.html.
export function requireWww(dir = wwwDir()) {
  if (!existsSync(path.join(dir, 'index.html'))) {
    throw new Error(`the web app is not built: ${dir}/index.html is missing ` +
      `(run 'make web', or point HUICAI_WWW at a www folder)`);
  }
  return dir;
}

// Throws a message saying how to get the server when the binary is missing.
export function requireServe(bin = serveBin()) {
  if (!existsSync(bin) || !statSync(bin).isFile()) {
    throw new Error(`the server is not built: ${bin} is missing ` +
      `(run 'make native', or point HUICAI_SERVE at a huicai-serve binary)`);
  }
  return bin;
}
