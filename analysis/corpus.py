"""Stage 3b: a corpus — many articles read the same way, side by side, with incidents merged across reports.

    >>> corpus = analysis.load_corpus("reports/")              # every .txt file under the folder
    >>> corpus.incidents[["event_type", "actor", "place", "date", "article_count"]]
    >>> corpus.article(corpus.articles.article_id[0]).quotes   # one article's rows, as a Dataset

Place in the flow: article files → :func:`plan` (which files, their publication dates and
outlets) → :func:`extract_batch` on each batch of articles (:func:`analysis.dataset.load`'s
code, in this process or on Dask workers, :mod:`analysis.cluster`) → :func:`combine` (the
frames side by side, ``article_id`` first on every row) → :mod:`analysis.incidents` (one row per
real-world happening, ``quote_group`` for quotes repeated across articles).

Ids stay content-derived: an article's id comes from its bytes (the same file gives the same
id in any folder, on any machine, with any number of workers), and every row id of an article
is derived from the article's id and the row's own single-article id, so rows from two
articles never share an id. Actors keep their canonical-name ids, and places are unified by
canonical name and gazetteer entry, so the same place or person has one id across articles.
A file that cannot be read is reported in one line, skipped, and listed in ``articles`` with
its error; identical texts under two names are read once (the second is listed as a duplicate).
"""

from __future__ import annotations

import csv
import re
import sys
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import NamedTuple

import pandas as pd

from . import article as art
from .article import ArticleError, one_line, stable_id
from .dataset import FRAME_NAMES, Dataset, build
from .schema import CORPUS_FRAMES, column_arrays, corpus_columns, frame, from_arrays

CORPUS_FRAME_NAMES = FRAME_NAMES + tuple(CORPUS_FRAMES)
# The files a folder contributes: its text files, at any depth (hidden files and folders skipped).
ARTICLE_SUFFIXES = (".txt",)
# Tables beside the articles that say when and where each was published, found in the folder itself.
SIDECAR_NAMES = ("metadata.csv", "metadata.tsv", "articles.csv", "articles.tsv")
# A sidecar's columns, by the names such tables commonly use (first match wins).
SIDECAR_COLUMNS = {
    "file": ("file", "filename", "file_name", "path", "name", "article"),
    "published": ("published", "publication_date", "pubdate", "published_at", "date"),
    "outlet": ("outlet", "publisher", "publication", "newspaper", "site"),
}
# Row ids derived per article; actor and place ids are shared across articles instead.
_ROW_IDS = ("sentence_id", "event_id", "quote_id", "movement_id", "mention_id")
_PLACE_IDS = ("location_id", "origin_id", "destination_id")
# A wire agency named in a dateline: "WASHINGTON (AP) —", "LONDON (Reuters) -".
_DATELINE_OUTLET = re.compile(r"^[A-Z][A-Za-z .,'’-]{1,40}\(([A-Z][A-Za-z&.'’ -]{0,30}?)\)\s*[-–—:]")


@dataclass(frozen=True)
class Corpus(Dataset):
    """Many articles: every frame of :class:`~analysis.dataset.Dataset` with ``article_id`` first on
    every row, plus ``articles`` (one row per file) and ``incidents`` (one row per real-world happening).

    ``texts`` maps each article id to its text: a row's ``start:end`` indexes ``texts[row.article_id]``.
    ``text`` is empty and ``published`` is ``None``: a corpus has many of each.
    """

    articles: pd.DataFrame
    incidents: pd.DataFrame
    texts: Mapping[str, str]

    def frames(self) -> dict[str, pd.DataFrame]:
        return {name: getattr(self, name) for name in CORPUS_FRAME_NAMES}

    def article(self, article_id: str) -> Dataset:
        """One article's rows (with their corpus ids) as a single-article :class:`Dataset`."""
        row = self.articles[self.articles["article_id"] == article_id]
        if row.empty or article_id not in self.texts:
            raise KeyError(f"no readable article {article_id!r} in this corpus")
        info = row.iloc[0]
        published = info["published"].date() if pd.notna(info["published"]) else None
        frames = {name: _rows_of(getattr(self, name), article_id) for name in FRAME_NAMES}
        return Dataset(text=self.texts[article_id], path=str(info["file"]), published=published,
                       headline=str(info["headline"]), **frames)


