// Alarm console: draws the open alerts with their cameras' health and the camera outages, then
// follows new and changed alert episodes and the cameras' health over Server-Sent Events; a new
// episode plays its sound (its emotion category's, else its severity's), a new outage the HIGH one.
(function () {
  "use strict";
  const list = document.getElementById("alarm-list");
  const template = document.getElementById("alarm-row");
  const healthOf = window.EMOTICCTV_CAMERA_HEALTH; // camera id → its health

  function field(row, name) { return row.querySelector(".f-" + name); }

  function fill(row, a) {
    row.dataset.alertId = a.alertId;
    row.dataset.cameraId = a.cameraId;
    row.dataset.phase = a.phase;
    row.dataset.sound = a.sound;
    const severity = field(row, "severity");
    severity.textContent = a.severity;
    severity.className = "badge f-severity sev-" + a.severity;
    field(row, "link").href = a.link;
    field(row, "opened").textContent = a.opened;
    field(row, "camera").textContent = a.camera;
    field(row, "location").textContent = a.location;
    showHealth(row, healthOf[a.cameraId]);
    const emotion = field(row, "emotion");
    emotion.textContent = a.emotion;
    emotion.dataset.color = a.emotionColor;
    emotion.style.setProperty("--chip", a.emotionColor);
    const group = field(row, "group");
    group.textContent = a.group;
    group.hidden = !a.group;
    field(row, "peak").textContent = a.peak;
    field(row, "duration").textContent = a.duration;
    field(row, "phase").textContent = a.phase === "RESOLVED" ? "cleared" : a.phase.toLowerCase();
    field(row, "status").textContent = a.status;
    field(row, "assignee").textContent = a.assignee;
    row.querySelectorAll("input[name=id]").forEach(function (input) { input.value = a.alertId; });
    const ack = field(row, "ack");
    if (ack) { ack.hidden = a.status !== "OPEN"; }
  }

  function showHealth(row, h) {
    const badge = field(row, "health");
    badge.hidden = !h;
    if (h) {
      badge.textContent = h.state;
      badge.className = "badge f-health state-" + h.stateClass;
    }
  }

  const outages = document.getElementById("outage-list");

  function showOutage(h, live) {
    let row = outages.querySelector("tr[data-camera-id='" + CSS.escape(h.cameraId) + "']");
    if (!h.outageAlarm) {
      if (row) { row.remove(); }
    } else {
      if (!row) {
        row = document.getElementById("outage-row").content.firstElementChild.cloneNode(true);
        row.dataset.cameraId = h.cameraId;
        outages.appendChild(row);
        if (live) { play("HIGH"); }
      }
      const camera = row.querySelector(".o-camera");
      camera.textContent = h.cameraName;
      camera.href = "/cameras/" + encodeURIComponent(h.cameraId);
      const state = row.querySelector(".o-state");
      state.textContent = h.state;
      state.className = "badge o-state state-" + h.stateClass;
      row.querySelector(".o-lastFrame").textContent = h.lastFrame;
      row.querySelector(".o-lastError").textContent = h.lastError;
    }
    document.getElementById("outages").hidden = outages.rows.length === 0;
  }

  function onHealth(h) {
    healthOf[h.cameraId] = h;
    Array.prototype.forEach.call(list.rows, function (row) {
      if (row.dataset.cameraId === h.cameraId) { showHealth(row, h); }
    });
    showOutage(h, true);
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
  Object.keys(healthOf).forEach(function (id) { showOutage(healthOf[id], false); });

  document.querySelectorAll(".test-sound").forEach(function (button) {
    button.addEventListener("click", function () { play(button.dataset.sound); });
  });

  window.EmotiLive.follow("/alarms/live", { alarm: function (a) { upsert(a, true); }, health: onHealth });
})();
