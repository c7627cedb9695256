// Runs before everything else in huicai.js (--extern-pre-js), ahead of the data
// package's loader: maps the build's plain file names (huicai.wasm, huicai.data) to
// the content-hashed names that index.html gives on the <script> element.
var Module = typeof Module !== 'undefined' ? Module : {};
(function () {
  var files = (document.currentScript && document.currentScript.dataset) || {};
  Module['locateFile'] = function (path, prefix) {
    if (/\.wasm$/.test(path) && files.wasm) return prefix + files.wasm;
    if (/\.data$/.test(path) && files.data) return prefix + files.data;
    return prefix + path;
  };
})();