def _rows_of(df: pd.DataFrame, article_id: str) -> pd.DataFrame:
    return df[df["article_id"] == article_id].reset_index(drop=True)


class Job(NamedTuple):
    """One file to read, with what is known about it before reading it."""

    path: str  # where to read it
    file: str  # how it is shown: relative to the folder given, or as given
    published: date | None
    published_basis: str  # "argument" or "sidecar" when known before reading
    outlet: str
    outlet_basis: str


class Batch(NamedTuple):
    """What :func:`extract_batch` returns for a list of jobs: one ``articles`` row per job,
    the rows of every frame (``article_id`` first) and the text of each readable article."""

    articles: list[dict]
    frames: dict[str, pd.DataFrame]
    texts: dict[str, str]


Report = Callable[[str], None]


def report_to_stderr(line: str) -> None:
    print(one_line(line), file=sys.stderr)


def load_corpus(source: str | Path | Iterable[str | Path], *, published: date | str | None = None,
                metadata: str | Path | None = None, context: bool = True, scheduler=None,
                workers: int | None = None, report: Report | None = report_to_stderr) -> Corpus:
    """Read every article of a folder (its ``.txt`` files, at any depth) or of a list of files.

    Publication dates: ``published`` for every article; else a sidecar table (``metadata``, or a
    ``metadata.csv|tsv`` / ``articles.csv|tsv`` in the folder) with a file column and a date and/or
    outlet column; else ``data/articles.csv``; else a dateline in the text.

    Where the work runs (:func:`analysis.cluster.run`): ``scheduler=None`` reads in this process
    for small corpora and on a Dask cluster started on this machine's cores for larger ones (when
    Dask is installed); ``"local"`` always starts one, ``"process"`` never; a ``"tcp://host:port"``
    address or a ``distributed.Client`` uses an existing cluster. ``workers``: processes of the
    local cluster (1: this process). The result is the same, byte for byte, in every case.

    A file that cannot be read is reported in one line through ``report`` (stderr by default;
    ``None`` for silence), skipped, and listed in ``articles`` with its error.
    """
    from . import cluster

    source = [source] if isinstance(source, (str, Path)) else list(source)
    jobs = plan(source, published=published, metadata=metadata)
    batches = cluster.run(jobs, context=context, scheduler=scheduler, workers=workers)
    corpus = combine(batches, path=_shown_source(source))
    if report is not None:
        for file, error in zip(corpus.articles["file"], corpus.articles["error"]):
            if error:
                report(f"skipped {file}: {error}")
    return corpus


def _shown_source(source) -> str:
    items = [source] if isinstance(source, (str, Path)) else list(source)
    return one_line(str(items[0])) if len(items) == 1 else ""


# --- which files, and what is known of them before reading --------------------------------------------


def article_files(source: str | Path | Iterable[str | Path]) -> list[tuple[str, str]]:
    """``(path, shown name)`` of every article: a folder's text files in name order, or the files given
    (a folder among them contributes its text files). A missing path is kept, to be reported."""
    if isinstance(source, (str, Path)):
        source = [source]
    out: list[tuple[str, str]] = []
    for item in source:
        path = Path(item)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.suffix.lower() in ARTICLE_SUFFIXES
                           and not any(part.startswith(".") for part in p.relative_to(path).parts) and p.is_file())
            out += [(str(p), p.relative_to(path).as_posix()) for p in found]
        else:
            out.append((str(path), str(item)))
    return out


