// Alarm console: draws the open alerts, then follows new and changed alert episodes over
// Server-Sent Events; a new episode plays its sound (its emotion category's, else its severity's).
(function () {
  "use strict";
  const list = document.getElementById("alarm-list");
  const template = document.getElementById("alarm-row");

  function field(row, name) { return row.querySelector(".f-" + name); }

  function fill(row, a) {
    row.dataset.alertId = a.alertId;
    row.dataset.phase = a.phase;
    row.dataset.sound = a.sound;
    const severity = field(row, "severity");
    severity.textContent = a.severity;
    severity.className = "badge f-severity sev-" + a.severity;
    field(row, "link").href = a.link;
    field(row, "opened").textContent = a.opened;
    field(row, "camera").textContent = a.camera;
    field(row, "location").textContent = a.location;
    const emotion = field(row, "emotion");
    emotion.textContent = a.emotion;
    emotion.dataset.color = a.emotionColor;
    emotion.style.setProperty("--chip", a.emotionColor);
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

  function play(sound) {
    const audio = document.getElementById("sound-" + sound);
    document.body.dataset.lastSound = sound;
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
      play(a.sound);
    }
    showEmpty();
  }

  window.EMOTICCTV_ALARMS.slice().reverse().forEach(function (a) { upsert(a, false); });
  showEmpty();

  document.querySelectorAll(".test-sound").forEach(function (button) {
    button.addEventListener("click", function () { play(button.dataset.sound); });
  });

  window.EmotiLive.follow("/alarms/live", { alarm: function (a) { upsert(a, true); } });
})();
