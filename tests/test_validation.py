"""The data contract, checked with pandera on the seed and on every hand-written article."""

from pathlib import Path

import pytest

import analysis
from analysis.validation import validate

ARTICLES = sorted((Path(__file__).parent / "articles").glob("*.txt"))


def test_seed_passes_the_contract(seed):
    validate(seed)


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.name)
def test_unseen_articles_pass_the_contract(path):
    validate(analysis.load(path, published="2025-03-01"))


def test_a_broken_frame_is_reported(seed):
    import pandera.errors

    broken = seed.replace(quotes=seed.quotes.assign(kind="shouted"))
    with pytest.raises(pandera.errors.SchemaErrors):
        validate(broken)


def test_a_span_that_lies_is_reported(seed):
    moved = seed.quotes.assign(start=seed.quotes["start"] + 1)
    with pytest.raises(ValueError, match="differs from the article"):
        validate(seed.replace(quotes=moved))
