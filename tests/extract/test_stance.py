"""The stance rules read a quote as a case-blind search would, whether or not a rule's required words gate it."""

import pytest

from analysis import reference
from analysis.extract.stance import stance


def _searched(text: str):
    """The stance as every rule's pattern searched in turn, with no words looked for first."""
    rules = reference.stance_rules()
    for marker in (", but ", ". But ", " but "):
        if marker in text:
            tail = text.split(marker, 1)[1]
            found = next((rule for rule in rules if rule.pattern.search(tail)), None)
            if found is not None:
                return found
            break
    return next((rule for rule in rules if rule.pattern.search(text)), None)


@pytest.mark.parametrize("text, expected", [
    ("We condemn this attack on our town.", "condemnation"),
    ("THIS IS UNACCEPTABLE, the mayor wrote.", "condemnation"),
    # letters a case-blind search also reads as ASCII ones: the long s, the Kelvin sign, the dotted capital I
    ("We will ſtrike back at them.", "threat"),
    ("I'd \u212aILL them all.", "threat"),
    ("The depot İS A LEGITIMATE TARGET now.", "threat"),
    # the clause after "but" speaks first
    ("We want calm, but we will respond to any aggression.", "deterrence"),
    ("They will not back down. But we do not seek escalation.", "de-escalation"),
])
def test_stance_reads_a_rule_whatever_the_case(text, expected):
    found = stance(text)
    assert found is not None and found.stance == expected
    assert found == _searched(text)


@pytest.mark.parametrize("text", [
    "The council met on Tuesday to discuss the budget.",  # none of any rule's words
    "Shares hit a record on the market.",  # a required word ("hit") without its rule's phrase
    "He said that the talks would go on.",  # " that " of the sworn threat, with no threat
    "The team was hurt by injuries, but played on.",  # "hurt", after "but" nothing
    "",
])
def test_stance_finds_nothing_where_no_rule_matches(text):
    assert _searched(text) is None
    assert stance(text) is None
