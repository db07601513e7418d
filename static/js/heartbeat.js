// Time spent in a module: while the page is visible, report once a minute. The server counts at
// most one minute per report and ignores early or repeated ones.
(function () {
  "use strict";
  var article = document.querySelector("[data-heartbeat-url]");
  if (!article || !window.fetch) return;
  var url = article.getAttribute("data-heartbeat-url");
  var token = (document.cookie.match(/(?:^|;\s*)csrftoken=([^;]+)/) || [])[1];
  var field = document.querySelector("input[name=csrfmiddlewaretoken]");
  if (field) token = field.value;
  function beat() {
    if (document.visibilityState !== "visible") return;
    fetch(url, {
      method: "POST",
      credentials: "same-origin",
      headers: { "X-CSRFToken": token || "" },
    }).catch(function () {});
  }
  window.setInterval(beat, 60000);
})();
