"""``analysis.figures``: the JSON a live chart is drawn from is exactly what plotly's own encoder makes."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from plotly.utils import PlotlyJSONEncoder

import analysis
from analysis import plots
from analysis.figures import Spec, spec_json

ROOT = Path(__file__).resolve().parents[1]
HOSTILE = ROOT / "tests" / "articles" / "hostile.txt"


def plotly_json(spec: Spec) -> dict:
    return json.loads(json.dumps({"data": spec.data, "layout": spec.layout}, cls=PlotlyJSONEncoder))


@pytest.mark.parametrize("frames", ["seed", "empty", "hostile"])
def test_each_charts_json_equals_plotlys_encoding(seed, frames):
    ds = {"seed": seed, "empty": seed.replace(events=seed.events.iloc[:0], quotes=seed.quotes.iloc[:0]),
          "hostile": analysis.load(HOSTILE, published="2025-03-01") if frames == "hostile" else None}[frames]
    specs = [plots.events_timeline.spec(ds.events, sentences=ds.sentences, quotes=ds.quotes),
             plots.quotes_by_speaker.spec(ds.quotes, events=ds.events),
             plots.actor_network.spec(ds.events, ds.quotes)]
    for spec in specs:
        assert spec_json(spec) == plotly_json(spec)


def test_missing_values_dates_and_numpy_values_encode_as_plotly_does():
    spec = Spec([{"x": np.array(["2020-01-08", "NaT"], dtype="datetime64[s]"), "y": np.array([1.5, np.nan]),
                  "customdata": [[np.int64(3), np.float64(np.inf)], [pd.NaT, pd.NA]], "text": ["NaN", "Infinity"]}],
                {"shapes": [{"x0": pd.Timestamp("2020-01-03 04:05"), "x1": dt.date(2020, 1, 9)}], "meta": np.bool_(True)})
    assert spec_json(spec) == plotly_json(spec)
    assert spec_json(spec)["data"][0]["y"] == [1.5, None] and spec_json(spec)["data"][0]["text"] == ["NaN", "Infinity"]
    with pytest.raises(TypeError):
        spec_json(Spec([{"x": object()}], {}))


def test_the_live_dashboard_never_loads_plotlys_validators():
    """A kernel of the live app draws specs: plotly's validators (and narwhals) would cost it about 5 MB."""
    code = ("import json, sys\nimport analysis\nfrom analysis.dashboard import Dashboard\n"
            "Dashboard(analysis.load())\n"
            "print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] == 'narwhals'"
            " or m.startswith(('plotly.basedatatypes', '_plotly_utils.basevalidators')))))\n")
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[-500:]
    assert json.loads(proc.stdout.strip().splitlines()[-1]) == []
