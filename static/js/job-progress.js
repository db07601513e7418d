// A background job's page: ask how far the job got every two seconds and move the progress
// bar; once the job is finished, load the page again to show its result. Without JavaScript
// the page's "Refresh" link does the same.
(function () {
    "use strict";
    var section = document.querySelector("[data-job-progress-url]");
    if (!section) {
        return;
    }
    var url = section.getAttribute("data-job-progress-url");
    var bar = section.querySelector("[data-job-bar]");
    var text = section.querySelector("[data-job-text]");
    function poll() {
        fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } })
            .then(function (response) {
                if (!response.ok) {
                    throw new Error(response.status);
                }
                return response.json();
            })
            .then(function (job) {
                if (job.status === "succeeded" || job.status === "failed") {
                    window.location.reload();
                    return;
                }
                bar.value = job.percent;
                bar.textContent = job.percent + "%";
                text.textContent = job.text;
                window.setTimeout(poll, 2000);
            })
            .catch(function () {
                window.setTimeout(poll, 5000);
            });
    }
    window.setTimeout(poll, 1000);
})();
