"""Which quote a speaker goes on speaking in (analysis.extract.quotes)."""

from __future__ import annotations

from conftest import one_quote


def test_an_unnamed_speaker_goes_on_speaking_in_the_same_paragraph(write_article):
    ds = write_article(
        "The harbour reopened on Monday.\n"
        "“The storm did less damage than we feared,” said a senior port official. “But the cranes need repairs.”\n"
    )
    q = one_quote(ds, "cranes need repairs")
    assert (q["speaker_text"], q["speaker_via"]) == ("a senior port official", "continuation")


def test_a_quote_running_over_paragraphs_passes_its_speaker_to_the_next_quote(write_article):
    # the first quote opens in one paragraph and closes in the next; the quote after it is still hers
    ds = write_article(
        "Mayor Ada Obi spoke on Monday.\n\n"
        "Obi said: “The storm did less damage than we feared.\n\n"
        "“The harbour will reopen on Friday,” Obi said. “The cranes need repairs first.”\n"
    )
    q = one_quote(ds, "cranes need repairs")
    assert (q["speaker"], q["speaker_via"]) == ("Ada Obi", "continuation")


def test_words_running_on_after_a_partial_quote_do_not_attribute_it(write_article):
    # the clause goes on after the closing mark: "reporters asking" is no speaker and cue
    ds = write_article(
        "The mayor faced the press.\n"
        "Mayor Ada Obi said she “cannot walk down the street” without reporters asking her about the harbour.\n"
    )
    q = one_quote(ds, "cannot walk down the street")
    assert (q["speaker"], q["cue"]) == ("Ada Obi", "said")


def test_a_partial_quote_closed_by_its_attribution_keeps_it(write_article):
    ds = write_article("The mayor faced the press.\nThe plan is “a disgrace” the harbour master said.\n")
    assert one_quote(ds, "a disgrace")["speaker_text"] == "the harbour master"


def test_a_quote_split_by_its_attribution_keeps_one_speaker(write_article):
    # “The risk,” said X, “is …”: the first words of the quote are no subject of the second part
    ds = write_article("The port\n\n“The risk,” said Ada Obi, the mayor, “is that the cranes rust before spring.”\n")
    q = one_quote(ds, "cranes rust")
    assert (q["speaker"], q["speaker_via"]) == ("Ada Obi", "continuation")


def test_an_abbreviation_before_a_quote_does_not_end_the_sentence(write_article):
    # "the U.S. “clearly” needed": the quote sits inside the reported clause, so it is partial and hers
    ds = write_article("The talks\n\nAda Obi said the U.S. “clearly” needed a new harbour treaty.\n")
    q = one_quote(ds, "clearly")
    assert (q["kind"], q["speaker"]) == ("partial", "Ada Obi")
