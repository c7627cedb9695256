// The page side of the browser storage benchmark (linked with --pre-js, ahead of the
// app's web/huicai_storage.js, which keeps /data block by block in IndexedDB as in the
// app): the few things of web/huicai_pre.js that file uses, and
// window.webStoreBench(options), which runs the measured steps of main.cpp and saves
// after each local commit, as the app does after every change, waiting until the save
// is durable.
var HC = { live: true, readOnly: false }; // live: saves are reported (below)
var huicai = { persisted: 0 };
function huicaiWake() {}
Module['onRuntimeInitialized'] = function () { window.webStoreBenchReady = true; };

function benchCall(name, types, args) {
  var v = ccall(name, 'number', types, args);
  if (v < 0) throw new Error(name + ': ' + UTF8ToString(_bench_error()));
  return v;
}
// A save, resolved the moment the app would hear it is durable: huicaiStore(2), which
// calls Module._huicai_on_store once the page is live (this module has no such export,
// so the benchmark answers it here).
var benchSaved = null;
Module['_huicai_on_store'] = function (state) {
  if (!benchSaved || state === 1) return;
  var settle = benchSaved;
  benchSaved = null;
  if (state === 2) settle.resolve();
  else settle.reject(new Error('save: ' + (HC.storageError || 'state ' + state)));
};
function benchPersist() {
  return new Promise(function (resolve, reject) {
    benchSaved = { resolve: resolve, reject: reject };
    huicaiPersist();
  });
}
// Start-up at this size: the stored blocks read back into /data as the app does before
// it starts, against the same bytes read from IndexedDB as one value.
async function benchStartup(path) {
  var bytes = FS.readFile(path);
  var t0 = performance.now();
  await new Promise(function (resolve, reject) {
    huicaiStorageRead(HS.db, function (err) { if (err) reject(err); else resolve(); });
  });
  var blocks = performance.now() - t0;
  var db = await new Promise(function (resolve, reject) {
    var r = indexedDB.open('bench-blob', 1);
    r.onupgradeneeded = function () { r.result.createObjectStore('blob'); };
    r.onsuccess = function () { resolve(r.result); };
    r.onerror = function () { reject(r.error); };
  });
  await new Promise(function (resolve) {
    var tx = db.transaction('blob', 'readwrite', { durability: 'strict' });
    tx.objectStore('blob').put(bytes, 'file');
    tx.oncomplete = resolve;
  });
  t0 = performance.now();
  var back = await new Promise(function (resolve) {
    var g = db.transaction('blob', 'readonly').objectStore('blob').get('file');
    g.onsuccess = function () { resolve(g.result); };
  });
  var blob = performance.now() - t0;
  db.close();
  indexedDB.deleteDatabase('bench-blob');
  return { bytes: back.length, blocksMs: blocks, blobMs: blob };
}
// Lets the page breathe between steps (IndexedDB and timers run in between).
function benchYield() { return new Promise(function (r) { setTimeout(r, 0); }); }

// options: {records, perPage, pullRuns, sizes: [{label, bytes, commits}], sqlRows}.
// Resolves to {pull: {pages, rows, pageBytes, prepareMs, pull: [ms], parse: [ms], raw: [ms]},
//  commit: [{label, bytes, fillMs, commit: [ms], persist: [ms], total: [ms], segments: [64 KB written]}],
//  sql: {insert: [ms], index: [ms], select: [ms], update: [ms]} (five runs)}
// (prepareMs and fillMs: the unmeasured set-up, for the record).
window.webStoreBench = async function (options) {
  var out = { pull: {}, commit: [] };
  var t = performance.now();
  var pages = benchCall('bench_prepare', ['number', 'number'], [options.records, options.perPage]);
  out.pull = { pages: pages, rows: _bench_row_count(), pageBytes: _bench_page_bytes(), pull: [], parse: [], raw: [],
    prepareMs: performance.now() - t };
  for (var i = 0; i < options.pullRuns; ++i) {
    // Alternate which side runs first, so neither always meets a warmer heap.
    var order = i % 2 ? [1, 0] : [0, 1];
    for (var k = 0; k < 2; ++k) {
      await benchYield();
      var ms = benchCall('bench_pull', ['string', 'number'], ['/data/pull.db', order[k]]);
      if (order[k]) out.pull.raw.push(ms);
      else { out.pull.pull.push(ms); out.pull.parse.push(_bench_last_parse_ms()); }
    }
  }
  await benchPersist(); // the pull databases are gone again: IndexedDB is clean
  out.sql = { insert: [], index: [], select: [], update: [] };
  for (var r = 0; r < 5; ++r) {
    await benchYield();
    out.sql.insert.push(benchCall('bench_sql', ['number', 'number'], [options.sqlRows, 0]));
    out.sql.index.push(_bench_sql(options.sqlRows, 1));
    out.sql.select.push(_bench_sql(options.sqlRows, 2));
    out.sql.update.push(_bench_sql(options.sqlRows, 3));
  }
  for (var s = 0; s < options.sizes.length; ++s) {
    var size = options.sizes[s];
    var path = '/data/commit.db';
    t = performance.now();
    var bytes = benchCall('bench_fill', ['string', 'number'], [path, size.bytes]);
    await benchPersist(); // the grown file reaches IndexedDB once, unmeasured
    var row = { label: size.label, bytes: bytes, fillMs: performance.now() - t, commit: [], persist: [], total: [], segments: [] };
    for (var c = 0; c < size.commits; ++c) {
      await benchYield();
      var t0 = performance.now();
      var commitMs = benchCall('bench_commit', [], []);
      await benchPersist();
      var total = performance.now() - t0;
      row.commit.push(commitMs);
      row.persist.push(total - commitMs);
      row.total.push(total);
      row.segments.push(HS.lastSegments);
    }
    if (s === options.sizes.length - 1) row.startup = await benchStartup(path);
    ccall('bench_close', null, ['string'], [path]);
    await benchPersist();
    out.commit.push(row);
  }
  return out;
};
