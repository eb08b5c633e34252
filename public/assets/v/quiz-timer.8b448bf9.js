// The quiz's live countdown (templates/pages/training/quiz.tsx): progressive enhancement only.
// The page already states the deadline and the server refuses a late submission; this shows the
// time left, measured against the server's clock (the device's may be wrong), says it aloud at
// five minutes and one minute, and sends the answers given so far when the time is up.
(function () {
  'use strict';
  var box = document.querySelector('[data-quiz-deadline]');
  var form = document.querySelector('form[data-quiz-form]');
  var announce = document.querySelector('[data-quiz-announce]');
  if (!box || !form) return;
  var deadline = Date.parse(box.getAttribute('data-quiz-deadline'));
  var serverNow = Date.parse(box.getAttribute('data-server-now'));
  if (isNaN(deadline) || isNaN(serverNow)) return;
  var skew = serverNow - Date.now();
  var en = document.documentElement.lang === 'en';
  var said = {};
  var sent = false;

  function say(key, id, english) {
    if (said[key] || !announce) return;
    said[key] = true;
    announce.textContent = en ? english : id;
  }

  function two(n) {
    return (n < 10 ? '0' : '') + n;
  }

  function tick() {
    var left = Math.max(0, Math.round((deadline - (Date.now() + skew)) / 1000));
    var h = Math.floor(left / 3600);
    var m = Math.floor((left % 3600) / 60);
    var clock = (h ? h + ':' + two(m) : String(m)) + ':' + two(left % 60);
    box.textContent = en ? 'Time left: ' + clock : 'Sisa waktu: ' + clock;
    box.classList.toggle('urgent', left <= 60);
    if (left <= 300 && left > 60) say('five', 'Sisa waktu lima menit.', 'Five minutes left.');
    if (left <= 60 && left > 0) say('one', 'Sisa waktu satu menit.', 'One minute left.');
    if (left === 0 && !sent) {
      sent = true;
      box.textContent = en ? 'Time is up: your answers are being sent.' : 'Waktu habis: jawaban Anda sedang dikirim.';
      say('zero', 'Waktu habis. Jawaban Anda dikirim.', 'Time is up. Your answers are being sent.');
      form.submit();
      return;
    }
    setTimeout(tick, 1000 - ((Date.now() + skew) % 1000));
  }

  form.addEventListener('submit', function () {
    sent = true;
  });
  box.hidden = false;
  tick();
})();
