"""The hand-written English news sets: the files are what the builder makes, and every question holds.

The builder raises on a question its passages do not support, so a fresh build passing is the
validation; the files are then read back the way the evaluation reads them.
"""

from __future__ import annotations

import dataclasses

import pytest

from benchmarks.rag import make_news
from benchmarks.rag.news_dev import DEV, fact
from signalbox.agents.evaluation import load_rgb


@pytest.mark.parametrize("split", sorted(make_news.SPLITS))
def test_the_files_are_a_fresh_build_and_load_as_rgb(split: str) -> None:
    path = make_news.HERE / f"en_news_{split}.jsonl"
    assert path.read_text(encoding="utf-8") == make_news.render(make_news.build(split))
    cases = load_rgb(path)
    assert len(cases) == sum(len(c.questions) for c in make_news.SPLITS[split])
    assert {c.flavour for c in cases} == {"plain", "int", "fact"}
    assert all(len(c.negative) >= make_news.MIN_NEGATIVES for c in cases)


def test_a_question_whose_negative_states_the_answer_is_an_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    cluster = DEV[0]
    leaky = dataclasses.replace(
        cluster,
        passages={**cluster.passages, "cancel2020": cluster.passages["cancel2020"] + " 14,862"},
    )
    monkeypatch.setitem(make_news.SPLITS, "dev", (leaky,))
    with pytest.raises(make_news.DataError, match="negative 'cancel2020' holds the answer"):
        make_news.build("dev")


def test_a_counterfactual_rewrite_that_misses_a_positive_is_an_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    cluster = DEV[0]
    question = fact("When?", ("April 14", "14 April"), ("April 21",), "entry2024", "faq")
    monkeypatch.setitem(
        make_news.SPLITS, "dev", (dataclasses.replace(cluster, questions=(question,)),)
    )
    with pytest.raises(make_news.DataError, match="rewriting 'faq'"):
        make_news.build("dev")
