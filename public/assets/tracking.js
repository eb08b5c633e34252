// /lacak/{code}: the private link carries the access key in the fragment (#kunci=…), which no
// server, log or Referer ever sees. This script takes it out of the address bar and the history at
// once, POSTs it (with the page's CSRF token; a page kept for every visitor has none, and the
// browser's Origin vouches for it) to /lacak/{code}/kunci, which sets a short-lived
// HttpOnly cookie for this case, and reloads into the private view. Without JavaScript the page
// offers the same form to paste the key.
(function () {
  'use strict';
  var match = /^#kunci=([^&]+)/.exec(location.hash);
  if (!match) return;
  var key;
  try {
    key = decodeURIComponent(match[1]);
  } catch (e) {
    key = '';
  }
  history.replaceState(history.state, '', location.pathname + location.search);
  var form = document.querySelector('form[data-key-exchange]');
  // no form: this is already the private view (the cookie is set)
  if (!form || !key) return;
  var input = form.querySelector('input[name="kunci"]');
  var csrf = form.querySelector('input[name="_csrf"]');
  var problem = form.querySelector('[data-key-problem]');
  var fail = function () {
    if (input) input.value = key;
    if (problem) problem.hidden = false;
  };
  var body = new URLSearchParams();
  body.set('_csrf', csrf ? csrf.value : '');
  body.set('kunci', key);
  fetch(form.action, { method: 'POST', body: body, credentials: 'same-origin' }).then(function (res) {
    if (res.ok) location.reload();
    else fail();
  }, fail);
})();
