"""Reference helpers: a text folded once gives every slice's look-up key, exactly as ``normalise`` does."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from analysis.extract.mentions import INVISIBLE, visible
from analysis.reference import fold_for_keys, normalise, slice_key

# the characters normalise treats apart, letters whose lower case is longer or depends on context, any letter
_SPECIAL = list(" \t\n.-–—’‘`'") + list(INVISIBLE) + ["İ", "Σ", "ς", "É", "\0"]
TEXT = st.text(alphabet=st.one_of(st.sampled_from(_SPECIAL), st.characters(categories=("L", "N", "P", "Zs"))), max_size=40)


@given(TEXT, st.integers(0, 40), st.integers(0, 40))
def test_a_slice_of_the_folded_text_gives_the_slice_s_key(text, a, b):
    folded = fold_for_keys(text, INVISIBLE)
    start, end = sorted((min(a, len(text)), min(b, len(text))))
    if folded is not None:
        assert len(folded) == len(text)
        assert slice_key(folded[start:end]) == normalise(visible(text[start:end]))


def test_texts_whose_case_folding_changes_length_or_depends_on_context_are_refused():
    assert fold_for_keys("İstanbul") is None  # lower case is two characters
    assert fold_for_keys("ΟΔΟΣ") is None  # final sigma depends on the next letter
    assert slice_key(fold_for_keys("St. Louis-based U.S. ‘Joint’ Task—Force")) == "st louis based us 'joint' task force"
