"""The hybrid search's fusion is chosen per query, as the retrieval benchmark measured."""

from __future__ import annotations

import pytest

from signalbox.tools.knowledge.fusion import CHINESE, ENGLISH, ENGLISH_IDENTIFIERS, hybrid_fusion


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("What is the hotel limit in Paris?", ENGLISH),
        ("What does error code E21 mean?", ENGLISH_IDENTIFIERS),
        ("Which clauses of ISO 9001 apply?", ENGLISH_IDENTIFIERS),
        ("未使用的年假可以结转几天?", CHINESE),
        ("2024年的年假政策", CHINESE),
    ],
)
def test_the_fusion_follows_the_query(query: str, expected: object) -> None:
    assert hybrid_fusion(query) is expected


def test_identifiers_give_the_exact_term_leg_more_say_than_plain_english() -> None:
    assert ENGLISH_IDENTIFIERS.weights is not None and ENGLISH.weights is not None
    assert ENGLISH_IDENTIFIERS.weights[1] > ENGLISH.weights[1]
