"""The benchmark corpus: the seed (seeds/*.txt) and the hand-written articles (tests/articles/*.txt).

    python benchmarks/bench_corpus.py        # lists the corpus and checks the copy suffix is harmless

Throughput runs cycle through it. ``analysis`` memoises per text
(``analysis.extract.dates.dates_in`` is an ``lru_cache`` whose key holds the
whole article text), so every copy gets a unique suffix paragraph, "(bench copy
<letters>)": no repeat can be served from a cache. ``check_suffix()`` verifies
the suffix changes nothing but the sentence count (one more sentence).
"""

from __future__ import annotations

import json
import string
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
ARTICLES = ROOT / "tests" / "articles"


def sources() -> list[tuple[Path, str | None]]:
    """(path, published) for every corpus article, seed first; dates from data/articles.csv or expectations.json."""
    from analysis.article import read_article

    published = {s["file"]: s.get("published") for s in json.loads((ARTICLES / "expectations.json").read_text(encoding="utf-8"))}
    out = []
    for path in sorted((ROOT / "seeds").glob("*.txt")) + sorted(ARTICLES.glob("*.txt")):
        date = published.get(path.name) or read_article(path).published
        out.append((path, str(date) if date else None))
    return out


def tag(number: int) -> str:
    """A lowercase-letter tag (no digits, so no date or number extractor sees it)."""
    letters = ""
    number += 26 * 26 * 26  # at least four letters
    while number:
        number, rest = divmod(number, 26)
        letters = string.ascii_lowercase[rest] + letters
    return letters


def suffixed(text: str, number: int) -> str:
    return text.rstrip("\n") + f"\n\n(bench copy {tag(number)})\n"


def write_copies(folder: Path, count: int, first: int, corpus: list[tuple[Path, str | None]]) -> list[tuple[Path, str | None]]:
    """``count`` unique copies cycling through ``corpus``, numbered from ``first`` (numbers never repeat in a run)."""
    out = []
    for i in range(count):
        source, published = corpus[i % len(corpus)]
        target = folder / f"{first + i:06d}_{source.name}"
        target.write_text(suffixed(source.read_text(encoding="utf-8"), first + i), encoding="utf-8")
        out.append((target, published))
    return out


def _signature(ds) -> dict:
    frames = {}
    for name, df in ds.frames().items():
        if name == "sentences":
            continue
        keep = [c for c in df.columns if not c.endswith("_id")]  # ids hash spans of the same text: equal too, but say what matters
        frames[name] = df[keep].astype(str).values.tolist()
    return frames


def check_suffix(corpus: list[tuple[Path, str | None]], folder: Path) -> None:
    """Raise if the suffix paragraph changes any frame other than adding one sentence."""
    import analysis

    for n, (path, published) in enumerate(corpus):
        copy = folder / f"check_{path.name}"
        copy.write_text(suffixed(path.read_text(encoding="utf-8"), 10_000_000 + n), encoding="utf-8")
        a, b = analysis.load(path, published=published), analysis.load(copy, published=published)
        if _signature(a) != _signature(b) or len(b.sentences) != len(a.sentences) + 1:
            raise AssertionError(f"the bench-copy suffix changes the frames of {path.name}")


def big_article(target_bytes: int = 5_000_000) -> str:
    """A deterministic article of about ``target_bytes``: the seed's headline, then the corpus paragraphs repeated in order."""
    paragraphs = []
    for path, _ in sources():
        if path.name == "hostile.txt":  # hostile strings are for the escaping tests, not for size
            continue
        paragraphs += [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    parts, size, i = [paragraphs[0]], len(paragraphs[0].encode()), 1
    while size < target_bytes:
        p = paragraphs[i % len(paragraphs)]
        parts.append(p)
        size += len(p.encode()) + 2
        i += 1
    return "\n\n".join(parts) + "\n"


def main() -> None:
    import tempfile

    corpus = sources()
    for path, published in corpus:
        print(f"{path.relative_to(ROOT)}  published {published}  {path.stat().st_size:,} bytes")
    with tempfile.TemporaryDirectory() as tmp:
        check_suffix(corpus, Path(tmp))
    print(f"suffix example: {suffixed('', 0)!r}; verified: frames unchanged apart from one more sentence")


if __name__ == "__main__":
    main()
