// The shared page's one script: filters every view like analysis.filters.filter_dataset does.
// It reads #article-dashboard-data (JSON: filter specs, frames, charts, options), keeps the
// filter state in the URL fragment, and on every change computes the rows each frame keeps,
// then redraws the charts (only those rows' points), tells the map which rows to show,
// hides table rows and article highlights, and rewrites the header and the CSV link.
// Text from the article is only ever set with textContent or as attribute values.
(function () {
  "use strict";
  var root = document.getElementById("article-dashboard");
  var source = document.getElementById("article-dashboard-data");
  if (!root || !source) return;
  var D = JSON.parse(source.textContent);
  var FRAMES = ["events", "quotes", "movements", "locations", "actors", "mentions"];
  var KEY = {events: "event_id", quotes: "quote_id", movements: "movement_id", locations: "location_id",
             actors: "actor_id", mentions: "mention_id"};

  // --- frames as rows ---------------------------------------------------------------------
  var rows = {};
  FRAMES.forEach(function (name) {
    var cols = D.frames[name], keys = Object.keys(cols), n = keys.length ? cols[keys[0]].length : 0, out = [];
    for (var i = 0; i < n; i++) {
      var row = {};
      keys.forEach(function (k) { row[k] = cols[k][i]; });
      out.push(row);
    }
    rows[name] = out;
  });
  var placeCountry = new Map(rows.locations.map(function (r) { return [r.location_id, r.country]; }));
  var placeName = new Map(rows.locations.map(function (r) { return [r.location_id, r.name]; }));
  var actorCountry = new Map(rows.actors.map(function (r) { return [r.name, r.country]; }));
  var placeSentences = new Map();
  rows.mentions.forEach(function (m) {
    if (!m.location_id) return;
    var name = placeName.has(m.location_id) ? placeName.get(m.location_id) : "";
    if (!placeSentences.has(name)) placeSentences.set(name, new Set());
    placeSentences.get(name).add(m.sentence_id);
  });
  var namesIn = articleNamesIn;
  // a corpus: each article's outlet (the outlet filter), and offsets keyed by article (a start is per article)
  var articleOutlet = new Map();
  if (D.frames.articles) D.frames.articles.article_id.forEach(function (a, i) { articleOutlet.set(a, D.frames.articles.outlet[i]); });
  function startKey(r) { return r.start === null || r.start === undefined ? null : (r.article_id ? r.article_id + "|" : "") + r.start; }

  // --- the state ------------------------------------------------------------------------
  function blank() {
    return {actor: "", country: "", place: "", event_types: [], stances: [], date_from: null, date_to: null,
            include_context: true, search: "", article: "", outlet: ""};
  }
  var state = blank();

  function active(spec, s) {
    if (spec.name === "dates") return s.date_from !== null || s.date_to !== null;
    if (spec.context) return !s.include_context;
    var v = s[spec.name];
    return Array.isArray(v) ? v.length > 0 : !!v;
  }
  function value(spec, s) { return spec.name === "dates" ? [s.date_from, s.date_to] : s[spec.name]; }

  // --- the filters: one interpreter of analysis.filters.SPECS -----------------------------
  function test(row, t, v) {
    var c = t.columns;
    switch (t.kind) {
      case "names":
        var wanted = v.toLowerCase();
        return c.some(function (col) { return namesIn(row[col]).some(function (n) { return n.toLowerCase() === wanted; }); });
      case "listed": return namesIn(row[c[0]]).indexOf(v) >= 0;
      case "equals": return c.some(function (col) { return row[col] === v; });
      case "isin": return v.indexOf(row[c[0]]) >= 0;
      case "contains":
        var needle = v.toLowerCase();
        return c.some(function (col) { return String(row[col] == null ? "" : row[col]).toLowerCase().indexOf(needle) >= 0; });
      case "period":
        var start = row[c[0]], end = row[c[1]];
        if (v[0] !== null && (end == null || end < v[0])) return false;
        if (v[1] !== null && (start == null || start > v[1])) return false;
        return true;
      case "country":
        if (placeCountry.has(row[c[0]]) && placeCountry.get(row[c[0]]) === v) return true;
        return c.slice(1).some(function (col) {
          return namesIn(row[col]).some(function (n) { return (actorCountry.has(n) ? actorCountry.get(n) : n) === v; });
        });
      case "place_country":
        return c.some(function (col) { return placeCountry.has(row[col]) && placeCountry.get(row[col]) === v; });
      case "sentence_place":
        return placeSentences.has(v) && placeSentences.get(v).has(row[c[0]]);
      case "outlet":
        return articleOutlet.has(row[c[0]]) && articleOutlet.get(row[c[0]]) === v;
    }
    throw new Error("unknown test kind " + t.kind);
  }

  function filterRows(s) {
    var specs = D.specs.filter(function (spec) { return active(spec, s); });
    if (!specs.length) return rows;
    var articleOnly = specs.some(function (spec) { return spec.context; });
    var chosen = specs.filter(function (spec) { return !spec.context; });
    function own(list, frame, required) {
      return list.filter(function (row) {
        return chosen.every(function (spec) { return spec[frame] ? test(row, spec[frame], value(spec, s)) : !required; });
      });
    }
    function fromArticle(list) { return articleOnly ? list.filter(function (r) { return r.source === "article"; }) : list; }

    var events = own(fromArticle(rows.events), "events", false);
    var quotes = own(rows.quotes, "quotes", false);
    if (chosen.some(function (spec) { return spec.quotes_need_event; })) {
      var starts = new Set(events.filter(function (e) { return e.start !== null; }).map(startKey));
      quotes = quotes.filter(function (q) { return starts.has(startKey(q)); });
    }
    if (chosen.some(function (spec) { return spec.events_need_quote; })) {
      var said = new Set(quotes.map(startKey));
      events = events.filter(function (e) { return e.source === "article" && e.start !== null && said.has(startKey(e)); });
    }
    var movements = fromArticle(rows.movements);
    if (chosen.length) {
      var shownEvents = new Set(events.map(function (e) { return e.event_id; }));
      var anyRows = chosen.every(function (spec) { return !spec.movements || spec.movement_rows === "all"; });
      var mine = new Set(own(movements, "movements", true)
        .filter(function (m) { return anyRows || m.source === "context"; }).map(function (m) { return m.movement_id; }));
      movements = movements.filter(function (m) { return shownEvents.has(m.event_id) || mine.has(m.movement_id); });
    }
    var locations = fromArticle(rows.locations);
    if (chosen.length) {
      var used = new Set();
      events.forEach(function (e) { if (e.location_id) used.add(e.location_id); });
      movements.forEach(function (m) { if (m.origin_id) used.add(m.origin_id); if (m.destination_id) used.add(m.destination_id); });
      var placed = new Set(own(locations, "places", true).map(function (l) { return l.location_id; }));
      locations = locations.filter(function (l) { return used.has(l.location_id) || placed.has(l.location_id); });
    }
    var actors = fromArticle(rows.actors);
    if (chosen.length) {
      var involved = new Set();
      events.forEach(function (e) { namesIn(e.actor).concat(namesIn(e.target)).forEach(function (n) { involved.add(n); }); });
      quotes.forEach(function (q) { namesIn(q.speaker).forEach(function (n) { involved.add(n); }); });
      actors = actors.filter(function (a) { return involved.has(a.name); });
    }
    var actorIds = new Set(actors.map(function (a) { return a.actor_id; }));
    var placeIds = new Set(locations.map(function (l) { return l.location_id; }));
    var mentions = rows.mentions.filter(function (m) { return actorIds.has(m.actor_id) || placeIds.has(m.location_id); });
    var shown = {events: events, quotes: quotes, movements: movements, locations: locations, actors: actors, mentions: mentions};
    chosen.forEach(function (spec) {  // a corpus's article and outlet: every frame keeps the chosen articles' rows
      if (!spec.rows) return;
      FRAMES.forEach(function (f) { shown[f] = shown[f].filter(function (r) { return test(r, spec.rows, value(spec, s)); }); });
    });
    return shown;
  }

  // --- the state in the URL fragment (as analysis.filters.to_hash / from_hash) -------------
  function toHash(s) {
    var pairs = [];
    D.specs.forEach(function (spec) {
      if (!active(spec, s)) return;
      if (spec.name === "dates") {
        if (s.date_from) pairs.push(["from", s.date_from]);
        if (s.date_to) pairs.push(["to", s.date_to]);
      } else if (spec.context) pairs.push([spec.key, "off"]);
      else if (spec.control === "multi") s[spec.name].forEach(function (v) { pairs.push([spec.key, v]); });
      else pairs.push([spec.key, s[spec.name]]);
    });
    return pairs.map(function (p) { return encodeURIComponent(p[0]) + "=" + encodeURIComponent(p[1]); }).join("&");
  }
  function fromHash(hash) {
    var s = blank(), byKey = {};
    D.specs.forEach(function (spec) { byKey[spec.key] = spec; });
    hash.replace(/^#/, "").split("&").forEach(function (part) {
      if (!part) return;
      var at = part.indexOf("="), key, v;
      try {
        key = decodeURIComponent((at < 0 ? part : part.slice(0, at)).replace(/\+/g, " "));
        v = at < 0 ? "" : decodeURIComponent(part.slice(at + 1).replace(/\+/g, " "));
      } catch (e) { return; }
      if (!v) return;
      if (key === "from" || key === "to") {
        if (/^\d{4}-\d{2}-\d{2}$/.test(v)) s[key === "from" ? "date_from" : "date_to"] = v;
        return;
      }
      var spec = byKey[key];
      if (!spec) return;
      if (spec.context) s.include_context = v !== "off";
      else if (spec.control === "multi") s[spec.name].push(v);
      else s[spec.name] = v;
    });
    return s;
  }

  // --- controls ----------------------------------------------------------------------------
  var form = root.querySelector(".ad-controls"), controls = {};
  function el(tag, props, children) {
    var node = document.createElement(tag);
    Object.keys(props || {}).forEach(function (k) {
      if (k === "text") node.textContent = props[k];
      else if (k === "class") node.className = props[k];
      else node.setAttribute(k, props[k]);
    });
    (children || []).forEach(function (c) { node.appendChild(c); });
    return node;
  }
  function choice(name, label, all, values, labels) {
    var select = el("select", {name: name});
    select.appendChild(el("option", {value: "", text: all}));
    values.forEach(function (v) { select.appendChild(el("option", {value: v, text: (labels || {})[v] || v})); });
    select.addEventListener("change", function () { state[name] = select.value; changed(); });
    controls[name] = select;
    form.appendChild(el("label", {class: "field"}, [document.createTextNode(label), select]));
  }
  function chips(name, label, values, colors) {
    var box = el("div", {class: "ad-chips", role: "group", "aria-label": label}, [el("span", {class: "name", text: label + ":"})]);
    controls[name] = [];
    values.forEach(function (v) {
      var input = el("input", {type: "checkbox", value: v});
      var chip = el("label", {class: "ad-chip"}, [input, el("span", {class: "dot"}), el("span", {text: v.replace(/_/g, " ")})]);
      chip.querySelector(".dot").style.background = (colors || {})[v] || "#999999";
      input.addEventListener("change", function () {
        var list = state[name].filter(function (x) { return x !== v; });
        if (input.checked) list.push(v);
        state[name] = values.filter(function (x) { return list.indexOf(x) >= 0; });
        changed();
      });
      controls[name].push(input);
      box.appendChild(chip);
    });
    form.appendChild(box);
  }
  var CHOICES = ["actor", "country", "place"];
  if ((D.options.article || []).length) { choice("article", "Article", "All articles", D.options.article, D.article_labels); CHOICES.unshift("article"); }
  if ((D.options.outlet || []).length) { choice("outlet", "Outlet", "All outlets", D.options.outlet); CHOICES.splice(1, 0, "outlet"); }
  choice("actor", "Actor or speaker", "Everyone", D.options.actor);
  choice("country", "Country", "All countries", D.options.country);
  choice("place", "Place", "All places", D.options.place);
  ["date_from", "date_to"].forEach(function (name, i) {
    var input = el("input", {type: "date", name: name});
    if (D.options.dates.length) { input.min = D.options.dates[0]; input.max = D.options.dates[1]; }
    input.addEventListener("change", function () {
      state[name] = /^\d{4}-\d{2}-\d{2}$/.test(input.value) ? input.value : null;
      changed();
    });
    controls[name] = input;
    form.appendChild(el("label", {class: "field"}, [document.createTextNode(i ? "To" : "From"), input]));
  });
  var search = el("input", {type: "search", name: "search", placeholder: "words in a quote or a speaker"});
  search.addEventListener("change", function () { state.search = search.value.trim(); changed(); });
  controls.search = search;
  form.appendChild(el("label", {class: "field"}, [document.createTextNode("Search quotes"), search]));
  chips("event_types", "Event type", D.options.event_types, D.colors.event_types);
  chips("stances", "Quote stance", D.options.stances, D.colors.stances);
  var context = el("input", {type: "checkbox", name: "context"});
  context.checked = true;
  context.addEventListener("change", function () { state.include_context = context.checked; changed(); });
  controls.context = context;
  form.appendChild(el("label", {class: "ad-chip"}, [context, el("span", {text: "Outside context shown"})]));
  var reset = el("button", {type: "button", text: "Reset filters"});
  reset.addEventListener("click", function () { state = blank(); changed(); });
  form.appendChild(reset);

  function showState() {
    CHOICES.forEach(function (n) {
      var select = controls[n];
      if (state[n] && !Array.prototype.some.call(select.options, function (o) { return o.value === state[n]; })) {
        select.appendChild(el("option", {value: state[n], text: state[n]}));  // a link may name anyone
      }
      select.value = state[n];
    });
    controls.date_from.value = state.date_from || "";
    controls.date_to.value = state.date_to || "";
    controls.search.value = state.search;
    ["event_types", "stances"].forEach(function (n) {
      controls[n].forEach(function (input) {
        input.checked = state[n].indexOf(input.value) >= 0;
        input.parentNode.classList.toggle("on", input.checked);
      });
    });
    controls.context.checked = state.include_context;
    controls.context.parentNode.classList.toggle("on", false);
    controls.context.nextSibling.textContent = state.include_context ? "Outside context shown" : "Outside context hidden";
  }

  // --- charts ------------------------------------------------------------------------------
  function copy(x) { return JSON.parse(JSON.stringify(x)); }
  var POINT = ["x", "y", "customdata", "hovertext", "text", "textposition"];
  var MARKER = ["size", "color", "symbol", "opacity"];
  function keepTrace(trace, keep) {
    var meta = trace.meta || {};
    if (!meta.frame) return trace;
    var set = keep[meta.frame], data = trace.customdata || [], index = [];
    for (var i = 0; i < data.length; i++) {
      var k = data[i] ? data[i][0] : null;
      if (Array.isArray(k) ? k.some(function (x) { return set.has(x); }) : set.has(k)) index.push(i);
    }
    var out = copy(trace);
    POINT.forEach(function (f) { if (Array.isArray(trace[f])) out[f] = index.map(function (i) { return trace[f][i]; }); });
    MARKER.forEach(function (f) {
      if (trace.marker && Array.isArray(trace.marker[f])) out.marker[f] = index.map(function (i) { return trace.marker[f][i]; });
    });
    out._kept = index.length;
    return out;
  }
  function day(s) { return Date.UTC(+s.slice(0, 4), +s.slice(5, 7) - 1, +s.slice(8, 10)); }
  function iso(ms) { return new Date(ms).toISOString().slice(0, 10); }
  var DAY = 86400000;
  function padded(lo, hi, tl) {
    var pad = Math.max(tl.pad_days * DAY, (hi - lo) * tl.pad_share);
    return [iso(lo - pad), iso(hi + pad)];
  }
  function busiest(dates, days) {
    var sorted = dates.slice().sort(function (a, b) { return a - b; }), best = sorted[0], bestN = 0;
    sorted.forEach(function (first, i) {
      var n = sorted.slice(i).filter(function (d) { return d < first + days * DAY; }).length;
      if (n > bestN) { best = first; bestN = n; }
    });
    return [best, best + (days - 1) * DAY];
  }
  function fitTimeline(data, layout) {
    var tl = layout.meta.timeline, rowsPresent = new Set();
    data.forEach(function (t) {
      if ((t.meta || {}).frame !== "events") return;
      (t.y || []).forEach(function (y) { if (y !== null) rowsPresent.add(Math.round(y)); });
    });
    var present = Array.from(rowsPresent).sort(function (a, b) { return b - a; });
    var moved = new Map(present.map(function (r, i) { return [r, -i]; }));
    data.forEach(function (t) {
      if ((t.meta || {}).frame !== "events") return;
      t.y = t.y.map(function (y) { return y === null ? null : y - Math.round(y) + moved.get(Math.round(y)); });
    });
    layout.yaxis.tickvals = present.map(function (r) { return moved.get(r); });
    layout.yaxis.ticktext = present.map(function (r) { return tl.rows[-r]; });
    layout.yaxis.range = [-present.length + 0.4, 0.6];
    layout.height = Math.max(380, tl.base_height + tl.row_height * present.length);
    // panels: only those with points, the main one (or the fullest left) takes the room
    var spans = {};
    data.forEach(function (t) {
      var meta = t.meta || {};
      if (meta.frame !== "events" || !t._kept) return;
      var span = spans[meta.panel] || (spans[meta.panel] = {lo: Infinity, hi: -Infinity, n: 0, dates: []});
      t.x.forEach(function (x) {
        if (x === null) return;
        var d = day(String(x));
        span.lo = Math.min(span.lo, d); span.hi = Math.max(span.hi, d);
      });
      if (meta.role === "events" || meta.role === "incidents") { span.n += t.x.length; t.x.forEach(function (x) { span.dates.push(day(String(x))); }); }
    });
    var parts = tl.parts.filter(function (p) { return spans[p]; });
    var main = spans.main ? "main" : parts.reduce(function (a, b) { return !a || spans[b].n > spans[a].n ? b : a; }, null);
    var sides = parts.length - 1, x = 0;
    var mainWidth = 1 - sides * (tl.side_width + tl.space);
    var axisName = {}, k = 2;
    tl.parts.forEach(function (p) { axisName[p] = p === "main" ? "xaxis" : "xaxis" + (k++); });
    tl.parts.forEach(function (p) {
      var axis = layout[axisName[p]];
      if (!spans[p]) { axis.visible = false; axis.domain = [0, 0.001]; return; }
      var width = p === main ? mainWidth : tl.side_width;
      axis.visible = true;
      axis.domain = [Math.round(x * 1e4) / 1e4, Math.round(Math.min(1, x + width) * 1e4) / 1e4];
      axis.range = padded(spans[p].lo, spans[p].hi, tl);
      if (p === main) {  // as analysis.plots.date_ticks: whole days, then weeks, then Plotly's choice
        var days = (day(axis.range[1]) - day(axis.range[0])) / DAY;
        delete axis.nticks; delete axis.dtick; delete axis.tickvals; delete axis.ticktext; delete axis.tickmode;
        if (days <= tl.tick_days) { axis.dtick = DAY; axis.tickformat = "%-d %b"; }
        else if (days <= tl.tick_weeks) { axis.dtick = 7 * DAY; axis.tickformat = "%-d %b"; }
        else axis.tickformat = "%b %Y";
      } else if (day(axis.range[1]) - day(axis.range[0]) < tl.side_one_tick_days * DAY) {
        // as analysis.plots.side_ticks: the month once, in the middle
        var mid = new Date((day(axis.range[0]) + day(axis.range[1])) / 2);
        delete axis.dtick; delete axis.nticks; delete axis.tickformat;
        axis.tickmode = "array"; axis.tickvals = [mid.toISOString().slice(0, 10)];
        axis.ticktext = [mid.toLocaleString("en-GB", {month: "short", year: "numeric", timeZone: "UTC"})];
      } else { delete axis.dtick; delete axis.tickvals; delete axis.ticktext; delete axis.tickmode;
               axis.nticks = 2; axis.tickformat = "%b %Y"; }
      x += width + tl.space;
    });
    var left = tl.parts.filter(function (p) { return spans[p]; })[0];  // row names left of the leftmost panel
    layout.yaxis.anchor = left ? axisName[left].replace("axis", "") : "x";
    // zoom buttons: the whole period, then the busiest week and day where each is a real zoom
    var menu = (layout.updatemenus || [])[0], m = spans[main];
    var axis = axisName[main], buttons = [];
    if (m) {
      tl.windows.forEach(function (w) {
        if (m.hi - m.lo > 2 * w[1] * DAY) {
          var win = busiest(m.dates, w[1]), args = {};
          args[axis + ".range"] = padded(win[0], win[1], tl);
          buttons.push({label: w[0], method: "relayout", args: [args]});
        }
      });
      if (buttons.length) {
        var whole = {};
        whole[axis + ".range"] = padded(m.lo, m.hi, tl);
        buttons.unshift({label: "Whole period", method: "relayout", args: [whole]});
      }
    }
    if (menu) { menu.buttons = buttons; menu.visible = buttons.length > 0; }
    else if (buttons.length) layout.updatemenus = [{type: "buttons", direction: "left", showactive: false, x: 1,
      xanchor: "right", y: 1.02, yanchor: "bottom", buttons: buttons, name: "range"}];
  }
  function fitCategories(data, layout) {
    var cat = layout.meta.categories, present = new Set();
    data.forEach(function (t) { if ((t.meta || {}).frame) (t.y || []).forEach(function (y) { present.add(y); }); });
    var order = cat.order.filter(function (c) { return present.has(c); });
    layout[cat.axis].categoryarray = order;
    layout[cat.axis].range = [-0.5, order.length - 0.5];
    layout.height = Math.max(320, cat.base_height + cat.row_height * order.length);
  }
  function emptyFigure(layout) {
    return {data: [], layout: {template: layout.template, font: layout.font, title: layout.title, height: 300,
      margin: layout.margin, xaxis: {visible: false}, yaxis: {visible: false},
      annotations: [{text: D.empty, xref: "paper", yref: "paper", x: 0.5, y: 0.5, showarrow: false, name: "empty",
                     font: {size: 16, color: "#999999"}}]}};
  }
  function chartFigure(name, keep) {
    var fig = D.charts[name], layout = copy(fig.layout);
    var data = fig.data.map(function (t) { return keepTrace(t, keep); });
    var kept = data.filter(function (t) { return (t.meta || {}).frame; });
    if (!kept.length || !kept.some(function (t) { return t._kept; })) return emptyFigure(layout);
    data = data.filter(function (t) { return !(t.meta || {}).frame || t._kept; });
    if (layout.meta && layout.meta.timeline) fitTimeline(data, layout);
    if (layout.meta && layout.meta.categories) fitCategories(data, layout);
    data.forEach(function (t) { delete t._kept; });
    return {data: data, layout: layout};
  }
  var narrow = function () { return root.clientWidth < 640; };
  function drawCharts(shown) {
    var keep = {};
    FRAMES.forEach(function (f) { keep[f] = new Set(shown[f].map(function (r) { return r[KEY[f]]; })); });
    keep.names = new Set();
    shown.events.forEach(function (e) { namesIn(e.actor).concat(namesIn(e.target)).forEach(function (n) { keep.names.add(n); }); });
    shown.quotes.forEach(function (q) { namesIn(q.speaker).forEach(function (n) { keep.names.add(n); }); });
    root.querySelectorAll(".ad-chart").forEach(function (div) {
      var fig = chartFigure(div.getAttribute("data-chart"), keep);
      if (narrow()) {
        fig.layout.margin = {l: 8, r: 8, t: 96, b: 40};
        (fig.layout.updatemenus || []).forEach(function (m) { m.y = 1.0; m.yanchor = "bottom"; m.x = 0; m.xanchor = "left"; });
        if (fig.layout.title) fig.layout.title.y = 0.99;
        Object.keys(fig.layout).forEach(function (k) {  // row names say enough; day ticks would overlap
          var axis = fig.layout[k];
          if (/^yaxis\d*$/.test(k) && axis.title) axis.title = {text: ""};
          if (/^xaxis\d*$/.test(k) && axis.dtick === DAY) { delete axis.dtick; axis.nticks = 3; axis.tickangle = 0; }
        });
        // the timeline's rows already name the event types: its colour key would take the chart's height
        if (fig.layout.meta && fig.layout.meta.timeline) fig.layout.showlegend = false;
        var cat = fig.layout.meta && fig.layout.meta.categories, axis = cat && fig.layout[cat.axis];
        if (axis && axis.categoryarray) {  // long names would take most of a phone's width from the bars
          axis.tickmode = "array"; axis.tickvals = axis.categoryarray;
          axis.ticktext = axis.categoryarray.map(function (c) { c = String(c); return c.length > 16 ? c.slice(0, 15) + "…" : c; });
          if (fig.layout.xaxis2) {  // the tone panel: three ticks and a short title
            fig.layout.xaxis2.dtick = 1; fig.layout.xaxis2.tickangle = 0; fig.layout.xaxis2.title = {text: "Tone"};
            fig.layout.xaxis.title = {text: "Quotes"};
          }
          if (fig.layout.legend) fig.layout.legend.y = -0.3;
        }
      }
      if (typeof Plotly === "undefined") return;
      Plotly.react(div, fig.data, fig.layout, {responsive: true, displaylogo: false});
      if (!div._articleClicks) {
        div._articleClicks = true;
        div.on("plotly_click", function (event) {
          var pick = articlePointSelection(event && event.points && event.points[0]);
          if (pick) select("actor", pick.actor);
        });
      }
    });
  }

  // --- map, tables, article, header ----------------------------------------------------------
  var frame = root.querySelector("iframe.article-map");
  var mapIds = null;
  function tellMap() {
    if (frame && frame.contentWindow && mapIds !== null) {
      frame.contentWindow.postMessage({type: "article-map:show", ids: mapIds, context: state.include_context}, "*");
    }
  }
  window.addEventListener("message", function (event) {
    if (!frame || event.source !== frame.contentWindow) return;
    var data = event.data || {};
    if (data.type === "article-map:ready") tellMap();
    if (data.type === "article-map:select" && typeof data.place === "string" && placeName.size &&
        D.options.place.indexOf(data.place) >= 0) select("place", data.place);
  });
  function showRows(shown) {
    var ids = new Set(shown.events.map(function (e) { return e.event_id; })
      .concat(shown.quotes.map(function (q) { return q.quote_id; })));
    root.querySelectorAll("tr[data-row]").forEach(function (tr) { tr.classList.toggle("off", !ids.has(tr.getAttribute("data-row"))); });
    root.querySelectorAll("mark[data-row]").forEach(function (m) { m.classList.toggle("off", !ids.has(m.getAttribute("data-row"))); });
  }
  var FORMULA = new RegExp(D.csv.formula), NUMBER = new RegExp(D.csv.number);
  function csvCell(v) {
    var text = v === null || v === undefined ? "" : String(v);
    // a spreadsheet must not read a formula: the package's one rule (analysis.export.runs_as_formula)
    if (typeof v === "string" && FORMULA.test(text) && !NUMBER.test(text)) text = "'" + text;
    return /[",\n\r]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
  }
  function csv(shown) {
    var cols = Object.keys(D.frames.events).filter(function (c) { return c !== "date_end"; });
    Object.keys(D.frames.quotes).forEach(function (c) { if (cols.indexOf(c) < 0) cols.push(c); });
    cols.push("frame");
    var lines = [cols.join(",")];
    shown.events.forEach(function (e) { lines.push(cols.map(function (c) { return csvCell(c === "frame" ? "events" : e[c]); }).join(",")); });
    shown.quotes.forEach(function (q) { lines.push(cols.map(function (c) { return csvCell(c === "frame" ? "quotes" : q[c]); }).join(",")); });
    return lines.join("\n") + "\n";
  }
  var link = root.querySelector(".ad-download"), linkUrl = null;
  function describe(s) {
    var parts = [];
    D.specs.forEach(function (spec) {
      if (!active(spec, s)) return;
      if (spec.name === "dates") parts.push([s.date_from ? "from " + s.date_from : "", s.date_to ? "to " + s.date_to : ""].join(" ").trim());
      else if (spec.context) parts.push("article only (outside context hidden)");
      else if (spec.control === "multi") parts.push(spec.label.toLowerCase() + ": " + s[spec.name].join(", ").replace(/_/g, " "));
      else parts.push(spec.label.toLowerCase() + ": " + s[spec.name]);
    });
    return parts.length ? "Showing " + parts.join("; ") + ". Click a point, a bar, a name or a place to select it; click it again to clear."
                        : "Showing everything. Click a point, a bar, a name or a place to select it in every view.";
  }
  function header(shown) {
    // as analysis.filters.counts: a person or place a corpus names in several articles counts once
    var people = new Set(shown.actors.filter(function (a) { return a.kind === "person"; }).map(function (a) { return a.name; })).size;
    var places = new Set(shown.locations.map(function (l) { return l.location_id; })).size;
    var c = {events: shown.events.length, quotes: shown.quotes.length, people: people, places: places};
    root.querySelector(".ad-published").textContent = D.published_line || "Published " + D.published;
    root.querySelector(".ad-counts").textContent =
      c.events + " events · " + c.quotes + " quotes · " + c.people + " people · " + c.places + " places";
    var empty = root.querySelector(".ad-empty");
    empty.textContent = D.empty;
    empty.hidden = c.events + c.quotes + c.people + c.places > 0;
    root.querySelector(".ad-summary").textContent = describe(state);
    if (linkUrl) URL.revokeObjectURL(linkUrl);
    linkUrl = URL.createObjectURL(new Blob([csv(shown)], {type: "text/csv"}));
    link.href = linkUrl;
    link.textContent = "Download the selected " + c.events + " events and " + c.quotes + " quotes (CSV)";
  }

  // --- one change → every view ---------------------------------------------------------------
  var current = rows;
  function render() {
    current = filterRows(state);
    showState();
    header(current);
    drawCharts(current);
    showRows(current);
    var all = !D.specs.some(function (spec) { return active(spec, state); });
    mapIds = all ? null : current.locations.map(function (l) { return l.location_id; })
      .concat(current.movements.map(function (m) { return m.movement_id; }))
      .concat(current.events.map(function (e) { return e.incident_id; }).filter(function (i) { return i; }));
    showArticle();
    if (all && frame && frame.contentWindow) frame.contentWindow.postMessage({type: "article-map:show", ids: null, context: true}, "*");
    tellMap();
  }
  // a corpus: the article view shows the chosen article, else the first of those still shown
  var articleViews = root.querySelectorAll(".ad-article[data-article]");
  function showArticle() {
    if (!articleViews.length) return;
    var wanted = state.article, present = new Set(current.events.map(function (e) { return e.article_id; })
      .concat(current.quotes.map(function (q) { return q.article_id; })));
    if (!wanted) wanted = Array.prototype.map.call(articleViews, function (v) { return v.getAttribute("data-article"); })
      .filter(function (a) { return present.has(a); })[0] || articleViews[0].getAttribute("data-article");
    articleViews.forEach(function (v) { v.hidden = v.getAttribute("data-article") !== wanted; });
  }
  function changed() {
    var hash = toHash(state);
    if (hash !== location.hash.replace(/^#/, "")) history.replaceState(null, "", hash ? "#" + hash : location.pathname + location.search);
    render();
  }
  function select(name, v) {
    state[name] = state[name] === v ? "" : v;  // a second click on the same thing clears it
    changed();
  }
  window.addEventListener("hashchange", function () { state = fromHash(location.hash); render(); });
  window.addEventListener("resize", function () { drawCharts(current); });

  // for tests and for readers' own scripts: the rows shown and the state
  window.articleDashboard = {
    state: function () { return copy(state); },
    shown: function () {
      var out = {};
      FRAMES.forEach(function (f) { out[f] = current[f].map(function (r) { return r[KEY[f]]; }); });
      return out;
    },
    filterRows: function (s) {
      var r = filterRows(Object.assign(blank(), s)), out = {};
      FRAMES.forEach(function (f) { out[f] = r[f].map(function (x) { return x[KEY[f]]; }); });
      return out;
    },
    toHash: function (s) { return toHash(Object.assign(blank(), s)); },
    fromHash: fromHash,
    select: select
  };
  state = fromHash(location.hash);
  render();
})();