def plan(source, *, published: date | str | None = None, metadata: str | Path | None = None) -> list[Job]:
    """The jobs for ``source``: each file with its publication date and outlet when known before reading."""
    if isinstance(published, str) and published:
        try:
            published = date.fromisoformat(published)
        except ValueError:
            raise ArticleError(f"published date {published!r} is not YYYY-MM-DD") from None
    tables = [Path(metadata)] if metadata else _sidecars(source)
    known: dict[str, dict] = {}
    for table in tables:
        for key, row in sidecar(table).items():
            known.setdefault(key, row)
    jobs = []
    for path, shown in article_files(source):
        row = _sidecar_row(known, path, shown)
        when, basis = (published, "argument") if published else (row.get("published"), "sidecar" if row.get("published") else "")
        outlet = row.get("outlet", "")
        jobs.append(Job(path, shown, when, basis, outlet, "sidecar" if outlet else ""))
    return jobs


def _sidecars(source) -> list[Path]:
    """The sidecar tables in each folder given."""
    folders = [Path(p) for p in ([source] if isinstance(source, (str, Path)) else source) if Path(p).is_dir()]
    return [folder / name for folder in folders for name in SIDECAR_NAMES if (folder / name).is_file()]


def sidecar(path: str | Path) -> dict[str, dict]:
    """A table of articles (CSV, or TSV by its name) as ``{file key: {"published": date, "outlet": str}}``.

    The file column is found by name (:data:`SIDECAR_COLUMNS`); each row answers to the file's name with
    and without its suffix. Unreadable tables, rows without a file and dates that are not ISO dates are
    passed over: a sidecar only adds what it states clearly.
    """
    path = Path(path)
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle, delimiter="\t" if path.suffix.lower() == ".tsv" else ","))
    except (OSError, UnicodeDecodeError, csv.Error):
        return {}
    if not rows:
        return {}
    header = {name.strip().lower(): name for name in rows[0] if name}
    column = {field: next((header[n] for n in names if n in header), None) for field, names in SIDECAR_COLUMNS.items()}
    if column["file"] is None:
        return {}
    out: dict[str, dict] = {}
    for row in rows:
        key = (row.get(column["file"]) or "").strip()
        if not key:
            continue
        entry: dict = {}
        if column["published"]:
            entry["published"] = _iso_date(row.get(column["published"]) or "")
        if column["outlet"]:
            entry["outlet"] = (row.get(column["outlet"]) or "").strip()
        for k in {key, Path(key).name, Path(key).stem}:
            out.setdefault(k, entry)
    return out


def _iso_date(value: str) -> date | None:
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


def _sidecar_row(known: dict[str, dict], path: str, shown: str) -> dict:
    for key in (shown, Path(path).name, Path(path).stem):
        if key in known:
            return known[key]
    return {}


# --- reading a batch (runs in a worker) ------------------------------------------------------------------


def extract_batch(jobs: list[Job], *, context: bool = True) -> Batch:
    """Read and extract each job's article; a file that cannot be read becomes an ``articles`` row
    with its error. Pure: the result depends only on the files' bytes and the jobs."""
    rows, texts = [], {}
    parts: dict[str, list[pd.DataFrame]] = {name: [] for name in FRAME_NAMES}
    for job in jobs:
        try:
            article = art.read_article(job.path, published=job.published)
        except ArticleError as err:
            message, where = str(err), one_line(job.path) + ": "
            error = message[len(where):] if message.startswith(where) else message
            rows.append(_article_row(job, stable_id("art", "unreadable", job.file), error=error))
            continue
        article_id = stable_id("art", article.digest)
        if article_id in texts:
            rows.append(_article_row(job, article_id, error="duplicate"))  # named by combine()
            continue
        try:
            ds = build(article, context=context)
        except Exception as err:  # a bug on one article must not end a run over thousands
            rows.append(_article_row(job, article_id, error=f"extraction failed: {type(err).__name__}: {err}"))
            continue
        frames = corpus_rows(ds, article_id)
        for name in FRAME_NAMES:
            parts[name].append(frames[name])
        texts[article_id] = article.text
        basis = job.published_basis if job.published else article.published_basis
        outlet, outlet_basis = (job.outlet, job.outlet_basis) if job.outlet else _outlet_in(article)
        rows.append(_article_row(job._replace(published=article.published, published_basis=basis, outlet=outlet,
                                              outlet_basis=outlet_basis), article_id, ds=ds))
    joined = {name: _concat(name, parts[name]) for name in FRAME_NAMES}
    return Batch(rows, joined, texts)


