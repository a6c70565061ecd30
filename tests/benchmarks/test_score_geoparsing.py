"""benchmarks/score_geoparsing.py: reading toponyms whose offsets drift, on a tiny invented file (never corpus text)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

from score_geoparsing import read_toponym_xml  # noqa: E402

XML = """<articles><article docid="1"><text>Snow fell in Ontario. Later it reached Toronto and Ontario again.</text>
<toponyms>
<toponym><start>13</start><end>20</end><phrase>Ontario</phrase><gaztag><lat>50</lat><lon>-85</lon></gaztag></toponym>
<toponym><start>44</start><end>51</end><phrase>Toronto</phrase><gaztag><lat>43.7</lat><lon>-79.4</lon></gaztag></toponym>
<toponym><start>70</start><end>77</end><phrase>Ontario</phrase><gaztag><lat>50</lat><lon>-85</lon></gaztag></toponym>
</toponyms></article></articles>"""


def test_toponyms_whose_offsets_drift_are_read_at_their_nearest_occurrence(tmp_path):
    path = tmp_path / "tiny.xml"
    path.write_text(XML, encoding="utf-8")
    (article,) = read_toponym_xml(path)
    assert [article.text[t.start:t.end] for t in article.toponyms] == ["Ontario", "Toronto", "Ontario"]
    # the exact span is kept; a drifting one moves to the nearest occurrence, not the first in the text
    assert article.toponyms[0].start == 13 and article.toponyms[2].start == article.text.rindex("Ontario")
