// Live wall: each camera's newest preview with every face labelled by its tracked emotion (or
// "uncertain"), the shares of the seven emotions in the newest window and their trend, and the
// camera's health, all pushed over Server-Sent Events.
(function () {
  "use strict";
  const cfg = window.EMOTICCTV_WALL;
  const live = window.EmotiLive;
  const percent = live.percent;
  const faces = new live.Faces();
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
    if (latest) {
      live.drawShares(bar, legend, cfg.legend, latest.shares, cfg.groups);
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

  function onPreview(p) {
    const t = tile(p.cameraId);
    if (t) { faces.draw(t.querySelector(".preview"), p); }
  }

  function onHealth(h) {
    const t = tile(h.cameraId);
    if (!t) { return; }
    const badge = t.querySelector(".tile-state");
    badge.textContent = h.state;
    badge.className = "badge tile-state state-" + h.stateClass;
  }

  live.follow("/live/stream", { window: onWindow, track: faces.track, preview: onPreview, health: onHealth });
})();
