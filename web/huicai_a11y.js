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
// The sign-in fields are real <input>s in a real <form> (their autocomplete tokens,
// username and current-password, mark them), laid over the fields drawn on the canvas
// and taking the pointer: a password manager offers the saved login when one is
// pressed, fills them, and offers to save once the form was submitted and is gone (the
// signed-in screen replaces it). They do the editing; the app draws what they hold.
// Notices are spoken through two live regions: polite, and assertive for
// refusals.
var HA = { root: null, polite: null, urgent: null, form: null, els: new Map(), spoken: '' };

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
    if (!el || el.tagName === 'INPUT') return; // a sign-in field edits itself
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

// The sign-in form: what its fields hold goes to the app with the caret (in characters),
// so does where the focus is, and a submission (Enter) is the app's sign-in.
function huicaiCredentialSend(kind, el) {
  var v = el ? el.value : '';
  var caret = el && el.selectionStart !== null ? Array.from(v.slice(0, el.selectionStart)).length : 0;
  if (el) el._sent = v;
  Module['ccall']('huicai_credential', null, ['number', 'string', 'string', 'number'],
    [kind, el ? el.dataset.key : '', v, caret]);
}

function huicaiSigninForm() {
  if (HA.form) return HA.form;
  var form = document.createElement('form');
  form.id = 'huicai-signin';
  form.method = 'post';
  form.action = '';
  form.addEventListener('submit', function (e) {
    e.preventDefault();
    huicaiCredentialSend(2, null);
  });
  var submit = document.createElement('button');
  submit.type = 'submit';
  submit.tabIndex = -1;
  submit.className = 'huicai-submit';
  submit.setAttribute('aria-hidden', 'true');
  form.appendChild(submit);
  // A password manager may fill the fields as the page loads; the page may read them
  // only after the person's first gesture.
  var gesture = function () {
    form.querySelectorAll('input').forEach(function (el) {
      if (el.value && el.value !== el._sent) huicaiCredentialSend(0, el);
    });
  };
  window.addEventListener('pointerdown', gesture, true);
  window.addEventListener('keydown', gesture, true);
  HA.form = form;
  return form;
}

function huicaiCredentialInput(role, token, key) {
  var el = document.createElement('input');
  el.dataset.key = key;
  el.type = role === 'password' ? 'password' : 'text';
  el.name = token === 'username' ? 'username' : token === 'new-password' ? 'new-password' : 'password';
  el.autocomplete = token;
  el.className = 'huicai-credential';
  el.tabIndex = -1; // Tab is the app's: it moves the keyboard's place, and focus follows
  el.spellcheck = false;
  el.setAttribute('autocapitalize', 'off');
  var send = function () { huicaiCredentialSend(0, el); };
  el.addEventListener('input', send);
  el.addEventListener('change', send);
  el.addEventListener('keyup', send);
  el.addEventListener('click', send);
  el.addEventListener('focus', function () { huicaiCredentialSend(1, el); });
  el.addEventListener('blur', function () { huicaiCredentialSend(1, null); });
  return el;
}

// Puts the focus in the sign-in field `key` (its drawing was pressed).
function huicaiCredentialFocus(key) {
  var el = HA.els.get(key);
  if (el && document.activeElement !== el) el.focus({ preventScroll: true });
}

// True for a key pressed in a sign-in field: it edits the field (the app must not also
// take it as navigation), except Tab, which moves the keyboard's place in the app.
function huicaiCredentialKey(e) {
  return e.target && e.target.className === 'huicai-credential' && e.key !== 'Tab';
}

// node: [key, role, name, x, y, w, h, flags, value, autocomplete, group, [pos, size], problem];
// flags: d disabled, c/u checked or not, e/f expanded or not, s the chosen one (a toggle
// pressed, a radio button checked, a tab or a list box's row selected, a link to the page
// shown), i invalid (its problem is its description), o out of view. A group (navigation,
// list box, dialog, radio group, tab list) holds the nodes that name it as their group.
var HUICAI_GROUPS = { navigation: 1, listbox: 1, dialog: 1, radiogroup: 1, tablist: 1 };

