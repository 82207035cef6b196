// Alarm console: draws the open alerts, then follows new and changed alert episodes over
// Server-Sent Events; a new episode plays the sound of its severity.
(function () {
  "use strict";
  const list = document.getElementById("alarm-list");
  const template = document.getElementById("alarm-row");

  function field(row, name) { return row.querySelector(".f-" + name); }

  function fill(row, a) {
    row.dataset.alertId = a.alertId;
    row.dataset.phase = a.phase;
    const severity = field(row, "severity");
    severity.textContent = a.severity;
    severity.className = "badge f-severity sev-" + a.severity;
    field(row, "link").href = a.link;
    field(row, "opened").textContent = a.opened;
    field(row, "camera").textContent = a.camera;
    field(row, "location").textContent = a.location;
    field(row, "emotion").textContent = a.emotion;
    field(row, "peak").textContent = a.peak;
    field(row, "duration").textContent = a.duration;
    field(row, "phase").textContent = a.phase === "RESOLVED" ? "cleared" : a.phase.toLowerCase();
    field(row, "status").textContent = a.status;
    field(row, "assignee").textContent = a.assignee;
    row.querySelectorAll("input[name=id]").forEach(function (input) { input.value = a.alertId; });
    const ack = field(row, "ack");
    if (ack) { ack.hidden = a.status !== "OPEN"; }
  }

  function rowOf(alertId) {
    return Array.prototype.find.call(list.rows, function (r) { return r.dataset.alertId === alertId; });
  }

  function showEmpty() {
    document.getElementById("no-alarms").hidden = list.rows.length > 0;
    document.getElementById("alarm-table").hidden = list.rows.length === 0;
  }

  function play(severity) {
    const audio = document.getElementById("sound-" + severity);
    document.body.dataset.lastSound = severity;
    if (audio) {
      audio.currentTime = 0;
      audio.play().catch(function () { /* the browser waits for a first click */ });
    }
  }

  function upsert(a, live) {
    let row = rowOf(a.alertId);
    if (a.status === "RESOLVED") {
      if (row) { row.remove(); }
      showEmpty();
      return;
    }
    const isNew = !row;
    if (isNew) {
      row = template.content.firstElementChild.cloneNode(true);
      list.insertBefore(row, list.firstChild);
    }
    fill(row, a);
    if (live && isNew && a.phase === "OPENED") {
      row.classList.add("new-alarm");
      play(a.severity);
    }
    showEmpty();
  }

  window.EMOTICCTV_ALARMS.slice().reverse().forEach(function (a) { upsert(a, false); });
  showEmpty();

  document.querySelectorAll(".test-sound").forEach(function (button) {
    button.addEventListener("click", function () { play(button.dataset.severity); });
  });

  function status(text, live) {
    document.getElementById("live-status").textContent = text;
    document.getElementById("live-dot").className = live ? "dot on" : "dot";
  }
  const source = new EventSource("/alarms/live");
  source.onopen = function () { status("live", true); };
  source.onerror = function () { status("reconnecting…", false); };
  source.addEventListener("alarm", function (e) { upsert(JSON.parse(e.data), true); });
  source.addEventListener("heartbeat", function () { status("live", true); });
})();
