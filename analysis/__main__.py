"""Command line: ``python -m analysis extract [PATH] --out DIR [--format csv|parquet|json]``.

Unreadable input exits 2 with one line on stderr; nothing is written then.
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
    extract.add_argument("--out", help="folder for one file per frame plus map.geojson")
    extract.add_argument("--format", choices=("csv", "parquet", "json"), default="csv")
    extract.add_argument("--published", help="publication date YYYY-MM-DD (for 'last week' and similar)")
    extract.add_argument("--no-context", action="store_true", help="leave out the cited outside-context rows")
    args = parser.parse_args(argv)
    if args.out is None and args.format != "json":
        print("error: --out DIR is required unless --format json", file=sys.stderr)
        return 2

    from . import export
    from .article import ArticleError, one_line
    from .dataset import load

    try:
        ds = load(args.path, published=args.published, context=not args.no_context)
    except ArticleError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    undated = int((ds.events["date_basis"] == "relative, no publication date").sum())
    if ds.published is None and undated:
        print(f"note: no publication date known (give --published YYYY-MM-DD): {undated} events with relative dates left undated", file=sys.stderr)
    if args.out is None:
        json.dump(export.to_json(ds), sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return 0
    try:
        paths = export.write(ds, args.out, args.format)
    except OSError as err:
        where = one_line(str(err.filename or args.out))
        print(f"error: cannot write to {where}: {one_line(str(err.strerror or err))}", file=sys.stderr)
        return 2
    counts = ", ".join(f"{len(getattr(ds, n))} {n}" for n in ("sentences", "events", "quotes", "locations", "movements", "actors"))
    print(f"wrote {len(paths)} files to {one_line(args.out)}: {counts}")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BrokenPipeError:  # output piped into `head`: not an error worth a traceback
        sys.stderr.close()
        sys.exit(0)
