"""Notebooks are thin and committed clean; nbval runs them (see the README's test command)."""

import json
from pathlib import Path

import pytest

NOTEBOOKS = sorted((Path(__file__).resolve().parents[1] / "notebooks").glob("*.ipynb"))


def test_the_four_notebooks_exist():
    assert {p.name for p in NOTEBOOKS} >= {"dashboard.ipynb", "events.ipynb", "quotes.ipynb", "map.ipynb"}


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_committed_without_outputs(path):
    nb = json.loads(path.read_text(encoding="utf-8"))
    for cell in nb["cells"]:
        assert not cell.get("outputs"), path.name
        assert cell.get("execution_count") is None, path.name
    assert "widgets" not in nb.get("metadata", {}), "widget state is built, not committed"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_thin_cells_that_open_with_a_story(path):
    nb = json.loads(path.read_text(encoding="utf-8"))
    assert nb["cells"][0]["cell_type"] == "markdown"
    for cell in nb["cells"]:
        if cell["cell_type"] == "code":
            source = "".join(cell["source"])
            assert "def " not in source and "class " not in source, "logic belongs in analysis/"
            assert len(source.strip().splitlines()) <= 4, source
