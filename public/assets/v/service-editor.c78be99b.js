// Progressive enhancement of the service editor (templates/pages/admin/service-editor.tsx).
// Without this file every "add", "remove" and "move" button submits the form and the server
// answers with the changed form. With it, the same request is sent in the background and only
// the row lists and the preview are swapped in: no page load, the scroll position and focus kept,
// and the preview follows each change. The server stays the one place that edits the rows.
(function () {
  'use strict';
  var form = document.querySelector('form[data-service-editor]');
  if (!form || !window.fetch || !window.DOMParser || !window.FormData) return;
  var en = document.documentElement.lang === 'en';
  var status = document.createElement('p');
  status.className = 'visually-hidden';
  status.setAttribute('role', 'status');
  form.appendChild(status);

  function say(id, english) {
    status.textContent = en ? english : id;
  }

  /** The choices box is only for the choice types; its row keeps it when it already holds text. */
  function syncOptions(root) {
    root.querySelectorAll('[data-editor-row]').forEach(function (row) {
      var type = row.querySelector('select[name$=".type"]');
      var box = row.querySelector('[data-editor-options]');
      if (!type || !box) return;
      var choice = type.value === 'select' || type.value === 'multiselect';
      box.hidden = !choice && !box.hasAttribute('data-has-content');
    });
  }

  /** Sends the form as it stands with an editor operation; resolves to the answer's document. */
  function send(op) {
    var data = new FormData(form);
    data.set('_op', op);
    return fetch(form.action, {
      method: 'POST',
      body: new URLSearchParams(data),
      credentials: 'same-origin',
      headers: { Accept: 'text/html' },
    }).then(function (res) {
      if (!res.ok) throw new Error(String(res.status));
      return res.text();
    }).then(function (html) {
      return new DOMParser().parseFromString(html, 'text/html');
    });
  }

  function swap(doc, id) {
    var fresh = doc.getElementById(id);
    var old = document.getElementById(id);
    if (fresh && old) old.replaceWith(document.importNode(fresh, true));
  }

  /** Where the focus goes after an operation, so a keyboard user stays where they were working. */
  function refocus(op) {
    var m = /^(fields|reqs)\.(add|remove|up|down)(?:\.(\d+))?$/.exec(op);
    if (!m) return;
    var list = document.getElementById('f-' + m[1]);
    if (!list) return;
    var rows = list.querySelectorAll('[data-editor-row]');
    var i = m[3] === undefined ? rows.length - 1 : Number(m[3]) + (m[2] === 'up' ? -1 : m[2] === 'down' ? 1 : 0);
    var row = rows[Math.min(i, rows.length - 1)];
    var target = null;
    if (row && m[2] === 'add') target = row.querySelector('input, select, textarea');
    else if (row && (m[2] === 'up' || m[2] === 'down')) {
      row.classList.add('just-moved');
      target = row.querySelector('button[value="' + m[1] + '.' + m[2] + '.' + i + '"]:not([disabled])') ||
        row.querySelector('button[data-editor-op]:not([disabled])');
    } else if (row) target = row.querySelector('button[data-editor-op]:not([disabled])');
    else target = list.querySelector('button[data-editor-op]');
    if (target) target.focus();
    var n = String(i + 1);
    var noun = m[1] === 'fields' ? ['Kolom', 'Field'] : ['Persyaratan', 'Requirement'];
    if (m[2] === 'add') say(noun[0] + ' baru ditambahkan sebagai nomor ' + n + '.', 'New ' + noun[1].toLowerCase() + ' added as number ' + n + '.');
    else if (m[2] === 'remove') say(noun[0] + ' dihapus.', noun[1] + ' removed.');
    else say(noun[0] + ' sekarang nomor ' + n + '.', noun[1] + ' is now number ' + n + '.');
  }

  /** When the background request fails, the plain form does the job. */
  function fallback(op) {
    var input = document.createElement('input');
    input.type = 'hidden';
    input.name = '_op';
    input.value = op;
    form.appendChild(input);
    form.submit();
  }

  form.addEventListener('click', function (event) {
    var button = event.target.closest && event.target.closest('button[data-editor-op]');
    if (!button || button.disabled) return;
    event.preventDefault();
    var op = button.value;
    send(op).then(function (doc) {
      swap(doc, 'f-fields');
      swap(doc, 'f-reqs');
      swap(doc, 'pratinjau');
      syncOptions(form);
      refocus(op);
    }).catch(function () {
      fallback(op);
    });
  });

  var timer = null;
  function refreshPreview() {
    send('preview').then(function (doc) {
      swap(doc, 'pratinjau');
    }).catch(function () {
      /* the preview stays as it was; saving still works */
    });
  }
  form.addEventListener('change', function (event) {
    syncOptions(form);
    if (!event.target.name || !/^(fields|reqs)\./.test(event.target.name)) return;
    clearTimeout(timer);
    timer = setTimeout(refreshPreview, 300);
  });
  syncOptions(form);
})();
