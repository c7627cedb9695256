// Hands the canvas to the empty shell's Emscripten module (a file of its own, so
// that a content security policy without inline scripts still runs it).
var Module = { canvas: document.getElementById('canvas') };
