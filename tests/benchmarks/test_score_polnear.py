"""benchmarks/score_polnear.py: the scoring rules on a tiny invented article (never corpus text)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

import score_polnear  # noqa: E402
from corpora import Attribution, PolnearArticle  # noqa: E402
from score_polnear import Predicted, score_article  # noqa: E402

TEXT = ("Bridge to open in May.\n\n"
        "Mayor Ana Ruiz said: “The bridge opens in May.” She added that tolls would stay low.\n"
        "“It is a disgrace,” said Tom Bell, a rival. Officials believe the cost will rise.\n")


def at(part: str) -> tuple[int, int]:
    start = TEXT.index(part)
    return start, start + len(part)


ATTRIBUTIONS = [
    Attribution("E1", (at("“The bridge opens in May.”"),), (at("Mayor Ana Ruiz"),), (at("said"),)),
    Attribution("E2", (at("tolls would stay low"),), (at("She"),), (at("added"),)),
    Attribution("E3", (at("“It is a disgrace,”"),), (at("Tom Bell"),), (at("said Tom"),)),
    Attribution("E4", (at("the cost will rise"),), (at("Officials"),), (at("believe"),)),
]
ARTICLE = PolnearArticle("x", Path("x.txt"), TEXT, "nyt", None, "aaaa", ATTRIBUTIONS)


def predicted(part, kind="direct", speaker="", speaker_part=None, cue=""):
    s, e = at(part)
    return Predicted(s, e, kind, speaker, at(speaker_part) if speaker_part else None, cue)


def test_quotes_speakers_and_cues_are_scored_against_their_gold_parts():
    ours = [
        predicted("The bridge opens in May.", speaker="Ana Ruiz", speaker_part="Ana Ruiz", cue="said"),
        predicted("It is a disgrace,", speaker="Ana Ruiz", speaker_part="She", cue="said"),  # wrong speaker
        predicted("tolls would stay low", kind="reported", speaker="Ana Ruiz", speaker_part="She", cue="added"),
        predicted("Officials believe", kind="direct"),  # no gold content there: not precise
    ]
    counts, misses = score_article(ARTICLE, ours, classify=True)
    assert (counts["direct_found"], counts["gold_direct"]) == (2, 2)
    assert (counts["our_direct_precise"], counts["our_direct"]) == (2, 3)
    assert (counts["mention_ok"], counts["with_source"]) == (1, 2)
    assert (counts["named_ok"], counts["named"]) == (1, 2)  # Ruiz right, Bell wrong
    assert (counts["cue_ok"], counts["with_cue"]) == (2, 2)
    assert (counts["reported_found"], counts["gold_reported"]) == (1, 2)
    assert (counts["our_reported_precise"], counts["our_reported"]) == (1, 1)
    assert [label for label, _ in misses] == ["speaker mention wrong: other", "named speaker wrong: other"]


def test_a_quote_nobody_found_is_classed():
    counts, misses = score_article(ARTICLE, [], classify=True)
    assert counts["direct_found"] == 0 and counts["gold_direct"] == 2
    assert [label for label, _ in misses] == ["quote not found: other", "quote not found: other"]


def write_split(root: Path) -> Path:
    split = root / "dev"
    (split / "text").mkdir(parents=True)
    (split / "attributions").mkdir()
    (split / "text" / "nyt_2016-01-01_x.txt").write_text(TEXT, encoding="utf-8")
    lines = []
    for i, att in enumerate(ATTRIBUTIONS):
        for role, spans in (("Content", att.content), ("Source", att.source), ("Cue", att.cue)):
            (s, e), = spans
            lines.append(f"T{10 * i + len(role)}\t{role} {s} {e}\t{TEXT[s:e]}")
        lines.append(f"E{i}\tAttribution:T{10 * i + 3} Content:T{10 * i + 7} Source:T{10 * i + 6} Cue:T{10 * i + 3}")
    (split / "attributions" / "nyt_2016-01-01_x_aaaa.ann").write_text("\n".join(lines), encoding="utf-8")
    return split


def test_the_script_runs_without_textacy_and_says_so(tmp_path, capsys):
    split = write_split(tmp_path)
    assert score_polnear.main([str(split), "--no-textacy"]) == 0
    out = capsys.readouterr().out
    assert "textacy rows skipped" in out and "ours     OVERALL" in out and "articles per CPU second" in out
    assert score_polnear.main([str(split), "--no-textacy", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["articles"] == 1 and result["systems"]["ours"]["overall"]["counts"]["gold_direct"] == 2
    assert TEXT[:20] not in json.dumps(result)  # machine-readable totals carry no corpus text


def test_a_folder_that_is_not_a_split_is_one_line(tmp_path, capsys):
    assert score_polnear.main([str(tmp_path), "--no-textacy"]) == 2
    assert len(capsys.readouterr().err.strip().splitlines()) == 1


def test_missed_quotes_fall_in_rough_classes():
    text = ("Ruiz calls bridge ‘a triumph’.\n\n"
            "“The first paragraph of a long quote,\n\n"
            "“and its second,” Ruiz said.\n")
    single = text.index("‘a triumph’")
    first = text.index("“The first")
    article = PolnearArticle("y", Path("y.txt"), text, "nyt", None, "aaaa", [
        Attribution("E1", ((single, single + len("‘a triumph’")),), (), ()),
        Attribution("E2", ((first, first + len("“The first paragraph of a long quote,")),), (), ()),
    ])
    _, misses = score_article(article, [], classify=True)
    assert [label for label, _ in misses] == ["quote not found: single-quote style",
                                             "quote not found: multi-paragraph (a paragraph left open)"]


def test_wrong_speakers_fall_in_rough_classes():
    text = ("Budget passes.\n\n"
            "“We won,” he said. “It was close,” Mr. Bell said. “Next year,” she said.\n\n"
            "“Never again.” That was the view of Dana Lee.\n")

    def where(part):
        start = text.index(part)
        return ((start, start + len(part)),)

    article = PolnearArticle("z", Path("z.txt"), text, "nyt", None, "aaaa", [
        Attribution("E1", where("“We won,”"), where("he"), where("said")),
        Attribution("E2", where("“It was close,”"), where("Mr. Bell"), where("said. “Next")[:1]),
        Attribution("E3", where("“Never again.”"), where("Dana Lee"), ()),
    ])
    wrong = where("she")[0]
    ours = [Predicted(*span[0], "direct", "Ann Cole", wrong, "said")
            for span in (where("“We won,”"), where("“It was close,”"), where("“Never again.”"))]
    _, misses = score_article(article, ours, titles=frozenset({"mr."}), classify=True)
    assert [label for label, _ in misses if label.startswith("speaker mention")] == [
        "speaker mention wrong: pronoun", "speaker mention wrong: title + surname",
        "speaker mention wrong: speaker named in a later sentence"]
