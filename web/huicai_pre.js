// The page side of the Huicai web app, placed ahead of the Emscripten output
// (--pre-js; huicai_locate.js maps the hashed file names). It sizes the
// canvas for the device pixel ratio, feeds pointer and input-method text to the app,
// holds the Web Lock that makes one tab the writer (huicai_storage.js keeps the data
// folder), watches the network and the server, and
// publishes window.huicai for the page and its tests. Every event that may change what
// is shown wakes the app's main loop, which otherwise sleeps.
var huicaiScript = document.currentScript;
var huicaiFiles = (huicaiScript && huicaiScript.dataset) || {};

Module['canvas'] = document.getElementById('canvas');
// The page's note for code that never ran (web/index.html): this code runs.
(function () {
  var stalled = document.querySelector('.huicai-stalled');
  if (stalled) stalled.remove();
})();

// The loading note is written only when the start takes longer than half a second: a
// quick start shows no flash of it, and the page lays no text out before the app's
// first frame (a page's first text costs its renderer the set-up of the fonts, ~30 ms
// of a first load).
setTimeout(function () {
  var box = document.getElementById('huicai-loading');
  if (box && !huicai.ready && !HC.problem && !box.textContent) box.textContent = '正在加载… / Loading…';
}, 500);

var HC = {
  live: false,          // the wasm runtime is up and main() has set the app up
  cssW: 1, cssH: 1, dpr: 1,
  readOnly: false,
  storageOk: true,
  online: navigator.onLine !== false,
  server: -1,
  textWanted: false,
  composing: false,
  testMap: new URLSearchParams(location.search).get('testmap') === '1',
  noMirror: new URLSearchParams(location.search).get('a11y') === '0', // the benchmark's baseline
  noMap: new URLSearchParams(location.search).get('map') === '0',     // the map benchmark's baseline: the tile grid
  finishFrames: new URLSearchParams(location.search).get('finish') === '1', // frame times include the GPU's work
};

var huicai = (window.huicai = {
  ready: false,
  frames: 0,
  route: '',
  lang: '',
  readOnly: false,
  persisted: 0,
  widgets: function () { return huicaiQuery(0); },
  visibleTexts: function () { return huicaiQuery(1).map(function (t) { return String(t); }); },
  catalogRows: function () { return huicaiQuery(2); },
  headings: function () { return huicaiQuery(3).map(function (t) { return String(t); }); },
  routes: function () { return huicaiQuery(4); },
  textStyles: function () { return huicaiQuery(5); },
  sync: function () { return huicaiQuery(6); },
  laidOut: function () { return huicaiQuery(7); },
  input: function () { return huicaiQuery(8); },
  database: function () { return huicaiQuery(9); }, // {integrity: {settings, demo, replica}, db}
});

function huicaiQuery(which) {
  if (!HC.live) return [];
  var list = JSON.parse(UTF8ToString(Module['_huicai_query'](which)));
  if (which === 0 || which === 7) {
    var r = Module['canvas'].getBoundingClientRect();
    list.forEach(function (w) { if (w.x !== undefined) w.x += r.left; w.y += r.top; });
  }
  return list;
}

