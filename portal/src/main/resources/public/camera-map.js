// Camera map: one circle per camera with coordinates, coloured by its health, with a popup of its
// state and last frame linking to its page; recoloured as the agents' statuses arrive over
// Server-Sent Events. Circles instead of icon images: they need no image files and scale cleanly.
(function () {
  "use strict";
  const cfg = window.EMOTICCTV_MAP;
  const colours = { online: "#30a46c", "low-fps": "#f5b400", frozen: "#f5b400", connecting: "#f5b400",
                    offline: "#e5484d", stopped: "#8b8d98", "no-status": "#8b8d98" };
  const map = L.map("camera-map");
  L.tileLayer(cfg.tileUrl, { maxZoom: 19, attribution: cfg.attribution }).addTo(map);
  const layer = L.featureGroup().addTo(map);
  const markers = {}; // camera id → { info, circle }

  function popup(m) {
    const box = document.createElement("div");
    box.className = "map-popup";
    const link = document.createElement("a");
    link.href = "/cameras/" + encodeURIComponent(m.id);
    link.textContent = m.name;
    box.appendChild(link);
    box.appendChild(document.createElement("br"));
    box.appendChild(document.createTextNode(m.location));
    box.appendChild(document.createElement("br"));
    const state = document.createElement("span");
    state.className = "badge state-" + m.stateClass;
    state.textContent = m.state;
    box.appendChild(state);
    box.appendChild(document.createTextNode(" · last frame " + m.lastFrame));
    return box;
  }

  function paint(entry) {
    const m = entry.info;
    entry.circle.setStyle({ fillColor: colours[m.stateClass] || "#8b8d98" });
    entry.circle.setPopupContent(popup(m));
    const path = entry.circle.getElement();
    if (path) {
      path.setAttribute("class", path.getAttribute("class").replace(/state-marker-[\w-]+/, "state-marker-" + m.stateClass));
      path.dataset.cameraId = m.id;
    }
  }

  cfg.markers.forEach(function (m) {
    const circle = L.circleMarker([m.latitude, m.longitude], {
      radius: 9, weight: 2, color: "#fff", fillOpacity: 0.9, className: "camera-marker state-marker-" + m.stateClass
    }).bindPopup(popup(m)).bindTooltip(m.name).addTo(layer);
    markers[m.id] = { info: m, circle: circle };
    paint(markers[m.id]);
  });
  if (cfg.markers.length > 0) {
    map.fitBounds(layer.getBounds(), { padding: [40, 40], maxZoom: 17 });
  } else {
    map.setView([20, 0], 2);
  }

  window.EmotiLive.follow("/cameras/map/live", {
    health: function (h) {
      const entry = markers[h.cameraId];
      if (entry) {
        entry.info = Object.assign({}, entry.info, { state: h.state, stateClass: h.stateClass, lastFrame: h.lastFrame });
        paint(entry);
      }
    }
  });
})();
