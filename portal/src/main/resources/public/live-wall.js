// Live wall: each camera's newest preview with every face labelled by its tracked emotion (or
// "uncertain"), the shares of the seven emotions in the newest window and their trend, all
// pushed over Server-Sent Events.
(function () {
  "use strict";
  const cfg = window.EMOTICCTV_WALL;
  const TRACK_TTL_MS = 10000;
  const percent = function (v) { return Math.round(v * 100) + "%"; };
  const tracks = {}; // cameraId → trackId → TrackView
  const charts = {};
  const series = {};

  function tile(cameraId) {
    return document.querySelector(".tile[data-camera-id='" + CSS.escape(cameraId) + "']");
  }

  Chart.defaults.color = "#aeb3bb";
  Chart.defaults.borderColor = "rgba(255,255,255,0.08)";
  document.querySelectorAll(".tile").forEach(function (t) {
    const id = t.dataset.cameraId;
    series[id] = (cfg.trends[id] || []).slice();
    charts[id] = new Chart(t.querySelector("canvas.trend"), {
      type: "line",
      data: { datasets: cfg.legend.map(function (e) {
        return { label: e.label, data: [], borderColor: e.color, pointRadius: 0, borderWidth: 1.5 };
      }) },
      options: {
        animation: false, responsive: true, maintainAspectRatio: false,
        plugins: { legend: { display: false } },
        scales: { y: { min: 0, max: 1, ticks: { callback: percent, maxTicksLimit: 3 } },
                  x: { type: "linear", ticks: { display: false } } }
      }
    });
    drawWindows(id);
  });

  function drawWindows(id) {
    const windows = series[id];
    const latest = windows[windows.length - 1];
    const t = tile(id);
    const bar = t.querySelector(".shares");
    const legend = t.querySelector(".share-legend");
    bar.textContent = "";
    legend.textContent = "";
    if (latest) {
      cfg.legend.forEach(function (e, i) {
        const share = latest.shares[i];
        if (share > 0) {
          const seg = document.createElement("span");
          seg.style.width = (share * 100) + "%";
          seg.style.background = e.color;
          seg.title = e.label + " " + percent(share);
          bar.appendChild(seg);
        }
        const item = document.createElement("span");
        item.className = "share share-" + e.key;
        item.textContent = e.label + " " + percent(share) + " ";
        legend.appendChild(item);
      });
      legend.dataset.windowStart = String(latest.windowStart);
    }
    const chart = charts[id];
    chart.data.datasets.forEach(function (d, i) {
      d.data = windows.map(function (w) { return { x: w.windowStart, y: w.shares[i] }; });
    });
    if (latest) {
      chart.options.scales.x.min = latest.windowStart - cfg.trendSpanMillis;
      chart.options.scales.x.max = latest.windowStart;
    }
    chart.update();
  }

  function onWindow(w) {
    if (!series[w.cameraId]) { return; }
    let windows = series[w.cameraId].filter(function (x) { return x.windowStart !== w.windowStart; });
    windows.push(w);
    windows.sort(function (a, b) { return a.windowStart - b.windowStart; });
    const newest = windows[windows.length - 1].windowStart;
    series[w.cameraId] = windows.filter(function (x) { return x.windowStart >= newest - cfg.trendSpanMillis; });
    drawWindows(w.cameraId);
  }

  function onTrack(t) {
    (tracks[t.cameraId] = tracks[t.cameraId] || {})[t.trackId] = t;
  }

  function onPreview(p) {
    const t = tile(p.cameraId);
    if (!t) { return; }
    const img = t.querySelector(".preview-image");
    img.src = p.image;
    img.hidden = false;
    img.dataset.capturedAt = String(p.capturedAt);
    t.querySelector(".no-preview").hidden = true;
    const layer = t.querySelector(".face-layer");
    layer.textContent = "";
    const known = tracks[p.cameraId] || {};
    p.faces.forEach(function (f) {
      const box = document.createElement("div");
      box.className = "face-box";
      box.style.left = f.left + "%";
      box.style.top = f.top + "%";
      box.style.width = f.width + "%";
      box.style.height = f.height + "%";
      const track = f.trackId == null ? null : known[f.trackId];
      const fresh = track && Math.abs(p.capturedAt - track.captureTime) < TRACK_TTL_MS;
      const label = document.createElement("span");
      label.className = "face-label";
      label.textContent = fresh ? track.label : "…";
      box.style.borderColor = fresh ? track.color : "#8b8d98";
      label.style.background = box.style.borderColor;
      if (f.trackId != null) { box.dataset.trackId = String(f.trackId); }
      box.appendChild(label);
      layer.appendChild(box);
    });
  }

  function status(text, live) {
    document.getElementById("live-status").textContent = text;
    document.getElementById("live-dot").className = live ? "dot on" : "dot";
  }
  const source = new EventSource("/live/stream");
  source.onopen = function () { status("live", true); };
  source.onerror = function () { status("reconnecting…", false); };
  source.addEventListener("window", function (e) { onWindow(JSON.parse(e.data)); });
  source.addEventListener("track", function (e) { onTrack(JSON.parse(e.data)); });
  source.addEventListener("preview", function (e) { onPreview(JSON.parse(e.data)); });
  source.addEventListener("heartbeat", function () { status("live", true); });
})();