def _outlet_in(article: art.Article) -> tuple[str, str]:
    """The outlet ``data/articles.csv`` names for the article, else a wire agency in its dateline."""
    from . import reference

    for row in reference.table("articles"):
        if (row.get("sha256") == article.digest or (not row.get("sha256") and row.get("file") == Path(article.path).name)) \
                and row.get("outlet"):
            return row["outlet"], "data/articles.csv"
    for line in article.text[:1500].splitlines()[:12]:
        found = _DATELINE_OUTLET.match(line.strip())
        if found:
            return found.group(1).strip(), "dateline"
    return "", ""


def _article_row(job: Job, article_id: str, *, ds: Dataset | None = None, error: str = "") -> dict:
    counts = {name: len(getattr(ds, name)) if ds is not None else 0 for name in FRAME_NAMES}
    return {"article_id": article_id, "file": one_line(job.file), "headline": ds.headline if ds is not None else "",
            "published": job.published, "published_basis": job.published_basis if job.published else "",
            "outlet": job.outlet, "outlet_basis": job.outlet_basis if job.outlet else "",
            "characters": len(ds.text) if ds is not None else 0, **counts, "error": one_line(error)}


def corpus_rows(ds: Dataset, article_id: str) -> dict[str, pd.DataFrame]:
    """One article's frames as corpus rows: ``article_id`` first, row ids made unique across articles,
    place ids unified by canonical name and gazetteer entry, the corpus's extra columns empty."""
    places = _place_ids(ds.locations)
    out = {}
    for name in FRAME_NAMES:
        df = ds.frames()[name]
        n = len(df)
        have = column_arrays(df)
        arrays = []
        # each column built once with its final values (assigning, inserting and selecting columns of the
        # article's frame cost a quarter of a corpus run's time)
        for column in corpus_columns(name):
            values = have.get(column)
            if column == "article_id":
                arrays.append(_strings([article_id] * n))
            elif values is None:
                arrays.append(_strings([""] * n))
            elif column in _ROW_IDS:
                arrays.append(pd.array([_row_id(value, article_id) for value in values.tolist()], dtype=values.dtype))
            elif column in _PLACE_IDS:
                arrays.append(pd.array([places.get(value, value) for value in values.tolist()], dtype=values.dtype))
            else:
                arrays.append(values.copy())
        out[name] = from_arrays(arrays, tuple(corpus_columns(name)), n)
    return out


def _strings(values: list[str]):
    return pd.array(values, dtype=_str_dtype())


def _str_dtype():
    from .schema import _STR_DTYPE

    return _STR_DTYPE


def _row_id(value: str, article_id: str) -> str:
    if not value:
        return value
    prefix = value.split("-", 1)[0]
    return stable_id(prefix, article_id, value)


def _place_ids(locations: pd.DataFrame) -> dict[str, str]:
    """Each place's id across articles: its canonical name and, when resolved, its gazetteer entry
    (two towns called Paris stay apart; Paris, France is one place in every article)."""
    out = {}
    for lid, name, resolved, coord_source, lat, lon in zip(
            locations["location_id"], locations["name"], locations["resolved"], locations["coord_source"],
            locations["lat"], locations["lon"]):
        key = coord_source if resolved and coord_source.startswith("geonames:") else (
            f"{lat:.2f},{lon:.2f}" if resolved else "")
        out[lid] = stable_id("l", name, key)
    return out


# --- putting the batches together -------------------------------------------------------------------------