// ---- Start-up that never hangs ---------------------------------------------------------
// What keeps the app from starting is said at once, in both languages, with what to do,
// in place of 正在加载… / Loading…: a browser without WebGL (a blocked
// graphics driver, some in-app browsers) is known before anything is downloaded; a
// download of the app's files that failed, or an app that could not start, offers to
// try again. Without IndexedDB the app starts and keeps nothing (it says so itself).
var HUICAI_PROBLEMS = {
  webgl: ['此浏览器无法使用 WebGL 图形功能，本应用无法显示。请将浏览器更新到最新版本，或在浏览器设置中开启“硬件加速”；在微信等应用内打开时，请改用系统浏览器打开本页。',
    'This browser cannot use WebGL graphics, which the app needs to draw. Update the browser, or turn on hardware acceleration in its settings; inside another app (such as WeChat), open this page in the system browser.'],
  download: ['应用文件下载失败，请检查网络连接后重试。', 'The app\'s files could not be downloaded. Check the network connection and try again.'],
  start: ['应用未能启动。请重试；如仍无法启动，请将浏览器更新到最新版本。', 'The app could not start. Try again; if it still fails, update the browser.'],
};
// `afterStart`: said even once the app runs (its first frame showed it cannot draw here).
function huicaiProblem(kind, afterStart) {
  if (HC.problem || (HC.live && !afterStart)) return;
  HC.problem = kind;
  huicai.problemAt = Math.round(performance.now()); // ms since the page was asked for
  var box = document.getElementById('huicai-loading');
  if (!box) return;
  box.setAttribute('role', 'alert');
  box.textContent = '';
  var inner = document.createElement('div');
  inner.className = 'huicai-problem';
  HUICAI_PROBLEMS[kind].forEach(function (text, i) {
    var p = document.createElement('p');
    p.lang = i ? 'en' : 'zh-CN';
    p.textContent = text;
    inner.appendChild(p);
  });
  if (kind !== 'webgl') {
    var retry = document.createElement('button');
    retry.type = 'button';
    retry.textContent = '重试 / Try again';
    retry.addEventListener('click', function () { location.reload(); });
    inner.appendChild(retry);
  }
  box.appendChild(inner);
  document.body.classList.remove('ready');
}
// The app's code is fetched and compiled first (streaming: compiled as it arrives, off
// the main thread; huicai.data's download has started above), and the page's one
// WebGL context is made at once while that goes on: asking whether WebGL exists is
// making the context, which is slow on some devices, so it is done once, on the app's
// canvas, and handed to the runtime (GL_PREINITIALIZED_CONTEXT); a browser without it
// is told so before the rest of this script has even run. The app draws without depth
// or stencil and without the browser's multisampling.
if (huicaiFiles.wasm && typeof WebAssembly === 'object' && WebAssembly.compileStreaming && typeof fetch === 'function') {
  var huicaiCompiled = (function () {
    var get = function () {
      return fetch(huicaiFiles.wasm, { credentials: 'same-origin' }).then(function (response) {
        if (!response.ok) throw { download: true };
        return response;
      }, function () { throw { download: true }; });
    };
    // A host that serves the file with another type cannot stream it: compiled whole.
    return get().then(function (response) {
      return WebAssembly.compileStreaming(response).catch(function () {
        return get().then(function (again) { return again.arrayBuffer(); }).then(function (bytes) { return WebAssembly.compile(bytes); });
      });
    });
  })();
  Module['instantiateWasm'] = function (imports, receive) {
    huicaiCompiled.then(function (module) {
      return WebAssembly.instantiate(module, imports).then(function (instance) { receive(instance, module); });
    }).catch(function (e) { huicaiProblem(e && e.download ? 'download' : 'start'); });
    return {};
  };
}
// The app's text comes one language at a time (i18n.<lang>.<hash>.json: {"<table
// file>": {table}, ...}): the language it will start in (the one chosen here last, else
// the browser's) is fetched with its code and written into the file system before
// main() runs; the other when the user switches (platform::fetchLanguage).
var HUICAI_I18N = { 'zh-CN': huicaiFiles.i18nZhCn, en: huicaiFiles.i18nEn };
HC.i18n = {};
function huicaiFetchLanguage(lang) {
  if (!HC.i18n[lang]) {
    HC.i18n[lang] = !HUICAI_I18N[lang] ? Promise.reject(new Error('no tables for ' + lang))
      : fetch(HUICAI_I18N[lang], { credentials: 'same-origin' }).then(function (r) {
        if (!r.ok) throw new Error('download ' + r.status);
        return r.json();
      });
  }
  return HC.i18n[lang];
}
// Written as UTF-8 bytes encoded by the browser (a string given to FS.writeFile is
// encoded by a loop in script, one character at a time).
function huicaiWriteLanguage(bundle) {
  FS.mkdirTree('/assets/i18n');
  var utf8 = new TextEncoder();
  Object.keys(bundle).forEach(function (name) {
    FS.writeFile('/assets/i18n/' + name, utf8.encode(JSON.stringify(bundle[name])));
  });
}
if (HUICAI_I18N['zh-CN']) {
  var huicaiStartTables = huicaiFetchLanguage((function () {
    var saved = null;
    try { saved = localStorage.getItem('huicai.lang'); } catch (e) { saved = null; }
    if (saved === 'zh-CN' || saved === 'en') return saved;
    return /^zh/i.test(navigator.language || '') ? 'zh-CN' : 'en'; // as app::languageFor
  })());
  Module['preRun'] = Module['preRun'] || [];
  Module['preRun'].push(function () {
    addRunDependency('huicai-i18n');
    huicaiStartTables.then(function (bundle) {
      huicaiWriteLanguage(bundle);
      removeRunDependency('huicai-i18n');
    }, function () { huicaiProblem('download'); });
  });
}
// WebGL 2, else WebGL 1 (an older phone or GPU: the renderer has shaders for it, and
// the dashboard's map gives way to its tile grid); neither is said at once. The canvas
// is sized first, so that the context's drawing buffer is made once, at its size.
(function () {
  huicaiMeasure();
  var attributes = { alpha: true, depth: false, stencil: false, antialias: false };
  var make = function (type) {
    try { return Module['canvas'].getContext(type, attributes); } catch (e) { return null; }
  };
  var gl = make('webgl2');
  huicai.webgl = 2;
  if (!gl) {
    gl = make('webgl');
    huicai.webgl = 1;
  }
  if (!gl) { huicai.webgl = 0; huicaiProblem('webgl'); return; }
  Module['preinitializedWebGLContext'] = gl;
})();
// A download that failed (the app's code above, or the data package, whose loader
// throws) or a runtime that aborts before the first frame is said; anything else
// before the first frame is a start that failed.
Module['onAbort'] = function (what) {
  huicaiProblem(/fetch|download|network|load/i.test(String(what)) ? 'download' : 'start');
};
function huicaiStartError(message) {
  if (HC.live || HC.problem) return;
  huicaiProblem(/network|fetch|not found|load|download/i.test(String(message)) ? 'download' : 'start');
}
window.addEventListener('error', function (e) { huicaiStartError(e.message); });
// The wasm's fetch failing rejects a promise nobody waits on.
window.addEventListener('unhandledrejection', function (e) { huicaiStartError(e.reason && (e.reason.message || e.reason)); });

