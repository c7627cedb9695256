// The data folder's databases in IndexedDB, block by block (after huicai_pre.js).
// The app's SQLite files live in memory (/data, Emscripten's MEMFS) and are opened
// through the page VFS (src/store/page_vfs.h), which records the 4 KiB blocks each
// transaction writes. IndexedDB keeps a file in segments of 64 KiB (16 blocks: a value
// per 4 KiB made a 50 MB database 12,800 values, slow to read back at start-up). After
// a commit the app asks for a save (huicaiPersist): the segments holding a block
// written since the last save are read at once (the files are whole between
// transactions) and written in one IndexedDB transaction opened with strict
// durability, with each file's size and a generation; blocks past a file's end and
// files no longer in the folder are deleted in the same transaction. The app learns
// the moment it completes (saving → saved: what the outbox counts as durable); saves
// asked for meanwhile are coalesced into one more. Before the app starts, the files
// are read back in chunks of blocks. A database kept by the previous release (the
// whole-file IDBFS store, IndexedDB "/data") is brought over once, every row with it,
// and the old store deleted after the new one holds it.
//
// IndexedDB "huicai-store", version 1: "files" (key: the file's path; value {size,
// block: the segment's size, generation}) and "blocks" (key [path, n]; value: the bytes
// of segment n, the last one cut at the file's end).
var HUICAI_BLOCK = 4096;            // the VFS's unit
var HUICAI_SEGMENT = 16 * 4096;     // the store's
var HS = {
  db: null,        // the open IndexedDB database, once loaded
  files: {},       // path → {size, block, generation} as stored
  whole: {},       // path → true: write it whole next time (brought over, or a save failed)
  saving: false,
  again: false,
  loadMs: 0,       // how long the start-up read took
  loadedBytes: 0,
};

function huicaiStorageOpen(done) {
  var req = indexedDB.open('huicai-store', 1);
  req.onupgradeneeded = function () {
    var db = req.result;
    if (!db.objectStoreNames.contains('files')) db.createObjectStore('files');
    if (!db.objectStoreNames.contains('blocks')) db.createObjectStore('blocks');
  };
  req.onsuccess = function () { done(null, req.result); };
  req.onerror = function () { done(req.error || new Error('indexedDB.open failed'), null); };
  req.onblocked = function () { done(new Error('indexedDB.open blocked'), null); };
}

function huicaiBlockRange(path, from) {
  return IDBKeyRange.bound([path, from], [path, Infinity]);
}

// Reads every stored file into /data, in chunks of 256 segments (16 MiB).
function huicaiStorageRead(db, done) {
  var t0 = performance.now();
  var tx = db.transaction(['files', 'blocks'], 'readonly');
  var files = tx.objectStore('files'), blocks = tx.objectStore('blocks');
  var paths = [], metas = [];
  files.openCursor().onsuccess = function (e) {
    var c = e.target.result;
    if (c) { paths.push(c.key); metas.push(c.value); c.continue(); return; }
    var i = 0;
    var nextFile = function () {
      if (i === paths.length) return;
      var path = paths[i], meta = metas[i];
      var bytes = new Uint8Array(meta.size);
      var from = 0;
      var chunk = function () {
        var r = blocks.getAll(huicaiBlockRange(path, from), 256);
        var k = blocks.getAllKeys(huicaiBlockRange(path, from), 256);
        k.onsuccess = function () {
          var keys = k.result, vals = r.result;
          var unit = meta.block || HUICAI_SEGMENT;
          for (var j = 0; j < keys.length; j++) {
            var at = keys[j][1] * unit;
            if (at < bytes.length) bytes.set(vals[j].subarray(0, Math.min(vals[j].length, bytes.length - at)), at);
          }
          if (keys.length === 256) { from = keys[keys.length - 1][1] + 1; chunk(); return; }
          FS.writeFile(path, bytes);
          HS.files[path] = meta;
          if (meta.block !== HUICAI_SEGMENT) HS.whole[path] = true; // kept in other units: rewritten
          HS.loadedBytes += bytes.length;
          i++;
          nextFile();
        };
      };
      chunk();
    };
    nextFile();
  };
  tx.oncomplete = function () { HS.loadMs = performance.now() - t0; done(null); };
  tx.onerror = tx.onabort = function () { done(tx.error || new Error('reading the store failed')); };
}

