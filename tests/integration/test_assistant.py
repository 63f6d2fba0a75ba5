"""The embedded API, offline, over the sample corpus: routes, tools, citations, honesty, threads."""

from __future__ import annotations

from pathlib import Path

import pytest

from signalbox.agents import Assistant, Settings
from signalbox.agents.events import (
    AnswerEvent,
    RetrievalEvent,
    RouteEvent,
    TokenEvent,
    ToolCallEvent,
    ToolResultEvent,
    WebSearchEvent,
)


def _of_type(events: list, kind: type) -> list:
    return [event for event in events if isinstance(event, kind)]


def test_arithmetic_is_answered_through_a_visible_calculator_step(
    sample_assistant: Assistant,
) -> None:
    answer = sample_assistant.ask("What is 12*(3+4)?")
    assert answer.route == "functions"
    [call] = _of_type(answer.events, ToolCallEvent)
    assert (call.name, call.args) == ("calculator", {"expression": "12*(3+4)"})
    [result] = _of_type(answer.events, ToolResultEvent)
    assert result.output == "84"
    assert "84" in answer.text
    assert answer.grounded


def test_a_calculator_refusal_is_shown_and_the_turn_still_answers(
    sample_assistant: Assistant,
) -> None:
    answer = sample_assistant.ask("What is 3999999**3999999?")
    [result] = _of_type(answer.events, ToolResultEvent)
    assert result.error and "bits" in result.error
    assert "could not answer" in answer.text
    assert not answer.grounded


def test_a_document_question_is_answered_with_a_citation_of_the_right_file(
    sample_assistant: Assistant,
) -> None:
    answer = sample_assistant.ask("What is the daily meal allowance for a full travel day?")
    assert answer.route == "knowledge"
    assert "60 EUR" in answer.text
    assert "[1]" in answer.text
    assert answer.citations[0].source == "expense-policy.md"
    assert answer.grounded


def test_a_document_citation_carries_the_ingested_files_path(sample_assistant: Assistant) -> None:
    answer = sample_assistant.ask("What is the daily meal allowance for a full travel day?")
    ingested = {info.path for info in sample_assistant.knowledge.sources()}
    assert answer.citations[0].path in ingested
    assert answer.citations[0].path.endswith("expense-policy.md")


def test_a_pdf_citation_names_its_page(sample_assistant: Assistant) -> None:
    answer = sample_assistant.ask("What does error code E21 mean on the drone?")
    cited = {(c.source, c.page) for c in answer.citations}
    assert ("kestrel-k2-manual.pdf", 3) in cited
    assert "propeller" in answer.text


def test_a_chinese_question_is_answered_from_the_chinese_document(
    sample_assistant: Assistant,
) -> None:
    answer = sample_assistant.ask("未使用的年假可以结转几天?")
    assert answer.route == "knowledge"
    assert "五天" in answer.text
    assert answer.citations[0].source == "leave-policy-zh.md"


def test_an_unanswerable_question_gets_an_honest_i_dont_know(sample_assistant: Assistant) -> None:
    answer = sample_assistant.ask("What is the airspeed velocity of an unladen swallow?")
    assert answer.route == "knowledge"
    assert answer.text.startswith("I don't know from these sources")
    assert answer.citations == []
    assert not answer.grounded


def test_a_news_question_without_web_search_searches_the_documents_and_says_why(
    sample_assistant: Assistant,
) -> None:
    answer = sample_assistant.ask("What are today's top news headlines?")
    [route] = _of_type(answer.events, RouteEvent)
    assert answer.route == "knowledge"
    assert "web search is not available" in route.reason
    assert "Only your documents were searched" in answer.text
    assert "TAVILY_API_KEY" in answer.text
    assert not _of_type(answer.events, WebSearchEvent)


def test_a_past_fact_question_without_web_search_is_answered_from_the_documents(
    sample_assistant: Assistant,
) -> None:
    answer = sample_assistant.ask("Who won the approval for the hotel limit in Paris?")
    assert answer.route == "knowledge"
    assert "250" in answer.text


def test_a_time_question_uses_the_clock_in_the_named_timezone(sample_assistant: Assistant) -> None:
    answer = sample_assistant.ask("What time is it in Tokyo?")
    [call] = _of_type(answer.events, ToolCallEvent)
    assert call.args == {"timezone": "Asia/Tokyo"}
    assert "Asia/Tokyo" in answer.text


@pytest.mark.parametrize(
    ("question", "args", "expected"),
    [
        (
            "Convert 5 km to miles",
            {"value": 5.0, "from_unit": "km", "to_unit": "miles"},
            "3.10686 mi",
        ),
        ("5公里是多少英里", {"value": 5.0, "from_unit": "公里", "to_unit": "英里"}, "3.10686 mi"),
    ],
)
def test_a_unit_conversion_goes_through_the_unit_converter(
    sample_assistant: Assistant, question: str, args: dict[str, object], expected: str
) -> None:
    answer = sample_assistant.ask(question)
    [call] = [e for e in answer.events if isinstance(e, ToolCallEvent)]
    assert (call.name, call.args) == ("unit_converter", args)
    assert expected in answer.text


@pytest.mark.parametrize("question", ["Which documents do you have?", "有哪些文档?"])
def test_asking_which_documents_exist_lists_the_sources(
    sample_assistant: Assistant, question: str
) -> None:
    answer = sample_assistant.ask(question)
    [call] = [e for e in answer.events if isinstance(e, ToolCallEvent)]
    assert call.name == "list_sources"
    assert "holds 4 documents" in answer.text
    assert "kestrel-k2-manual.pdf (3 chunks)" in answer.text


def test_stream_yields_steps_then_tokens_then_one_final_answer(
    sample_assistant: Assistant,
) -> None:
    events = list(sample_assistant.stream("What are the core hours for remote work?"))
    assert isinstance(events[0], RouteEvent)
    assert isinstance(events[-1], AnswerEvent)
    assert _of_type(events, RetrievalEvent)
    streamed = "".join(event.text for event in _of_type(events, TokenEvent))
    assert streamed == events[-1].text


def test_a_thread_continues_across_assistant_instances(sample_data_dir: Path) -> None:
    settings = Settings(data_dir=sample_data_dir)
    first = Assistant(settings).ask("What is 6*7?")
    Assistant(settings).ask("What is 2+2?", thread_id=first.thread_id)
    history = Assistant(settings).history(first.thread_id)
    assert [message.text for message in history] == [
        "What is 6*7?",
        "6*7 = 42",
        "What is 2+2?",
        "2+2 = 4",
    ]


def test_threads_do_not_see_each_other(sample_assistant: Assistant) -> None:
    one = sample_assistant.ask("What is 1+1?")
    two = sample_assistant.ask("What is 2+2?")
    assert one.thread_id != two.thread_id
    assert len(sample_assistant.history(two.thread_id)) == 2


def test_an_empty_knowledge_base_says_how_to_add_documents(tmp_path: Path) -> None:
    answer = Assistant(Settings(data_dir=tmp_path / "fresh")).ask("What is the refund policy?")
    assert "signalbox ingest" in answer.text
