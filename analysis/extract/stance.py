"""Stage 2 (quotes): what a quote does — its stance by rule (``data/stance.csv``) and its VADER tone."""

from __future__ import annotations

from functools import cache, lru_cache

from .. import reference
from .dates import case_blind, required_words


@cache
def _sentiment():
    """VADER's analyser with its word and emoji tables from the marshal cache: VADER's own constructor parses
    its two text files line by line, about 10 ms of every fresh process's ``load()``."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    files = [reference.package_file("vaderSentiment", name) for name in _VADER_FILES]
    if not all(path is not None and path.exists() for path in files):
        return SentimentIntensityAnalyzer()  # an unexpected layout: VADER finds its own files
    key = "-".join(f"{st.st_size}.{st.st_mtime_ns}" for st in (path.stat() for path in files))
    cached = reference.cache_dir() / f"vader-v1-{key}.marshal"
    lexicon, emojis = reference.cached_marshal(cached, lambda: _vader_tables(SentimentIntensityAnalyzer()), stale="vader-*.marshal")
    analyzer = SentimentIntensityAnalyzer.__new__(SentimentIntensityAnalyzer)  # the tables are all it reads when scoring
    analyzer.lexicon, analyzer.emojis = lexicon, emojis
    return analyzer


_VADER_FILES = ("vader_lexicon.txt", "emoji_utf8_lexicon.txt")


def _vader_tables(analyzer) -> tuple[dict[str, float], dict[str, str]]:
    return analyzer.lexicon, analyzer.emojis


def tone(text: str) -> float:
    """VADER compound score in [-1, 1]."""
    return round(float(_sentiment().polarity_scores(text[:5000])["compound"]), 4)


def stance(text: str) -> reference.StanceRule | None:
    """The first stance rule that matches; the clause after “but” speaks first."""
    rules = _with_required_words(reference.stance_rules())
    for marker in (", but ", ". But ", " but "):
        if marker in text:
            tail = text.split(marker, 1)[1]
            found = _first_match(rules, tail)
            if found is not None:
                return found
            break
    return _first_match(rules, text)


def _first_match(rules, text: str) -> reference.StanceRule | None:
    """The first rule whose pattern ``text`` holds; a rule none of whose required words the text holds is not searched
    (most quotes hold none: a substring test costs a fraction of the case-blind search with its look-behinds)."""
    lowered = None
    for rule, words in rules:
        if words:
            if lowered is None:
                lowered = case_blind(text)
            if not any(w in lowered for w in words):
                continue
        if rule.pattern.search(text):
            return rule
    return None


@lru_cache(maxsize=4)
def _with_required_words(rules: tuple) -> tuple:
    """Each rule with the lower-case words one of which its every match holds (``dates.required_words``), or None."""
    return tuple((rule, required_words(rule.pattern)) for rule in rules)
