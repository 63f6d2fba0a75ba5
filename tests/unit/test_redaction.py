"""Keys never survive into an error text."""

from __future__ import annotations

from signalbox.graphs.redaction import MASK, redact, register_secret


def test_a_registered_secret_is_removed_wherever_it_appears() -> None:
    register_secret("qdrant-secret-value-42")
    assert redact("auth failed for qdrant-secret-value-42!") == f"auth failed for {MASK}!"


def test_key_shaped_tokens_are_removed_even_when_masked() -> None:
    text = "Incorrect API key provided: sk-abc***wxyz; tavily said tvly-dev-12345."
    assert redact(text) == f"Incorrect API key provided: {MASK}; tavily said {MASK}"


def test_ordinary_text_is_left_alone() -> None:
    text = "HTTP 500 from the ask-me service: task-force skipped"
    assert redact(text) == text


def test_short_values_are_not_treated_as_secrets() -> None:
    register_secret("abc")
    assert redact("abc def") == "abc def"
