"""The article itself as HTML, with the spans behind a selection highlighted.

Article text is data: every character goes through ``html.escape``; the only
markup is the package's own paragraphs and ``<mark>`` elements.
"""

from __future__ import annotations

import html
from typing import Iterable, NamedTuple

import pandas as pd

from .dataset import Dataset

_SECTION_STYLE = {
    "headline": "font-size:1.25em;font-weight:600;margin:.2em 0 .4em",
    "body": "margin:.35em 0",
    "caption": "margin:.35em 0;font-style:italic;color:#444",
    "credit": "margin:.1em 0;font-size:.8em;color:#666;text-transform:none",
    "boilerplate": "margin:.1em 0;font-size:.8em;color:#999",
}
_MARK_STYLE = {
    "quote": "background:#cfe8f7;border-bottom:2px solid #0072B2",
    "event": "background:#fbe3cc;border-bottom:2px solid #D55E00",
    "mention": "background:#fff3a8;border-bottom:2px solid #E69F00",
}


class Highlight(NamedTuple):
    start: int
    end: int
    kind: str  # quote, event, mention
    title: str = ""
    row: str = ""  # the quote_id, event_id or mention_id it comes from (a page's script finds it by this)


def highlights(ds: Dataset, *, mention_names: Iterable[str] = (), ids: bool = False) -> list[Highlight]:
    """Quotes and event triggers of a (filtered) dataset, plus mentions of the named actors or places;
    with ``ids`` each carries its row id."""
    q = ds.quotes
    out = [Highlight(int(s), int(e), "quote", f"{sp or 'unattributed'} ({k})", qid if ids else "")
           for s, e, sp, k, qid in zip(q["start"], q["end"], q["speaker"], q["kind"], q["quote_id"])]
    ev = ds.events
    out += [Highlight(int(s), int(e), "event", f"{t.replace('_', ' ')} {c}".strip(), eid if ids else "")
            for s, e, t, c, src, eid in zip(ev["start"], ev["end"], ev["event_type"], ev["cameo"], ev["source"],
                                            ev["event_id"])
            if src == "article" and s is not pd.NA]
    names = set(mention_names)
    if names:
        found = ds.mentions[ds.mentions["name"].isin(names)]
        out += [Highlight(int(s), int(e), "mention", n, m if ids else "")
                for s, e, n, m in zip(found["start"], found["end"], found["name"], found["mention_id"])]
    return out


def _flatten(marks: list[Highlight]) -> list[Highlight]:
    """Non-overlapping pieces; where spans overlap, the inner (later-starting) one wins."""
    edges = sorted({p for m in marks for p in (m.start, m.end)})
    pieces = []
    for a, b in zip(edges, edges[1:]):
        covering = [m for m in marks if m.start <= a and b <= m.end]
        if covering:
            best = max(covering, key=lambda m: (m.start, -m.end))
            pieces.append(Highlight(a, b, best.kind, best.title, best.row))
    return pieces


class _Paragraph(NamedTuple):
    start: int
    end: int
    section: str


def _paragraphs(sentences: pd.DataFrame) -> list[_Paragraph]:
    """Each paragraph's span and its first sentence's section, in paragraph order (a dict, not a
    groupby: this runs on every filter change)."""
    spans: dict[int, list] = {}
    for paragraph, start, end, section in zip(sentences["paragraph"].tolist(), sentences["start"].tolist(),
                                              sentences["end"].tolist(), sentences["section"].tolist()):
        span = spans.setdefault(paragraph, [start, end, section])
        span[0], span[1] = min(span[0], start), max(span[1], end)
    return [_Paragraph(int(a), int(b), str(c)) for _, (a, b, c) in sorted(spans.items())]


def article_html(ds: Dataset, marks: Iterable[Highlight] = ()) -> str:
    """The whole article, one block per line, highlights as ``<mark>``; everything escaped."""
    text = ds.text
    pieces = _flatten([m for m in marks if 0 <= m.start < m.end <= len(text)])
    blocks = []
    for row in _paragraphs(ds.sentences):
        start, end = row.start, row.end
        out, cursor = [], start
        for p in pieces:
            if p.end <= start or p.start >= end:
                continue
            a, b = max(p.start, start), min(p.end, end)
            out.append(html.escape(text[cursor:a]))
            attr = f' data-row="{html.escape(p.row)}"' if p.row else ""
            out.append(f'<mark class="{p.kind}"{attr} title="{html.escape(p.title)}" style="{_MARK_STYLE[p.kind]}">'
                       f"{html.escape(text[a:b])}</mark>")
            cursor = b
        out.append(html.escape(text[cursor:end]))
        style = _SECTION_STYLE.get(row.section, _SECTION_STYLE["body"])
        blocks.append(f'<p class="{html.escape(row.section)}" style="{style}">{"".join(out)}</p>')
    legend = " ".join(f'<mark style="{style}">{kind}</mark>' for kind, style in _MARK_STYLE.items())
    return (f'<div class="article-view" style="max-height:420px;overflow:auto;line-height:1.45;'
            f'padding:.5em 1em;border:1px solid #ddd">'
            f'<div style="font-size:.8em;color:#555;margin-bottom:.3em">Highlighted: {legend}</div>'
            f'{"".join(blocks)}</div>')