// The previous release's store (IDBFS: IndexedDB "/data", object store FILE_DATA, one
// record per file keyed by its path), or null when there is none. Opening without a
// version creates a database that does not exist: the upgrade is aborted so that none is.
function huicaiOldStore(done) {
  var req;
  try { req = indexedDB.open('/data'); } catch (e) { done(null); return; }
  var fresh = false;
  req.onupgradeneeded = function () { fresh = true; req.transaction.abort(); };
  req.onsuccess = function () {
    var db = req.result;
    if (!db.objectStoreNames.contains('FILE_DATA')) { db.close(); done(null); return; }
    var found = [];
    var tx = db.transaction('FILE_DATA', 'readonly');
    tx.objectStore('FILE_DATA').openCursor().onsuccess = function (e) {
      var c = e.target.result;
      if (!c) return;
      var v = c.value;
      if (typeof c.key === 'string' && c.key.indexOf('/data/') === 0 && v && v.contents && /\.db$/.test(c.key))
        found.push({ path: c.key, bytes: new Uint8Array(v.contents) });
      c.continue();
    };
    tx.oncomplete = function () { db.close(); done(found); };
    tx.onerror = function () { db.close(); done(null); };
  };
  req.onerror = function () { done(fresh ? null : null); };
}

// Before main(): the store opened and read; on a first start of this release, the old
// store brought over (written here whole, then deleted).
function huicaiStorageStart(done) {
  huicaiStorageOpen(function (err, db) {
    if (err) { done(err); return; }
    huicaiStorageRead(db, function (err2) {
      if (err2) { done(err2); return; }
      HS.db = db;
      huicaiOldStore(function (old) {
        if (!old) { done(null); return; }
        if (Object.keys(HS.files).length > 0) { // brought over before: only the old store is left
          indexedDB.deleteDatabase('/data');
          done(null);
          return;
        }
        old.forEach(function (f) {
          FS.writeFile(f.path, f.bytes);
          HS.whole[f.path] = true;
        });
        HS.migrated = old.length;
        huicaiStorageWrite(function (ok) {
          if (ok) indexedDB.deleteDatabase('/data');
          done(null);
        });
      });
    });
  });
}

// The files of the folder that are databases (not a journal).
function huicaiStorageList() {
  var out = [];
  FS.readdir('/data').forEach(function (name) {
    if (name === '.' || name === '..' || /-(journal|wal|shm)$/.test(name)) return;
    var path = '/data/' + name;
    if (FS.isFile(FS.stat(path).mode)) out.push(path);
  });
  return out;
}

// What changed since the last save, read now: [{path, size, blocks: [n…], data: [bytes…]}]
// and the paths deleted. Null while a transaction is open (a journal exists), unless `anyway`.
function huicaiStorageChanges(anyway) {
  var names = FS.readdir('/data');
  if (!anyway && names.some(function (n) { return /-journal$/.test(n); })) return null;
  var changes = [], present = {};
  huicaiStorageList().forEach(function (path) {
    present[path] = true;
    var node = FS.lookupPath(path).node;
    var size = node.usedBytes !== undefined ? node.usedBytes : FS.stat(path).size;
    var contents = node.contents || new Uint8Array(0);
    var n = Module['ccall']('huicai_storage_take', 'number', ['string'], [path]);
    var list = [];
    var count = Math.ceil(size / HUICAI_SEGMENT), per = HUICAI_SEGMENT / HUICAI_BLOCK;
    if (n < 0 || HS.whole[path] || !HS.files[path]) {
      for (var g = 0; g < count; g++) list.push(g);
    } else if (n > 0) {
      var at = Module['_huicai_storage_blocks']() >> 2; // blocks in increasing order
      for (var i = 0; i < n; i++) {
        var seg = Math.floor(HEAPU32[at + i] / per);
        if (seg < count && list[list.length - 1] !== seg) list.push(seg);
      }
    }
    var meta = HS.files[path];
    if (!list.length && meta && meta.size === size) return;
    // Copies, not views: a view would be stored with the whole buffer behind it.
    var data = list.map(function (seg) {
      return contents.slice(seg * HUICAI_SEGMENT, Math.min((seg + 1) * HUICAI_SEGMENT, size));
    });
    changes.push({ path: path, size: size, blocks: list, data: data });
  });
  var deleted = Object.keys(HS.files).filter(function (p) { return !present[p]; });
  return { changes: changes, deleted: deleted };
}

