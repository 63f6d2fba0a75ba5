"""Two parts asking for one figure at two stages are told apart as the earlier and the later."""

from __future__ import annotations

from signalbox.graphs.stages import stages, told


def test_a_first_estimate_and_the_latest_are_an_earlier_and_a_later_stage() -> None:
    parts = ("What was the first estimate for the Tarnby sea wall", "what is the latest (Tarnby)")
    assert stages(parts) == ("early", "late")


def test_the_later_stage_may_be_asked_first() -> None:
    parts = ("How much did the appeal raise in the end", "how much did it set out to raise")
    assert stages(parts) == ("late", "early")


def test_a_part_naming_both_stages_is_earlier_than_one_naming_only_the_later() -> None:
    parts = ("What was the dam expected to cost when it was approved", "what is the cost now")
    assert stages(parts) == ("early", "late")


def test_parts_asking_different_kinds_of_thing_are_no_stages() -> None:
    parts = ("Which firm built the Kelby tram line", "what did it cost in the end")
    assert stages(parts) == (None, None)


def test_parts_asking_the_same_way_are_no_stages() -> None:
    parts = ("Who won the men's title", "who won the women's title")
    assert stages(parts) == (None, None)


def test_two_times_with_no_later_stage_named_are_no_stages() -> None:
    parts = ("What did Harrow Road gross in its first weekend", "in its second weekend")
    assert stages(parts) == (None, None)


def test_a_figure_estimated_tells_the_earlier_stage_and_one_risen_to_the_later() -> None:
    assert told("The scheme is estimated to cost £2.4 billion") == "early"
    assert told("The cost of the dam has risen to £3.65 billion") == "late"
    assert told("The cuts will save £1.3m a year") is None


def test_what_was_done_after_what_was_expected_is_the_later_stage() -> None:
    parts = ("How much beet did the Corran factory expect to slice", "how much did it slice")
    assert stages(parts) == ("early", "late")


def test_a_first_of_several_and_what_was_done_are_no_stages() -> None:
    parts = ("How many came on its first weekend", "how many did it draw on its second")
    assert stages(parts) == (None, None)


def test_what_had_been_spent_after_what_was_expected_is_the_later_stage() -> None:
    parts = ("How much was the mill project expected to cost", "how much had been spent by now")
    assert stages(parts) == ("early", "late")


def test_a_later_part_leaving_its_kind_to_the_first_is_a_stage() -> None:
    parts = ("What price did the draft proposals suggest", "what did the cabinet finally agree")
    assert stages(parts) == ("early", "late")


def test_what_was_asked_for_is_earlier_than_what_was_awarded() -> None:
    parts = ("How much did the rowing club ask the lottery fund for", "how much was it awarded")
    assert stages(parts) == ("early", "late")


def test_a_sum_applied_for_tells_the_earlier_stage_and_one_granted_the_later() -> None:
    assert told("The club has applied to the lottery fund for £12,000 for a boathouse") == "early"
    assert told("The club was granted £9,000 by the lottery fund") == "late"