// Hands a blob to the user as a download named `name`.
function huicaiSaveBlob(blob, name) {
  var a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.appendChild(a);
  a.click();
  setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
}
function huicaiWake() {
  if (HC.live) Module['_huicai_wake']();
}

// ---- Canvas size: backing store = CSS size x devicePixelRatio ----------------------
function huicaiMeasure() {
  var c = Module['canvas'];
  var r = c.getBoundingClientRect();
  var dpr = window.devicePixelRatio || 1;
  HC.cssW = Math.max(1, r.width);
  HC.cssH = Math.max(1, r.height);
  HC.dpr = dpr;
  var w = Math.max(1, Math.round(r.width * dpr));
  var h = Math.max(1, Math.round(r.height * dpr));
  if (c.width !== w) c.width = w;
  if (c.height !== h) c.height = h;
  huicaiWake();
}
function huicaiWatchDpr() {
  var mq = window.matchMedia('(resolution: ' + (window.devicePixelRatio || 1) + 'dppx)');
  var once = function () {
    mq.removeEventListener('change', once);
    huicaiMeasure();
    huicaiWatchDpr();
  };
  mq.addEventListener('change', once);
}
window.addEventListener('resize', huicaiMeasure);
// Media-query events arrive only with a rendering update, which an idle page may not
// have: a cheap check catches a pixel-ratio change (another monitor) all the same.
setInterval(function () {
  if ((window.devicePixelRatio || 1) !== HC.dpr) huicaiMeasure();
}, 1000);
if (window.visualViewport) window.visualViewport.addEventListener('resize', huicaiMeasure);
huicaiWatchDpr();

