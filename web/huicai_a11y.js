// The accessibility mirror: the canvas is a single image to assistive technology, so
// the page keeps a DOM tree in step with what the last frame drew, one element per
// control or line of text, with its role, name and state, laid over the canvas where
// it is drawn (screen magnifiers and touch exploration find it there). The app sends
// the frame's nodes only when they changed (WidgetMap::a11yJson); this file updates
// the elements it holds by key, creating, moving and removing only what differs.
// Pressing a mirrored control (a screen reader's activation) presses the item on the
// canvas. DOM focus follows the app's keyboard navigation (Tab, arrows), so a screen
// reader says where the keyboard is; the keys themselves stay the app's: Enter and
// Space on a focused element are not turned into a second, synthetic click. While a
// text field is edited, the input method's textarea has focus and the field's name.
// Notices are spoken through two live regions: polite, and assertive for
// refusals.
var HA = { root: null, polite: null, urgent: null, els: new Map(), spoken: '' };

function huicaiMirrorRoot() {
  if (HA.root) return HA.root;
  var root = document.createElement('div');
  root.id = 'huicai-a11y';
  var polite = document.createElement('div');
  polite.setAttribute('role', 'status');
  polite.setAttribute('aria-live', 'polite');
  polite.className = 'huicai-live';
  var urgent = document.createElement('div');
  urgent.setAttribute('role', 'alert');
  urgent.className = 'huicai-live';
  document.body.appendChild(polite);
  document.body.appendChild(urgent);
  document.body.appendChild(root);
  root.addEventListener('click', function (e) {
    var el = e.target.closest('[data-id]');
    if (!el) return;
    e.preventDefault();
    Module['ccall']('huicai_a11y_press', null, ['number'], [Number(el.dataset.id)]);
  });
  var keys = function (e) {
    if (e.key === 'Enter' || e.key === ' ') e.preventDefault();
  };
  root.addEventListener('keydown', keys);
  root.addEventListener('keyup', keys);
  HA.root = root;
  HA.polite = polite;
  HA.urgent = urgent;
  return root;
}

// node: [key, role, name, x, y, w, h, flags, value]; flags: d disabled, c/u checked or not,
// e/f expanded or not, s pressed (the chosen toggle of a set), o out of view.
function huicaiMirrorMake(role, key) {
  var el;
  if (role === 'heading') {
    el = document.createElement('h2');
  } else if (role === 'text') {
    el = document.createElement('div');
  } else if (role === 'button' || role === 'toggle') {
    el = document.createElement('button');
    el.type = 'button';
    el.tabIndex = -1; // the keyboard moves through the canvas's own focus
  } else {
    el = document.createElement('div');
    el.setAttribute('role', role === 'password' ? 'textbox' : role);
    el.tabIndex = -1;
  }
  if (key.charAt(0) === 'i') el.dataset.id = key.slice(1).split('~')[0];
  el.dataset.role = role;
  return el;
}

function huicaiMirrorSet(el, name, value) {
  if (value === null) {
    if (el.hasAttribute(name)) el.removeAttribute(name);
  } else if (el.getAttribute(name) !== value) {
    el.setAttribute(name, value);
  }
}

function huicaiMirrorUpdate(el, n, prev) {
  var role = n[1], name = n[2], flags = n[7];
  var labelled = role === 'textbox' || role === 'password' || role === 'combobox' || role === 'checkbox';
  if (!prev || prev[2] !== name) {
    if (labelled) el.setAttribute('aria-label', name);
    else el.textContent = name;
  }
  // A field's text and a combo box's choice are its content, read as its value.
  if (labelled && (!prev || prev[8] !== n[8])) el.textContent = n[8] || '';
  if (!prev || prev[3] !== n[3] || prev[4] !== n[4] || prev[5] !== n[5] || prev[6] !== n[6]) {
    el.style.left = n[3] + 'px';
    el.style.top = n[4] + 'px';
    el.style.width = n[5] + 'px';
    el.style.height = n[6] + 'px';
  }
  if (!prev || prev[7] !== flags) {
    var has = function (f) { return flags.indexOf(f) >= 0; };
    huicaiMirrorSet(el, 'aria-disabled', has('d') ? 'true' : null);
    var checked = has('c') ? 'true' : has('u') ? 'false' : null;
    var pressed = has('s') ? 'true' : role === 'toggle' ? 'false' : null;
    if (role === 'checkbox') huicaiMirrorSet(el, 'aria-checked', checked);
    else huicaiMirrorSet(el, 'aria-pressed', checked !== null ? checked : pressed);
    huicaiMirrorSet(el, 'aria-expanded', has('e') ? 'true' : has('f') ? 'false' : null);
    if (role === 'password') el.dataset.secret = '1';
  }
  el._n = n;
}

function huicaiMirrorFocus(el, edit) {
  if (edit) {
    huicaiIme.setAttribute('aria-label', edit);
    huicaiIme.removeAttribute('aria-hidden');
    return; // the app focuses the textarea itself (huicaiFocusText)
  }
  huicaiIme.setAttribute('aria-hidden', 'true');
  huicaiIme.removeAttribute('aria-label');
  var active = document.activeElement;
  if (el) {
    if (active !== el) el.focus({ preventScroll: true }); // from the textarea too: the field was left
  } else if (active && active !== HA.root && HA.root.contains(active)) {
    active.blur(); // the pointer took over: no stale focus left on the mirror
  }
}

function huicaiMirror(json) {
  var root = huicaiMirrorRoot();
  var data = JSON.parse(json);
  var seen = new Set();
  var at = root.firstChild;
  data.nodes.forEach(function (n) {
    var key = n[0];
    var el = HA.els.get(key);
    if (el && el.dataset.role !== n[1]) {
      if (el === at) at = at.nextSibling; // the place to fill stays in the tree
      el.remove();
      el = null;
    }
    if (!el) {
      el = huicaiMirrorMake(n[1], key);
      HA.els.set(key, el);
    }
    huicaiMirrorUpdate(el, n, el._n);
    if (el !== at) root.insertBefore(el, at);
    else at = at.nextSibling;
    seen.add(key);
  });
  HA.els.forEach(function (el, key) {
    if (!seen.has(key)) {
      el.remove();
      HA.els.delete(key);
    }
  });
  huicaiMirrorFocus(data.focus ? HA.els.get(data.focus) : null, data.edit);
  var spoken = JSON.stringify(data.live);
  if (spoken !== HA.spoken) {
    HA.spoken = spoken;
    var polite = [], urgent = [];
    data.live.forEach(function (l) { (l[1] ? urgent : polite).push(l[0]); });
    if (HA.polite.textContent !== polite.join(' ')) HA.polite.textContent = polite.join(' ');
    if (HA.urgent.textContent !== urgent.join(' ')) HA.urgent.textContent = urgent.join(' ');
  }
}
