// The article map's own behaviour (analysis/maps.py wraps it in a function of map, control, config).
// - arrowheads: an SVG marker on every path.am-arrow, so heads keep their size at any zoom;
// - labels: permanent labels that would overlap a more important one are hidden (at every zoom);
// - filters: {type: "article-map:show", ids: [row ids] | null, context: bool} from the parent page
//   shows only the elements of those rows (classes am-<row id>), and hides context lines in popups;
// - selection: a click on a place tells the parent {type: "article-map:select", place: name}.
// Nothing here builds markup from data: ids and names are only compared and posted.
var doc = document;
var SVG = "http://www.w3.org/2000/svg";
var ROW = /^am-[a-z]-[0-9a-f]+$/;
var shown = null;  // null: every row

function rowIds(el) {
  var out = [];
  el.classList.forEach(function (c) { if (ROW.test(c)) out.push(c.slice(3)); });
  return out;
}

function arrowheads() {
  doc.querySelectorAll("path.am-arrow").forEach(function (path) {
    var svg = path.ownerSVGElement;
    if (!svg) return;
    var defs = svg.querySelector("defs.am-defs");
    if (!defs) {
      defs = doc.createElementNS(SVG, "defs");
      defs.setAttribute("class", "am-defs");
      svg.insertBefore(defs, svg.firstChild);
    }
    var colour = path.getAttribute("stroke") || "#000000";
    var id = "am-head-" + colour.replace(/[^0-9a-zA-Z]/g, "");
    if (!svg.querySelector("#" + id)) {
      var marker = doc.createElementNS(SVG, "marker");
      var attrs = {id: id, viewBox: "0 0 10 10", refX: "7", refY: "5", markerWidth: "13", markerHeight: "13",
                   markerUnits: "userSpaceOnUse", orient: "auto"};
      Object.keys(attrs).forEach(function (k) { marker.setAttribute(k, attrs[k]); });
      var head = doc.createElementNS(SVG, "path");
      head.setAttribute("d", "M0,0 L10,5 L0,10 z");
      head.setAttribute("fill", colour);
      marker.appendChild(head);
      defs.appendChild(marker);
    }
    path.setAttribute("marker-end", "url(#" + id + ")");
  });
}

function overlaps(a, b) {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

function declutter() {
  var labels = Array.prototype.slice.call(doc.querySelectorAll(".am-label"))
    .filter(function (el) { return !el.classList.contains("am-off"); });
  var rank = function (el) { var id = rowIds(el)[0]; return (config.priority || {})[id] || 0; };
  labels.sort(function (a, b) { return rank(a) - rank(b); });
  var placed = [];
  var clash = function (box) { return placed.some(function (p) { return overlaps(p, box); }); };
  labels.forEach(function (el) {
    el.style.visibility = "";
    el.style.marginLeft = "";
    var box = el.getBoundingClientRect();
    if (clash(box)) {  // try the other side of the marker before hiding the label
      el.style.marginLeft = -(box.width + 14) + "px";
      box = el.getBoundingClientRect();
    }
    if (clash(box)) {
      el.style.visibility = "hidden";
      el.style.marginLeft = "";
    } else {
      placed.push(box);
    }
  });
}

var emptyBox = null;
function apply() {
  var any = false;
  doc.querySelectorAll(".am-item").forEach(function (el) {
    var on = shown === null || rowIds(el).some(function (id) { return shown.has(id); });
    el.classList.toggle("am-off", !on);
    any = any || on;
  });
  if (!emptyBox) {  // the page's selection may leave nothing to draw: say so, as a rebuilt map would
    emptyBox = doc.createElement("div");
    emptyBox.className = "article-map-box article-map-empty am-filtered-empty";
    emptyBox.style.cssText = "top:12px;left:50%;transform:translateX(-50%);font-size:14px";
    emptyBox.textContent = config.empty || "";
    map.getContainer().appendChild(emptyBox);
  }
  emptyBox.hidden = any || shown === null;
  arrowheads();
  declutter();
}

function layout() {
  // on a narrow map the legend and the layer list fold; their headers open them again
  var narrow = map.getSize().x < 560;
  var legend = doc.querySelector(".article-map-legend details");
  if (legend) legend.open = !narrow;
  if (!narrow) return;
  var box = control.getContainer();
  box.classList.remove("leaflet-control-layers-expanded");
  var toggle = box.querySelector(".leaflet-control-layers-toggle");
  if (toggle) toggle.addEventListener("click", function (event) {
    event.preventDefault();
    box.classList.toggle("leaflet-control-layers-expanded");
  });
}

window.addEventListener("message", function (event) {
  if (event.source !== window.parent || window.parent === window) return;
  var data = event.data || {};
  if (data.type !== "article-map:show") return;
  shown = Array.isArray(data.ids) ? new Set(data.ids.map(String)) : null;
  doc.body.classList.toggle("am-no-context", data.context === false);
  apply();
});

doc.addEventListener("click", function (event) {
  var el = event.target && event.target.closest ? event.target.closest(".am-place") : null;
  if (!el || window.parent === window) return;
  var name = (config.names || {})[rowIds(el)[0]];
  if (name) window.parent.postMessage({type: "article-map:select", place: name}, "*");
}, true);

var style = doc.createElement("style");
style.textContent = "body.am-no-context .leaflet-popup .am-ctx{display:none}";
doc.head.appendChild(style);
map.on("zoomend overlayadd overlayremove layeradd", function () { arrowheads(); declutter(); });
map.whenReady(function () {
  layout();
  apply();
  setTimeout(apply, 50);  // labels are measured once the browser laid them out
  if (window.parent !== window) window.parent.postMessage({type: "article-map:ready"}, "*");
});
