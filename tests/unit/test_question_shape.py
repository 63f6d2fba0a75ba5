"""Questions pin anchors (years, figures, identifiers) and ask for a kind of answer."""

from __future__ import annotations

from signalbox.graphs.question_shape import anchors_in, answer_values, question_shape


def test_years_and_identifiers_are_anchors() -> None:
    shape = question_shape("What was the capacity of truck OR-117 in 2019年?")
    assert shape.anchors == ("or-117", "2019")


def test_a_number_does_not_match_inside_a_longer_one() -> None:
    shape = question_shape("Which party won 70 seats?")
    assert anchors_in(shape, "the party won 170 seats") == 0.0
    assert anchors_in(shape, "the party won 70 seats") == 1.0


def test_the_kind_of_answer_is_read_from_the_question_words() -> None:
    assert question_shape("How many seats are there?").wants == "number"
    assert question_shape("When did the bridge open?").wants == "date"
    assert question_shape("《小时代》的作者是谁？").wants == "person"
    assert question_shape("2019年军运会在哪个城市举办").wants == "place"
    assert question_shape("Explain the warranty terms.").wants == "other"


def test_values_the_question_already_states_are_not_answers() -> None:
    shape = question_shape("How many seats did the 2016 election fill?")
    assert answer_values(shape, "The 2016 election filled 70 seats.") == {"70"}


def test_names_are_found_in_chinese_and_english() -> None:
    person = question_shape("Who directed the film?")
    assert "Steven Spielberg" in answer_values(person, "The film was directed by Steven Spielberg.")
    place = question_shape("2019年军运会在哪个城市举办")
    assert answer_values(place, "武汉军运会也是军运会历史上第一次在一个城市举办所有比赛项目。") == {
        "武汉"
    }


def test_several_parts_each_need_only_their_own_anchor() -> None:
    shape = question_shape("Who won in 2022 and in 2023?")
    assert shape.multi_part
    assert anchors_in(shape, "In 2023 the Hawks won.") == 1.0