// Writes what changed in one transaction; done(true) once it is durable. A journal in
// the folder means a transaction is open: wait for it, but not for ever (one left by a
// database closed mid-transaction would hold every save back).
function huicaiStorageWrite(done, tries) {
  var what = huicaiStorageChanges((tries || 0) >= 50);
  if (!what) { setTimeout(function () { huicaiStorageWrite(done, (tries || 0) + 1); }, 20); return; }
  if (!what.changes.length && !what.deleted.length) { done(true); return; }
  var tx;
  try {
    tx = HS.db.transaction(['files', 'blocks'], 'readwrite', { durability: 'strict' });
  } catch (e) {
    what.changes.forEach(function (c) { HS.whole[c.path] = true; });
    done(false, e);
    return;
  }
  var files = tx.objectStore('files'), blocks = tx.objectStore('blocks');
  var metas = {};
  what.changes.forEach(function (c) {
    var old = HS.files[c.path];
    if (HS.whole[c.path]) blocks.delete(huicaiBlockRange(c.path, 0));
    for (var i = 0; i < c.blocks.length; i++) blocks.put(c.data[i], [c.path, c.blocks[i]]);
    blocks.delete(huicaiBlockRange(c.path, Math.ceil(c.size / HUICAI_SEGMENT)));
    var meta = { size: c.size, block: HUICAI_SEGMENT, generation: (old ? old.generation : 0) + 1 };
    files.put(meta, c.path);
    metas[c.path] = meta;
  });
  what.deleted.forEach(function (path) {
    files.delete(path);
    blocks.delete(huicaiBlockRange(path, 0));
  });
  tx.oncomplete = function () {
    Object.keys(metas).forEach(function (p) { HS.files[p] = metas[p]; delete HS.whole[p]; });
    what.deleted.forEach(function (p) { delete HS.files[p]; Module['ccall']('huicai_storage_forget', null, ['string'], [p]); });
    HS.lastSegments = what.changes.reduce(function (n, c) { return n + c.blocks.length; }, 0);
    done(true);
  };
  tx.onerror = tx.onabort = function (e) {
    if (e && e.preventDefault) e.preventDefault();
    // What was taken is not stored: the next save writes these files whole.
    what.changes.forEach(function (c) { HS.whole[c.path] = true; });
    done(false, tx.error);
  };
}

// Tells the app how the last save went (1 saving, 2 saved, 3 failed, 4 failed: the
// storage is full); before the app is
// up (a save asked for while it set itself up), once it is.
function huicaiStore(state) {
  if (HC.live) Module['_huicai_on_store'](state);
  else HS.pendingStore = state;
}
function huicaiStoreFlush() {
  if (HS.pendingStore) Module['_huicai_on_store'](HS.pendingStore);
  HS.pendingStore = 0;
}

