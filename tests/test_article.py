"""Reading the article: sections, sentence coverage, and the input that is rejected."""

from __future__ import annotations

import re

import pytest

import analysis
from analysis import ArticleError

HEADLINE = "Iran attacks bases in Iraq housing US troops"


def _rows_in_line(ds, needle):
    """Sentences of the paragraph (line) that contains ``needle``."""
    at = ds.text.index(needle)
    line_start = ds.text.rfind("\n", 0, at) + 1
    line_end = ds.text.find("\n", at)
    line_end = len(ds.text) if line_end < 0 else line_end
    s = ds.sentences
    return s[(s["start"] >= line_start) & (s["end"] <= line_end)]


def test_headline_section(seed):
    rows = seed.sentences[seed.sentences["text"] == HEADLINE]
    assert len(rows) == 1
    assert rows.iloc[0]["section"] == "headline"
    assert seed.headline == HEADLINE


def test_only_one_headline(seed):
    assert (seed.sentences["section"] == "headline").sum() == 1


def test_credit_section(seed):
    rows = seed.sentences[seed.sentences["text"] == "EPA/ALI ABBAS"]
    assert len(rows) == 1
    assert rows.iloc[0]["section"] == "credit"


def test_caption_paragraph(seed):
    rows = _rows_in_line(seed, "One of four F-16 fighter jets")
    assert len(rows) >= 3  # three sentences in the caption
    assert set(rows["section"]) == {"caption"}
    joined = " ".join(rows["text"])
    assert "Stuart E. Jones" in joined and "Islamic State (IS)" in joined


def test_boilerplate_lines(seed):
    rows = seed.sentences[seed.sentences["text"].str.contains("Advertisement", regex=False)]
    assert len(rows) == 2
    assert set(rows["section"]) == {"boilerplate"}


@pytest.mark.parametrize("needle", [
    "Iran has launched more than a dozen missiles",
    "The US Marines must immediately return",
    "Iraq, the UK, Australia, Canada and the US said",
    "US allies had already begun leaving Baghdad",
    "We are not looking to start a war with Iran",
])
def test_news_paragraphs_are_body(seed, needle):
    rows = _rows_in_line(seed, needle)
    assert len(rows) >= 1
    assert set(rows["section"]) == {"body"}


def test_every_nonblank_line_is_covered(seed):
    text = seed.text
    covered = [False] * len(text)
    for s, e in zip(seed.sentences["start"], seed.sentences["end"]):
        for i in range(s, e):
            covered[i] = True
    for m in re.finditer(r"[^\n]+", text):
        for i in range(m.start(), m.end()):
            if not text[i].isspace():
                assert covered[i], f"character {i} ({text[i]!r}) of line {m.group()[:40]!r} is in no sentence"


def test_sentences_do_not_overlap(seed):
    spans = sorted(zip(seed.sentences["start"], seed.sentences["end"]))
    for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
        assert e1 <= s2


def test_initial_does_not_split_a_name(seed):
    rows = seed.sentences[seed.sentences["text"].str.contains("Stuart E. Jones", regex=False)]
    assert len(rows) == 1
    assert not seed.sentences["text"].str.endswith("Stuart E.").any()


def test_quoted_sentences_keep_their_marks_together(seed):
    # "All is well!" ends with '!' inside the quote, but the sentence goes on.
    rows = seed.sentences[seed.sentences["text"].str.contains("All is well", regex=False)]
    assert len(rows) == 1
    assert "so far, so good" in rows.iloc[0]["text"]


# --- rejected input -------------------------------------------------------------


def _check_error(excinfo):
    message = str(excinfo.value)
    assert message.strip()
    assert "\n" not in message
    assert "Traceback" not in message


def test_missing_file(tmp_path):
    with pytest.raises(ArticleError) as excinfo:
        analysis.load(tmp_path / "nope.txt")
    _check_error(excinfo)


def test_directory(tmp_path):
    with pytest.raises(ArticleError) as excinfo:
        analysis.load(tmp_path)
    _check_error(excinfo)


@pytest.mark.parametrize("raw", [
    pytest.param(bytes(range(256)) * 4, id="binary"),
    pytest.param(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 64, id="png"),
    pytest.param("Le ministre a déclaré à Paris que la réunion était terminée.\n".encode("latin-1"), id="latin-1"),
    pytest.param(b"", id="empty"),
    pytest.param(b"   \n\t\n  \r\n", id="whitespace"),
    pytest.param("\u3000\u2003\n".encode("utf-8"), id="unicode-whitespace"),
    pytest.param(b"<!DOCTYPE html>\n<html><head><title>News</title></head><body><p>Iran fired missiles.</p></body></html>\n", id="html"),
    pytest.param(b"\n  <html lang='en'><body>Story</body></html>", id="html-no-doctype"),
])
def test_unreadable_input(tmp_path, raw):
    path = tmp_path / "bad.txt"
    path.write_bytes(raw)
    with pytest.raises(ArticleError) as excinfo:
        analysis.load(path)
    _check_error(excinfo)


