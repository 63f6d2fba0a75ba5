"""Passages that hold the question's anchors (a year, an identifier) come first."""

from __future__ import annotations

from signalbox.graphs.rerank import candidates_for, rerank
from signalbox.tools.knowledge import Hit


def _hit(text: str, score: float) -> Hit:
    return Hit(
        id=text,
        text=text,
        source="notes.md",
        path="notes.md",
        title="",
        page=None,
        heading="",
        index=0,
        score=score,
        similarity=score,
    )


def test_a_passage_about_the_asked_year_moves_ahead_of_look_alikes() -> None:
    hits = [
        _hit("The 2021 final was won by the Hawks.", 0.9),
        _hit("The 2019 final was won by the Owls.", 0.8),
    ]
    ranked = rerank("Who won the final in 2019?", hits, k=2)
    assert ranked[0].text.startswith("The 2019 final")


def test_without_anchors_the_fused_order_stands() -> None:
    hits = [_hit("Meals are 60 EUR a day.", 0.9), _hit("Hotels are capped.", 0.8)]
    assert rerank("What is the meal allowance?", hits, k=2) == hits


def test_more_candidates_are_fetched_only_when_there_is_something_to_rerank_by() -> None:
    assert candidates_for("Who won the final in 2019?", 5) == 10
    assert candidates_for("What is the meal allowance?", 5) == 5
