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

  // The basemap, when the service has one (read from the road network's OpenStreetMap file): tiles of lines and rings
  // in pixel coordinates, painted on canvases in this order, areas filled, lines over a slightly wider casing.
  const BASEMAP_STYLE = [
    ["wood", { fill: "#d8e8cf" }],
    ["built", { fill: "#e9e4dc" }],
    ["water", { fill: "#b3d1ea" }],
    ["stream", { line: "#9cc3e0", width: 1.5 }],
    ["river", { line: "#8fb9dc", width: 4 }],
    ["path", { line: "#b9ae9c", width: 1.5, dash: [4, 4] }],
    ["minor_road", { line: "#ffffff", casing: "#cfc8bc", width: 4 }],
    ["rail", { line: "#8d8d8d", width: 2, dash: [8, 6] }],
    ["medium_road", { line: "#fff1b8", casing: "#cdb878", width: 5.5 }],
    ["major_road", { line: "#fdd38a", casing: "#c39a4e", width: 7 }],
    ["motorway", { line: "#f2a06b", casing: "#ad6b41", width: 8 }],
  ];

  function tracePath(ctx, coords, close) {
    ctx.moveTo(coords[0], coords[1]);
    for (let i = 2; i < coords.length; i += 2) {
      ctx.lineTo(coords[i], coords[i + 1]);
    }
    if (close) {
      ctx.closePath();
    }
  }

  function paintTile(canvas, tile) {
    const ctx = canvas.getContext("2d");
    const zoomWidth = tile.z >= 15 ? 1.6 : tile.z >= 13 ? 1.2 : tile.z >= 11 ? 0.9 : 0.6;
    ctx.scale(canvas.width / tile.extent, canvas.height / tile.extent);
    ctx.lineJoin = "round";
    ctx.lineCap = "round";
    let shapes = 0;
    BASEMAP_STYLE.forEach(([name, style]) => {
      const layer = tile.layers[name];
      if (!layer) {
        return;
      }
      shapes += layer.length;
      if (style.fill) {
        ctx.fillStyle = style.fill;
        ctx.beginPath();
        layer.forEach((coords) => tracePath(ctx, coords, true));
        ctx.fill("evenodd");
        return;
      }
      const passes = style.casing ? [[style.casing, style.width * zoomWidth + 2], [style.line, style.width * zoomWidth]]
        : [[style.line, style.width * zoomWidth]];
      ctx.setLineDash(style.dash || []);
      passes.forEach(([colour, width]) => {
        ctx.strokeStyle = colour;
        ctx.lineWidth = width;
        ctx.beginPath();
        layer.forEach((coords) => tracePath(ctx, coords, false));
        ctx.stroke();
      });
    });
    canvas.dataset.shapes = String(shapes);
  }

  function basemapLayer(base) {
    const Basemap = L.GridLayer.extend({
      createTile(coords, done) {
        const canvas = document.createElement("canvas");
        const size = this.getTileSize();
        canvas.width = size.x * 2;
        canvas.height = size.y * 2;
        canvas.setAttribute("aria-hidden", "true");
        fetch(base + coords.z + "/" + coords.x + "/" + coords.y + ".json", { credentials: "omit" })
          .then((response) => (response.ok ? response.json() : null))
          .then((tile) => {
            if (tile) {
              paintTile(canvas, tile);
            }
            done(null, canvas);
          })
          .catch((error) => done(error, canvas));
        return canvas;
      },
    });
    return new Basemap({ minZoom: 7, maxZoom: 19, className: "basemap" });
  }

  function basemapBase() {
    const meta = document.querySelector('meta[name="prossima-basemap"]');
    return meta ? meta.content : null;
  }

  // A map drawn from the JSON in the element named by data-map: comuni (town halls) as small grey dots, points with
  // a label and an optional link, lines (routes, commutes), over the basemap when the service has one (no tiles from
  // the internet: the service works offline).
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
    const base = basemapBase();
    const map = L.map(element, { zoomSnap: 0.25, attributionControl: base !== null });
    if (base !== null) {
      element.classList.add("has-basemap");
      map.attributionControl.setPrefix(false);
      map.attributionControl.addAttribution("© <a href=\"https://www.openstreetmap.org/copyright\">OpenStreetMap</a>");
      basemapLayer(base).addTo(map);
    }
    const bounds = [];
    (data.comuni || []).forEach((c) => {
      L.circleMarker([c.lat, c.lon], { radius: 3, color: "#6b7785", weight: 1, fillOpacity: 0.5 })
        .bindTooltip(c.name).addTo(map);
      if (!data.points || data.points.length === 0 || data.wholeTerritory) {
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
