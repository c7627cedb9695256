// The empty Dear ImGui + SQLite shell (bench/empty_shell/) that the web benchmarks
// measure the app against: built on demand in the app's Emscripten build folder.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { repoRoot, wwwDir } from '../tests/e2e/lib/paths.mjs';

// The Emscripten build folder: $HUICAI_WEB_BUILD, else the www folder's parent.
export function webBuildDir() {
  return process.env.HUICAI_WEB_BUILD ? path.resolve(process.env.HUICAI_WEB_BUILD) : path.dirname(wwwDir());
}

// Builds the empty shell in `buildDir`; returns its www-empty folder, or null with the
// reason printed.
export function buildEmptyShell(buildDir = webBuildDir()) {
  const rel = path.relative(repoRoot, buildDir) || '.';
  if (!existsSync(path.join(buildDir, 'CMakeCache.txt'))) {
    console.log(`\nempty shell: ${rel} is not a CMake build folder; not built`);
    return null;
  }
  const env = { ...process.env, NODE_PATH: process.env.NODE_PATH || '/usr/share/nodejs' };
  const r = spawnSync('cmake', ['--build', buildDir, '--target', 'huicai_empty_shell', '-j', '2'],
    { env, encoding: 'utf8' });
  if (r.status !== 0) {
    console.log(`\nempty shell: build failed:\n${(r.stdout || '') + (r.stderr || '')}`);
    return null;
  }
  const dir = path.join(buildDir, 'www-empty');
  return existsSync(path.join(dir, 'index.html')) ? dir : null;
}
