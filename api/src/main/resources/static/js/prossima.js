// Prossima's screens: the little the pages need beyond HTML and htmx. No inline scripts (the Content-Security-Policy
// allows only the service's own files); data for maps comes in <script type="application/json"> elements.
(function () {
  "use strict";

  function cookie(name) {
    const found = document.cookie.split("; ").find((c) => c.startsWith(name + "="));
    return found ? decodeURIComponent(found.substring(name.length + 1)) : null;
  }

  // Writes from the screens carry the CSRF token the service set in its cookie (Spring Security's SPA pattern).
  document.addEventListener("htmx:configRequest", (event) => {
    const token = cookie("XSRF-TOKEN");
    if (token) {
      event.detail.headers["X-XSRF-TOKEN"] = token;
    }
  });

  const COLOURS = ["#0b5394", "#a4161a", "#1e6b34", "#8a4b00", "#5b2a86", "#00626f", "#7a5c00", "#b5179e",
    "#c2410c", "#4d7c0f", "#334155", "#db2777"];

  // A map drawn from the JSON in the element named by data-map: comuni (town halls) as small grey dots, points with
  // a label and an optional link, lines (routes, commutes). No tiles: there is no basemap without the internet.
  function drawMap(element) {
    if (!window.L || element.dataset.drawn) {
      return;
    }
    const source = document.getElementById(element.dataset.map);
    if (!source) {
      return;
    }
    element.dataset.drawn = "true";
    const data = JSON.parse(source.textContent);
    const map = L.map(element, { zoomSnap: 0.25, attributionControl: false });
    const bounds = [];
    (data.comuni || []).forEach((c) => {
      L.circleMarker([c.lat, c.lon], { radius: 3, color: "#6b7785", weight: 1, fillOpacity: 0.5 })
        .bindTooltip(c.name).addTo(map);
      if (!data.points || data.points.length === 0) {
        bounds.push([c.lat, c.lon]);
      }
    });
    (data.lines || []).forEach((line, i) => {
      const colour = line.colour || COLOURS[(line.group ?? i) % COLOURS.length];
      L.polyline(line.coords, { color: colour, weight: line.weight || 3, opacity: 0.85, dashArray: line.dashed ? "6 6" : null })
        .bindTooltip(line.label || "").addTo(map);
      line.coords.forEach((c) => bounds.push(c));
    });
    (data.points || []).forEach((p) => {
      const colour = p.colour || (p.group !== undefined ? COLOURS[p.group % COLOURS.length] : "#0b5394");
      const marker = L.circleMarker([p.lat, p.lon], { radius: p.radius || 7, color: "#ffffff", weight: 2,
        fillColor: colour, fillOpacity: 0.95 });
      const label = document.createElement("span");
      if (p.href) {
        const a = document.createElement("a");
        a.href = p.href;
        a.textContent = p.label;
        label.appendChild(a);
      } else {
        label.textContent = p.label;
      }
      marker.bindPopup(label).bindTooltip(p.label).addTo(map);
      bounds.push([p.lat, p.lon]);
    });
    if (bounds.length > 0) {
      map.fitBounds(bounds, { padding: [20, 20], maxZoom: 13 });
    } else {
      map.setView([45.35, 7.6], 9);
    }
  }

  function drawMaps(root) {
    (root || document).querySelectorAll("[data-map]").forEach(drawMap);
  }

  document.addEventListener("DOMContentLoaded", () => drawMaps(document));
  document.addEventListener("htmx:afterSettle", (event) => drawMaps(event.target));
  window.Prossima = { drawMaps };
})();
