// Camera map: one circle per camera with coordinates, coloured by its health, with a link to
// its dashboard. Circles instead of icon images: they need no image files and scale cleanly.
(function () {
  "use strict";
  const cfg = window.EMOTICCTV_MAP;
  const colours = { online: "#30a46c", "low-fps": "#f5b400", frozen: "#f5b400", connecting: "#f5b400",
                    offline: "#e5484d", stopped: "#8b8d98", "no-status": "#8b8d98" };
  const map = L.map("camera-map");
  L.tileLayer(cfg.tileUrl, { maxZoom: 19, attribution: cfg.attribution }).addTo(map);
  const layer = L.featureGroup().addTo(map);
  cfg.markers.forEach(function (m) {
    const popup = document.createElement("div");
    const link = document.createElement("a");
    link.href = "/cameras/" + encodeURIComponent(m.id);
    link.textContent = m.name;
    popup.appendChild(link);
    popup.appendChild(document.createElement("br"));
    popup.appendChild(document.createTextNode(m.location + " · " + m.state));
    L.circleMarker([m.latitude, m.longitude], {
      radius: 9, weight: 2, color: "#fff", fillOpacity: 0.9, fillColor: colours[m.stateClass] || "#8b8d98",
      className: "camera-marker state-marker-" + m.stateClass
    }).bindPopup(popup).bindTooltip(m.name).addTo(layer);
  });
  if (cfg.markers.length > 0) {
    map.fitBounds(layer.getBounds(), { padding: [40, 40], maxZoom: 17 });
  } else {
    map.setView([20, 0], 2);
  }
})();
