// What a click on a chart point selects (shared by the shared page and the live dashboard's bridge).
// A point's customdata starts with its row id (see analysis/plots.py); the actor comes next:
// timeline points [event_id, actor cell], quote bars and tone marks [quote_id, speaker cell],
// network edges [event_ids, actor, target, type], nodes [name]. A cell naming several ("A; B")
// selects its first name. Returns {actor: name} or null.
function articleNamesIn(cell) {
  if (typeof cell !== "string") return [];
  return cell.split(";").map(function (s) { return s.trim(); }).filter(function (s) { return s; });
}

function articlePointSelection(point) {
  if (!point || !point.data) return null;
  var meta = point.data.meta || {};
  var data = point.customdata;
  if (!Array.isArray(data)) return null;
  var name = null;
  if (meta.frame === "names") name = data[0];
  else if (meta.frame === "events" || meta.frame === "quotes") name = articleNamesIn(data[1])[0];
  return typeof name === "string" && name ? {actor: name} : null;
}
