"""Check the hand-labelled event set against the corpora it points into.

Usage: python benchmarks/labels/check_labels.py CORPORA_DIR
(CORPORA_DIR holds geowebnews/GWN.xml and polnear/train/text/; no corpus text is stored here.)

Verifies: JSON validity and required keys, every offset span (text[start:end] equals the
*_text field; trigger/actor/target/place/date spans), spans inside the document and the
trigger inside its sentence, allowed PLOVER categories, date formats and precisions,
coordinates in range, unique event ids per document, and that every event's article is
listed in articles.csv. Prints one line per problem and a summary; exit 1 on any problem.
Standard library only.
"""
import csv
import datetime
import json
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
PLOVER = {
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
}
KEYS = [
    "corpus", "doc", "event", "sentence_start", "sentence_end", "trigger_start", "trigger_end",
    "trigger_text", "actor", "actor_text", "actor_start", "actor_end", "target", "target_text",
    "target_start", "target_end", "plover", "cameo", "mode", "place", "place_lat", "place_lon",
    "place_start", "place_end", "date", "date_precision", "date_text", "date_start", "date_end", "note",
]
PRECISIONS = {"day", "week", "month", "year"}
TOPICS = {"conflict", "disaster", "politics", "courts", "protests", "other"}
BASES = {"metadata.tsv", "url", "text", "unknown"}


def corpus_texts(corpora: Path) -> dict:
    """(corpus, doc) -> text, read exactly as the labels' offsets assume."""
    texts = {}
    root = ET.parse(corpora / "geowebnews" / "GWN.xml").getroot()
    for article in root.iter("article"):
        texts[("geowebnews", article.get("file"))] = article.find("text").text or ""
    for path in (corpora / "polnear" / "train" / "text").glob("*.txt"):
        texts[("polnear", path.stem)] = path.read_text(encoding="utf-8")
    return texts


def valid_date(value: str) -> bool:
    try:
        datetime.date.fromisoformat(value)
    except (TypeError, ValueError):
        return False
    return len(value) == 10


def check_span(problems, where, text, record, start_key, end_key, text_key):
    start, end, words = record.get(start_key), record.get(end_key), record.get(text_key)
    if start is None and end is None:
        if words is not None and text_key != "place_text":
            problems.append(f"{where}: {text_key} given without offsets")
        return
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
        problems.append(f"{where}: bad offsets {start_key}/{end_key} = {start}/{end}")
        return
    if words is not None and text[start:end] != words:
        problems.append(f"{where}: {text_key} {words!r} != text[{start}:{end}] {text[start:end]!r}")


def check_articles(problems, texts) -> set:
    listed = set()
    with open(HERE / "articles.csv", encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            key = (row["corpus"], row["doc"])
            where = f"articles.csv {key}"
            if key in listed:
                problems.append(f"{where}: listed twice")
            listed.add(key)
            if key not in texts:
                problems.append(f"{where}: not found in the corpora")
            if row["published"] and not valid_date(row["published"]):
                problems.append(f"{where}: published {row['published']!r} is not YYYY-MM-DD")
            if row["published_basis"] not in BASES:
                problems.append(f"{where}: published_basis {row['published_basis']!r}")
            if bool(row["published"]) == (row["published_basis"] == "unknown"):
                problems.append(f"{where}: published and published_basis disagree")
            if row["topic"] not in TOPICS:
                problems.append(f"{where}: topic {row['topic']!r}")
    return listed


def check_event(problems, where, record, texts):
    missing = [key for key in KEYS if key not in record]
    if missing:
        problems.append(f"{where}: missing keys {missing}")
        return
    text = texts.get((record["corpus"], record["doc"]))
    if text is None:
        problems.append(f"{where}: document not found in the corpora")
        return
    check_span(problems, where, text, record, "sentence_start", "sentence_end", "_none_")
    check_span(problems, where, text, record, "trigger_start", "trigger_end", "trigger_text")
    if record["trigger_text"] is None:
        problems.append(f"{where}: trigger_text is empty")
    elif not (record["sentence_start"] <= record["trigger_start"] < record["trigger_end"] <= record["sentence_end"]):
        problems.append(f"{where}: trigger outside its sentence")
    for role in ("actor", "target"):
        check_span(problems, where, text, record, f"{role}_start", f"{role}_end", f"{role}_text")
        if record[f"{role}_text"] is not None and not record[role]:
            problems.append(f"{where}: {role}_text without a canonical {role}")
    record = dict(record, place_text=None)
    check_span(problems, where, text, record, "place_start", "place_end", "place_text")
    if record["place_start"] is not None and not record["place"]:
        problems.append(f"{where}: place offsets without a place")
    lat, lon = record["place_lat"], record["place_lon"]
    if (lat is None) != (lon is None):
        problems.append(f"{where}: only one of place_lat/place_lon")
    elif lat is not None and not (-90 <= lat <= 90 and -180 <= lon <= 180):
        problems.append(f"{where}: coordinates out of range")
    check_span(problems, where, text, record, "date_start", "date_end", "date_text")
    if record["plover"] not in PLOVER:
        problems.append(f"{where}: PLOVER category {record['plover']!r} not allowed")
    if record["cameo"] is not None and not (isinstance(record["cameo"], str) and record["cameo"].isdigit()):
        problems.append(f"{where}: cameo {record['cameo']!r} is not a code string")
    if record["date"] is not None:
        if not valid_date(record["date"]):
            problems.append(f"{where}: date {record['date']!r} is not YYYY-MM-DD")
        if record["date_precision"] not in PRECISIONS:
            problems.append(f"{where}: date_precision {record['date_precision']!r}")
        if record["date_text"] is None and not record["note"]:
            problems.append(f"{where}: date without words needs a note")
    elif record["date_precision"] is not None or record["date_text"] is not None:
        problems.append(f"{where}: date_precision/date_text without a date")


def main(argv) -> int:
    if len(argv) != 2:
        print("usage: check_labels.py CORPORA_DIR", file=sys.stderr)
        return 2
    corpora = Path(argv[1])
    if not (corpora / "geowebnews" / "GWN.xml").is_file():
        print(f"no geowebnews/GWN.xml under {corpora}", file=sys.stderr)
        return 2
    texts = corpus_texts(corpora)
    problems = []
    listed = check_articles(problems, texts)
    ids, per_corpus, per_category, labelled = set(), Counter(), Counter(), set()
    with open(HERE / "events.jsonl", encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            where = f"events.jsonl:{number}"
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                problems.append(f"{where}: not JSON ({error})")
                continue
            if not isinstance(record, dict):
                problems.append(f"{where}: not a JSON object")
                continue
            key = (record.get("corpus"), record.get("doc"), record.get("event"))
            if key in ids:
                problems.append(f"{where}: event id {key[2]!r} repeated in {key[1]}")
            ids.add(key)
            if key[:2] not in listed:
                problems.append(f"{where}: article {key[:2]} not in articles.csv")
            labelled.add(key[:2])
            check_event(problems, where, record, texts)
            per_corpus[record.get("corpus")] += 1
            per_category[record.get("plover")] += 1
    for key in sorted(listed - labelled):
        problems.append(f"articles.csv {key}: no events labelled")
    for problem in problems:
        print(problem)
    print(f"{len(listed)} articles, {len(ids)} events "
          f"({', '.join(f'{k} {v}' for k, v in sorted(per_corpus.items()))}); "
          f"categories: {', '.join(f'{k} {v}' for k, v in per_category.most_common())}")
    print("OK" if not problems else f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
