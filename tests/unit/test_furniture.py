"""A sentence's relative dates are read from its passage's own date."""

from __future__ import annotations

from signalbox.graphs.furniture import year_meant


def test_last_year_in_a_dated_report_is_the_year_before_its_date() -> None:
    report = (
        "Jan 2024 ... Harlow Rail said on Thursday it had carried 3.1 million riders last year."
    )
    assert year_meant("It had carried 3.1 million riders last year.", report) == "2023"


def test_this_year_in_a_chinese_report_is_the_year_of_its_date() -> None:
    report = "2021年3月5日 本届比赛今年在杭州举行。"
    assert year_meant("本届比赛今年在杭州举行。", report) == "2021"


def test_a_relative_year_without_a_dated_passage_means_no_year() -> None:
    assert year_meant("Ridership rose last year.", "Ridership rose last year.") == ""
