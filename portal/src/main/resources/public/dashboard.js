// Camera dashboard: draws the latest window's expression shares and the trend of the last
// minutes, then follows the camera's new windows over Server-Sent Events (no page reload).
(function () {
  "use strict";
  const cfg = window.EMOTICCTV;
  const labels = cfg.legend.map(function (e) { return e.label; });
  const colors = cfg.legend.map(function (e) { return e.color; });
  const clock = new Intl.DateTimeFormat("en-GB", {
    timeZone: cfg.zone, hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23"
  });
  const percent = function (v) { return Math.round(v * 100) + "%"; };
  let windows = cfg.trend.slice().sort(function (a, b) { return a.windowStart - b.windowStart; });

  Chart.defaults.color = "#aeb3bb";
  Chart.defaults.borderColor = "rgba(255,255,255,0.08)";
  Chart.defaults.font.family = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";
  const shareAxis = { min: 0, max: 1, ticks: { callback: percent } };

  const current = new Chart(document.getElementById("current-chart"), {
    type: "bar",
    data: { labels: labels, datasets: [{ label: "Share of faces", data: [], backgroundColor: colors, borderRadius: 4 }] },
    options: {
      animation: false, responsive: true, maintainAspectRatio: false,
      scales: { y: shareAxis },
      plugins: {
        legend: { display: false },
        tooltip: { callbacks: { label: function (c) { return percent(c.parsed.y) + " of faces"; } } }
      }
    }
  });

  const trend = new Chart(document.getElementById("trend-chart"), {
    type: "line",
    data: {
      datasets: cfg.legend.map(function (e) {
        return { label: e.label, data: [], borderColor: e.color, backgroundColor: e.color,
                 pointRadius: 0, borderWidth: 2, cubicInterpolationMode: "monotone" };
      })
    },
    options: {
      animation: false, responsive: true, maintainAspectRatio: false,
      interaction: { mode: "index", intersect: false },
      // A linear time axis (epoch ms) keeps gaps in the data visible as gaps.
      scales: {
        y: shareAxis,
        x: { type: "linear", ticks: { maxTicksLimit: 8, callback: function (v) { return clock.format(new Date(v)); } } }
      },
      plugins: {
        legend: { position: "bottom", labels: { boxWidth: 12 } },
        tooltip: {
          callbacks: {
            title: function (items) { return items.length ? clock.format(new Date(items[0].parsed.x)) : ""; },
            label: function (c) { return c.dataset.label + " " + percent(c.parsed.y); }
          }
        }
      }
    }
  });

  function render() {
    const latest = windows[windows.length - 1];
    const caption = document.getElementById("latest-window");
    if (latest) {
      current.data.datasets[0].data = latest.shares;
      caption.textContent = clock.format(new Date(latest.windowStart)) + " – " +
        clock.format(new Date(latest.windowEnd)) + " · " + latest.faces +
        (latest.faces === 1 ? " face" : " faces");
      caption.dataset.windowStart = String(latest.windowStart);
    }
    trend.data.datasets.forEach(function (dataset, i) {
      dataset.data = windows.map(function (w) { return { x: w.windowStart, y: w.shares[i] }; });
    });
    if (latest) {
      trend.options.scales.x.min = latest.windowStart - cfg.trendSpanMillis;
      trend.options.scales.x.max = latest.windowStart;
    }
    current.update();
    trend.update();
  }

  function add(window) {
    windows = windows.filter(function (w) { return w.windowStart !== window.windowStart; });
    windows.push(window);
    windows.sort(function (a, b) { return a.windowStart - b.windowStart; });
    const newest = windows[windows.length - 1].windowStart;
    windows = windows.filter(function (w) { return w.windowStart >= newest - cfg.trendSpanMillis; });
    render();
  }

  function status(text, live) {
    document.getElementById("live-status").textContent = text;
    document.getElementById("live-dot").className = live ? "dot on" : "dot";
  }

  render();
  const source = new EventSource("/cameras/" + encodeURIComponent(cfg.cameraId) + "/live");
  source.onopen = function () { status("live", true); };
  source.onerror = function () { status("reconnecting…", false); };
  source.addEventListener("window", function (e) { add(JSON.parse(e.data)); });
  source.addEventListener("heartbeat", function () { status("live", true); });
})();
