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


# --- tone: VADER's tables from the cache ------------------------------------------------------------------------

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer  # noqa: E402

from analysis.extract import stance as stance_mod  # noqa: E402

_TONE_TEXTS = [
    "The talks were a great success and everyone is happy.",
    "This is NOT a good deal for our farmers!!!",
    "The shelling was horrific, but the ceasefire mostly held.",
    "We are kind of hopeful about the vote :)",
    "Residents said the flooding was 😢 and the response slow.",
    "",
]


@pytest.fixture
def fresh_tone(tmp_path, monkeypatch):
    """``_sentiment`` built anew with an empty cache folder, and built anew again after the test."""
    monkeypatch.setenv("ANALYSIS_CACHE_DIR", str(tmp_path))
    stance_mod._sentiment.cache_clear()
    yield tmp_path
    stance_mod._sentiment.cache_clear()


def test_tone_scores_as_vaders_own_analyser(fresh_tone):
    own = SentimentIntensityAnalyzer()
    for _ in range(2):  # built from VADER's files, then read back from the cache
        stance_mod._sentiment.cache_clear()
        analyzer = stance_mod._sentiment()
        assert analyzer.lexicon == own.lexicon and analyzer.emojis == own.emojis
        for text in _TONE_TEXTS:
            assert stance_mod.tone(text) == round(float(own.polarity_scores(text)["compound"]), 4)
    assert [p.name.startswith("vader-") for p in (fresh_tone / "analysis-news").iterdir()] == [True]


def test_tone_reads_cached_tables_without_parsing_vaders_files(fresh_tone, monkeypatch):
    expected = [stance_mod.tone(text) for text in _TONE_TEXTS]  # writes the cache
    stance_mod._sentiment.cache_clear()

    def parsed(self):
        raise AssertionError("VADER's text files parsed again")

    monkeypatch.setattr(SentimentIntensityAnalyzer, "make_lex_dict", parsed)
    monkeypatch.setattr(SentimentIntensityAnalyzer, "make_emoji_dict", parsed)
    assert [stance_mod.tone(text) for text in _TONE_TEXTS] == expected


def test_tone_without_a_writable_cache_still_scores(fresh_tone, monkeypatch):
    blocked = fresh_tone / "file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("ANALYSIS_CACHE_DIR", str(blocked))
    own = SentimentIntensityAnalyzer()
    assert stance_mod.tone(_TONE_TEXTS[1]) == round(float(own.polarity_scores(_TONE_TEXTS[1])["compound"]), 4)