// ---- Pointer: mouse, touch and pen in CSS pixels ------------------------------------
(function () {
  var canvas = Module['canvas'];
  var kinds = { mouse: 0, touch: 1, pen: 2 };
  // Two fingers: the app gets the change of their spread about their middle and how far
  // the middle moved (the map zooms and pans; one finger scrolls the page); only the
  // first finger moves the app's pointer.
  var touches = new Map(), pinchDist = 0, pinchMid = null;
  function pinch(type, e) {
    if (e.pointerType !== 'touch') return false;
    if (type === 1 || (type === 0 && touches.has(e.pointerId))) touches.set(e.pointerId, [e.clientX, e.clientY]);
    else if (type === 2) touches.delete(e.pointerId);
    if (touches.size === 2) {
      var p = Array.from(touches.values());
      var d = Math.hypot(p[0][0] - p[1][0], p[0][1] - p[1][1]);
      var r = canvas.getBoundingClientRect();
      var mid = [(p[0][0] + p[1][0]) / 2 - r.left, (p[0][1] + p[1][1]) / 2 - r.top];
      if (type === 0 && pinchDist > 0 && d > 0 && HC.live) {
        Module['ccall']('huicai_pinch', null, ['number', 'number', 'number', 'number', 'number'],
          [mid[0], mid[1], d / pinchDist, mid[0] - pinchMid[0], mid[1] - pinchMid[1]]);
      }
      pinchDist = d;
      pinchMid = mid;
    } else {
      pinchDist = 0;
    }
    return !e.isPrimary;
  }
  function send(type, e) {
    if (pinch(type, e)) return;
    if (!HC.live) return;
    var r = canvas.getBoundingClientRect();
    Module['_huicai_pointer'](type, e.clientX - r.left, e.clientY - r.top, e.button | 0, kinds[e.pointerType] | 0);
  }
  canvas.addEventListener('pointermove', function (e) { send(0, e); });
  canvas.addEventListener('pointerdown', function (e) {
    try { canvas.setPointerCapture(e.pointerId); } catch (err) {}
    send(1, e);
  });
  canvas.addEventListener('pointerup', function (e) {
    send(2, e);
    // A tap that started a text field raises the phone keyboard: focus needs a gesture.
    if (HC.textWanted) huicaiFocusText();
  });
  canvas.addEventListener('pointercancel', function (e) { send(2, e); });
  canvas.addEventListener('pointerleave', function (e) { if (e.pointerType === 'mouse') send(3, e); });
  // Keep the text element focused while a field is edited; no text selection or
  // context menu on the canvas.
  canvas.addEventListener('mousedown', function (e) { e.preventDefault(); });
  canvas.addEventListener('contextmenu', function (e) { e.preventDefault(); });
  canvas.addEventListener('touchstart', function (e) { if (e.touches.length < 2) e.preventDefault(); }, { passive: false });
  canvas.addEventListener('wheel', huicaiWake, { passive: true });
  // A lost WebGL context (a phone's tab sent to the background, a GPU reset) comes back
  // only if the loss is taken (preventDefault); the app then gives the GPU its
  // shaders, font atlas and map again.
  canvas.addEventListener('webglcontextlost', function (e) { e.preventDefault(); HC.glLost = true; });
  canvas.addEventListener('webglcontextrestored', function () {
    HC.glLost = false;
    if (HC.live) Module['_huicai_gl_restored']();
  });
})();

