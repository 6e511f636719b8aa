/* The idle session warning (WCAG 2.2.1 Timing Adjustable). The server ends a session after
   data-session-timeout seconds without a request; data-session-warning seconds before that, this script opens the
   layout's dialog with "Fortsätt vara inloggad", which posts the dialog's form (with its antiforgery token) to the
   keep-alive endpoint. If nobody answers, it ends the session and goes to the signed-out page. The last activity
   is shared between tabs through localStorage, so working in one tab keeps the others from warning.
   No inline code: the page runs under a Content-Security-Policy without 'unsafe-inline'. */
(function () {
  "use strict";
  var body = document.body;
  var timeout = parseInt(body.getAttribute("data-session-timeout"), 10);
  var warning = parseInt(body.getAttribute("data-session-warning"), 10);
  var dialog = document.getElementById("session-varning");
  if (!(timeout > 0) || !dialog || typeof dialog.showModal !== "function") return;
  var form = dialog.querySelector("form");
  var key = "fe.session.activity";
  var ended = false;

  function now() { return Date.now(); }
  function lastActivity() {
    var stored = 0;
    try { stored = parseInt(window.localStorage.getItem(key), 10) || 0; } catch (e) { /* storage blocked: this tab alone */ }
    return Math.max(stored, loaded);
  }
  function touch() {
    loaded = now();
    try { window.localStorage.setItem(key, String(loaded)); } catch (e) { /* storage blocked */ }
  }

  var loaded = 0;
  touch();

  function tokenBody() { return new URLSearchParams(new FormData(form)); }

  function signOut() {
    if (ended) return;
    ended = true;
    var done = function () { window.location.assign(form.getAttribute("data-session-signed-out")); };
    // End the session on the server too (it may be seconds from ending by itself); go on whatever the answer.
    fetch(form.getAttribute("data-session-logout"), { method: "POST", body: tokenBody(), credentials: "same-origin", redirect: "manual" })
      .then(done, done);
  }

  function check() {
    if (ended) return;
    var left = lastActivity() + timeout * 1000 - now();
    if (left <= 0) { signOut(); return; }
    if (left <= warning * 1000) {
      if (!dialog.open) dialog.showModal();
    } else if (dialog.open) {
      dialog.close(); // another tab kept the session alive
    }
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    fetch(form.action, { method: "POST", body: tokenBody(), credentials: "same-origin" }).then(function (response) {
      if (response.ok) { touch(); dialog.close(); } else signOut();
    }, function () { /* offline: the dialog stays, the user may try again */ });
  });
  // Escape closes the dialog without keeping the session alive: check() opens it again while time is short.
  dialog.addEventListener("cancel", function (event) { event.preventDefault(); });
  window.addEventListener("storage", function (event) { if (event.key === key) check(); });
  window.setInterval(check, 1000);
})();
