// Warns two minutes before a staff session ends for want of activity, and keeps it open
// when asked ("Stay signed in" posts to an address that only touches the session). The
// page without this script says at what time the session ends; nothing here is needed.
(function () {
  'use strict';
  var notice = document.getElementById('idle-notice');
  if (!notice || !window.fetch) {
    return;
  }
  var ends = document.getElementById('idle-ends');
  var warning = document.getElementById('idle-warning');
  var ended = document.getElementById('idle-ended');
  var form = document.getElementById('idle-keep-alive');
  var warnAfter = Number(notice.getAttribute('data-warn-seconds')) * 1000;
  var endAfter = Number(notice.getAttribute('data-idle-seconds')) * 1000;
  var timers = [];

  function start() {
    timers.forEach(clearTimeout);
    warning.hidden = true;
    timers = [
      setTimeout(function () {
        warning.hidden = false;
        form.querySelector('button').focus();
      }, warnAfter),
      setTimeout(function () {
        warning.hidden = true;
        ended.hidden = false;
      }, endAfter)
    ];
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    fetch(form.action, {
      method: 'POST',
      credentials: 'same-origin',
      redirect: 'manual',
      body: new URLSearchParams(new FormData(form))
    }).then(function (response) {
      if (response.status === 204) {
        start();
      } else {
        warning.hidden = true;
        ended.hidden = false;
      }
    }, function () {
      // The network is away: leave the warning up, so the button can be pressed again.
    });
  });

  // The time shown without the script is that of the page's load: the warning replaces it.
  ends.hidden = true;
  start();
}());
