// Progressive enhancement for /pengaduan/baru: a "use my location" button that fills latitude and
// longitude from the device (navigator.geolocation). Nothing external is loaded; without
// JavaScript or without permission the address alone is enough.
(function () {
  'use strict';
  var box = document.querySelector('.coordinates');
  if (!box || !('geolocation' in navigator)) return;
  var actions = box.querySelector('.geo-actions');
  var button = box.querySelector('[data-use-location]');
  var status = box.querySelector('[data-geo-status]');
  var lat = document.getElementById('f-latitude');
  var lng = document.getElementById('f-longitude');
  if (!actions || !button || !lat || !lng) return;
  var bounds = (box.getAttribute('data-bounds') || '').split(',').map(Number);
  var en = document.documentElement.lang === 'en';
  var say = function (id, english) {
    if (status) status.textContent = en ? english : id;
  };
  actions.hidden = false;
  button.addEventListener('click', function () {
    button.disabled = true;
    say('Mencari lokasi…', 'Finding your location…');
    navigator.geolocation.getCurrentPosition(
      function (pos) {
        button.disabled = false;
        var la = pos.coords.latitude;
        var lo = pos.coords.longitude;
        if (bounds.length === 4 && (la < bounds[0] || la > bounds[1] || lo < bounds[2] || lo > bounds[3])) {
          say('Lokasi Anda berada di luar Kota Surakarta; isi alamat saja.', 'Your location is outside the City of Surakarta; give the address only.');
          return;
        }
        lat.value = la.toFixed(6);
        lng.value = lo.toFixed(6);
        say(
          'Titik lokasi terisi (akurasi sekitar ' + Math.round(pos.coords.accuracy) + ' m).',
          'Location filled in (accuracy about ' + Math.round(pos.coords.accuracy) + ' m).',
        );
      },
      function (err) {
        button.disabled = false;
        if (err && err.code === 1) say('Izin lokasi ditolak; isi alamat saja.', 'Location permission denied; give the address only.');
        else say('Lokasi tidak dapat ditemukan; isi alamat saja.', 'Your location could not be found; give the address only.');
      },
      { enableHighAccuracy: true, timeout: 15000, maximumAge: 60000 },
    );
  });
})();
