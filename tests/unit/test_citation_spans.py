"""Supporting spans: each citation says where, in its passage, the cited claim's sentences are."""

from __future__ import annotations

from signalbox.agents.events import AnswerEvent
from signalbox.graphs.citations import check_citations, segments, supporting_span
from signalbox.graphs.events import Evidence

POLICY = (
    "# Hotels\n\n"
    "Employees book hotels through the travel portal. The nightly limit is 250 EUR in London, "
    "Paris and Zurich. Elsewhere the limit is 150 EUR.\n\n"
    "# Meals\n\n"
    "The daily meal allowance is 60 EUR for a full travel day."
)
TABLE = (
    "| id | depot | capacity_kg |\n"
    "| --- | --- | --- |\n"
    "| NW-1006 | Leeds | 7000 |\n"
    "| NW-1007 | York | 7500 |\n"
    "| NW-1008 | Hull | 8000 |"
)


def spanned(text: str, claim: str) -> str:
    span = supporting_span(claim, text)
    assert span is not None
    return text[span[0] : span[1]]


def test_the_span_is_the_sentence_that_holds_the_claim() -> None:
    claim = "The hotel limit is 250 EUR in Paris"
    assert spanned(POLICY, claim) == ("The nightly limit is 250 EUR in London, Paris and Zurich.")


def test_a_table_claim_spans_its_row_not_the_header_or_a_neighbour() -> None:
    assert spanned(TABLE, "NW-1007: depot York, capacity_kg 7500") == "| NW-1007 | York | 7500 |"


def test_a_hard_wrapped_pdf_sentence_is_one_span_across_its_lines() -> None:
    page = (
        "Chapter 2. Flight\n"
        "The battery gives a maximum flight time of 34 minutes in calm\n"
        "air at sea level. Wind shortens it."
    )
    assert spanned(page, "The maximum flight time is 34 minutes in calm air") == (
        "The battery gives a maximum flight time of 34 minutes in calm\nair at sea level."
    )


def test_a_claim_merging_two_sentences_spans_both() -> None:
    text = "Alpha ships on Monday. The order code is ZX-42. Nothing else happens."
    assert spanned(text, "Alpha ships Monday with order code ZX-42") == (
        "Alpha ships on Monday. The order code is ZX-42."
    )


def test_chinese_sentences_are_spanned_at_their_full_stops() -> None:
    text = "员工每年有十五天带薪年假。病假需要医生证明。"
    assert spanned(text, "员工每年有十五天带薪年假") == "员工每年有十五天带薪年假。"


def test_a_claim_the_passage_does_not_hold_gets_no_span() -> None:
    assert supporting_span("Employees get forty vacation days", POLICY) is None


def test_list_marks_are_left_out_of_a_span() -> None:
    (item,) = segments("- Charge the battery fully before the first flight.")
    assert item.reading == "Charge the battery fully before the first flight."


def test_the_answer_event_carries_the_whole_passage_and_each_claims_span() -> None:
    long_policy = "Filler sentence about nothing in particular here. " * 20 + POLICY
    evidence = [Evidence(n=1, source="policy.md", text=long_policy)]
    checked = check_citations(
        "The limit is 250 EUR in Paris [1]. Meals are 60 EUR per full travel day [1].", evidence
    )
    answer = AnswerEvent(text=checked.text, citations=checked.citations, grounded=True, route="k")
    (citation,) = answer.citations
    assert citation.text == long_policy
    assert [citation.text[s.start : s.end] for s in citation.spans] == [
        "The nightly limit is 250 EUR in London, Paris and Zurich.",
        "The daily meal allowance is 60 EUR for a full travel day.",
    ]
    assert [s.claim for s in citation.spans] == [
        "The limit is 250 EUR in Paris",
        "Meals are 60 EUR per full travel day",
    ]
