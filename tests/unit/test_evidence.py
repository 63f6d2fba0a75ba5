"""The evidence viewer's pieces: literal passages with marked spans, and PDF pages drawn boxed."""

from __future__ import annotations

import html

from signalbox.agents.events import Span
from signalbox.app.answer_view import answer_parts
from signalbox.app.evidence import find_on_page, highlighted_html, merged, reflowed, render_page
from tests.conftest import ROOT

MANUAL = ROOT / "app" / "samples" / "kestrel-k2-manual.pdf"


def test_document_markup_is_escaped_and_only_the_span_is_marked() -> None:
    text = "Intro <script>alert(1)</script>. The limit is **250 EUR** & more. End."
    start = text.index("The limit")
    end = text.index(" End.")
    shown = highlighted_html(text, [Span(start=start, end=end)])
    assert "<script>" not in shown
    assert shown.count("<mark") == 1
    marked = shown.split("<mark", 1)[1].split(">", 1)[1].split("</mark>")[0]
    assert html.unescape(marked) == "The limit is **250 EUR** & more."


def test_soft_line_breaks_become_spaces_and_offsets_stay_put() -> None:
    text = "The battery gives a maximum flight time of 34 minutes\nin calm air.\n\nNext one."
    shown = reflowed(text)
    assert (
        shown == "The battery gives a maximum flight time of 34 minutes in calm air.\n\nNext one."
    )
    assert len(shown) == len(text)


def test_overlapping_and_out_of_range_spans_merge_into_ranges_of_the_text() -> None:
    spans = [Span(start=5, end=12), Span(start=0, end=7), Span(start=30, end=99)]
    assert merged(spans, 40) == [(0, 12), (30, 40)]


def test_a_sentence_is_found_on_the_page_across_its_line_breaks() -> None:
    page = "Chapter 2\r\nA full charge takes\r\nabout 90 minutes with the charger.\r\nStore it."
    [(start, end)] = find_on_page(page, "A full charge takes about 90 minutes with the charger.")
    assert page[start:end] == "A full charge takes\r\nabout 90 minutes with the charger."


def test_the_cited_pdf_page_is_drawn_with_the_supporting_sentence_boxed() -> None:
    sentence = "A full charge takes about 90 minutes with the supplied 65 W charger."
    plain = render_page(MANUAL, 2, [])
    boxed = render_page(MANUAL, 2, [sentence])
    assert (plain.highlighted, boxed.highlighted) == (0, 1)
    assert plain.image.size == boxed.image.size
    colours = boxed.image.getcolors(maxcolors=2**24) or []
    yellowish = sum(count for count, (r, g, b) in colours if r > 240 and g > 200 and b < 200)
    assert yellowish > 1000


def test_a_sentence_the_page_does_not_hold_is_not_boxed() -> None:
    assert render_page(MANUAL, 2, ["Nothing like this is printed on the page."]).highlighted == 0


def test_an_answer_is_split_into_text_and_the_markers_that_have_a_source() -> None:
    parts = answer_parts("Limit is 250 EUR [1]. See [9] too [2].", {1: "policy.md", 2: "x.pdf"})
    assert parts == [
        {"text": "Limit is 250 EUR "},
        {"n": 1, "label": "policy.md"},
        {"text": ". See [9] too "},
        {"n": 2, "label": "x.pdf"},
        {"text": "."},
    ]
