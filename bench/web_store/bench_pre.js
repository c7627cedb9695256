// The page side of the browser storage benchmark (linked with --pre-js): mounts the
// IndexedDB-backed folder /data as the app does (web/huicai_pre.js), and exposes
// window.webStoreBench(options), which runs the measured steps of main.cpp and
// persists with FS.syncfs after each local commit, as the app does after every change.
Module['preRun'] = Module['preRun'] || [];
Module['preRun'].push(function () {
  FS.mkdir('/data');
  FS.mount(IDBFS, {}, '/data');
  addRunDependency('bench-idbfs');
  FS.syncfs(true, function () { removeRunDependency('bench-idbfs'); });
});
Module['onRuntimeInitialized'] = function () { window.webStoreBenchReady = true; };

function benchCall(name, types, args) {
  var v = ccall(name, 'number', types, args);
  if (v < 0) throw new Error(name + ': ' + UTF8ToString(_bench_error()));
  return v;
}
function benchPersist() {
  return new Promise(function (resolve, reject) {
    FS.syncfs(false, function (err) { if (err) reject(new Error('syncfs: ' + err)); else resolve(); });
  });
}
// Lets the page breathe between steps (IndexedDB and timers run in between).
function benchYield() { return new Promise(function (r) { setTimeout(r, 0); }); }

// options: {records, perPage, pullRuns, sizes: [{label, bytes, commits}]}. Resolves to
// {pull: {pages, rows, pageBytes, prepareMs, pull: [ms], parse: [ms], raw: [ms]},
//  commit: [{label, bytes, fillMs, commit: [ms], persist: [ms], total: [ms]}]}
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
  for (var s = 0; s < options.sizes.length; ++s) {
    var size = options.sizes[s];
    var path = '/data/commit.db';
    t = performance.now();
    var bytes = benchCall('bench_fill', ['string', 'number'], [path, size.bytes]);
    await benchPersist(); // the grown file reaches IndexedDB once, unmeasured
    var row = { label: size.label, bytes: bytes, fillMs: performance.now() - t, commit: [], persist: [], total: [] };
    for (var c = 0; c < size.commits; ++c) {
      await benchYield();
      var t0 = performance.now();
      var commitMs = benchCall('bench_commit', [], []);
      await benchPersist();
      var total = performance.now() - t0;
      row.commit.push(commitMs);
      row.persist.push(total - commitMs);
      row.total.push(total);
    }
    ccall('bench_close', null, ['string'], [path]);
    await benchPersist();
    out.commit.push(row);
  }
  return out;
};
