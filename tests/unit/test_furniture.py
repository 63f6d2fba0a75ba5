"""A sentence's relative dates are read from its passage's own date; datelines are not quoted."""

from __future__ import annotations

from signalbox.graphs.furniture import (
    compares_past_year,
    day_meant,
    is_furniture_line,
    leading_date,
    strip_furniture,
    year_ahead,
    year_meant,
)


def test_last_year_in_a_dated_report_is_the_year_before_its_date() -> None:
    report = (
        "Jan 2024 ... Harlow Rail said on Thursday it had carried 3.1 million riders last year."
    )
    assert year_meant("It had carried 3.1 million riders last year.", report) == "2023"


def test_this_year_in_a_chinese_report_is_the_year_of_its_date() -> None:
    report = "2021年3月5日 本届比赛今年在杭州举行。"
    assert year_meant("本届比赛今年在杭州举行。", report) == "2021"


def test_next_spring_in_an_autumn_report_is_the_next_year() -> None:
    report = "Oct 2, 2025 — The Harrowgate choir will sing twelve concerts next spring."
    assert year_meant("It will sing twelve concerts next spring.", report) == "2026"


def test_next_spring_in_a_winter_report_is_the_same_year() -> None:
    report = "Jan 12, 2025 — The Harrowgate choir will sing twelve concerts next spring."
    assert year_meant("It will sing twelve concerts next spring.", report) == "2025"


def test_a_year_ago_in_a_dated_report_is_the_year_before_its_date() -> None:
    report = "June 3, 2024 — Crowds of 4,100 came, up from 3,800 a year ago."
    assert year_meant("Crowds of 4,100 came, up from 3,800 a year ago.", report) == "2023"


def test_a_figure_up_from_last_year_s_is_the_report_s_own_year_s() -> None:
    assert compares_past_year("The judges tasted 118 entries, up from 97 last year.")
    assert compares_past_year("客流量比去年增长一成。")


def test_a_figure_given_for_last_year_is_last_year_s_alone() -> None:
    assert not compares_past_year("It had carried 3.1 million riders last year.")
    assert not compares_past_year("The fair moved from Pellmarsh to Dunmere last year.")


def test_a_passage_announcing_next_season_is_about_that_year() -> None:
    report = "Sept 8, 2025 — The choir will tour next summer. Its soloist will be Ana Roth."
    assert year_ahead(report) == "2026"


def test_a_relative_year_without_a_dated_passage_means_no_year() -> None:
    assert year_meant("Ridership rose last year.", "Ridership rose last year.") == ""


PORT_REPORT = "Gannet Quay opens\nSep 4, 2024 — The first ship berthed at Saltreach yesterday."


def test_yesterday_in_a_dated_report_is_the_day_before_its_date() -> None:
    sentence = "The first ship berthed at Saltreach yesterday."
    assert day_meant(sentence, PORT_REPORT) == "September 3, 2024"


def test_a_weekday_in_a_report_is_the_last_one_up_to_its_date() -> None:
    assert day_meant("She won on Sunday.", PORT_REPORT) == "September 1, 2024"


def test_a_weekday_in_a_plan_is_the_next_one_after_its_date() -> None:
    assert day_meant("The race will be held on Saturday.", PORT_REPORT) == "September 7, 2024"


def test_a_day_counted_from_an_unreadable_date_is_not_given() -> None:
    report = "Published: 2024 09 04 — The first ship berthed yesterday."
    assert day_meant("The first ship berthed yesterday.", report) == ""


def test_a_place_dateline_with_its_agency_is_not_quoted() -> None:
    sentence = "Oct 2, 2024 — LINDQVAR (Tessaly Press Agency) — A soil scientist has won the prize."
    assert strip_furniture(sentence) == "A soil scientist has won the prize."


def test_a_capitalised_word_that_opens_a_sentence_is_not_a_dateline() -> None:
    assert strip_furniture("NASA said on Monday it would launch.") == (
        "NASA said on Monday it would launch."
    )


def test_a_byline_with_its_desk_on_its_own_line_is_furniture() -> None:
    assert is_furniture_line("By Colette Mbeki, Consumer Affairs")
    assert not is_furniture_line("By the end of the year, sales had doubled.")


def test_a_place_dateline_with_its_date_is_not_quoted() -> None:
    sentence = "PORT SELBY, Sept 18, 2022 — The Salt Orchard opened the festival."
    assert strip_furniture(sentence) == "The Salt Orchard opened the festival."


def test_a_byline_ends_where_the_sentence_glued_to_it_begins() -> None:
    sentence = "Analysis by Ruth Caldwell In 2017 only 34.9% of voters took part."
    assert strip_furniture(sentence) == "In 2017 only 34.9% of voters took part."


def test_a_place_datelines_date_dates_its_sentence() -> None:
    report = "DUNMERE, July 12, 2024 — The museum opened its doors on Friday."
    assert day_meant("The museum opened its doors on Friday.", report) == "July 12, 2024"


def test_a_byline_with_an_accented_name_is_furniture() -> None:
    assert is_furniture_line("Nov 21, 2024 · By Élise Brunvald")


def test_a_weekday_is_dated_by_the_byline_line_above_it() -> None:
    report = (
        "Hosepipe ban lifted after autumn downpours\n"
        "By Keeley Marsh | Tamsey Gazette | 22 October 2025\n"
        "Tamsey Water lifted its hosepipe ban on Wednesday after a wet September."
    )
    sentence = "Tamsey Water lifted its hosepipe ban on Wednesday after a wet September."
    assert day_meant(sentence, report) == "22 October 2025"


def test_a_month_and_year_dateline_is_not_quoted_but_dates_its_sentence() -> None:
    sentence = "Dec 2023 ... Valdoret's harvest came in at 597,000 hectolitres."
    assert strip_furniture(sentence) == "Valdoret's harvest came in at 597,000 hectolitres."
    assert leading_date(sentence) == "Dec 2023"


def test_a_month_and_year_that_opens_a_sentence_is_no_dateline() -> None:
    assert strip_furniture("May 2025 saw record crowds.") == "May 2025 saw record crowds."


def test_a_desk_in_brackets_after_a_date_is_not_quoted() -> None:
    sentence = "Mar 5, 2025 — (Science Desk) — The Orrin Glacier has retreated 900 metres."
    assert strip_furniture(sentence) == "The Orrin Glacier has retreated 900 metres."


def test_last_years_thing_named_only_to_set_this_years_figure_against_it_is_no_year_meant() -> None:
    report = "Feb 3, 2025 — Ice sculpture festival closes early"
    compared = "Some 38,500 people came, well short of last year's record."
    assert year_meant(compared, report) == ""
    assert year_meant("Last year's winner, Tom Reyes, returns.", report) == "2024"
    assert year_meant("It drew 40,000, beating last year's 36,000.", report) == "2024"
