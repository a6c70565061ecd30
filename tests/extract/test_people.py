"""Roles, organisations and countries read around a person's name (analysis.extract.people).

Every sentence here is our own; the expectations are what the sentence says.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("sentence", [
    "A federal judge has ordered the release of documents about Ray Dalton.\n",  # a finite auxiliary
    "A federal judge ordered the release of documents about Ray Dalton.\n",  # a past verb with its object
])
def test_a_clause_before_a_name_is_no_role_of_that_person(write_article, sentence):
    # the words before "Ray Dalton" say what the judge did, not what Dalton is
    ds = write_article("Headline of the day\n" + sentence, context=False)
    dalton = ds.actors[ds.actors["name"] == "Ray Dalton"].iloc[0]
    assert "judge" not in dalton["role"]

