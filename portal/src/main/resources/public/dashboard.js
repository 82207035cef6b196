// Camera page: the latest preview with each face's emotion, the latest window's expression shares,
// the trend of the last minutes, the shares of the last 15 minutes and 24 hours (from the rollups,
// by hour; with the admins' groups of emotions), the camera's health and its alerts; all follow the
// camera's Server-Sent Events.
(function () {
  "use strict";
  const cfg = window.EMOTICCTV;
  const live = window.EmotiLive;
  const faces = new live.Faces();
  const labels = cfg.legend.map(function (e) { return e.label; });
  const colors = cfg.legend.map(function (e) { return e.color; });
  const clock = new Intl.DateTimeFormat("en-GB", {
    timeZone: cfg.zone, hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23"
  });
  const percent = live.percent;
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

  // Rollup buckets of a span: each new window's counts go into its bucket (a window sent again
  // replaces its earlier counts); old buckets drop out.
  function Rollups(series, panel, chart) {
    let buckets = series.buckets.slice();
    const added = {}; // window start → the window counted

    this.add = function (w) {
      const before = added[w.windowStart];
      added[w.windowStart] = w;
      const start = w.windowStart - (w.windowStart % series.bucketMillis);
      let bucket = buckets.find(function (b) { return b.start === start; });
      if (!bucket) {
        bucket = { start: start, faces: 0, counts: cfg.legend.map(function () { return 0; }) };
        buckets.push(bucket);
        buckets.sort(function (a, b) { return a.start - b.start; });
      }
      bucket.faces += w.faces - (before ? before.faces : 0);
      bucket.counts = bucket.counts.map(function (c, i) { return c + w.counts[i] - (before ? before.counts[i] : 0); });
      const newest = buckets[buckets.length - 1].start;
      buckets = buckets.filter(function (b) { return b.start > newest - series.spanMillis; });
      Object.keys(added).forEach(function (start) {
        if (Number(start) < buckets[0].start) { delete added[start]; }
      });
      this.draw();
    };

    this.draw = function () {
      const faces = buckets.reduce(function (sum, b) { return sum + b.faces; }, 0);
      const shares = cfg.legend.map(function (e, i) {
        const count = buckets.reduce(function (sum, b) { return sum + b.counts[i]; }, 0);
        return faces === 0 ? 0 : count / faces;
      });
      const legendBox = panel.querySelector(".share-legend");
      live.drawShares(panel.querySelector(".shares"), legendBox, cfg.legend, shares, cfg.groups);
      legendBox.appendChild(document.createTextNode("· " + faces + (faces === 1 ? " face" : " faces")));
      panel.dataset.faces = String(faces);
      if (chart) {
        chart.data.datasets.forEach(function (dataset, i) {
          dataset.data = buckets.map(function (b) { return { x: b.start, y: b.faces === 0 ? 0 : b.counts[i] / b.faces }; });
        });
        chart.update();
      }
    };
  }

  const day = new Chart(document.getElementById("day-chart"), {
    type: "line",
    data: {
      datasets: cfg.legend.map(function (e) {
        return { label: e.label, data: [], borderColor: e.color, backgroundColor: e.color, pointRadius: 2, borderWidth: 2 };
      })
    },
    options: {
      animation: false, responsive: true, maintainAspectRatio: false,
      interaction: { mode: "index", intersect: false },
      scales: {
        y: shareAxis,
        x: { type: "linear", ticks: { maxTicksLimit: 12, callback: function (v) { return clock.format(new Date(v)).slice(0, 5); } } }
      },
      plugins: { legend: { position: "bottom", labels: { boxWidth: 12 } } }
    }
  });
  const quarterHour = new Rollups(cfg.quarterHour, document.getElementById("quarter-hour"), null);
  const lastDay = new Rollups(cfg.day, document.getElementById("day"), day);

  // The alert history's first page follows the camera's alert episodes.
  const history = document.getElementById("history-list");
  function onAlarm(a) {
    if (!cfg.historyLive) { return; }
    let row = Array.prototype.find.call(history.rows, function (r) { return r.dataset.alertId === a.alertId; });
    if (!row) {
      row = document.getElementById("history-row").content.firstElementChild.cloneNode(true);
      row.dataset.alertId = a.alertId;
      history.insertBefore(row, history.firstChild);
    }
    const field = function (name) { return row.querySelector(".f-" + name); };
    field("severity").textContent = a.severity;
    field("severity").className = "badge f-severity sev-" + a.severity;
    field("link").href = a.link;
    field("opened").textContent = a.opened;
    field("emotion").textContent = a.emotion;
    field("emotion").dataset.color = a.emotionColor;
    field("emotion").style.setProperty("--chip", a.emotionColor);
    field("group").textContent = a.group;
    field("group").hidden = !a.group;
    field("peak").textContent = a.peak;
    field("duration").textContent = a.duration;
    field("phase").textContent = a.phase;
    field("status").textContent = a.status + (a.assignee ? " · " + a.assignee : "");
    field("rule").textContent = a.rule;
    const none = document.getElementById("no-history");
    if (none) { none.hidden = true; }
  }

  function onHealth(h) {
    const badge = document.getElementById("health-state");
    badge.textContent = h.state;
    badge.className = "badge state-" + h.stateClass;
    ["state", "lastFrame", "framesInPerS", "analysedPerS", "framesDropped", "facesRejected", "rejections", "reportedAt"]
      .forEach(function (key) { document.querySelector("#health .h-" + key).textContent = String(h[key]); });
    document.querySelector("#health .h-lastError").textContent = h.lastError || "—";
  }

  render();
  quarterHour.draw();
  lastDay.draw();
  live.follow("/cameras/" + encodeURIComponent(cfg.cameraId) + "/live", {
    window: function (w) {
      add(w);
      quarterHour.add(w);
      lastDay.add(w);
    },
    track: faces.track,
    preview: function (p) { faces.draw(document.getElementById("camera-preview"), p); },
    alarm: onAlarm,
    health: onHealth
  });
})();
