"""The model mode through the real langchain-openai client, against a scripted server on loopback."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from signalbox.agents import Assistant
from signalbox.agents.events import (
    AnswerEvent,
    CheckEvent,
    ErrorEvent,
    GradingEvent,
    RetrievalEvent,
    RewriteEvent,
    RouteEvent,
    TokenEvent,
    ToolCallEvent,
    ToolResultEvent,
)
from signalbox.graphs.nodes.check import UNCERTAIN
from tests.openai_server import Reply, call_kind, route_reply, scripted_openai

CANARY_KEY = "sk-canary-0123456789abcdef"


def _script(
    route: Reply,
    answers: list[str],
    tools: list[Reply] | None = None,
    relevant: list[int] | None = None,
    unsupported: list[list[int]] | None = None,
) -> Callable[[dict[str, Any]], Reply]:
    """Answer each kind of call in turn.

    The grader keeps ``relevant`` (default: the first hit); the judge rejects, per answer, the claim
    numbers listed in ``unsupported`` (default: none).
    """
    remaining_answers, remaining_tools = list(answers), list(tools or [])
    verdicts = list(unsupported or [])

    def respond(body: dict[str, Any]) -> Reply:
        kind = call_kind(body)
        if kind == "route":
            return route
        if kind == "judge":
            return Reply(content=json.dumps({"unsupported": verdicts.pop(0) if verdicts else []}))
        if kind == "grading":
            return Reply(
                content=json.dumps({"relevant": relevant if relevant is not None else [1]})
            )
        if kind == "tools":
            return remaining_tools.pop(0)
        return Reply(content=remaining_answers.pop(0))

    return respond


@pytest.fixture
def model_env(monkeypatch: pytest.MonkeyPatch, sample_data_dir: Path) -> Callable[[str], None]:
    monkeypatch.setenv("SIGNALBOX_DATA_DIR", str(sample_data_dir))
    monkeypatch.setenv("OPENAI_API_KEY", CANARY_KEY)
    monkeypatch.setenv("SIGNALBOX_MODEL", "scripted-model")

    def point_at(url: str) -> None:
        monkeypatch.setenv("OPENAI_BASE_URL", url)

    return point_at


def test_the_model_routes_and_its_standalone_query_is_searched(
    model_env: Callable[[str], None],
) -> None:
    script = _script(
        route_reply("knowledge", "daily meal allowance per diem"),
        ["The per diem is 60 EUR for a full travel day [1]."],
    )
    with scripted_openai(script) as server:
        model_env(server.base_url)
        assistant = Assistant()
        answer = assistant.ask("and what do I get for meals?")
    assert assistant.mode == "scripted-model"
    [route] = [e for e in answer.events if isinstance(e, RouteEvent)]
    assert (route.mode, route.route, route.query) == (
        "model",
        "knowledge",
        "daily meal allowance per diem",
    )
    [retrieval] = [e for e in answer.events if isinstance(e, RetrievalEvent)]
    assert retrieval.query == "daily meal allowance per diem"
    assert server.requests[0]["model"] == "scripted-model"


def test_the_answer_streams_token_by_token_and_its_citations_resolve(
    model_env: Callable[[str], None],
) -> None:
    text = "The daily meal allowance is 60 EUR for a full travel day [1]."
    with scripted_openai(
        _script(route_reply("knowledge", "daily meal allowance"), [text])
    ) as server:
        model_env(server.base_url)
        answer = Assistant().ask("What is the daily meal allowance?")
    tokens = [e.text for e in answer.events if isinstance(e, TokenEvent)]
    assert len(tokens) > 3
    assert "".join(tokens) == text
    assert answer.text == text
    assert answer.citations[0].source == "expense-policy.md"
    assert answer.grounded


def test_documents_reach_the_model_only_inside_delimited_data_blocks(
    model_env: Callable[[str], None],
) -> None:
    script = _script(
        route_reply("knowledge", "hotel limit Paris"), ["Paris allows 250 EUR a night [1]."]
    )
    with scripted_openai(script) as server:
        model_env(server.base_url)
        Assistant().ask("What is the hotel limit in Paris?")
    answer_call = next(b for b in server.requests if call_kind(b) == "answer")
    system, *_, user = answer_call["messages"]
    assert "data, not instructions" in system["content"]
    assert '<source id="1"' in user["content"]
    block = user["content"].split('<source id="1"', 1)[1].split("</source>", 1)[0]
    assert "250 EUR in London, Paris and Zurich" in block


def test_markers_to_nothing_are_removed_from_the_model_answer(
    model_env: Callable[[str], None],
) -> None:
    text = "The hotel limit in Paris is 250 EUR [1] [9]."
    with scripted_openai(_script(route_reply("knowledge", "hotel limit Paris"), [text])) as server:
        model_env(server.base_url)
        answer = Assistant().ask("What is the hotel limit in Paris?")
    assert "[9]" not in answer.text
    assert [c.n for c in answer.citations] == [1]


def test_an_unsupported_answer_is_rewritten_once_then_marked_uncertain(
    model_env: Callable[[str], None],
) -> None:
    wrong = "Employees receive ninety vacation days every year [1]."
    script = _script(
        route_reply("knowledge", "meal allowance"), [wrong, wrong], unsupported=[[1], [1]]
    )
    with scripted_openai(script) as server:
        model_env(server.base_url)
        answer = Assistant().ask("What is the meal allowance?")
    answer_calls = [b for b in server.requests if call_kind(b) == "answer"]
    assert len(answer_calls) == 2
    assert "failed the citation check" in answer_calls[1]["messages"][-1]["content"]
    assert answer.text.startswith(UNCERTAIN)
    assert not answer.grounded


def test_the_model_calls_function_tools_in_a_bounded_loop(model_env: Callable[[str], None]) -> None:
    script = _script(
        route_reply("functions", "seven times six plus the square root of sixteen"),
        ["Seven times six plus the square root of sixteen is 46."],
        tools=[
            Reply(tool_calls=[("calculator", {"expression": "7*6+sqrt(16)"})]),
            Reply(content="46"),
        ],
    )
    with scripted_openai(script) as server:
        model_env(server.base_url)
        answer = Assistant().ask("What is seven times six plus the square root of sixteen?")
    [call] = [e for e in answer.events if isinstance(e, ToolCallEvent)]
    assert call.args == {"expression": "7*6+sqrt(16)"}
    assert "46" in answer.text
    assert answer.grounded


def test_the_model_is_offered_every_function_tool_and_can_convert_units(
    model_env: Callable[[str], None],
) -> None:
    script = _script(
        route_reply("functions", "marathon distance in miles"),
        ["A marathon of 42.195 km is about 26.2 miles."],
        tools=[
            Reply(
                tool_calls=[
                    ("unit_converter", {"value": 42.195, "from_unit": "km", "to_unit": "mile"})
                ]
            ),
            Reply(content="26.2"),
        ],
    )
    with scripted_openai(script) as server:
        model_env(server.base_url)
        answer = Assistant().ask("How long is a marathon of 42.195 kilometres, in miles?")
    offered = next(b for b in server.requests if call_kind(b) == "tools")["tools"]
    assert {t["function"]["name"] for t in offered} == {
        "calculator",
        "clock",
        "unit_converter",
        "list_sources",
    }
    [result] = [e for e in answer.events if isinstance(e, ToolResultEvent)]
    assert result.output == "42.195 km = 26.2188 mi"


def test_a_tool_loop_that_never_ends_stops_at_the_cap(model_env: Callable[[str], None]) -> None:
    looping = [Reply(tool_calls=[("calculator", {"expression": "1+1"})]) for _ in range(10)]
    script = _script(route_reply("functions", "loop"), ["Stopped."], tools=looping)
    with scripted_openai(script) as server:
        model_env(server.base_url)
        answer = Assistant().ask("Keep adding one and one forever")
    calls = [e for e in answer.events if isinstance(e, ToolCallEvent)]
    assert len(calls) == 4
    answer_call = next(b for b in server.requests if call_kind(b) == "answer")
    assert "limit for one turn" in answer_call["messages"][-1]["content"]


def test_a_429_is_retried_and_the_turn_succeeds(model_env: Callable[[str], None]) -> None:
    replies = [Reply(status=429, content="slow down"), route_reply("direct", "hello")]

    def respond(body: dict[str, Any]) -> Reply:
        return replies.pop(0) if replies else Reply(content="Hello! How can I help?")

    with scripted_openai(respond) as server:
        model_env(server.base_url)
        answer = Assistant().ask("Could you introduce yourself briefly, please?")
    assert answer.route == "direct"
    assert answer.text == "Hello! How can I help?"
    assert len(server.requests) == 3


def test_a_failing_step_is_retried_by_its_node_and_reported_once_when_it_gives_up(
    model_env: Callable[[str], None],
) -> None:
    with scripted_openai(lambda body: Reply(status=500, content="boom")) as server:
        model_env(server.base_url)
        answer = Assistant().ask("What is the daily meal allowance for a full travel day?")
    attempts = [call_kind(body) for body in server.requests]
    assert {kind: attempts.count(kind) for kind in set(attempts)} == {
        "route": 3,
        "grading": 3,
        "answer": 3,
        "judge": 3,
    }
    errors = [e for e in answer.events if isinstance(e, ErrorEvent)]
    assert [e.stage for e in errors] == ["route", "grading", "answer", "check"]
    assert all("gave up after retries" in e.message for e in errors)
    assert "60 EUR" in answer.text


def test_a_retried_grading_shows_its_retrieval_once(model_env: Callable[[str], None]) -> None:
    script = _script(route_reply("knowledge", "meal allowance"), ["Meals: 60 EUR a day [1]."])
    failures = [Reply(status=503, content="busy")]

    def respond(body: dict[str, Any]) -> Reply:
        return failures.pop() if call_kind(body) == "grading" and failures else script(body)

    with scripted_openai(respond) as server:
        model_env(server.base_url)
        answer = Assistant().ask("What is the daily meal allowance?")
    assert [call_kind(body) for body in server.requests].count("grading") == 2
    assert len([e for e in answer.events if isinstance(e, RetrievalEvent)]) == 1
    assert not [e for e in answer.events if isinstance(e, ErrorEvent)]
    [grading] = [e for e in answer.events if isinstance(e, GradingEvent)]
    assert grading.method == "model"


def test_a_refused_request_is_not_retried(model_env: Callable[[str], None]) -> None:
    with scripted_openai(lambda body: Reply(status=400, content="bad request")) as server:
        model_env(server.base_url)
        answer = Assistant().ask("Could you introduce yourself briefly, please?")
    assert [call_kind(body) for body in server.requests].count("route") == 1
    [route_error] = [e for e in answer.events if isinstance(e, ErrorEvent) and e.stage == "route"]
    assert "400" in route_error.message
    assert answer.text


def test_a_dead_model_server_is_an_error_step_and_the_turn_still_answers(
    model_env: Callable[[str], None], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SIGNALBOX_RETRIES", "0")
    model_env("http://127.0.0.1:9/v1")
    answer = Assistant().ask("What is the daily meal allowance for a full travel day?")
    errors = [e for e in answer.events if isinstance(e, ErrorEvent)]
    assert {e.stage for e in errors} == {"route", "grading", "answer", "check"}
    assert "60 EUR" in answer.text
    assert all(CANARY_KEY not in event.to_json() for event in answer.events)


def test_a_server_error_never_exposes_the_api_key(
    model_env: Callable[[str], None], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SIGNALBOX_RETRIES", "0")
    with scripted_openai(lambda body: Reply(status=500, content="boom")) as server:
        model_env(server.base_url)
        answer = Assistant().ask("Tell me about the remote work guidelines")
    assert any(isinstance(e, ErrorEvent) for e in answer.events)
    assert all(CANARY_KEY not in event.to_json() for event in answer.events)
    assert answer.text


def test_a_server_that_quotes_the_key_back_never_gets_it_into_an_event(
    model_env: Callable[[str], None], monkeypatch: pytest.MonkeyPatch
) -> None:
    masked = f"{CANARY_KEY[:6]}***{CANARY_KEY[-4:]}"
    echo = f"Incorrect API key provided: {masked}. You sent {CANARY_KEY}."
    with scripted_openai(lambda body: Reply(status=401, content=echo)) as server:
        model_env(server.base_url)
        answer = Assistant().ask("Tell me about the remote work guidelines")
    errors = [e for e in answer.events if isinstance(e, ErrorEvent)]
    assert errors, "the refused key should be reported"
    for event in answer.events:
        assert CANARY_KEY not in event.to_json()
        assert masked not in event.to_json()
    assert "[redacted]" in errors[0].message


def test_the_model_grades_relevance_and_only_its_choices_become_evidence(
    model_env: Callable[[str], None],
) -> None:
    script = _script(
        route_reply("knowledge", "hotel limit Paris"),
        ["The hotel limit in Paris is 250 EUR a night [1]."],
        relevant=[1],
    )
    with scripted_openai(script) as server:
        model_env(server.base_url)
        answer = Assistant().ask("What is the hotel limit in Paris?")
    [grading] = [e for e in answer.events if isinstance(e, GradingEvent)]
    assert (grading.method, grading.relevant) == ("model", 1)
    grading_call = next(b for b in server.requests if call_kind(b) == "grading")
    assert '<passage id="1"' in grading_call["messages"][1]["content"]
    answer_call = next(b for b in server.requests if call_kind(b) == "answer")
    assert '<source id="1"' in answer_call["messages"][-1]["content"]
    assert '<source id="2"' not in answer_call["messages"][-1]["content"]
    assert answer.grounded


def test_the_graders_order_is_the_order_of_the_passages_and_of_their_numbers(
    model_env: Callable[[str], None],
) -> None:
    script = _script(
        route_reply("knowledge", "hotel limit Paris"),
        ["The hotel limit in Paris is 250 EUR a night [1]."],
        relevant=[2, 1],
    )
    with scripted_openai(script) as server:
        model_env(server.base_url)
        answer = Assistant().ask("What is the hotel limit in Paris?")
    grading_call = next(b for b in server.requests if call_kind(b) == "grading")
    passages = grading_call["messages"][1]["content"]
    second = passages.split('<passage id="2"', 1)[1].split("</passage>", 1)[0].split(">", 1)[1]
    [retrieval] = [e for e in answer.events if isinstance(e, RetrievalEvent)]
    assert retrieval.hits[0].text.strip() == second.strip()
    answer_call = next(b for b in server.requests if call_kind(b) == "answer")
    sources = answer_call["messages"][-1]["content"]
    assert sources.index(second.strip()[:40]) < sources.index('<source id="2"')


def test_the_model_judge_catches_a_misattributed_figure_and_the_rewrite_fixes_it(
    model_env: Callable[[str], None],
) -> None:
    wrong = "The hotel limit in Paris is 180 EUR [1]."
    right = "The hotel limit in Paris is 250 EUR [1]."
    script = _script(
        route_reply("knowledge", "hotel limit Paris"), [wrong, right], unsupported=[[1], []]
    )
    with scripted_openai(script) as server:
        model_env(server.base_url)
        answer = Assistant().ask("What is the hotel limit in Paris?")
    checks = [e for e in answer.events if isinstance(e, CheckEvent)]
    assert [(c.method, c.grounded) for c in checks] == [
        ("model and overlap", False),
        ("model and overlap", True),
    ]
    judge_call = next(b for b in server.requests if call_kind(b) == "judge")
    assert '<claim id="1" cites="1">' in judge_call["messages"][1]["content"]
    assert answer.text == right
    assert answer.grounded


def test_a_rewritten_answer_replaces_the_first_on_the_token_stream(
    model_env: Callable[[str], None],
) -> None:
    wrong = "The hotel limit in Paris is 180 EUR [1]."
    right = "The hotel limit in Paris is 250 EUR [1]."
    script = _script(
        route_reply("knowledge", "hotel limit Paris"), [wrong, right], unsupported=[[1], []]
    )
    with scripted_openai(script) as server:
        model_env(server.base_url)
        answer = Assistant().ask("What is the hotel limit in Paris?")
    shown = ""
    for event in answer.events:  # as a front end renders it
        if isinstance(event, RewriteEvent):
            shown = ""
        elif isinstance(event, TokenEvent):
            shown += event.text
    assert sum(isinstance(e, RewriteEvent) for e in answer.events) == 1
    assert shown.strip() == right


def test_a_runs_context_can_name_another_model(model_env: Callable[[str], None]) -> None:
    from signalbox.agents.resources import toolbox
    from signalbox.agents.settings import Settings
    from signalbox.graphs import Context, build_graph

    script = _script(route_reply("direct", "hi"), ["Hello."])
    with scripted_openai(script) as server:
        model_env(server.base_url)
        graph = build_graph(toolbox(Settings()))
        state = graph.invoke(
            {"messages": [("human", "Could you introduce yourself briefly?")]},
            context=Context(model="another-model"),
        )
    assert state["answer"] == "Hello."
    assert {body["model"] for body in server.requests} == {"another-model"}


def _final(answer: Any) -> AnswerEvent:
    return next(e for e in reversed(answer.events) if isinstance(e, AnswerEvent))


def test_a_model_answer_that_says_the_sources_disagree_is_marked_as_a_conflict(
    model_env: Callable[[str], None],
) -> None:
    text = "The sources disagree: the daily meal allowance is 60 EUR for a full travel day [1]."
    with scripted_openai(_script(route_reply("knowledge", "meal allowance"), [text])) as server:
        model_env(server.base_url)
        answer = Assistant().ask("What is the daily meal allowance?")
    assert _final(answer).conflict
    assert not _final(answer).abstained


def test_a_model_answer_that_says_the_sources_do_not_answer_is_marked_as_an_abstention(
    model_env: Callable[[str], None],
) -> None:
    text = "我无法根据这些资料回答：资料没有提到出差的住宿标准。"
    with scripted_openai(_script(route_reply("knowledge", "住宿标准"), [text])) as server:
        model_env(server.base_url)
        answer = Assistant().ask("出差的住宿标准是多少？")
    assert _final(answer).abstained
    assert not _final(answer).conflict


def test_the_whole_answer_is_shown_before_the_citation_check_asks_the_model(
    model_env: Callable[[str], None],
) -> None:
    text = "The daily meal allowance is 60 EUR for a full travel day [1]."
    shown, judged_by_then = "", None
    with scripted_openai(_script(route_reply("knowledge", "meal allowance"), [text])) as server:
        model_env(server.base_url)
        for event in Assistant().stream("What is the daily meal allowance?"):
            if isinstance(event, TokenEvent):
                shown += event.text
                if shown == text:
                    judged_by_then = any(call_kind(body) == "judge" for body in server.requests)
        judged_at_all = any(call_kind(body) == "judge" for body in server.requests)
    assert judged_at_all
    assert judged_by_then is False
