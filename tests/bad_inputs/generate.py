"""Build the large hostile inputs at test time (they are not committed).

Each generator writes one file deterministically: the same bytes on every run
and machine. ``python tests/bad_inputs/generate.py DIR`` writes them all to DIR.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SOURCES = sorted((ROOT / "tests" / "articles").glob("*.txt")) + sorted((ROOT / "seeds").glob("*.txt"))


def _paragraphs() -> list[str]:
    """Every non-blank line of the hand-written articles and the seed: real news text."""
    out = []
    for path in SOURCES:
        out.extend(line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    return out


def huge_at_limit() -> bytes:
    """Real article paragraphs in a fixed shuffled order, one a line, up to just under the size limit."""
    from analysis.article import MAX_BYTES

    paras = _paragraphs()
    rng = random.Random(6)
    lines, size = [], 0
    while True:
        batch = paras[:]
        rng.shuffle(batch)
        for line in batch:
            grown = size + len(line.encode("utf-8")) + 1
            if grown > MAX_BYTES - 100:
                return ("\n".join(lines) + "\n").encode("utf-8")
            lines.append(line)
            size = grown


def long_line_100k() -> bytes:
    """One 100,000-character line: real sentences, quotes and names with no line break at all."""
    return (_line(100_000) + "\n").encode("utf-8")


def _line(n: int, drop: str = "") -> str:
    text = " ".join(_paragraphs())
    text = text.translate({ord(c): None for c in drop})
    while len(text) < n:
        text += " " + text
    line = text[:n]
    return line if not line[-1].isspace() else line[:-1] + "."


def long_line_unclosed_quote() -> bytes:
    """A 100,000-character line that opens a quote mark on its first word and never closes it."""
    return ("“" + _line(100_000 - 1, drop="“”\"") + "\n").encode("utf-8")


def repeated_paragraph() -> bytes:
    """The same quoted, attributed paragraph 1,000 times (identical content at 1,000 offsets)."""
    para = ("“We will not let the bridge fall,” said Mayor Eve Doe of Millbrook, Vermont, "
            "after engineers found cracks in two piers on Tuesday.")
    return ("\n".join([para] * 1000) + "\n").encode("utf-8")


def nul_after_64k() -> bytes:
    """Good text for 70,000 bytes, then a NUL byte: a corrupted file, wherever the NUL sits."""
    text = _line(70_000)
    return text.encode("utf-8") + b"\x00\x00\x00\x00 trailing text after the NUL bytes\n"


GENERATED = {
    "huge_at_limit.txt": huge_at_limit,
    "long_line_100k.txt": long_line_100k,
    "long_line_unclosed_quote.txt": long_line_unclosed_quote,
    "repeated_paragraph_1000.txt": repeated_paragraph,
    "nul_after_64k.txt": nul_after_64k,
}


def over_limit(path: Path) -> Path:
    """A sparse file one byte over the size limit (costs no disk; rejected before reading)."""
    from analysis.article import MAX_BYTES

    with open(path, "wb") as fh:
        fh.write(b"Iran fired missiles.\n")
        fh.truncate(MAX_BYTES + 1)
    return path


def write(name: str, directory: Path) -> Path:
    """Write the generated file ``name`` into ``directory`` and return its path."""
    path = Path(directory) / name
    if name == "over_limit.txt":
        return over_limit(path)
    path.write_bytes(GENERATED[name]())
    return path


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else ".")
    target.mkdir(parents=True, exist_ok=True)
    for name in [*GENERATED, "over_limit.txt"]:
        print(write(name, target))
