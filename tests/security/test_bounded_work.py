"""Bounded work: a huge message is refused before any work, and never rides along in later prompts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from signalbox.agents import Assistant, new_thread_id
from signalbox.agents.events import RetrievalEvent, RouteEvent
from signalbox.graphs.nodes.route import MAX_QUESTION_CHARS
from signalbox.graphs.prompts import HISTORY_MESSAGE_CHARS
from tests.openai_server import Reply, scripted_openai

HUGE = "Please summarise this. " + "lorem ipsum dolor sit amet " * 4_000  # about 108,000 characters


def test_a_100k_character_message_is_refused_with_the_limit_named(
    sample_assistant: Assistant,
) -> None:
    assert len(HUGE) > 100_000
    answer = sample_assistant.ask(HUGE)
    [route] = [e for e in answer.events if isinstance(e, RouteEvent)]
    assert route.mode == "limit"
    assert not any(isinstance(e, RetrievalEvent) for e in answer.events)
    assert f"the limit is {MAX_QUESTION_CHARS:,}" in answer.text
    assert answer.route == "direct"


def test_after_a_huge_message_the_thread_goes_on_and_prompts_stay_bounded(
    monkeypatch: pytest.MonkeyPatch, sample_data_dir: Path
) -> None:
    monkeypatch.setenv("SIGNALBOX_DATA_DIR", str(sample_data_dir))
    monkeypatch.setenv("OPENAI_API_KEY", "sk-bounded-work-0000")

    def script(body: dict) -> Reply:
        if (body.get("response_format") or {}).get("json_schema", {}).get("name"):
            return Reply(content=json.dumps({"route": "direct", "reason": "chat", "query": "hi"}))
        return Reply(content="Hello again.")

    with scripted_openai(script) as server:
        monkeypatch.setenv("OPENAI_BASE_URL", server.base_url)
        assistant, thread = Assistant(), new_thread_id()
        refused = assistant.ask(HUGE, thread_id=thread)
        assert server.requests == [], "a refused message costs no model call"
        answer = assistant.ask("Could you introduce yourself briefly, please?", thread_id=thread)
    assert "too long" in refused.text
    assert answer.text == "Hello again."
    for body in server.requests:
        for message in body["messages"]:
            assert len(str(message.get("content") or "")) < HISTORY_MESSAGE_CHARS + 6_000
