"""Ranking metrics agree with hand-computed values."""

from __future__ import annotations

import math

import pytest

from signalbox.tools.knowledge.evaluation import ndcg_at_k, recall_at_k, reciprocal_rank


def test_ndcg_is_one_for_the_ideal_ranking() -> None:
    assert ndcg_at_k(["a", "b", "c"], {"a": 3, "b": 2, "c": 1}) == pytest.approx(1.0)


def test_ndcg_discounts_a_relevant_document_found_late() -> None:
    expected = (1 / math.log2(3)) / 1.0
    assert ndcg_at_k(["x", "a"], {"a": 1}) == pytest.approx(expected)


def test_ndcg_without_judged_relevant_documents_is_zero() -> None:
    assert ndcg_at_k(["a"], {"a": 0}) == 0.0


def test_recall_counts_relevant_documents_within_k() -> None:
    assert recall_at_k(["a", "x", "b"], {"a", "b", "c", "d"}, k=2) == 0.25


def test_reciprocal_rank_is_one_over_the_first_hit() -> None:
    assert reciprocal_rank(["x", "y", "a"], {"a"}) == pytest.approx(1 / 3)
    assert reciprocal_rank(["x"] * 10 + ["a"], {"a"}) == 0.0
