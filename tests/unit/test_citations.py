"""The citation check: markers must resolve, and each cited sentence must be in its source."""

from __future__ import annotations

from signalbox.graphs.citations import check_citations
from signalbox.graphs.events import Evidence

EVIDENCE = [
    Evidence(
        n=1,
        source="policy.md",
        text="The daily meal allowance is 60 EUR for a full travel day.",
    ),
    Evidence(
        n=2,
        source="manual.pdf",
        page=2,
        text="The battery gives a maximum flight time of 34 minutes.",
    ),
]


def test_supported_citations_make_a_grounded_answer() -> None:
    checked = check_citations(
        "The meal allowance is 60 EUR per full day [1]. Flight time is 34 minutes [2].", EVIDENCE
    )
    assert checked.grounded
    assert [c.source for c in checked.citations] == ["policy.md", "manual.pdf"]
    assert checked.citations[1].page == 2


def test_markers_pointing_at_nothing_are_removed() -> None:
    checked = check_citations("The allowance is 60 EUR per day [1] [7].", EVIDENCE)
    assert "[7]" not in checked.text
    assert checked.dropped_markers == [7]
    assert [c.n for c in checked.citations] == [1]


def test_a_sentence_its_source_does_not_support_is_ungrounded() -> None:
    checked = check_citations("Employees get forty vacation days every year [1].", EVIDENCE)
    assert not checked.grounded
    assert checked.unsupported == ["Employees get forty vacation days every year"]


def test_an_answer_without_citations_is_not_grounded() -> None:
    assert not check_citations("Paris is the capital of France.", EVIDENCE).grounded