// ---- Keys and text: a hidden textarea carries input-method and phone-keyboard text ---
var huicaiIme = document.getElementById('huicai-ime');
function huicaiSendText(text) {
  if (!HC.live || !text) return;
  Module['ccall']('huicai_text', null, ['string'], [text]);
}
function huicaiFlushIme() {
  var v = huicaiIme.value;
  huicaiIme.value = '';
  v = v.replace(/[\u0000-\u001f\u007f]/g, '');
  if (v) huicaiSendText(v);
}
function huicaiFocusText() {
  if (document.activeElement !== huicaiIme) huicaiIme.focus({ preventScroll: true });
}
huicaiIme.addEventListener('compositionstart', function () {
  HC.composing = true;
  huicaiIme.classList.add('composing');
  huicaiWake();
});
huicaiIme.addEventListener('compositionupdate', huicaiWake);
huicaiIme.addEventListener('blur', function () {
  HC.composing = false;
  huicaiIme.classList.remove('composing');
});
huicaiIme.addEventListener('compositionend', function () {
  HC.composing = false;
  huicaiIme.classList.remove('composing');
  huicaiFlushIme();
});
huicaiIme.addEventListener('beforeinput', function (e) {
  // The textarea is only a conduit: undo history and deletions belong to the app.
  if (/^(history|delete|format)/.test(e.inputType)) e.preventDefault();
});
huicaiIme.addEventListener('input', function (e) {
  if (e.isComposing || HC.composing) return;
  huicaiFlushIme();
});
// Registered before GLFW's listeners (this file runs first), so a key that belongs to
// an input method's composition never reaches the app: Enter that picks a candidate
// must not also submit the form.
function huicaiKey(e) {
  if (e.isComposing || e.keyCode === 229 || HC.composing || huicaiCredentialKey(e)) {
    e.stopImmediatePropagation();
    return;
  }
  huicaiWake();
}
window.addEventListener('keydown', huicaiKey, true);
window.addEventListener('keyup', huicaiKey, true);
window.addEventListener('paste', function (e) {
  if (!HC.textWanted) return;
  var t = e.clipboardData ? e.clipboardData.getData('text/plain') : '';
  e.preventDefault();
  if (t) huicaiSendText(t.replace(/\r\n?/g, '\n'));
}, true);
['focus', 'blur'].forEach(function (t) { window.addEventListener(t, huicaiWake); });

// ---- URL hash, network, server --------------------------------------------------------
window.addEventListener('hashchange', function () {
  if (HC.live) Module['ccall']('huicai_on_hash', null, ['string'], [location.hash]);
});
function huicaiSetServer(state) {
  if (state === HC.server) return;
  HC.server = state;
  if (HC.live) Module['_huicai_on_network'](HC.online ? 1 : 0, state);
}
function huicaiPollHealth() {
  if (!HC.online) return huicaiSetServer(0);
  fetch('/api/v1/health', { cache: 'no-store', credentials: 'same-origin' })
    .then(function (r) { return r.ok ? r.json() : Promise.reject(r.status); })
    .then(function () { huicaiSetServer(1); }, function () { huicaiSetServer(0); });
}
function huicaiOnline() {
  HC.online = navigator.onLine !== false;
  if (HC.live) Module['_huicai_on_network'](HC.online ? 1 : 0, HC.server);
  huicaiPollHealth();
}
window.addEventListener('online', huicaiOnline);
window.addEventListener('offline', huicaiOnline);
// Every 30 s while the page is visible: is the server there, and (the app's tick,
// which draws nothing unless something changed) is there anything to sync?
setInterval(function () {
  if (document.hidden) return;
  huicaiPollHealth();
  if (HC.live) Module['_huicai_tick']();
}, 30000);

Module['preRun'] = Module['preRun'] || [];
Module['preRun'].push(function () {
  // Only the tab holding the lock writes; the lock is kept until the page goes away.
  addRunDependency('huicai-lock');
  var decided = false;
  var decide = function (held) {
    if (decided) return;
    decided = true;
    HC.readOnly = !held;
    huicai.readOnly = !held;
    removeRunDependency('huicai-lock');
  };
  if (navigator.locks && navigator.locks.request) {
    navigator.locks.request('huicai-db', { ifAvailable: true }, function (lock) {
      decide(!!lock);
      // Read-only: wait in the lock's queue, and take over when the writer goes.
      if (!lock) navigator.locks.request('huicai-db', function () { huicaiTakeOver(); return new Promise(function () {}); });
      return lock ? new Promise(function () {}) : undefined;
    }).catch(function () { decide(true); });
  } else {
    decide(true);
  }
});
huicaiPollHealth();
