// The progress page of a screen: every two seconds the page is asked for again and its status
// region replaced (no reload, so a screen reader is not thrown back to the top and axe-core's
// rule against timed refreshes holds); once the screen is done the answer is the result page, and
// the browser goes there. The user may pause the updates (WCAG 2.2.2). Without script the page
// has a link that reloads it.
(function () {
  "use strict";
  var region = document.getElementById("progress");
  var pause = document.getElementById("progress-pause");
  if (!region || region.getAttribute("data-state") !== "running") {
    return;
  }
  var paused = false;
  if (pause) {
    pause.hidden = false;
    pause.addEventListener("click", function () {
      paused = !paused;
      pause.setAttribute("aria-pressed", paused ? "true" : "false");
      pause.textContent = paused ? pause.getAttribute("data-resume") : pause.getAttribute("data-pause");
      if (!paused) {
        schedule();
      }
    });
  }
  function schedule() {
    window.setTimeout(update, 2000);
  }
  function update() {
    if (paused) {
      return;
    }
    fetch(window.location.href, { credentials: "same-origin" })
      .then(function (response) {
        var here = window.location.pathname;
        if (response.redirected && new URL(response.url).pathname !== here) {
          window.location.assign(response.url);
          return null;
        }
        return response.text();
      })
      .then(function (html) {
        if (html === null || html === undefined) {
          return;
        }
        var next = new DOMParser().parseFromString(html, "text/html").getElementById("progress");
        var current = document.getElementById("progress-steps-region");
        var fresh = next ? next.querySelector("#progress-steps-region") : null;
        if (next && next.getAttribute("data-state") !== "running") {
          window.location.reload();
          return;
        }
        if (current && fresh) {
          current.replaceWith(fresh);
        }
        schedule();
      })
      .catch(schedule);
  }
  schedule();
})();
