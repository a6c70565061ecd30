"""Command line: ``python -m analysis extract [PATH …] --out DIR [--format csv|parquet|json]``.

One file gives one article's frames; several files or a folder give a corpus (:func:`analysis.load_corpus`):
the same frames with ``article_id`` on every row, plus ``articles`` and ``incidents``. A file of a corpus
that cannot be read is reported in one line on stderr and skipped; the run goes on.

Unreadable input, an ``--out`` that cannot be written and a stdout that cannot be written
(a full disk, ``> /dev/full``) each exit 2 with one line on stderr; a failed run leaves the
previous export as it was (:func:`analysis.export.write`).
"""

from __future__ import annotations

import argparse
import json
import os
import sys


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m analysis", description="Turn a news article into traceable frames.")
    sub = parser.add_subparsers(dest="command", required=True)
    extract = sub.add_parser("extract", help="extract frames from an article (the seed when PATH is omitted)")
    extract.add_argument("path", nargs="*", help="a UTF-8 text file with one article; several, or a folder "
                         "(its .txt files): a corpus")
    extract.add_argument("--out", help="folder for one file per frame plus map.geojson (replaced whole)")
    extract.add_argument("--format", choices=("csv", "parquet", "json"), default="csv")
    extract.add_argument("--published", help="publication date YYYY-MM-DD (for 'last week' and similar); "
                         "for a corpus, of every article")
    extract.add_argument("--metadata", help="corpus: a CSV/TSV table with a file column and publication "
                         "date and/or outlet columns (default: metadata.csv|tsv or articles.csv|tsv in the folder)")
    extract.add_argument("--scheduler", help="corpus: 'process' (this process), 'local' (a Dask cluster on "
                         "this machine), or tcp://HOST:PORT of a running Dask scheduler; default: local for "
                         "large corpora when Dask is installed")
    extract.add_argument("--workers", type=int, help="corpus: worker processes of a local Dask cluster (1: this process)")
    extract.add_argument("--no-context", action="store_true", help="leave out the cited outside-context rows")
    extract.add_argument("--csv-raw", action="store_true",
                         help="write text cells exactly, even those a spreadsheet would run as formulas")
    args = parser.parse_args(argv)

    from . import output

    if args.out is None and args.format != "json":
        return output.fail("--out DIR is required unless --format json")

    from . import export
    from .article import ArticleError
    from .cluster import SchedulerError
    from .corpus import load_corpus
    from .dataset import load

    corpus = len(args.path) > 1 or any(os.path.isdir(p) for p in args.path)
    if not corpus and (args.metadata or args.scheduler or args.workers):
        return output.fail("--metadata, --scheduler and --workers apply to a corpus: several files or a folder")
    if args.workers is not None and args.workers < 1:
        return output.fail("--workers must be 1 or more")
    try:
        if corpus:
            ds = load_corpus(args.path, published=args.published, metadata=args.metadata,
                             context=not args.no_context, scheduler=args.scheduler, workers=args.workers)
        else:
            ds = load(args.path[0] if args.path else None, published=args.published, context=not args.no_context)
    except (ArticleError, SchedulerError) as err:
        return output.fail(err)
    if corpus and not (ds.articles["error"] == "").any():
        shown = output.one_line(" ".join(args.path))
        return output.fail(f"{shown}: no readable article (a UTF-8 .txt file, or a folder of them)")
    undated = int((ds.events["date_basis"] == "relative, no publication date").sum())
    if getattr(ds, "published", None) is None and undated:
        print(f"note: no publication date known (give --published YYYY-MM-DD): {undated} events with relative dates left undated", file=sys.stderr)
    if args.out is None:
        document = json.dumps(export.to_json(ds), ensure_ascii=False, indent=1) + "\n"
        return _say(document)
    try:
        paths = export.write(ds, args.out, args.format, csv_raw=args.csv_raw)
    except output.OutputError as err:
        return output.fail(err)
    except OSError as err:
        return output.fail(f"cannot write to {err.filename or args.out}: {err.strerror or err}")
    shown = ("articles", "incidents") if corpus else ()
    counts = ", ".join(f"{len(getattr(ds, n))} {n}" for n in shown + ("sentences", "events", "quotes", "locations", "movements", "actors"))
    return _say(f"wrote {len(paths)} files to {output.one_line(args.out)}: {counts}\n")


def _say(text: str) -> int:
    from . import output

    try:
        output.emit(text)
    except BrokenPipeError:  # output piped into `head`: the reader has what it wanted
        return 0
    except OSError as err:
        return output.fail(f"cannot write to standard output: {err.strerror or err}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
