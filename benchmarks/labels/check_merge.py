"""Check the labelled merge set against the PolNeAR texts and print its counts.

Usage: python benchmarks/labels/check_merge.py POLNEAR_DIR

POLNEAR_DIR is the PolNeAR folder holding `train/text/*.txt` and `metadata.tsv`
(`../shared/corpora/polnear`). Standard library only. Exit status 0 when every check
passes, 1 when any fails (all failures are listed), 2 on a bad argument.
"""

import csv
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
MENTIONS = HERE / "merge.jsonl"
INCIDENTS = HERE / "merge_incidents.csv"

MENTION_KEYS = {
    "doc": str, "mention": str, "incident": str,
    "sentence_start": int, "sentence_end": int, "trigger_start": int, "trigger_end": int,
    "trigger_text": str, "actor": str, "event_type": str, "plover": (str, type(None)),
    "place": (str, type(None)), "date": (str, type(None)), "date_precision": (str, type(None)),
    "date_basis": str, "note": (str, type(None)),
}
INCIDENT_COLUMNS = ["incident", "description", "date", "date_precision", "place", "actor",
                    "event_type", "plover", "kind", "confusable_with", "sources"]
# PLOVER categories of CAMEO2PLOVER-2021 (PLOVER manual draft 0.8).
PLOVER = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
          "ACCUSE", "REJECT", "THREATEN", "PROTEST", "MOBILIZE", "SANCTION", "COERCE", "ASSAULT"}
PRECISIONS = {"day", "month", "year"}
DATE_BASES = {"text", "incident", "none"}
KINDS = {"core", "hard_negative"}
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
INCIDENT_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*-\d{4}-\d{2}-\d{2}")


def load_incidents(errors):
    with INCIDENTS.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        if reader.fieldnames != INCIDENT_COLUMNS:
            errors.append(f"{INCIDENTS.name}: columns {reader.fieldnames} != {INCIDENT_COLUMNS}")
        rows = list(reader)
    incidents = {}
    for number, row in enumerate(rows, 2):
        where = f"{INCIDENTS.name}:{number}"
        iid = row["incident"]
        if iid in incidents:
            errors.append(f"{where}: duplicate incident {iid}")
        if not INCIDENT_ID.fullmatch(iid):
            errors.append(f"{where}: incident id {iid!r} is not slug-YYYY-MM-DD")
        elif iid[-10:] != row["date"]:
            errors.append(f"{where}: id date {iid[-10:]} != date {row['date']}")
        if not ISO_DATE.fullmatch(row["date"]) or row["date_precision"] not in PRECISIONS:
            errors.append(f"{where}: bad date {row['date']!r} / precision {row['date_precision']!r}")
        if row["kind"] not in KINDS:
            errors.append(f"{where}: kind {row['kind']!r} not in {sorted(KINDS)}")
        if row["plover"] and row["plover"] not in PLOVER:
            errors.append(f"{where}: plover {row['plover']!r} is not a PLOVER category")
        if not row["description"] or not row["actor"] or not row["event_type"]:
            errors.append(f"{where}: description, actor and event_type are required")
        if row["sources"] and not all(url.startswith(("https://", "http://")) for url in row["sources"].split()):
            errors.append(f"{where}: sources must be http(s) URLs separated by spaces")
        incidents[iid] = row
    for iid, row in incidents.items():
        for other in filter(None, row["confusable_with"].split(";")):
            if other not in incidents:
                errors.append(f"{INCIDENTS.name}: {iid} confusable_with unknown {other}")
            elif other == iid:
                errors.append(f"{INCIDENTS.name}: {iid} confusable with itself")
    return incidents