function huicaiMirrorMake(role, key, token) {
  var el;
  if (token) {
    el = huicaiCredentialInput(role, token, key);
  } else if (role === 'heading') {
    el = document.createElement('h2');
  } else if (role === 'text') {
    el = document.createElement('div');
  } else if (HUICAI_GROUPS[role]) {
    el = document.createElement('div');
    el.setAttribute('role', role);
    el.className = 'huicai-group';
    if (role === 'dialog') el.setAttribute('aria-modal', 'true');
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
  var group = !!HUICAI_GROUPS[role];
  var labelled = group || role === 'textbox' || role === 'password' || role === 'combobox' || role === 'checkbox';
  if (!prev || prev[2] !== name) {
    if (labelled) huicaiMirrorSet(el, 'aria-label', name || null);
    else el.textContent = name;
  }
  // A field's text and a combo box's choice are its content, read as its value.
  if (el.tagName === 'INPUT') {
    // The app's value (a remembered account) unless the person is typing in it.
    if (role !== 'password' && el.value !== (n[8] || '') && document.activeElement !== el) el.value = n[8] || '';
  } else if (labelled && !group && (!prev || prev[8] !== n[8])) {
    el.textContent = n[8] || '';
  }
  if (!group && (!prev || prev[3] !== n[3] || prev[4] !== n[4] || prev[5] !== n[5] || prev[6] !== n[6])) {
    el.style.left = n[3] + 'px';
    el.style.top = n[4] + 'px';
    el.style.width = n[5] + 'px';
    el.style.height = n[6] + 'px';
  }
  if (!prev || prev[7] !== flags) {
    var has = function (f) { return flags.indexOf(f) >= 0; };
    var chosen = has('s');
    huicaiMirrorSet(el, 'aria-disabled', has('d') ? 'true' : null);
    var checked = has('c') ? 'true' : has('u') ? 'false' : null;
    if (role === 'checkbox') huicaiMirrorSet(el, 'aria-checked', checked);
    else if (role === 'radio') huicaiMirrorSet(el, 'aria-checked', chosen ? 'true' : 'false');
    else if (role === 'tab' || role === 'option') huicaiMirrorSet(el, 'aria-selected', chosen ? 'true' : 'false');
    else if (role === 'link') huicaiMirrorSet(el, 'aria-current', chosen ? 'page' : null);
    else if (role === 'button' || role === 'toggle')
      huicaiMirrorSet(el, 'aria-pressed', checked !== null ? checked : role === 'toggle' ? (chosen ? 'true' : 'false') : null);
    if (!group) huicaiMirrorSet(el, 'aria-expanded', has('e') ? 'true' : has('f') ? 'false' : null);
    if (!group) huicaiMirrorSet(el, 'aria-invalid', has('i') ? 'true' : null);
    if (role === 'password') el.dataset.secret = '1';
  }
  var set = n[11] || 0, problem = n[12] || '';
  if (!prev || String(prev[11] || 0) !== String(set)) {
    huicaiMirrorSet(el, 'aria-posinset', set ? String(set[0]) : null);
    huicaiMirrorSet(el, 'aria-setsize', set ? String(set[1]) : null);
  }
  if (!prev || (prev[12] || '') !== problem) huicaiMirrorSet(el, 'aria-description', problem || null);
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
  } else if (active && active !== HA.root && HA.root.contains(active) && active.tagName !== 'INPUT') {
    active.blur(); // the pointer took over: no stale focus left on the mirror
  }
}

function huicaiMirror(json) {
  var root = huicaiMirrorRoot();
  var data = JSON.parse(json);
  var seen = new Set();
  // Each container's place to fill next: its elements are put in the frame's order,
  // moving only those out of place.
  var cursor = new Map();
  var next = function (box) { return cursor.has(box) ? cursor.get(box) : box.firstChild; };
  var leave = function (el) { // el is moved or removed: a place it held goes on to its sibling
    cursor.forEach(function (at, box) { if (at === el) cursor.set(box, el.nextSibling); });
  };
  var place = function (box, el) {
    var at = next(box);
    if (el === at) {
      cursor.set(box, at.nextSibling);
    } else {
      leave(el);
      box.insertBefore(el, at);
      cursor.set(box, at);
    }
  };
  var form = null;
  data.nodes.forEach(function (n) {
    var key = n[0];
    var el = HA.els.get(key);
    if (el && el.dataset.role !== n[1]) {
      leave(el);
      el.remove();
      el = null;
    }
    if (!el) {
      el = huicaiMirrorMake(n[1], key, n[9]);
      HA.els.set(key, el);
    }
    huicaiMirrorUpdate(el, n, el._n);
    var box = (n[10] && HA.els.get(n[10])) || root;
    if (n[9]) { // a sign-in field: in the form, which stands where its first field is
      if (!form) {
        form = huicaiSigninForm();
        place(box, form);
      }
      place(form, el);
    } else {
      place(box, el);
    }
    seen.add(key);
  });
  if (!form && HA.form && HA.form.parentNode) HA.form.remove(); // signed in: the form is gone
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
