"""Helpers for extractor tests: parse a short text of our own into a Document."""

from __future__ import annotations

import pytest

from analysis import article as art
from analysis.document import parse


@pytest.fixture
def doc():
    def make(text: str):
        return parse(art.Article(text, "test.txt", None, "digest"))

    return make
