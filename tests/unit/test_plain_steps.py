"""Steps in words first: what the chat shows before a reader asks for scores and raw details."""

from __future__ import annotations

from signalbox.agents.events import (
    AnswerEvent,
    Citation,
    RetrievalEvent,
    RetrievedHit,
    ToolCallEvent,
    ToolResultEvent,
    WebResult,
    WebSearchEvent,
)
from signalbox.app.render import plain_lines, snippet, status_label

HIT = RetrievedHit(
    n=2,
    source="expense-policy.md",
    heading="Hotels",
    score=0.085,
    similarity=0.61,
    text="The nightly hotel limit is 250 EUR in Paris. " * 3,
)


def test_a_snippet_is_cut_after_a_sentence_when_one_ends_in_time() -> None:
    text = "The nightly limit is 250 EUR in Paris. Receipts are kept for ten years by finance."
    assert snippet(text, 60) == "The nightly limit is 250 EUR in Paris. …"


def test_a_snippet_without_a_sentence_end_is_cut_at_a_word_break() -> None:
    text = "alpha beta gamma delta epsilon zeta eta theta iota kappa"
    assert snippet(text, 30) == "alpha beta gamma delta…"


def test_a_short_text_is_its_own_snippet_on_one_line() -> None:
    assert snippet("Two\n  lines.", 30) == "Two lines."


def test_a_search_step_says_what_was_searched_and_where_the_best_passage_is_without_scores() -> (
    None
):
    event = RetrievalEvent(query="hotel limit Paris", mode="hybrid", hits=[HIT])
    headline, passage = plain_lines(event)
    assert headline == (
        "Searched your documents for “hotel limit Paris”: 1 passage, best from "
        "expense-policy.md › Hotels"
    )
    assert passage.startswith("[2] expense-policy.md › Hotels — The nightly hotel limit")
    assert "score" not in headline + passage


def test_web_results_carry_the_numbers_the_answer_cites() -> None:
    event = WebSearchEvent(
        query="kestrel news",
        results=[
            WebResult(
                n=3,
                title="Kestrel K3 announced",
                url="https://example.org/k3",
                score=0.9,
                content="",
            )
        ],
    )
    assert plain_lines(event)[1] == "[3] Kestrel K3 announced — https://example.org/k3"


def test_a_tool_turn_is_labelled_with_its_call_and_result() -> None:
    steps = [
        ToolCallEvent(name="calculator", args={"expression": "12*(3+4)"}),
        ToolResultEvent(name="calculator", output=84),
    ]
    answer = AnswerEvent(text="12*(3+4) = 84", grounded=True, route="functions")
    assert status_label(steps, answer) == "Calculator: 12*(3+4) → 84"


def test_a_cited_turn_is_labelled_with_its_sources_and_documents() -> None:
    citations = [
        Citation(n=1, kind="document", source="policy.md"),
        Citation(n=2, kind="document", source="policy.md"),
        Citation(n=4, kind="document", source="manual.pdf", page=2),
    ]
    answer = AnswerEvent(text="…", citations=citations, grounded=True, route="knowledge")
    assert status_label([], answer) == "3 sources from 2 documents"


def test_a_direct_turn_says_it_answered_from_the_conversation() -> None:
    answer = AnswerEvent(text="Hello!", grounded=False, route="direct")
    assert status_label([], answer) == "Answered from the conversation"
