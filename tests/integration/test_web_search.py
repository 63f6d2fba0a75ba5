"""The web route through the real tavily-python client, against a scripted server on loopback."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from signalbox.agents import Assistant
from signalbox.agents.events import ErrorEvent, WebSearchEvent
from tests.servers import scripted_server

RESULTS = {
    "results": [
        {
            "title": "Launch report",
            "url": "https://example.org/launch",
            "content": "The Artemis crew launched on Tuesday morning after a two day weather delay.",
            "score": 0.91,
        },
        {
            "title": "Weather",
            "url": "https://example.org/weather",
            "content": "Storms are expected across the coast later this week.",
            "score": 0.42,
        },
    ]
}
CANARY_KEY = "tvly-canary-5e3f0a9d"


def _tavily(status: int, payload: dict[str, Any]):  # type: ignore[no-untyped-def]
    def respond(path: str, body: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        return status, payload

    return respond


@pytest.fixture
def web_env(monkeypatch: pytest.MonkeyPatch, sample_data_dir: Path) -> None:
    monkeypatch.setenv("SIGNALBOX_DATA_DIR", str(sample_data_dir))
    monkeypatch.setenv("TAVILY_API_KEY", CANARY_KEY)


def test_a_news_question_is_answered_from_web_results_with_url_citations(
    web_env: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    with scripted_server(_tavily(200, RESULTS)) as (url, recorded):
        monkeypatch.setenv("TAVILY_BASE_URL", url)
        answer = Assistant().ask("What is the latest news about the Artemis launch?")
    assert recorded.requests[0][0] == "/search"
    assert recorded.requests[0][1]["query"] == "What is the latest news about the Artemis launch?"
    assert answer.route == "web"
    [search] = [e for e in answer.events if isinstance(e, WebSearchEvent)]
    assert [r.url for r in search.results] == [
        "https://example.org/launch",
        "https://example.org/weather",
    ]
    assert "launched on Tuesday" in answer.text
    assert answer.citations[0].url == "https://example.org/launch"
    assert answer.grounded


def test_a_failing_web_search_is_an_error_step_and_the_turn_still_answers(
    web_env: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    with scripted_server(_tavily(500, {"detail": {"error": "upstream exploded"}})) as (url, _):
        monkeypatch.setenv("TAVILY_BASE_URL", url)
        answer = Assistant().ask("What is the latest news about the Artemis launch?")
    [error] = [e for e in answer.events if isinstance(e, ErrorEvent)]
    assert error.stage == "web_search"
    assert CANARY_KEY not in error.message
    assert "Web search failed" in answer.text
    assert all(CANARY_KEY not in event.to_json() for event in answer.events)


def test_documents_without_an_answer_fall_back_to_the_web(
    web_env: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    with scripted_server(_tavily(200, RESULTS)) as (url, recorded):
        monkeypatch.setenv("TAVILY_BASE_URL", url)
        answer = Assistant().ask("When did the Artemis crew launch?")
    assert answer.route == "knowledge"
    assert recorded.requests, "the corrective fallback should have searched the web"
    assert answer.citations[0].kind == "web"


def test_a_transient_web_failure_is_retried_with_backoff(
    web_env: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    replies = [(503, {"detail": {"error": "busy"}}), (429, {"detail": {"error": "slow down"}})]

    def respond(path: str, body: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        return replies.pop(0) if replies else (200, RESULTS)

    with scripted_server(respond) as (url, recorded):
        monkeypatch.setenv("TAVILY_BASE_URL", url)
        answer = Assistant().ask("What is the latest news about the Artemis launch?")
    assert len(recorded.requests) == 3
    assert answer.citations[0].url == "https://example.org/launch"
