// Keeps the countdown of a dialogue's page (<time data-countdown datetime="...">) up to
// date each minute, in the page's language; the server already wrote the first value.
(function () {
  'use strict';

  function format(element, lang) {
    var left = Math.max(0, Date.parse(element.getAttribute('datetime')) - Date.now());
    var minutes = Math.floor(left / 60000);
    var days = Math.floor(minutes / 1440);
    var hours = Math.floor((minutes % 1440) / 60);
    var mins = minutes % 60;
    function unit(name, value) {
      return new Intl.NumberFormat(lang, { style: 'unit', unit: name, unitDisplay: 'long' }).format(value);
    }
    if (days > 0) {
      return unit('day', days) + (hours > 0 ? ' ' + unit('hour', hours) : '');
    }
    if (hours > 0) {
      return unit('hour', hours) + (mins > 0 ? ' ' + unit('minute', mins) : '');
    }
    return unit('minute', mins);
  }

  function update() {
    var lang = document.documentElement.lang || 'fr';
    document.querySelectorAll('time[data-countdown]').forEach(function (element) {
      try {
        element.textContent = format(element, lang);
      } catch (e) {
        // an old browser without unit formatting keeps the server's text
      }
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    if (document.querySelector('time[data-countdown]')) {
      setInterval(update, 60000);
    }
  });
}());
