"""What front ends ask the Assistant for besides turns: limits and the knowledge base's files."""

from __future__ import annotations

from signalbox.agents import Assistant
from signalbox.agents.events import RouteEvent


def test_a_question_just_over_the_advertised_limit_is_refused_by_the_graph(
    sample_assistant: Assistant,
) -> None:
    question = "x" * (sample_assistant.limits.max_question_chars + 1)
    [route] = [e for e in sample_assistant.ask(question).events if isinstance(e, RouteEvent)]
    assert route.mode == "limit"


def test_the_advertised_file_types_are_the_ones_ingestion_reads(
    sample_assistant: Assistant,
) -> None:
    types = sample_assistant.limits.file_types
    assert {"pdf", "md", "docx"} <= set(types)
    assert all(not t.startswith(".") for t in types)


def test_a_source_is_named_by_its_file_name_or_its_path(sample_assistant: Assistant) -> None:
    [policy] = sample_assistant.sources_named("expense-policy.md")
    assert sample_assistant.sources_named(policy.path) == [policy]
    assert sample_assistant.sources_named("no-such-file.md") == []
