"""Stage 2 (quotes): what a quote does — its stance by rule (``data/stance.csv``) and its VADER tone."""

from __future__ import annotations

from functools import cache

from .. import reference


@cache
def _sentiment():
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


def tone(text: str) -> float:
    """VADER compound score in [-1, 1]."""
    return round(float(_sentiment().polarity_scores(text[:5000])["compound"]), 4)


def stance(text: str) -> reference.StanceRule | None:
    """The first stance rule that matches; the clause after “but” speaks first."""
    rules = reference.stance_rules()
    for marker in (", but ", ". But ", " but "):
        if marker in text:
            tail = text.split(marker, 1)[1]
            for rule in rules:
                if rule.pattern.search(tail):
                    return rule
            break
    for rule in rules:
        if rule.pattern.search(text):
            return rule
    return None
