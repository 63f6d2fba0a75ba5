"""Long threads are summarised before they exceed their budget, and the summary is a visible step."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from signalbox.agents import Assistant
from signalbox.agents.events import SummaryEvent
from tests.openai_server import Reply, scripted_openai

QUESTIONS = [
    "What is the daily meal allowance for a full travel day?",
    "What is the hotel limit in Paris?",
    "Who approves expense claims above 2,000 EUR?",
    "What are the core hours for remote work?",
    "What does error code E21 mean on the drone?",
    "How are travel expenses reimbursed after a trip?",
]


def test_a_long_thread_is_summarised_and_keeps_its_recent_turns(
    sample_data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SIGNALBOX_DATA_DIR", str(sample_data_dir))
    monkeypatch.setenv("SIGNALBOX_MEMORY_TOKENS", "200")
    assistant = Assistant()
    thread = "memory-offline"
    summaries = []
    for question in QUESTIONS:
        answer = assistant.ask(question, thread_id=thread)
        summaries += [e for e in answer.events if isinstance(e, SummaryEvent)]
    assert summaries, "the thread went over its budget without being summarised"
    assert "User asked: What is the daily meal allowance" in summaries[-1].text
    history = assistant.history(thread)
    assert len(history) <= 6
    assert history[-2].text == QUESTIONS[-1]


def test_with_a_model_the_summary_is_written_by_it_and_used_in_later_prompts(
    sample_data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SIGNALBOX_DATA_DIR", str(sample_data_dir))
    monkeypatch.setenv("SIGNALBOX_MEMORY_TOKENS", "200")
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test")

    def respond(body: dict[str, Any]) -> Reply:
        system = body["messages"][0]["content"]
        if system.startswith("Summarise the earlier part"):
            return Reply(content="The user asked about travel allowances; per diem is 60 EUR.")
        if body.get("response_format"):
            return Reply(content=json.dumps({"route": "direct", "reason": "chat", "query": "x"}))
        return Reply(content="Noted. " * 40)

    with scripted_openai(respond) as server:
        monkeypatch.setenv("OPENAI_BASE_URL", server.base_url)
        assistant = Assistant()
        for question in ["Tell me a story about our travel policy, please."] * 4:
            assistant.ask(question, thread_id="memory-model")
    summary_calls = [
        b for b in server.requests if b["messages"][0]["content"].startswith("Summarise")
    ]
    assert summary_calls
    assert "<transcript>" in summary_calls[0]["messages"][1]["content"]
    last_answer_prompt = "\n".join(str(m["content"]) for m in server.requests[-1]["messages"])
    assert "per diem is 60 EUR" in last_answer_prompt