// A save asked for: coalesced while one runs; the app hears saving, then saved or failed.
function huicaiPersist() {
  if (HC.readOnly) return;
  HS.asked = (HS.asked || 0) + 1;
  if (!HS.db) { huicaiStore(3); return; } // nothing can be kept: the app says so
  if (HS.saving) { HS.again = true; return; }
  huicaiSave();
}
// One save, covering every save asked for before it starts; when more were asked for
// while it ran, one more follows (the same asks: not counted again).
function huicaiSave() {
  HS.saving = true;
  huicaiStore(1);
  var covers = HS.asked; // every save asked for so far is in this one (read at its start)
  huicaiStorageWrite(function (ok, err) {
    HS.saving = false;
    if (ok) { huicai.persisted++; HS.durable = covers; }
    else HC.storageError = String((err && (err.name || err.message)) || err || 'unknown');
    if (HS.again) { HS.again = false; huicaiSave(); return; }
    // 4: refused for want of space (the quota, a private window's small store).
    huicaiStore(ok ? 2 : err && err.name === 'QuotaExceededError' ? 4 : 3);
  });
}
document.addEventListener('visibilitychange', function () {
  if (document.visibilityState === 'hidden') huicaiPersist();
  else huicaiWake();
});
window.addEventListener('pagehide', huicaiPersist);

// This read-only tab holds the lock now (the writer tab closed): the app closes its
// databases, the folder is read again from what the writer saved, and the app opens
// them again and writes (EventKind::TakeOver).
function huicaiTakeOver() {
  if (!HC.live) { setTimeout(huicaiTakeOver, 50); return; }
  Module['_huicai_on_take_over'](0);
  huicaiWake();
}
function huicaiStorageReload() {
  var done = function () {
    HC.readOnly = false;
    huicai.readOnly = false;
    Module['_huicai_on_take_over'](1);
    huicaiWake();
  };
  if (!HS.db) { done(); return; }
  huicaiStorageRead(HS.db, function (err) {
    if (err) { HC.storageOk = false; HC.storageError = String(err.name || err.message || err); }
    done();
  });
}

// What the browser keeps for the app and whether for good; `ask`: ask it to keep it for
// good first (navigator.storage.persist; a browser may ask the person).
function huicaiStorageUse(ask) {
  var s = navigator.storage;
  if (!s || !s.estimate) { Module['_huicai_on_storage_use'](0, 0, -1); return; }
  if (ask) HS.persistAsked = (HS.persistAsked || 0) + 1;
  var asked = ask && s.persist ? s.persist().catch(function () { return false; }) : Promise.resolve(null);
  asked.then(function () {
    return Promise.all([s.estimate(), s.persisted ? s.persisted() : Promise.resolve(null)]);
  }).then(function (r) {
    Module['_huicai_on_storage_use'](r[0].usage || 0, r[0].quota || 0, r[1] === null ? -1 : r[1] ? 1 : 0);
    huicaiWake();
  }).catch(function () { Module['_huicai_on_storage_use'](0, 0, -1); huicaiWake(); });
}

Module['preRun'] = Module['preRun'] || [];
Module['preRun'].push(function () {
  FS.mkdir('/data');
  if (!window.indexedDB) { // the app starts and says it can keep nothing
    HC.storageOk = false;
    return;
  }
  addRunDependency('huicai-store');
  huicaiStorageStart(function (err) {
    HC.storageOk = !err;
    if (err) HC.storageError = String(err.name || err.message || err);
    removeRunDependency('huicai-store');
  });
});
// For the page and its tests: what is stored (each file's size and generation), the
// start-up read, the databases brought over from the previous release, the blocks the
// last save wrote, and how many saves were asked for and are durable.
huicai.storage = function () {
  return { files: HS.files, loadMs: HS.loadMs, loadedBytes: HS.loadedBytes, migrated: HS.migrated || 0,
    lastSegments: HS.lastSegments || 0, asked: HS.asked || 0, durable: HS.durable || 0, saving: HS.saving,
    persistAsked: HS.persistAsked || 0 };
};
// The bytes of each database file of the folder, base64 (a test's copy of what is kept).
huicai.storageFiles = function () {
  var out = {};
  huicaiStorageList().forEach(function (path) {
    var bytes = FS.readFile(path), s = '';
    for (var i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
    out[path] = btoa(s);
  });
  return out;
};
