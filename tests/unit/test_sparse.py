"""Sparse vectors: stable term ids, English stems, Chinese words and bigrams."""

from __future__ import annotations

from signalbox.tools.knowledge.sparse import encode_document, encode_query, token_id, tokenize


def test_term_ids_are_stable_across_processes() -> None:
    assert token_id("battery") == 2913883196


def test_english_is_lowercased_stemmed_and_stripped_of_stopwords() -> None:
    assert tokenize("What are the Returns policies?") == ["return", "polici"]


def test_forms_of_one_english_word_share_a_term() -> None:
    assert tokenize("running runs") == tokenize("run run")
    assert tokenize("policies policy") == tokenize("polici polici")


def test_chinese_yields_words_and_bigrams() -> None:
    tokens = tokenize("年假可以结转")
    assert "年假" in tokens
    assert "结转" in tokens
    assert "假可" in tokens


def test_overlap_tokens_leave_out_bigrams() -> None:
    assert "假可" not in tokenize("年假可以结转", bigrams=False)


def test_a_chinese_question_does_not_search_for_its_asking_words() -> None:
    asked = encode_query("中国哪一年加入WTO的")
    assert set(asked.indices) == {token_id(t) for t in ("中国", "加入", "wto")}


def test_query_vector_has_one_unit_weight_per_term() -> None:
    vector = encode_query("battery battery life")
    assert len(vector.indices) == 2
    assert vector.values == [1.0, 1.0]


def test_document_weights_saturate_with_repetition() -> None:
    once = encode_document("battery")
    many = encode_document("battery " * 20)
    assert many.values[0] > once.values[0]
    assert many.values[0] < 20 * once.values[0]
