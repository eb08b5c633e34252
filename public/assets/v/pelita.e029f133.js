// Progressive enhancement only: every page works without this file.
// htmx requests carry the CSRF token from the page's meta tag, so buttons outside forms work.
document.addEventListener('htmx:config:request', function (event) {
  var meta = document.querySelector('meta[name="csrf-token"]');
  var ctx = event.detail && event.detail.ctx;
  if (meta && ctx && ctx.request && ctx.request.headers) ctx.request.headers['X-CSRF-Token'] = meta.content;
});
// "Cetak" on printable reports and print views: a button, since an inline onclick would break the CSP.
document.addEventListener('click', function (event) {
  var target = event.target;
  if (target && target.closest && target.closest('[data-print]')) window.print();
});
// "Salin" next to an access key or a private link copies the text of the element it names
// (data-copy="#id"); without JavaScript (or a clipboard) the button stays hidden. The print
// buttons that need this file are shown by it too.
document.querySelectorAll('[data-copy][hidden], [data-print][hidden]').forEach(function (button) {
  if (button.hasAttribute('data-copy') && !(navigator.clipboard && navigator.clipboard.writeText)) return;
  button.hidden = false;
});
document.addEventListener('click', function (event) {
  var button = event.target && event.target.closest && event.target.closest('[data-copy]');
  var source = button && document.querySelector(button.getAttribute('data-copy'));
  if (!source) return;
  navigator.clipboard.writeText(source.textContent.trim()).then(function () {
    button.textContent = button.getAttribute('data-copied');
  });
});
