"""Answer overlap scores: token-F1 and ROUGE-L, with Chinese scored by characters."""

from __future__ import annotations

import pytest

from signalbox.agents.evaluation.scoring import rouge_l, token_f1, tokens


def test_english_is_scored_by_lower_cased_words_without_citation_markers() -> None:
    assert tokens("The limit is 250 EUR [1].") == ["the", "limit", "is", "250", "eur"]


def test_chinese_is_scored_by_characters() -> None:
    assert tokens("结转五天") == ["结", "转", "五", "天"]


def test_an_identical_answer_scores_one() -> None:
    assert token_f1("Alcohol is never reimbursed [1].", "Alcohol is never reimbursed.") == 1.0
    assert rouge_l("未使用的年假最多可以结转五天", "未使用的年假最多可以结转五天") == 1.0


def test_unrelated_answers_score_zero() -> None:
    assert token_f1("sunny weather", "hotel limit") == 0.0
    assert rouge_l("sunny weather", "hotel limit") == 0.0


def test_token_f1_ignores_order_and_rouge_l_does_not() -> None:
    prediction, reference = "limit hotel the", "the hotel limit"
    assert token_f1(prediction, reference) == 1.0
    assert rouge_l(prediction, reference) == pytest.approx(1 / 3)


def test_a_partial_chinese_answer_gets_partial_credit() -> None:
    assert 0.5 < token_f1("父亲享有二十天陪产假", "父亲有二十天假") < 1.0
