"""Cheap patterns route the obvious questions and parse the tools' arguments."""

from __future__ import annotations

import pytest

from signalbox.graphs.patterns import (
    asks_for_sources,
    find_conversion,
    find_expression,
    is_clock_question,
    is_small_talk,
    parse_timezone,
    wants_web,
)


@pytest.mark.parametrize(
    ("question", "expression"),
    [
        ("What is 12*(3+4)?", "12*(3+4)"),
        ("calculate 2 + 2", "2 + 2"),
        ("12*(3+4)等于多少？", "12*(3+4)"),
        ("What is 15% of 240?", "(15/100*240)"),
        ("sqrt(2)/3", "sqrt(2)/3"),
    ],
)
def test_finds_the_expression_of_an_arithmetic_question(question: str, expression: str) -> None:
    assert find_expression(question) == expression


@pytest.mark.parametrize(
    "question",
    [
        "What happened in 1914-1918?",
        "How many employees were hired in 2023?",
        "Summarise section 3.2 (see page 4)",
        "What is the refund policy?",
    ],
)
def test_leaves_questions_that_merely_contain_numbers(question: str) -> None:
    assert find_expression(question) is None


@pytest.mark.parametrize(
    ("question", "zone"),
    [
        ("What time is it in Tokyo?", "Asia/Tokyo"),
        ("what is the time in new york", "America/New_York"),
        ("现在纽约几点?", "America/New_York"),
        ("What is the current time?", "UTC"),
    ],
)
def test_recognises_clock_questions_and_their_timezone(question: str, zone: str) -> None:
    assert is_clock_question(question)
    assert parse_timezone(question) == zone


@pytest.mark.parametrize(
    "question",
    ["What are today's top news headlines?", "What is the weather forecast?", "今天有什么新闻?"],
)
def test_spots_questions_only_the_web_can_answer(question: str) -> None:
    assert wants_web(question)


def test_small_talk_is_only_a_whole_greeting() -> None:
    assert is_small_talk("Hello!")
    assert is_small_talk("你好")
    assert not is_small_talk("hello, what is the refund policy?")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Convert 5 km to miles", {"value": 5.0, "from_unit": "km", "to_unit": "miles"}),
        (
            "how many feet are in 3 meters?",
            {"value": 3.0, "from_unit": "meters", "to_unit": "feet"},
        ),
        ("5公里是多少英里", {"value": 5.0, "from_unit": "公里", "to_unit": "英里"}),
        ("把37摄氏度换算成华氏度", {"value": 37.0, "from_unit": "摄氏度", "to_unit": "华氏度"}),
        ("Convert 2 kg to meters", {"value": 2.0, "from_unit": "kg", "to_unit": "meters"}),
    ],
)
def test_unit_conversions_are_recognised_with_their_arguments(
    question: str, expected: dict[str, object]
) -> None:
    assert find_conversion(question) == expected


@pytest.mark.parametrize(
    "question", ["What is the hotel limit in Paris?", "What is 12 in 3?", "5 apples in boxes"]
)
def test_questions_that_are_not_conversions_are_left_alone(question: str) -> None:
    assert find_conversion(question) is None


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which documents do you have?", True),
        ("list your sources", True),
        ("有哪些文档?", True),
        ("What does the document say about leave?", False),
    ],
)
def test_questions_about_the_knowledge_base_itself_are_recognised(
    question: str, expected: bool
) -> None:
    assert asks_for_sources(question) is expected
