"""Secrets: no masked form and no fragment of a key reaches ``ask --json``, whatever the server says.

The key here has no provider prefix, so nothing about its shape gives it away: only the registry of
the keys this process was given can catch it.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.cli import run_cli
from tests.openai_server import Reply, Script, scripted_openai

KEY = "canaryQ7x2Lm9c2f50zz"
MASKED = f"{KEY[:5]}***{KEY[-4:]}"
TAIL = KEY[-8:]


def _fragments(key: str, size: int = 6) -> set[str]:
    return {key[i : i + size] for i in range(len(key) - size + 1)}


def _script(body: dict[str, Any]) -> Reply:
    if (body.get("response_format") or {}).get("json_schema", {}).get("name"):
        return Reply(content=json.dumps({"route": "direct", "reason": "chat", "query": "hello"}))
    return Reply(content=f"Sure. For the record, your key ends in {TAIL}; masked it is {MASKED}.")


def _ask_json(script: Script, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """Everything ``signalbox ask --json`` prints with the canary key, against ``script``."""
    with scripted_openai(script) as server:
        monkeypatch.setenv("OPENAI_API_KEY", KEY)
        monkeypatch.setenv("OPENAI_BASE_URL", server.base_url)
        result = run_cli("ask", "--json", "Could you introduce yourself?", data_dir=tmp_path / "d")
    return result.stdout + result.stderr


def _leaks(output: str) -> list[str]:
    return [piece for piece in [MASKED, *_fragments(KEY)] if piece in output]


def test_a_model_that_quotes_pieces_of_the_key_gets_none_of_them_into_the_output(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    output = _ask_json(_script, tmp_path, monkeypatch)
    assert '"type":"answer"' in output.replace(" ", "")
    assert _leaks(output) == []
    assert "[redacted]" in output


def test_a_refusal_that_quotes_the_key_masked_is_scrubbed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    echo = f"Incorrect API key provided: {MASKED}. Your key ends {TAIL}."
    output = _ask_json(lambda body: Reply(status=401, content=echo), tmp_path, monkeypatch)
    assert '"type":"error"' in output.replace(" ", "")
    assert _leaks(output) == []
