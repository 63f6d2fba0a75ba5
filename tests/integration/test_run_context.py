"""Run settings reach the real graph from Settings, and one call can replace them.

Offline throughout, except the model name, which only a (scripted) model server can show.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from signalbox.agents import Assistant, Context, Settings
from signalbox.agents.events import RetrievalEvent, RouteEvent, WebSearchEvent
from tests.openai_server import Reply, call_kind, route_reply, scripted_openai
from tests.servers import scripted_server

MEAL_QUESTION = "What is the daily meal allowance for a full travel day?"
NEWS_QUESTION = "What is the latest news about the Artemis launch?"
TAVILY_RESULTS = {
    "results": [
        {
            "title": "Launch report",
            "url": "https://example.org/launch",
            "content": "The Artemis crew launched on Tuesday morning after a two day weather delay.",
            "score": 0.91,
        }
    ]
}


def test_every_run_setting_comes_from_settings(tmp_path: Path) -> None:
    settings = Settings(
        data_dir=tmp_path,
        top_k=3,
        search_mode="sparse",
        neighbours=0,
        memory_tokens=900,
        model="local-model",
        web_search=False,
    )
    assert Assistant(settings).context == Context(
        top_k=3,
        search_mode="sparse",
        neighbours=0,
        memory_tokens=900,
        model="local-model",
        web_search=False,
    )


def test_a_call_without_web_search_never_searches_the_web(
    sample_data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SIGNALBOX_DATA_DIR", str(sample_data_dir))
    monkeypatch.setenv("TAVILY_API_KEY", "tvly-test")
    with scripted_server(lambda path, body: (200, TAVILY_RESULTS)) as (url, recorded):
        monkeypatch.setenv("TAVILY_BASE_URL", url)
        assistant = Assistant()
        answer = assistant.ask(NEWS_QUESTION, context=replace(assistant.context, web_search=False))
    assert recorded.requests == []
    assert answer.route == "knowledge"
    assert not [e for e in answer.events if isinstance(e, WebSearchEvent)]


def test_web_search_switched_off_in_settings_reaches_the_graph(
    sample_data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SIGNALBOX_DATA_DIR", str(sample_data_dir))
    monkeypatch.setenv("TAVILY_API_KEY", "tvly-test")
    monkeypatch.setenv("SIGNALBOX_WEB_SEARCH", "false")
    answer = Assistant().ask(NEWS_QUESTION)
    [route] = [e for e in answer.events if isinstance(e, RouteEvent)]
    assert "web search is not available" in route.reason


def test_web_search_switched_off_is_not_called_unconfigured(
    sample_data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SIGNALBOX_DATA_DIR", str(sample_data_dir))
    monkeypatch.setenv("TAVILY_API_KEY", "tvly-test")
    monkeypatch.setenv("SIGNALBOX_WEB_SEARCH", "false")
    answer = Assistant().ask("Who won the 1987 Tour de France?")
    assert "switched off" in answer.text
    assert "TAVILY_API_KEY" not in answer.text


def test_top_k_per_call_bounds_what_is_retrieved(sample_assistant: Assistant) -> None:
    one = replace(sample_assistant.context, top_k=1)
    answer = sample_assistant.ask(MEAL_QUESTION, context=one)
    [retrieval] = [e for e in answer.events if isinstance(e, RetrievalEvent)]
    assert len(retrieval.hits) == 1
    assert "60 EUR" in answer.text


@pytest.fixture
def long_section(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Assistant:
    """An index of one document whose only section spans several chunks."""
    filler = [
        f"Paragraph {n} of the depot handbook describes routine checks of the signal lamps, "
        "the cleaning of the points, and the logbook that every shift signs at the end. " * 3
        for n in range(6)
    ]
    filler[3] = "The night shift at the Leeds depot starts at 22:00 and ends at 06:00."
    document = tmp_path / "handbook.md"
    document.write_text("# Depot handbook\n\n" + "\n\n".join(filler) + "\n", encoding="utf-8")
    monkeypatch.setenv("SIGNALBOX_DATA_DIR", str(tmp_path / "data"))
    assistant = Assistant()
    assert not assistant.ingest([document]).failed
    return assistant


def test_no_neighbours_cites_the_matching_chunk_alone(long_section: Assistant) -> None:
    alone = replace(long_section.context, neighbours=0)
    answer = long_section.ask("When does the night shift at the Leeds depot start?", context=alone)
    [retrieval] = [e for e in answer.events if isinstance(e, RetrievalEvent)]
    assert answer.citations
    assert all(c.text in {hit.text for hit in retrieval.hits} for c in answer.citations)


def test_a_call_may_name_another_model_of_the_configured_server(
    sample_data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SIGNALBOX_DATA_DIR", str(sample_data_dir))
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
    monkeypatch.setenv("SIGNALBOX_MODEL", "configured-model")

    def respond(body: dict[str, Any]) -> Reply:
        if call_kind(body) == "route":
            return route_reply("direct", "hello")
        if call_kind(body) == "judge":
            return Reply(content=json.dumps({"unsupported": []}))
        return Reply(content="Hello.")

    with scripted_openai(respond) as server:
        monkeypatch.setenv("OPENAI_BASE_URL", server.base_url)
        assistant = Assistant()
        assistant.ask("Hello there!", context=replace(assistant.context, model="other-model"))
    assert server.requests
    assert {body["model"] for body in server.requests} == {"other-model"}
