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
