"""Command line: ``python -m analysis extract [PATH] --out DIR [--format csv|parquet|json]``.

Unreadable input, an ``--out`` that cannot be written and a stdout that cannot be written
(a full disk, ``> /dev/full``) each exit 2 with one line on stderr; a failed run leaves the
previous export as it was (:func:`analysis.export.write`).
"""

from __future__ import annotations

import argparse
import json
import sys


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m analysis", description="Turn a news article into traceable frames.")
    sub = parser.add_subparsers(dest="command", required=True)
    extract = sub.add_parser("extract", help="extract frames from an article (the seed when PATH is omitted)")
    extract.add_argument("path", nargs="?", help="a UTF-8 text file with one article")
    extract.add_argument("--out", help="folder for one file per frame plus map.geojson (replaced whole)")
    extract.add_argument("--format", choices=("csv", "parquet", "json"), default="csv")
    extract.add_argument("--published", help="publication date YYYY-MM-DD (for 'last week' and similar)")
    extract.add_argument("--no-context", action="store_true", help="leave out the cited outside-context rows")
    extract.add_argument("--csv-raw", action="store_true",
                         help="write text cells exactly, even those a spreadsheet would run as formulas")
    args = parser.parse_args(argv)

    from . import output

    if args.out is None and args.format != "json":
        return output.fail("--out DIR is required unless --format json")

    from . import export
    from .article import ArticleError
    from .dataset import load

    try:
        ds = load(args.path, published=args.published, context=not args.no_context)
    except ArticleError as err:
        return output.fail(err)
    undated = int((ds.events["date_basis"] == "relative, no publication date").sum())
    if ds.published is None and undated:
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
    counts = ", ".join(f"{len(getattr(ds, n))} {n}" for n in ("sentences", "events", "quotes", "locations", "movements", "actors"))
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
