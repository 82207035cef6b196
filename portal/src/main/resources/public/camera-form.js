// Camera form: "Test connection" asks an ingest agent to open the stream URL and shows what it
// found (resolution, codec, frame rate and a snapshot) or why it failed.
(function () {
  "use strict";
  const button = document.getElementById("test-connection");
  const status = document.getElementById("probe-status");
  const result = document.getElementById("probe-result");
  const snapshot = document.getElementById("probe-snapshot");
  const csrf = document.querySelector("meta[name='csrf-token']");

  button.addEventListener("click", function () {
    const url = document.getElementById("sourceUrl").value;
    button.disabled = true;
    status.textContent = "asking an ingest agent…";
    result.hidden = true;
    const headers = { "Content-Type": "application/x-www-form-urlencoded", "Accept": "application/json" };
    if (csrf) { headers["X-CSRF-Token"] = csrf.content; }
    fetch("/cameras/probe", { method: "POST", headers: headers, body: "sourceUrl=" + encodeURIComponent(url) })
      .then(function (response) { return response.json(); })
      .then(function (probe) {
        result.dataset.ok = String(probe.ok);
        result.className = probe.ok ? "probe-ok" : "probe-failed";
        document.getElementById("probe-message").textContent =
          (probe.ok ? "Connected. " : "Failed" + (probe.failure ? " (" + probe.failure + ")" : "") + ": ") + probe.message;
        document.getElementById("probe-details").textContent = probe.details;
        snapshot.hidden = !probe.snapshot;
        if (probe.snapshot) { snapshot.src = probe.snapshot; }
        result.hidden = false;
        status.textContent = "";
      })
      .catch(function () { status.textContent = "The portal did not answer; try again."; })
      .finally(function () { button.disabled = false; });
  });
})();