def test_bad_published_date(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("The minister spoke on Monday.\n", encoding="utf-8")
    with pytest.raises(ArticleError) as excinfo:
        analysis.load(path, published="2020-13-45")
    _check_error(excinfo)


def test_article_error_is_a_value_error():
    assert issubclass(ArticleError, ValueError)


# --- odd but readable input --------------------------------------------------------


BOM_TEXT = (
    "Flood waters reach the capital\n"
    "“We are moving families to higher ground,” said Foreign Minister Jane Okafor.\n"
    "Rescue teams reached the city of Kirkuk on Tuesday.\n"
)


def _check_spans(ds):
    for name in ("sentences", "quotes", "mentions"):
        df = ds.frames()[name]
        for s, e, t in zip(df["start"], df["end"], df["text"]):
            assert 0 <= s <= e <= len(ds.text)
            assert ds.text[s:e] == t


def test_utf8_bom(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + BOM_TEXT.encode("utf-8"))
    ds = analysis.load(path, published="2025-03-01")
    assert not ds.text.startswith("\ufeff")
    assert ds.text == BOM_TEXT
    assert ds.headline == "Flood waters reach the capital"
    _check_spans(ds)
    q = ds.quotes[ds.quotes["text"].str.contains("higher ground", regex=False)]
    assert len(q) == 1
    assert ds.text[q.iloc[0]["start"] : q.iloc[0]["end"]] == q.iloc[0]["text"]


def test_crlf_line_endings(tmp_path):
    path = tmp_path / "crlf.txt"
    path.write_bytes(BOM_TEXT.replace("\n", "\r\n").encode("utf-8"))
    ds = analysis.load(path, published="2025-03-01")
    _check_spans(ds)
    assert ds.headline == "Flood waters reach the capital"
    assert not ds.sentences["text"].str.contains("\r", regex=False).any()
    assert len(ds.sentences) >= 3
    assert len(ds.quotes) >= 1


def test_a_short_paragraph_closing_a_single_quote_is_news_not_a_headline(tmp_path):
    """UK style: "… added: 'Our door remains open.'" ends a sentence inside straight single quotes. Read as a
    headline, the paragraph lost its reported speech and events; a headline that ends on a quote mark stays one."""
    path = tmp_path / "uk.txt"
    path.write_text("Strike talks collapse as doctors walk out\n\n"
                    "Downing Street said it would not negotiate while the strikes continued. A spokesperson added: "
                    "'Our door remains open.'\n\nMinister: 'We will not pay'\n\nWhat is 'hybrid war?'\n", encoding="utf-8")
    ds = analysis.load(path, context=False)
    sections = dict(zip(ds.sentences["text"].str[:14], ds.sentences["section"]))
    assert sections["Downing Street"] == "body" and sections["Minister: 'We "] == "headline"
    assert sections["What is 'hybri"] == "headline"  # a subheading ending on a quoted question
    assert "Downing Street" in set(ds.quotes["speaker"])


@pytest.mark.parametrize("line, section", [
    ("Photo: Reuters", "credit"),
    ("Photo: John Smith/AFP.", "credit"),
    ("Photo credit: Getty Images", "credit"),
    ("Photo: Courtesy of the Smith family.", "credit"),  # who gave it, with a full stop
    ("Photo: By John Smith for the Times.", "credit"),
    # a sentence of four words or more ending with a full stop says what the photo shows: a caption
    ("Photo: A Lyon hotel after the blast.", "caption"),
    ("Photo: Smoke rises over the port after the blast.", "caption"),
    ("Image: Protesters gather in a square on Monday.", "caption"),  # 'Image:', 'Picture:' announce captions too
    ("Pictures: Police patrol a street after the blast.", "caption"),
    # a credit line stays one: '… credit:' always, and no word in lower case but a credit's own words
    ("Photo credit: Ministry of Defence of Ruritania.", "credit"),
    ("Image credit: Ruritania Defence Forces handout photo.", "credit"),
    ("Photograph: Ministry of the Interior of Ruritania.", "credit"),
    ("Photo: Supplied by the Ruritania Red Cross.", "credit"),
    ("Photo: Ruritania News Agency, Zenda.", "credit"),
    # a line opening with 'Image' or 'Picture' and no colon is no caption
    ("Image-conscious voters stayed home in the capital.", "body"),
    ("Picture, if you will, a street in the capital.", "body"),
    # a short caption: 'in', 'at', 'near' before a name, 'on' before a weekday, or all in capitals
    ("Photo: Soldiers in Mariupol, Ukraine.", "caption"),
    ("Photo: President Ruto in Mombasa on Friday.", "caption"),
    ("Photo: Members of the Kenya Red Cross in Garissa.", "caption"),
    ("Photo: Nurses at Kenyatta National Hospital in Nairobi.", "caption"),
    ("Photo: The Eiffel Tower in Paris.", "caption"),
    ("Photo: Kenyan President William Ruto at State House, Nairobi.", "caption"),
    ("Image: Firefighters in Athens on Tuesday.", "caption"),
    ("Photograph: Voters in Lagos on Saturday.", "caption"),
    ("PHOTO: A MAN WALKS PAST RUBBLE IN ALEPPO.", "caption"),
    ("PICTURE: POLICE PATROL A STREET IN KABUL.", "caption"),
    # ... while a credit naming an agency, a person, a paper or a town stays one
    ("Photo: Xinhua News Agency, Beijing.", "credit"),
    ("Photo: John Smith, Gaza City.", "credit"),
    ("Photo: Arash Khamooshi for The New York Times.", "credit"),
    ("Photo: Ukrainian Presidential Press Service via AP.", "credit"),
    ("Photo credit: Mohammed Salem, Reuters, Gaza City.", "credit"),
    ("Picture: Supplied by Kenya Police.", "credit"),
    ("Photo: Ministry of Health of Ghana handout.", "credit"),
    ("Photo: JOHN SMITH/AFP.", "credit"),
    ("Photo: EPA-EFE / STR AP.", "credit"),  # capitals with an agency's slash: a credit
])
def test_a_photo_line_is_a_credit_unless_it_is_a_sentence(line, section):
    from analysis.article import paragraphs

    assert [p.section for p in paragraphs(line)] == [section]