def check_mention(record, text, incident, where, errors):
    for key, kind in MENTION_KEYS.items():
        if not isinstance(record.get(key), kind):
            errors.append(f"{where}: {key}={record.get(key)!r} has the wrong type")
            return
    extra = set(record) - set(MENTION_KEYS)
    if extra:
        errors.append(f"{where}: unexpected keys {sorted(extra)}")
    s0, s1, t0, t1 = (record[k] for k in ("sentence_start", "sentence_end", "trigger_start", "trigger_end"))
    if not 0 <= s0 <= t0 < t1 <= s1 <= len(text):
        errors.append(f"{where}: offsets out of order or range {s0, t0, t1, s1}")
        return
    if text[t0:t1] != record["trigger_text"]:
        errors.append(f"{where}: text[{t0}:{t1}]={text[t0:t1]!r} != {record['trigger_text']!r}")
    sentence = text[s0:s1]
    if sentence != sentence.strip() or "\n" in sentence:
        errors.append(f"{where}: sentence span has edge whitespace or a line break")
    if record["mention"] != f"e{t0}":
        errors.append(f"{where}: mention id {record['mention']} != e{t0}")
    if incident is None:
        errors.append(f"{where}: incident {record['incident']} is not in {INCIDENTS.name}")
        return
    for key in ("actor", "event_type"):
        if record[key] != incident[key]:
            errors.append(f"{where}: {key} {record[key]!r} != incident's {incident[key]!r}")
    if record["plover"] != (incident["plover"] or None) or record["place"] != (incident["place"] or None):
        errors.append(f"{where}: plover/place differ from the incident's")
    if record["date_basis"] not in DATE_BASES:
        errors.append(f"{where}: date_basis {record['date_basis']!r} not in {sorted(DATE_BASES)}")
    elif record["date_basis"] == "none":
        if record["date"] is not None:
            errors.append(f"{where}: date_basis none needs date null")
    elif record["date"] != incident["date"] or record["date_precision"] not in PRECISIONS:
        errors.append(f"{where}: date {record['date']!r}/{record['date_precision']!r} vs incident {incident['date']}")


def main(argv):
    if len(argv) != 2 or not (Path(argv[1]) / "train" / "text").is_dir():
        print("usage: check_merge.py POLNEAR_DIR (the folder holding train/text and metadata.tsv)")
        return 2
    root = Path(argv[1])
    with (root / "metadata.tsv").open(encoding="utf-8", newline="") as handle:
        publisher = {row["filename"]: row["publisher"] for row in csv.DictReader(handle, delimiter="\t")}
    errors = []
    incidents = load_incidents(errors)
    texts, seen, records = {}, set(), []
    for number, line in enumerate(MENTIONS.read_text(encoding="utf-8").splitlines(), 1):
        where = f"{MENTIONS.name}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            errors.append(f"{where}: not JSON ({error})")
            continue
        doc = record.get("doc")
        path = root / "train" / "text" / f"{doc}.txt"
        if not isinstance(doc, str) or not path.is_file():
            errors.append(f"{where}: no train article {doc!r}")
            continue
        if doc not in texts:
            texts[doc] = path.read_text(encoding="utf-8")
        key = (doc, record.get("mention"))
        if key in seen:
            errors.append(f"{where}: duplicate mention {key}")
        seen.add(key)
        check_mention(record, texts[doc], incidents.get(record.get("incident")), where, errors)
        records.append(record)

    by_incident = defaultdict(set)
    for record in records:
        by_incident[record["incident"]].add(record["doc"])
    unused = sorted(set(incidents) - set(by_incident))
    if unused:
        errors.append(f"incidents without mentions: {unused}")
    for iid, row in incidents.items():
        if row["kind"] == "core" and len(by_incident[iid]) < 2:
            errors.append(f"core incident {iid} is reported by {len(by_incident[iid])} article(s); needs 2+")

    kinds = Counter(row["kind"] for row in incidents.values())
    docs = {record["doc"] for record in records}
    publishers = Counter(publisher.get(doc, "?") for doc in docs)
    multi = [iid for iid, d in by_incident.items() if len({publisher.get(x) for x in d}) > 1]
    sizes = Counter(len(d) for d in by_incident.values())
    confusable_pairs = {tuple(sorted((a, b))) for a, row in incidents.items()
                        for b in filter(None, row["confusable_with"].split(";"))}
    print(f"incidents: {len(incidents)} ({kinds['core']} core, {kinds['hard_negative']} hard negatives); "
          f"{len(multi)} reported by 2+ publishers; {sum(bool(r['sources']) for r in incidents.values())} with a source URL")
    print(f"articles per incident: {dict(sorted(sizes.items()))}")
    print(f"mentions: {len(records)} in {len(docs)} articles from {len(publishers)} publishers "
          f"({', '.join(f'{p} {n}' for p, n in sorted(publishers.items()))})")
    print(f"confusable incident pairs (must not merge): {len(confusable_pairs)}")
    same_pairs = sum(n * (n - 1) // 2 for n in Counter(r["incident"] for r in records).values())
    print(f"mention pairs: {same_pairs} coreferent of {len(records) * (len(records) - 1) // 2}")
    if errors:
        print(f"FAILED: {len(errors)} problem(s)")
        for error in errors:
            print("  " + error)
        return 1
    print("OK: offsets, keys and incidents check out")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
