"""Keys never survive into an error text."""

from __future__ import annotations

from signalbox.graphs.redaction import MASK, StreamRedactor, redact, register_secret


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


def test_a_key_without_a_provider_prefix_is_removed_in_its_masked_form() -> None:
    register_secret("canaryQ7x2Lm9c2f50zz")
    assert (
        redact("Incorrect API key provided: canar***50zz.")
        == f"Incorrect API key provided: {MASK}."
    )


def test_any_six_character_piece_of_a_registered_key_is_removed() -> None:
    register_secret("canaryQ7x2Lm9c2f50zz")
    assert redact("your key ends in 9c2f50zz") == f"your key ends in {MASK}"
    assert redact("it holds x2Lm9c") == f"it holds {MASK}"


def test_pieces_shorter_than_six_characters_are_left() -> None:
    register_secret("canaryQ7x2Lm9c2f50zz")
    assert redact("error code 50zz") == "error code 50zz"


def test_a_plain_word_inside_a_made_up_key_stays_readable_in_prose() -> None:
    register_secret("sk-injection-canary-77")
    assert redact("an injection attack on a canary") == "an injection attack on a canary"


def test_a_streamed_key_split_across_tokens_never_leaves_whole() -> None:
    register_secret("canaryQ7x2Lm9c2f50zz")
    stream = StreamRedactor()
    pieces = ["Your key is can", "aryQ7", "x2Lm9", "c2f5", "0zz, keep it safe."]
    shown = "".join(stream.feed(piece) for piece in pieces) + stream.flush()
    assert shown == f"Your key is {MASK}, keep it safe."


def test_streamed_text_without_secrets_comes_through_unchanged() -> None:
    stream = StreamRedactor()
    text = "The hotel limit in Paris is 250 EUR a night [1]."
    shown = "".join(stream.feed(char) for char in text) + stream.flush()
    assert shown == text


def test_product_codes_shaped_like_keys_stay_in_answers_but_not_in_errors() -> None:
    assert redact("Order part SK-2000 today", key_shapes=False) == "Order part SK-2000 today"
    assert redact("Order part SK-2000 today") == f"Order part {MASK} today"
