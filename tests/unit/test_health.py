"""The model-server probe behind the chat's banner."""

from __future__ import annotations

from signalbox.agents.health import model_server_problem, public_url
from signalbox.agents.settings import Settings


def test_credentials_in_a_server_url_are_never_shown() -> None:
    assert public_url("http://user:secret@127.0.0.1:11434/v1") == "http://127.0.0.1:11434/v1"


def test_the_offline_mode_has_no_model_server_to_miss() -> None:
    assert model_server_problem(Settings()) is None


def test_an_unreachable_model_server_is_named_without_its_credentials() -> None:
    settings = Settings(openai_base_url="http://user:secret@127.0.0.1:9/v1")
    problem = model_server_problem(settings)
    assert problem is not None
    assert "http://127.0.0.1:9/v1 cannot be reached" in problem
    assert "secret" not in problem