def combine(batches: Iterable[Batch], *, path: str = "") -> Corpus:
    """The corpus of some batches (in the order given): frames side by side, a text read twice listed
    once as a duplicate, then incidents merged and quotes grouped (:mod:`analysis.incidents`)."""
    from . import incidents as inc

    rows: list[dict] = []
    parts: dict[str, list[pd.DataFrame]] = {name: [] for name in FRAME_NAMES}
    texts: dict[str, str] = {}
    first_file: dict[str, str] = {}
    for batch in batches:
        again = set()
        for row in batch.articles:
            aid = row["article_id"]
            if row["error"] in ("", "duplicate") and aid in first_file:
                if row["error"] == "":  # read in an earlier batch too: this batch's rows go
                    again.add(aid)
                row = {**row, "article_id": stable_id("art", "duplicate", aid, row["file"]),
                       "error": one_line(f"the same text as {first_file[aid]}; read once")}
            elif row["error"] == "":
                first_file[aid] = row["file"]
            rows.append(row)
        for name in FRAME_NAMES:
            df = batch.frames[name]
            parts[name].append(df[~df["article_id"].isin(again)] if again else df)
        for aid, text in batch.texts.items():
            texts.setdefault(aid, text)
    frames = unify_people({name: _concat(name, parts[name]) for name in FRAME_NAMES})
    articles = frame("articles", rows, corpus=True)
    frames["quotes"] = frames["quotes"].assign(quote_group=inc.quote_groups(frames["quotes"]))
    incident_rows, incident_of = inc.incidents(frames["events"], quotes=frames["quotes"],
                                               locations=frames["locations"], articles=articles,
                                               sentences=frames["sentences"])
    frames["events"] = frames["events"].assign(incident_id=pd.array(
        [incident_of.get(e, "") for e in frames["events"]["event_id"].tolist()], dtype=_str_dtype()))
    return Corpus(text="", path=path, published=None, headline=f"{int((articles['error'] == '').sum())} articles",
                  **frames, articles=articles, incidents=incident_rows, texts=texts)


# Cells that name actors: an actor, target or speaker (several joined by NAME_SEPARATOR).
_NAME_CELLS = {"events": ("actor", "target"), "quotes": ("speaker",), "movements": ("actor",),
               "actors": ("name",), "mentions": ("name",)}


def surname_map(actors: pd.DataFrame) -> dict[str, str]:
    """People one article names by surname only ("Zelensky") and another in full ("Volodymyr
    Zelensky"): the surname → the full name, when exactly one full name in the corpus ends with it."""
    people = set(actors.loc[actors["kind"] == "person", "name"].tolist())
    full: dict[str, set[str]] = {}
    for name in people:
        words = name.split()
        if len(words) > 1:
            full.setdefault(words[-1], set()).add(name)
    return {name: next(iter(full[name])) for name in people if " " not in name and len(full.get(name, ())) == 1}


def unify_people(frames: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """Every frame with surname-only people renamed to the full name the corpus knows them by
    (:func:`surname_map`), their ``actor_id`` following; within one article the extractors already did this."""
    from .schema import NAME_SEPARATOR, names_in

    renamed = surname_map(frames["actors"])
    if not renamed:
        return frames
    ids = {stable_id("a", short): stable_id("a", full) for short, full in renamed.items()}

    def cell(value):
        if not isinstance(value, str) or not value:
            return value
        parts = names_in(value)
        return NAME_SEPARATOR.join(renamed.get(p, p) for p in parts) if any(p in renamed for p in parts) else value

    out = dict(frames)
    for name, columns in _NAME_CELLS.items():
        df = out[name]
        changes = {c: pd.array([cell(v) for v in df[c].tolist()], dtype=df[c].dtype) for c in columns}
        if "actor_id" in df.columns:
            changes["actor_id"] = pd.array([ids.get(v, v) for v in df["actor_id"].tolist()], dtype=df["actor_id"].dtype)
        out[name] = df.assign(**changes)
    return out


def _concat(name: str, parts: list[pd.DataFrame]) -> pd.DataFrame:
    parts = [p for p in parts if len(p)]
    if not parts:
        return frame(name, [], corpus=True)
    return pd.concat(parts, ignore_index=True) if len(parts) > 1 else parts[0].reset_index(drop=True)
