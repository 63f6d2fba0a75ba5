"""Broken dependencies: each failure is an error step naming its stage, and the turn still answers."""

from __future__ import annotations

import subprocess
import sys
import time
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from signalbox.agents import Assistant, Settings
from signalbox.agents.events import ErrorEvent
from signalbox.app.cli import app as cli
from tests.openai_server import Reply, scripted_openai
from tests.servers import scripted_server, serve

CANARY = "sk-canary-broken-deps-4242"
MEAL = "What is the daily meal allowance for a full travel day?"


def _errors(answer: Any) -> dict[str, str]:
    return {e.stage: e.message for e in answer.events if isinstance(e, ErrorEvent)}


@pytest.fixture
def model_env(monkeypatch: pytest.MonkeyPatch, sample_data_dir: Path) -> pytest.MonkeyPatch:
    monkeypatch.setenv("SIGNALBOX_DATA_DIR", str(sample_data_dir))
    monkeypatch.setenv("OPENAI_API_KEY", CANARY)
    return monkeypatch


def test_a_model_answering_garbage_is_reported_and_the_offline_answer_stands(
    model_env: pytest.MonkeyPatch,
) -> None:
    with scripted_openai(lambda body: Reply(raw=b"<html>502 upstream garbage")) as server:
        model_env.setenv("OPENAI_BASE_URL", server.base_url)
        answer = Assistant().ask(MEAL)
    assert {"route", "grading", "answer"} <= set(_errors(answer))
    assert "60 EUR" in answer.text
    assert all(CANARY not in event.to_json() for event in answer.events)


def test_a_hanging_model_times_out_per_call_and_the_turn_still_answers(
    model_env: pytest.MonkeyPatch,
) -> None:
    model_env.setenv("SIGNALBOX_MODEL_TIMEOUT", "0.5")
    model_env.setenv("SIGNALBOX_RETRIES", "0")
    with scripted_openai(lambda body: Reply(content="late", delay_s=3)) as server:
        model_env.setenv("OPENAI_BASE_URL", server.base_url)
        answer = Assistant().ask(MEAL)
    errors = _errors(answer)
    assert "Timeout" in errors["route"]
    assert "60 EUR" in answer.text


def test_a_web_search_that_times_out_is_reported_and_the_turn_answers(
    monkeypatch: pytest.MonkeyPatch, sample_data_dir: Path
) -> None:
    def slow(path: str, body: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        time.sleep(2)
        return 200, {"results": []}

    monkeypatch.setenv("SIGNALBOX_DATA_DIR", str(sample_data_dir))
    monkeypatch.setenv("TAVILY_API_KEY", "tvly-canary-timeout-1234")
    monkeypatch.setenv("SIGNALBOX_WEB_TIMEOUT", "0.5")
    monkeypatch.setenv("SIGNALBOX_RETRIES", "1")
    with scripted_server(slow) as (url, recorded):
        monkeypatch.setenv("TAVILY_BASE_URL", url)
        answer = Assistant().ask("What is the latest news about the Artemis launch?")
    assert len(recorded.requests) == 2, "one retry after the first timeout"
    assert "web_search" in _errors(answer)
    assert "Web search failed" in answer.text
    assert all("tvly-canary" not in event.to_json() for event in answer.events)


def test_a_qdrant_server_that_is_down_is_a_retrieval_error_and_an_honest_answer(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("SIGNALBOX_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("QDRANT_URL", "http://127.0.0.1:9")
    answer = Assistant().ask(MEAL)
    assert "cannot be reached" in _errors(answer)["retrieval"]
    assert "could not be searched" in answer.text


def test_a_command_on_a_qdrant_server_that_is_down_says_where_and_exits_2(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("SIGNALBOX_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("QDRANT_URL", "http://127.0.0.1:9")
    result = CliRunner().invoke(cli, ["sources"])
    assert result.exit_code == 2
    assert "Qdrant server at http://127.0.0.1:9 cannot be reached" in result.stderr
    assert "Traceback" not in result.output


class _Refusing(BaseHTTPRequestHandler):
    """A Qdrant server that refuses every request's API key."""

    def _refuse(self) -> None:
        body = b'{"status": {"error": "Must provide an API key or an Authorization bearer token"}}'
        self.send_response(401)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = do_PUT = _refuse

    def log_message(self, format: str, *args: object) -> None:
        return


def test_a_refused_qdrant_api_key_is_named_without_being_shown(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("SIGNALBOX_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("QDRANT_API_KEY", CANARY)
    with serve(_Refusing) as port:
        monkeypatch.setenv("QDRANT_URL", f"http://127.0.0.1:{port}")
        result = CliRunner().invoke(cli, ["sources"])
    assert result.exit_code == 2
    assert "the API key is missing or wrong (QDRANT_API_KEY)" in result.stderr
    assert CANARY not in result.output


def test_an_index_locked_by_another_process_is_an_error_that_says_what_to_do(
    tmp_path: Path,
) -> None:
    index = Settings(data_dir=tmp_path).index_dir
    index.mkdir(parents=True)
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time; from qdrant_client import QdrantClient; "
            f"c = QdrantClient(path={str(index)!r}); print('held', flush=True); time.sleep(60)",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        answer = Assistant(Settings(data_dir=tmp_path)).ask(MEAL)
    finally:
        holder.kill()
        holder.wait(timeout=30)
    assert "open in another process" in _errors(answer)["retrieval"]
    assert answer.text


def test_a_busy_checkpoint_database_is_waited_for_not_reported_as_locked(
    sample_assistant: Assistant,
) -> None:
    database = sample_assistant.settings.threads_db.resolve()
    writer = subprocess.Popen(
        [
            sys.executable,
            "-c",
            f"import sqlite3, time; c = sqlite3.connect({str(database)!r}, isolation_level=None); "
            "c.execute('BEGIN IMMEDIATE'); print('locked', flush=True); time.sleep(2); "
            "c.execute('COMMIT')",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert writer.stdout is not None and writer.stdout.readline().strip() == "locked"
        answer = sample_assistant.ask("What is 6*7?")
    finally:
        writer.wait(timeout=30)
    assert _errors(answer) == {}
    assert answer.text == "6*7 = 42"
