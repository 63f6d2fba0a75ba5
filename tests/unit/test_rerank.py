"""Passages that hold the question's anchors (a year, an identifier, a name) come first."""

from __future__ import annotations

from signalbox.graphs.rerank import rerank, retrieve
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
    ranked = rerank("Who won the final in 2019?", [hits], k=2)
    assert ranked[0].text.startswith("The 2019 final")


def test_a_passage_about_the_named_item_moves_ahead_of_one_about_a_similar_name() -> None:
    hits = [
        _hit("The Nexaro Nova Pro 5 has a Quill R44 chip.", 0.9),
        _hit("The Nexaro Nova 5 has a Quill K34 chip.", 0.8),
    ]
    ranked = rerank("Which processor powers the Nexaro Nova 5?", [hits], k=2)
    assert ranked[0].text.startswith("The Nexaro Nova 5")


def test_a_passage_naming_the_asked_item_itself_beats_one_naming_a_longer_name() -> None:
    hits = [
        _hit("Rhea Renwick Band toured for most of 2017 and sold 310,000 tickets.", 0.9),
        _hit("Rhea Renwick toured for most of 2017 and sold 290,000 tickets.", 0.8),
    ]
    ranked = rerank("How many tickets did Rhea Renwick sell in 2017?", [hits], k=2)
    assert ranked[0].text.startswith("Rhea Renwick toured")


def test_a_passage_that_states_a_value_of_the_asked_kind_moves_ahead_of_one_that_does_not() -> None:
    hits = [
        _hit("Tickets for the 2019 festival went on sale early amid strong demand.", 0.9),
        _hit("The 2019 festival sold 48,200 tickets.", 0.8),
    ]
    ranked = rerank("How many tickets did the 2019 festival sell?", [hits], k=2)
    assert ranked[0].text.startswith("The 2019 festival sold")


def test_without_anchors_the_fused_order_stands() -> None:
    hits = [_hit("Meals are 60 EUR a day.", 0.9), _hit("Hotels are capped.", 0.8)]
    assert rerank("What is the meal allowance?", [hits], k=2) == hits


def test_a_hit_found_by_both_searches_ranks_above_one_found_by_a_single_search() -> None:
    shared, alone = (
        _hit("The 2019 final was won by the Owls.", 0.5),
        _hit("2019 ticket sales.", 0.9),
    )
    ranked = rerank("Who won the final in 2019?", [[alone, shared], [shared]], k=2)
    assert ranked == [shared, alone]


def test_the_question_without_its_anchors_is_searched_as_well() -> None:
    queries: list[tuple[str, int]] = []

    def search(query: str, k: int) -> list[Hit]:
        queries.append((query, k))
        return []

    retrieve(search, "Who was player of the match in the 2015 Northern Shield final?", 5)
    assert queries == [
        ("Who was player of the match in the 2015 Northern Shield final?", 20),
        ("who was player of the match in the final?", 20),
    ]


def test_a_question_without_anchors_is_searched_once_for_the_hits_shown() -> None:
    queries: list[tuple[str, int]] = []

    def search(query: str, k: int) -> list[Hit]:
        queries.append((query, k))
        return []

    retrieve(search, "What is the meal allowance?", 5)
    assert queries == [("What is the meal allowance?", 5)]


def test_a_count_of_people_is_stated_by_a_passage_that_counts_people() -> None:
    hits = [
        _hit("Brackley Open 2025 final leaderboard: 1 | T. Marsh | 268 | -20", 0.9),
        _hit("At the 2025 Brackley Open, crowds of 51,200 came through the gates.", 0.8),
    ]
    ranked = rerank("How many people attended the 2025 Brackley Open?", [hits], k=2)
    assert ranked[0].text.startswith("At the 2025 Brackley Open, crowds")


def test_each_part_of_a_question_is_searched_as_widely_as_the_whole() -> None:
    queries: list[tuple[str, int]] = []

    def search(query: str, k: int) -> list[Hit]:
        queries.append((query, k))
        return []

    retrieve(search, "Who won the Tarrow Cup in 2021, and who won it in 2023?", 5)
    assert {k for _, k in queries} == {20}
