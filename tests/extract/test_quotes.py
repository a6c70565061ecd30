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


def test_a_quote_signed_after_its_closing_mark_is_the_signers(write_article):
    # the listicle way: the quote stands alone on its line and a horizontal bar signs it
    ds = write_article(
        "What readers told us about the harbour\n\n"
        "“The cranes are rusting and nobody in the council seems to care.” ― Tamsin Okoro\n"
        "“We waited three years and the quay is still not finished.”― Dale Whitcombe.\n"
    )
    first, second = one_quote(ds, "cranes are rusting"), one_quote(ds, "quay is still")
    assert (first["speaker"], first["speaker_text"], first["attribution"], first["cue"]) == ("Tamsin Okoro", "Tamsin Okoro", "signed", "―")
    assert (second["speaker"], second["attribution"]) == ("Dale Whitcombe", "signed")


def test_a_signature_may_carry_a_title_a_handle_and_a_date(write_article):
    # the title, the handle and the date after the name are not part of the words naming the speaker
    ds = write_article(
        "The harbour vote\n\n"
        "\"We will rebuild every berth before the winter storms arrive.\" — Ada Obi, mayor of Portmere\n\n"
        "\"The council has failed the port and everyone who works in it.\" - Bram Kessler (@bramk) March 3, 2025\n"
    )
    mayor, critic = one_quote(ds, "every berth"), one_quote(ds, "failed the port")
    assert (mayor["speaker"], mayor["speaker_text"], mayor["attribution"]) == ("Ada Obi", "Ada Obi", "signed")
    assert (critic["speaker"], critic["speaker_text"], critic["attribution"]) == ("Bram Kessler", "Bram Kessler", "signed")


def test_a_quote_signed_by_a_bare_handle_is_the_handles(write_article):
    ds = write_article("The harbour vote\n\n“Nobody asked the fishermen what they wanted here.” – @harbourwatch #ports\n")
    q = one_quote(ds, "fishermen")
    assert (q["speaker"], q["speaker_text"], q["attribution"]) == ("@harbourwatch", "@harbourwatch", "signed")


def test_a_dash_after_a_quote_that_opens_a_clause_signs_nothing(write_article):
    # the words after the dash go on into a sentence of their own: they are no signature
    ds = write_article(
        "The harbour vote\n\n"
        "\"The plan was rushed through the council in one night.\" - Voters in Kent who read it said they were angry.\n\n"
        "“The port comes first and everything else can wait.” — Docks, rail and roads, in that order.\n"
    )
    for words in ("rushed through", "port comes first"):
        q = one_quote(ds, words)
        assert q["attribution"] != "signed" and "Voters" not in q["speaker"] and "Docks" not in q["speaker_text"]


def test_a_dash_inside_a_sentence_after_a_quote_signs_nothing(write_article):
    # an aside set off by dashes ("— “…” — the balloons fell") and a reporter's byline after a partial quote
    ds = write_article(
        "The harbour vote\n\n"
        "When the mayor finished — “I will rebuild this port for you, every berth of it!” — The Crowd cheered.\n\n"
        "Ada Obi insisted that her party was \"still the strongest force in Portmere.\"--Bram Kessler.\n"
    )
    assert one_quote(ds, "rebuild this port")["attribution"] != "signed"
    assert one_quote(ds, "strongest force")["speaker"] == "Ada Obi"


def test_a_signed_speaker_does_not_go_on_speaking_in_the_next_quote(write_article):
    # each entry of a listicle is signed by its own line: an entry whose signature is lost is nobody's
    ds = write_article(
        "What readers told us about the harbour\n\n"
        "“The cranes are rusting and nobody in the council seems to care.” ― Tamsin Okoro\n"
        "“We waited three years and the quay is still not finished, and nobody says why.”\n"
    )
    assert one_quote(ds, "quay is still")["speaker"] != "Tamsin Okoro"


def test_a_title_case_headline_says_who_says_its_quote(write_article):
    ds = write_article(
        "Harbour Plans ‘Went Too Far’, Mayor Ada Obi Says.\n"
        "The mayor of the port town spoke at a meeting on Monday about the plans for the harbour.\n"
    )
    q = one_quote(ds, "Went Too Far")
    assert (q["speaker"], q["speaker_text"]) == ("Ada Obi", "Mayor Ada Obi")
