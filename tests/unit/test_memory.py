"""The offline summary keeps earlier questions and the start of their answers."""

from __future__ import annotations

from langchain_core.messages import AIMessage, HumanMessage

from signalbox.graphs.nodes.memory import estimate_tokens, offline_summary


def test_offline_summary_lists_questions_and_trimmed_answers() -> None:
    summary = offline_summary(
        "", [HumanMessage("What is the per diem?"), AIMessage("It is 60 EUR. " * 50)]
    )
    assert summary.startswith(
        "User asked: What is the per diem?\nAssistant answered: It is 60 EUR."
    )
    assert summary.endswith("…")


def test_offline_summary_builds_on_the_previous_one() -> None:
    summary = offline_summary("User asked: first?", [HumanMessage("second?")])
    assert summary == "User asked: first?\nUser asked: second?"


def test_chinese_counts_more_tokens_per_character_than_english() -> None:
    assert estimate_tokens([HumanMessage("年假" * 30)]) > estimate_tokens([HumanMessage("ab" * 30)])
