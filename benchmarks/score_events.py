"""Score events (who did what to whom, where and when) on text this team did not write.

    python benchmarks/score_events.py [--plover FILE] [--cameo2plover FILE] [--labels DIR]
        [--geowebnews GWN.xml] [--polnear POLNEAR_DIR] [--articles DIR] [--only plover labels articles]
        [--skip N] [--limit N] [--split even|odd] [--json]

Three parts, each skipped with one line when its input is missing:

1. PLOVER gold standard records (openeventdata/PLOVER, CC BY-SA 4.0): 322 coded news
   sentences, each loaded as a one-sentence article. The gold file is coded in PLOVER
   0.5b1 (2016); our CAMEO codes are mapped with CAMEO2PLOVER-2021.txt, whose names
   differ for four categories, so gold categories are compared under
   ``corpora.PLOVER_2016_TO_2021`` (DEMAND→REQUEST, DISAPPROVE and INVESTIGATE→ACCUSE,
   FIGHT→ASSAULT). When the events frame has a ``plover`` column it is used instead of
   the mapping.
   The file is sorted by category (cooperative first, conflict last), so its halves
   (``--limit 161`` / ``--skip 161``) hold different categories; ``--split even`` and
   ``--split odd`` take records 0, 2, 4… and 1, 3, 5… in file order (before --skip and
   --limit), two splits with the same mix of categories: develop on one, check the other.
   - event found: at least one article event with a PLOVER category. Statements (CAMEO
     01) and appeals (02) have none — PLOVER dropped them — so an article whose only event
     is "X said" has found nothing; a second line counts any event row at all.
   - of the events with a category, the one that gets most of category, source and target
     right is compared: category right; source named (``corpora.actor_matches``: a shared
     content word, or the same country through the package's gazetteer, "Hungarian" ↔
     Hungary); target right likewise, scored where the gold record has a target — for a
     reciprocal record (``SRC/TAR`` markup, "A and B agreed") the other source actors are
     the targets. A gold actor written as a place of the state its CAMEO code names
     ("Algiers", coded DZA) also matches that state, as CAMEO codes it and as the package
     names a capital acting for its government.
2. The project's labelled development set, ``benchmarks/labels/`` (articles.csv and
   events.jsonl: corpus file name and character offsets, never corpus text). The text of
   each document is read from the corpus paths given. Per gold event, our article events
   in the gold sentence are candidates: event found = one whose actor matches (for a gold
   event with no actor, an agentless passive, one whose span overlaps the trigger); of those,
   the best is compared on category, target, place (within 161 km of the gold point, or
   the same normalised name when the gold place has no coordinates) and date (the same
   day, ISO week, month or year as the gold date at the gold precision).
3. The hand-made articles in ``tests/articles/``: scored like part 2 from an ``events``
   key per article in expectations.json (same fields; offsets into that file's text).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import pandas as pd  # noqa: E402

import analysis  # noqa: E402
from analysis.reference import gazetteer, normalise  # noqa: E402
from analysis.schema import names_in  # noqa: E402
from corpora import (  # noqa: E402 - after the path set-up above
    CorpusTexts, actor_matches, haversine_km, load_text, plover_2021, plover_category, read_cameo2plover,
    percent, read_label_articles, read_label_events, read_plover_records, same_period,
)

SHARED = ROOT.parent / "shared" / "corpora"
DEFAULT_PLOVER = SHARED / "plover" / "PLOVER_GSR_CAMEO.txt"
DEFAULT_LABELS = ROOT / "benchmarks" / "labels"
DEFAULT_ARTICLES = ROOT / "tests" / "articles"
PLACE_KM = 161  # 100 miles: the usual "right place" radius in geoparsing evaluation (GeoWebNews, Mordecai)


# ------------------------------------------------------------------------ shared pieces


def event_categories(events, table: dict[str, str]) -> list[str]:
    """Each event's PLOVER category: the frame's ``plover`` column when it has one, else its CAMEO code mapped."""
    if "plover" in events.columns:
        return ["" if not isinstance(v, str) else v.strip().upper() for v in events["plover"]]
    return [plover_category(code, table) for code in events["cameo"]]


def names_match(cell, gold: list[str], country_of) -> bool:
    """Whether any name in our actor/target cell matches any gold actor text."""
    return any(actor_matches(name, gold, country_of=country_of) for name in names_in(cell))


def article_events(ds):
    return ds.events[ds.events["source"] == "article"].reset_index(drop=True)


def _event_date(value) -> date | None:
    return None if pd.isna(value) else pd.Timestamp(value).date()


# ------------------------------------------------------------------------------ PLOVER


def _actor_texts(value, state_of=None) -> list[str]:
    """The gold actors' texts; with ``state_of``, also the state a city stands for when the gold code is that state's."""
    if not isinstance(value, list):  # "" or an odd string ("diplomatic") where a list belongs
        return []
    texts = []
    for actor in value:
        if isinstance(actor, dict) and actor.get("actorText"):
            texts.append(actor["actorText"])
            state = state_of(actor["actorText"], str(actor.get("code", ""))) if state_of else None
            if state:
                texts.append(state)
    return texts


def state_of_capital_or_city(gazetteer):
    """``(actor text, CAMEO actor code) -> country name or None``: the state a gold actor written as one of its
    places stands for ("Algiers", coded DZA: Algeria; "Tokyo" coded JPN).

    CAMEO codes such an actor as the state itself, and the package writes a capital used for its government as
    the country ("The EU criticised Belgrade": Serbia), so the two name one actor. Only a text that is a place
    of the coded country, and names no country itself, gains the country: "Islamic Salvation Front" (also
    coded DZA) is no place and stays as written."""
    from analysis.geometry import countries_by_alpha3

    # (countryinfo writes every alpha-2 and alpha-3 code in capitals)
    alpha2 = {iso3: info["ISO"]["alpha2"] for iso3, info in countries_by_alpha3().items()}

    def state_of(text: str, code: str) -> str | None:
        country = alpha2.get(code.upper())
        if country is None or gazetteer.country_of(text) is not None:
            return None
        places = gazetteer.candidates(normalise(text))
        if not any(place.country == country and place.kind != "country" for place in places[:5]):
            return None
        state = gazetteer.countries.get(country)
        return state.name if state is not None else None

    return state_of


def score_plover_record(record: dict, events, categories: list[str], *, country_of, state_of=None) -> dict:
    """One record's outcome: found, any_row, category, source, target (None when not scored).

    ``state_of``: see :func:`state_of_capital_or_city` (gold actors written as a city of the state they are coded as)."""
    gold_category = plover_2021(str(record.get("event", "")))
    sources = _actor_texts(record.get("source"), state_of)
    targets = _actor_texts(record.get("target"), state_of)
    info = record.get("textInfo")
    reciprocal = "SRC/TAR" in str(info.get("markup", "") if isinstance(info, dict) else info or "")
    if not targets and reciprocal and len(sources) > 1:
        targets = sources
    outcome = {"gold": str(record.get("event", "")), "any_row": len(events) > 0, "found": False,
               "category": False, "source": False, "target": None if not targets else False}
    best = (-1,)
    for row, category in zip(events.itertuples(index=False), categories):
        if not category:
            continue
        outcome["found"] = True
        cat_ok = category == gold_category
        src_ok = names_match(row.actor, sources, country_of)
        tgt_ok = names_match(row.target, targets, country_of) if targets else False
        key = (cat_ok + src_ok + tgt_ok, cat_ok, src_ok)
        if key > best:
            best = key
            outcome.update(category=cat_ok, source=src_ok, target=tgt_ok if targets else None)
    return outcome


def select_records(records: list, *, split: str | None = None, skip: int = 0, limit: int | None = None) -> list:
    """The records to score: every other one in file order for ``split`` ("even": 0, 2, 4…; "odd": 1, 3, 5…), then skip/limit."""
    if split not in (None, "even", "odd"):
        raise ValueError(f"split must be 'even' or 'odd', not {split!r}")
    chosen = records if split is None else records[0 if split == "even" else 1::2]
    return chosen[skip:][:limit]


def score_plover(path: Path, table: dict[str, str], *, skip: int = 0, limit: int | None = None,
                 split: str | None = None) -> dict:
    country_of = gazetteer().country_of
    state_of = state_of_capital_or_city(gazetteer())
    records, skipped = read_plover_records(path)
    outcomes, errors, plover_column = [], Counter(), False
    for record in select_records(records, split=split, skip=skip, limit=limit):
        try:
            events = article_events(load_text(record["text"]))
        except Exception as err:  # noqa: BLE001 - a crash is a finding to report, not a reason to stop scoring
            errors[f"{type(err).__name__}: {str(err)[:80]}"] += 1
            continue
        plover_column = "plover" in events.columns
        outcomes.append(score_plover_record(record, events, event_categories(events, table), country_of=country_of,
                                            state_of=state_of))
    return {"records": len(outcomes), "unreadable_records": skipped, "errors": dict(errors),
            "categories_from": "the events frame's plover column" if plover_column else "CAMEO codes mapped with CAMEO2PLOVER-2021",
            "overall": _plover_totals(outcomes),
            "categories": {cat: _plover_totals([o for o in outcomes if o["gold"] == cat])
                           for cat in sorted({o["gold"] for o in outcomes})}}


def _plover_totals(outcomes: list[dict]) -> dict[str, int]:
    return {
        "records": len(outcomes),
        "any_row": sum(o["any_row"] for o in outcomes),
        "found": sum(o["found"] for o in outcomes),
        "category": sum(o["category"] for o in outcomes),
        "source": sum(o["source"] for o in outcomes),
        "with_target": sum(o["target"] is not None for o in outcomes),
        "target": sum(bool(o["target"]) for o in outcomes),
    }


def plover_report(result: dict) -> list[str]:
    lines = [f"PLOVER gold standard records: {result['records']} sentences, each loaded as an article; "
             f"categories from {result['categories_from']}"
             + (f"; {result['unreadable_records']} unreadable records skipped" if result["unreadable_records"] else "")]
    lines.append(f"{'category (2016 → 2021)':26} {'any event':>16} {'category right':>16} {'source named':>16} "
                 f"{'target right':>16} {'any row':>16}")
    rows = [*result["categories"].items(), ("OVERALL", result["overall"])]
    for cat, t in rows:
        label = cat if plover_2021(cat) == cat else f"{cat} → {plover_2021(cat)}"
        lines.append(f"{label:26} {percent(t['found'], t['records']):>16} {percent(t['category'], t['records']):>16} "
                     f"{percent(t['source'], t['records']):>16} {percent(t['target'], t['with_target']):>16} "
                     f"{percent(t['any_row'], t['records']):>16}")
    for err, n in result["errors"].items():
        lines.append(f"{n} record(s) failed: {err}")
    return lines


# -------------------------------------------------------------- labelled events (parts 2, 3)


GOLD_FIELDS = ("found", "in_sentence", "category", "target", "place", "date", "date_and_place")


def score_gold_events(text: str, ds, gold_events: list[dict], *, table: dict[str, str], country_of) -> list[dict]:
    """One outcome per gold event against our events in its sentence (see the module docstring)."""
    events = article_events(ds)
    categories = event_categories(events, table)
    points = {row.location_id: (row.lat, row.lon) for row in ds.locations.itertuples(index=False)}
    outcomes = []
    for gold in gold_events:
        s_start, s_end = gold["sentence_start"], gold["sentence_end"]
        gold_date = _iso_date(gold.get("date"))
        has = {"target": bool(gold.get("target") or gold.get("target_text")),
               "place": bool(gold.get("place") or gold.get("place_lat") is not None),
               "date": gold_date is not None}
        outcome = {"event": f"{gold.get('corpus', '')}/{gold.get('doc', '')}#{gold.get('event', '')}",
                   "in_sentence": False, "found": False, "category": False,
                   **{k: (False if has[k] else None) for k in ("target", "place", "date")},
                   "date_and_place": False if has["date"] and has["place"] else None}
        best = (-1,)
        for row, category in zip(events.itertuples(index=False), categories):
            if pd.isna(row.start) or pd.isna(row.end) or not (row.start < s_end and row.end > s_start):
                continue
            outcome["in_sentence"] = True
            gold_actor = [gold.get("actor") or "", gold.get("actor_text") or ""]
            if any(gold_actor):
                if not names_match(row.actor, gold_actor, country_of):
                    continue
            elif not (row.start < gold["trigger_end"] and row.end > gold["trigger_start"]):
                continue  # an agentless gold event ("two men were arrested"): our event must sit on its trigger
            cat_ok = bool(category) and category == plover_2021(str(gold.get("plover") or "").upper())
            tgt_ok = has["target"] and names_match(row.target, [gold.get("target") or "", gold.get("target_text") or ""], country_of)
            place_ok = has["place"] and _place_right(row, points, gold)
            date_ok = has["date"] and same_period(_event_date(row.date), gold_date, gold.get("date_precision") or "day")
            key = (cat_ok + tgt_ok + place_ok + date_ok, date_ok and place_ok, cat_ok)
            if key > best:
                best = key
                outcome.update(found=True, category=cat_ok,
                               target=tgt_ok if has["target"] else None,
                               place=place_ok if has["place"] else None,
                               date=date_ok if has["date"] else None,
                               date_and_place=(date_ok and place_ok) if has["date"] and has["place"] else None)
        outcomes.append(outcome)
    return outcomes


def _iso_date(value) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except (TypeError, ValueError):  # a malformed gold date is left unscored
        return None


def _place_right(row, points, gold: dict) -> bool:
    if not row.location:
        return False
    lat, lon = gold.get("place_lat"), gold.get("place_lon")
    ours = points.get(row.location_id)
    if lat is not None and lon is not None and ours is not None and ours[0] == ours[0] and ours[1] == ours[1]:
        return haversine_km(float(lat), float(lon), float(ours[0]), float(ours[1])) <= PLACE_KM
    return bool(gold.get("place")) and normalise(row.location) == normalise(gold["place"])


def gold_totals(outcomes: list[dict]) -> dict[str, tuple[int, int]]:
    """(right, scored) per field; a field is scored where the gold event has it."""
    totals = {}
    for field in GOLD_FIELDS:
        scored = [o[field] for o in outcomes if o[field] is not None]
        totals[field] = (sum(bool(v) for v in scored), len(scored))
    return totals


def gold_report(title: str, totals: dict[str, tuple[int, int]]) -> list[str]:
    labels = {"in_sentence": "any event in the sentence", "found": "event found (sentence + actor)",
              "category": "category right", "target": "target right", "place": f"place right (≤ {PLACE_KM} km)",
              "date": "date right", "date_and_place": "found with right date and place"}
    return [title] + [f"  {labels[f]:34} {percent(*totals[f])}" for f in
                      ("in_sentence", "found", "category", "target", "place", "date", "date_and_place")]


def score_labels(folder: Path, texts: CorpusTexts, table: dict[str, str]) -> dict | str:
    """Part 2, or a one-line reason it was skipped."""
    articles_csv, events_jsonl = folder / "articles.csv", folder / "events.jsonl"
    if not events_jsonl.is_file():
        return f"labelled set skipped: {events_jsonl} does not exist yet"
    country_of = gazetteer().country_of
    meta = read_label_articles(articles_csv) if articles_csv.is_file() else {}
    by_doc: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for gold in read_label_events(events_jsonl):
        by_doc[(gold.get("corpus", ""), str(gold.get("doc", "")))].append(gold)
    outcomes, warnings, by_corpus = [], [], defaultdict(list)
    for (corpus, doc), golds in sorted(by_doc.items()):
        text = texts.text(corpus, doc)
        if text is None:
            warnings.append(f"{corpus}/{doc}: no text (corpus path not given or document not found); {len(golds)} events skipped")
            continue
        usable = []
        for gold in golds:
            start, end = gold.get("trigger_start"), gold.get("trigger_end")
            if not isinstance(start, int) or not isinstance(end, int) or text[start:end] != gold.get("trigger_text"):
                warnings.append(f"{corpus}/{doc}#{gold.get('event')}: trigger offsets do not hold {gold.get('trigger_text')!r}; skipped")
                continue
            usable.append(gold)
        if not usable:
            continue
        published = (meta.get((corpus, doc)) or {}).get("published") or None
        try:
            ds = load_text(text, published=published)
        except Exception as err:  # noqa: BLE001 - a crash is a finding to report
            warnings.append(f"{corpus}/{doc}: load failed: {type(err).__name__}: {str(err)[:80]}")
            continue
        scored = score_gold_events(text, ds, usable, table=table, country_of=country_of)
        outcomes += scored
        by_corpus[corpus] += scored
    return {"docs": len(by_doc), "events": len(outcomes), "totals": gold_totals(outcomes), "warnings": warnings,
            "corpora": {corpus: {"events": len(found), "totals": gold_totals(found)} for corpus, found in sorted(by_corpus.items())}}


def score_articles(folder: Path, table: dict[str, str]) -> dict | str:
    """Part 3: tests/articles with an ``events`` key in expectations.json, or why it was skipped."""
    spec_path = folder / "expectations.json"
    if not spec_path.is_file():
        return f"hand-made articles skipped: {spec_path} not found"
    specs = [s for s in json.loads(spec_path.read_text(encoding="utf-8")) if s.get("events")]
    if not specs:
        return f"hand-made articles skipped: no article in {spec_path.relative_to(ROOT) if spec_path.is_relative_to(ROOT) else spec_path} has event labels yet (an `events` key, same fields as benchmarks/labels/events.jsonl)"
    country_of = gazetteer().country_of
    outcomes = []
    for spec in specs:
        path = folder / spec["file"]
        text = path.read_bytes().decode("utf-8")
        ds = analysis.load(path, published=spec.get("published"), context=False)
        outcomes += score_gold_events(text, ds, spec["events"], table=table, country_of=country_of)
    return {"articles": len(specs), "events": len(outcomes), "totals": gold_totals(outcomes)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--plover", type=Path, default=DEFAULT_PLOVER, help="PLOVER_GSR_CAMEO.txt")
    parser.add_argument("--cameo2plover", type=Path, help="CAMEO2PLOVER-2021.txt (default: beside --plover)")
    parser.add_argument("--labels", type=Path, default=DEFAULT_LABELS, help="folder with articles.csv and events.jsonl")
    parser.add_argument("--geowebnews", type=Path, default=SHARED / "geowebnews" / "GWN.xml", help="GWN.xml")
    parser.add_argument("--polnear", type=Path, default=SHARED / "polnear", help="the PolNeAR folder (train/, dev/)")
    parser.add_argument("--articles", type=Path, default=DEFAULT_ARTICLES, help="hand-made articles with expectations.json")
    parser.add_argument("--only", nargs="*", choices=["plover", "labels", "articles"], help="run only these parts")
    parser.add_argument("--skip", type=int, default=0, help="leave out the first N PLOVER records (the file is sorted by "
                        "category: --limit 161 and --skip 161 are its cooperative and conflict halves)")
    parser.add_argument("--limit", type=int, help="score only the first N PLOVER records (after --skip)")
    parser.add_argument("--split", choices=["even", "odd"], help="only records 0, 2, 4… (even) or 1, 3, 5… (odd) in file "
                        "order, before --skip/--limit: two splits with the same mix of categories to develop on and check")
    parser.add_argument("--json", action="store_true", help="print the totals as JSON (no corpus text)")
    args = parser.parse_args(argv)
    mapping = args.cameo2plover or args.plover.with_name("CAMEO2PLOVER-2021.txt")
    parts = set(args.only or ["plover", "labels", "articles"])
    result, lines = {}, []
    table = read_cameo2plover(mapping) if mapping.is_file() else {}
    if not table:
        lines.append(f"{mapping}: no CAMEO→PLOVER table, so no event has a category unless the events frame has a plover column")
    if "plover" in parts:
        if not args.plover.is_file():
            lines.append(f"PLOVER skipped: {args.plover} not found")
        else:
            result["plover"] = score_plover(args.plover, table, skip=args.skip, limit=args.limit, split=args.split)
            lines += plover_report(result["plover"])
    if "labels" in parts:
        labels = score_labels(args.labels, CorpusTexts(geowebnews=args.geowebnews, polnear=args.polnear), table)
        result["labels"] = labels
        if isinstance(labels, str):
            lines.append(labels)
        else:
            lines += gold_report(f"Labelled set {args.labels}: {labels['events']} events in {labels['docs']} documents", labels["totals"])
            for corpus, part in labels["corpora"].items():  # develop on one half, check the other: report both
                lines += gold_report(f"  … of which {corpus}: {part['events']} events", part["totals"])
            lines += [f"  warning: {w}" for w in labels["warnings"]]
    if "articles" in parts:
        arts = score_articles(args.articles, table)
        result["articles"] = arts
        lines += [arts] if isinstance(arts, str) else gold_report(
            f"Hand-made articles {args.articles}: {arts['events']} events in {arts['articles']} articles", arts["totals"])
    print(json.dumps(result, indent=1) if args.json else "\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
