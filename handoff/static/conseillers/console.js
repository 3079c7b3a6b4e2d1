/* Advisers' console: live waiting times and a queue that refreshes itself without losing your place.
   No inline script (Content-Security-Policy: script-src 'self'). */
(function () {
  "use strict";
  var REFRESH_MS = 30000;

  function waiting(iso) {
    var since = Date.parse(iso);
    if (isNaN(since)) { return null; }
    var minutes = Math.max(0, Math.floor((Date.now() - since) / 60000));
    if (minutes < 60) { return minutes + " min"; }
    var hours = Math.floor(minutes / 60); minutes = minutes % 60;
    if (hours < 24) { return hours + " h " + (minutes < 10 ? "0" : "") + minutes; }
    var days = Math.floor(hours / 24); hours = hours % 24;
    return days + " j " + hours + " h";
  }

  function updateWaiting(root) {
    var items = (root || document).querySelectorAll("time[data-depuis]");
    for (var i = 0; i < items.length; i++) {
      var text = waiting(items[i].getAttribute("data-depuis"));
      if (text !== null && items[i].textContent !== text) { items[i].textContent = text; }
    }
  }

  function refreshQueue() {
    var box = document.getElementById("file");
    if (!box || document.hidden) { return; }
    var url = box.getAttribute("data-fragment");
    var active = document.activeElement;
    var activeRow = active && box.contains(active) ? active.closest("tr") : null;
    var activeRef = activeRow ? activeRow.getAttribute("data-ref") : null;
    var activeHref = active && box.contains(active) ? active.getAttribute("href") : null;
    var oldCount = box.querySelector(".compteur");
    var before = oldCount ? oldCount.getAttribute("data-total") : null;
    fetch(url, { credentials: "same-origin", headers: { "Accept": "text/html" } })
      .then(function (response) {
        if (response.status === 401) { window.location.reload(); return null; }
        return response.ok ? response.text() : null;
      })
      .then(function (html) {
        if (html === null || html === undefined) { return; }
        var scrollX = window.scrollX, scrollY = window.scrollY;
        box.innerHTML = html;
        updateWaiting(box);
        if (activeHref) {
          var target = box.querySelector('a[href="' + activeHref + '"]');
          if (target) { target.focus({ preventScroll: true }); }
        } else if (activeRef) {
          var row = box.querySelector('tr[data-ref="' + activeRef + '"] a');
          if (row) { row.focus({ preventScroll: true }); }
        }
        window.scrollTo(scrollX, scrollY);
        var count = box.querySelector(".compteur");
        var after = count ? count.getAttribute("data-total") : null;
        if (before !== null && after !== null && before !== after) {
          var notice = document.getElementById("annonce-file");
          if (notice) { notice.textContent = "La file a changé : " + after + " demandes."; }
        }
      })
      .catch(function () { /* network hiccup: try again at the next tick */ });
  }

  document.addEventListener("DOMContentLoaded", function () {
    updateWaiting(document);
    window.setInterval(function () { updateWaiting(document); }, 30000);
    if (document.getElementById("file")) { window.setInterval(refreshQueue, REFRESH_MS); }
  });
})();
