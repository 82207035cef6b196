// Drawing shared by the live wall and the camera page: a preview with each face's box labelled by
// its tracked emotion (or "uncertain"), and a stacked bar with a legend of the emotions' shares.
(function () {
  "use strict";
  const TRACK_TTL_MS = 10000;
  const UNKNOWN = "#8b8d98";
  const percent = function (v) { return Math.round(v * 100) + "%"; };

  // Remembers each camera's tracked faces and draws previews with them. A face's emotion may arrive
  // after the preview that shows it (two topics), so a late one relabels the drawn box.
  function Faces() {
    const tracks = {}; // cameraId → trackId → TrackView
    const drawn = {}; // cameraId → {layer, capturedAt} of the newest preview drawn

    const fresh = function (track, capturedAt) {
      return track && Math.abs(capturedAt - track.captureTime) < TRACK_TTL_MS;
    };

    const paint = function (box, track) {
      const label = box.querySelector(".face-label");
      label.textContent = track ? track.label : "…";
      box.style.borderColor = track ? track.color : UNKNOWN;
      label.style.background = box.style.borderColor;
    };

    this.track = function (t) {
      (tracks[t.cameraId] = tracks[t.cameraId] || {})[t.trackId] = t;
      const last = drawn[t.cameraId];
      const box = last && last.layer.querySelector(".face-box[data-track-id='" + t.trackId + "']");
      if (box && fresh(t, last.capturedAt)) { paint(box, t); }
    };

    // container holds img.preview-image, .no-preview and .face-layer
    this.draw = function (container, p) {
      const img = container.querySelector(".preview-image");
      img.src = p.image;
      img.hidden = false;
      img.dataset.capturedAt = String(p.capturedAt);
      container.querySelector(".no-preview").hidden = true;
      const layer = container.querySelector(".face-layer");
      layer.textContent = "";
      drawn[p.cameraId] = { layer: layer, capturedAt: p.capturedAt };
      const known = tracks[p.cameraId] || {};
      p.faces.forEach(function (f) {
        const box = document.createElement("div");
        box.className = "face-box";
        box.style.left = f.left + "%";
        box.style.top = f.top + "%";
        box.style.width = f.width + "%";
        box.style.height = f.height + "%";
        const label = document.createElement("span");
        label.className = "face-label";
        box.appendChild(label);
        const track = f.trackId == null ? null : known[f.trackId];
        paint(box, fresh(track, p.capturedAt) ? track : null);
        if (f.trackId != null) { box.dataset.trackId = String(f.trackId); }
        layer.appendChild(box);
      });
    };
  }

  // A stacked bar of the shares and a legend "Anger 12% …", one span.share-<key> per emotion, then
  // one per group of emotions (optional; e.g. "Distress" = fear + sadness), abnormal ones marked.
  function drawShares(bar, legendBox, legend, shares, groups) {
    bar.textContent = "";
    legendBox.textContent = "";
    legend.forEach(function (e, i) {
      const share = shares[i];
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
      legendBox.appendChild(item);
    });
    (groups || []).forEach(function (g) {
      const share = g.members.reduce(function (sum, i) { return sum + shares[i]; }, 0);
      const item = document.createElement("span");
      item.className = "share share-group share-" + g.key + (g.abnormal ? " abnormal" : "");
      item.style.borderColor = g.color;
      item.textContent = g.label + " " + percent(share) + " ";
      legendBox.appendChild(item);
    });
  }

  // Opens the page's Server-Sent Events at url, calls handlers[eventName](data) with each event's
  // parsed data and shows the stream's state in #live-status and #live-dot. The stream is closed
  // when the page is left and opened again when it is shown from the back/forward cache: a left
  // page's open stream keeps one of the browser's six connections to the portal for about a
  // minute, and a few of them stall every further request of the tab.
  function follow(url, handlers) {
    let source = null;
    function status(text, live) {
      document.getElementById("live-status").textContent = text;
      document.getElementById("live-dot").className = live ? "dot on" : "dot";
    }
    function open() {
      source = new EventSource(url);
      source.onopen = function () { status("live", true); };
      source.onerror = function () { status("reconnecting…", false); };
      source.addEventListener("heartbeat", function () { status("live", true); });
      Object.keys(handlers).forEach(function (name) {
        source.addEventListener(name, function (e) { handlers[name](JSON.parse(e.data)); });
      });
    }
    window.addEventListener("pagehide", function () {
      if (source) { source.close(); source = null; }
    });
    window.addEventListener("pageshow", function (e) {
      if (e.persisted && !source) { open(); }
    });
    open();
  }

  window.EmotiLive = { Faces: Faces, drawShares: drawShares, follow: follow, percent: percent };
})();
