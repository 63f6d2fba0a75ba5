"""A question that asks for several things is split into one question per part."""

from __future__ import annotations

from signalbox.graphs.decompose import _at_two_stages, sub_questions


def test_two_years_make_two_questions() -> None:
    assert sub_questions("Who won the 2018 and 2019 Kestrel Cup?") == (
        "Who won the 2018 Kestrel Cup?",
        "Who won the 2019 Kestrel Cup?",
    )


def test_two_years_in_chinese_make_two_questions() -> None:
    assert sub_questions("青湖市2020年和2021年的人口分别是多少？") == (
        "青湖市2020年的人口是多少？",
        "青湖市2021年的人口是多少？",
    )


def test_a_figure_with_a_thousands_comma_is_one_figure() -> None:
    assert sub_questions("Who approves expense claims above 2,000 EUR?") == ()
    assert sub_questions("Who won in 2013,2015?") == ("Who won in 2013?", "Who won in 2015?")


def test_a_year_glued_to_a_name_keeps_the_name_for_both() -> None:
    assert sub_questions("ACL2019和2020的举办地") == ("ACL2019的举办地", "ACL2020的举办地")


def test_capitalised_names_are_whole_conjuncts() -> None:
    assert sub_questions("What were the exports of New Zealand and Chile in 2020?") == (
        "What were the exports of New Zealand in 2020?",
        "What were the exports of Chile in 2020?",
    )


def test_an_ampersand_between_capitalised_words_joins_one_name() -> None:
    assert sub_questions("How much did Hale Partners pay for Marks & Lyle?") == ()


def test_an_ampersand_between_lowercase_words_joins_two_parts() -> None:
    assert sub_questions("Who won the men's & women's races?") == (
        "Who won the men's races?",
        "Who won the women's races?",
    )


def test_parallel_words_that_share_some_are_split_where_they_differ() -> None:
    assert sub_questions("What are the birth rate and death rate of Norway?") == (
        "What are the birth rate of Norway?",
        "What are the death rate of Norway?",
    )


def test_two_chinese_words_are_two_parts() -> None:
    assert sub_questions("《青山》的编剧和导演是谁？") == (
        "《青山》的编剧是谁？",
        "《青山》的导演是谁？",
    )


def test_a_second_clause_borrows_the_subject_of_the_first() -> None:
    assert sub_questions("《青山》是哪一年上映的？它的导演是谁？") == (
        "《青山》是哪一年上映的",
        "青山它的导演是谁",
    )


def test_a_question_of_one_part_is_not_split() -> None:
    assert sub_questions("What is the capacity in kg of truck OR-117?") == ()


def test_a_question_about_how_two_things_relate_is_not_split() -> None:
    assert sub_questions("What is the difference between shares and bonds?") == ()
    assert sub_questions("中国和印度之间的贸易额是多少？") == ()


def test_an_ampersand_inside_a_name_is_not_a_conjunction() -> None:
    assert sub_questions("What share of A&E patients were seen within four hours?") == ()
    assert sub_questions("How much did AT&T and Verizon earn in 2020?") == (
        "How much did AT&T earn in 2020?",
        "How much did Verizon earn in 2020?",
    )


def test_a_league_glued_to_its_season_is_paired_with_the_other_league() -> None:
    assert sub_questions("CBA和NBA2021-2022赛季总冠军") == (
        "CBA2021-2022赛季总冠军",
        "NBA2021-2022赛季总冠军",
    )
    assert sub_questions("NBA2021和CBA2022的冠军") == ("NBA2021的冠军", "CBA2022的冠军")


def test_a_later_clause_with_its_own_time_does_not_borrow_the_first_clauses_year() -> None:
    asked = "What was Quorvex valued at in 2023, and how big was its shortfall when it went bust?"
    assert sub_questions(asked)[1] == "how big was its shortfall when it went bust (Quorvex)"
    assert sub_questions("Who won the race in 2023, and what was the winning time?")[1] == (
        "what was the winning time (2023)"
    )


def test_a_later_stage_does_not_borrow_the_year_of_the_first() -> None:
    asked = "What fee did the 2023 draft plan propose for Tarnby, and what did the final plan set?"
    assert sub_questions(asked)[1] == "what did the final plan set (Tarnby)"


def test_a_later_how_many_that_names_nothing_counts_what_the_first_counts() -> None:
    asked = "How many homes did the draft masterplan propose, and how many were approved?"
    assert sub_questions(asked)[1] == "how many homes were approved"


def test_the_other_end_of_a_time_asked_alike_keeps_its_season() -> None:
    asked = "When did Ardlenoch open for the 2024-25 season and when did it close?"
    assert sub_questions(asked)[1] == "when did it close (2024-25, Ardlenoch)"


def test_a_borrowed_name_is_kept_whole_after_the_clause() -> None:
    asked = "Which contractor restored Skerrow Point Lighthouse and how much did the fund give?"
    assert sub_questions(asked)[1] == "how much did the fund give (Skerrow Point Lighthouse)"


def test_a_later_how_much_does_not_count_what_a_how_many_counts() -> None:
    asked = "How many staff will the trust employ, and how much will the merger save a year?"
    assert sub_questions(asked)[1] == "how much will the merger save a year"


def test_a_borrowed_name_does_not_take_the_verb_after_it_as_its_noun() -> None:
    asked = "How many staff will the Pellow Hospitals Trust employ, and how much will it save?"
    assert sub_questions(asked)[1] == "how much will it save (Pellow Hospitals Trust)"


def test_a_later_clause_starts_after_its_conjunction() -> None:
    asked = "When did the steelworks open, and on what date was the last iron cast there?"
    assert sub_questions(asked)[1] == "on what date was the last iron cast there"


def test_a_later_clause_asking_about_all_time_does_not_borrow_the_first_clauses_month() -> None:
    asked = "Who won the February 2024 Millionflare jackpot, and what is the biggest jackpot ever?"
    assert sub_questions(asked)[1] == "what is the biggest jackpot ever (Millionflare)"


def test_two_names_a_later_clause_borrows_stay_two() -> None:
    asked = (
        "How many tickets had Brellow forecast for Harbour Lights' first week, and how many did it "
        "sell?"
    )
    assert sub_questions(asked)[1] == "how many tickets did it sell (Brellow, Harbour Lights)"


def test_a_later_clause_that_names_no_noun_asks_the_first_clauses() -> None:
    asked = "What was the first estimate for rebuilding Marrow Quay, and what is the latest?"
    assert sub_questions(asked)[1] == "what is the latest estimate for rebuilding (Marrow Quay)"


def test_a_later_clause_naming_its_own_subject_borrows_only_the_first_clauses_year() -> None:
    assert sub_questions(
        "How many Brightline 3 heaters were recalled in 2024, and how many Quellor Mini fans?"
    ) == (
        "How many Brightline 3 heaters were recalled in 2024",
        "how many Quellor Mini fans (2024)",
    )


def test_a_month_in_a_later_clause_is_its_time_not_a_name_of_its_own() -> None:
    assert sub_questions(
        "How many copies did Quellor sell in its first week, and how many by March 2025?"
    ) == (
        "How many copies did Quellor sell in its first week",
        "how many copies by March 2025 (Quellor)",
    )


def test_one_question_asked_at_two_stages_named_by_phrases_is_asked_at_each() -> None:
    asked = (
        "What was the cost of the Tarnby bypass in the 2021 draft plan and in the approved plan?"
    )
    assert sub_questions(asked) == (
        "What was the cost of the Tarnby bypass in the 2021 draft plan",
        "What was the cost of the Tarnby bypass in the approved plan",
    )


def test_two_phrases_naming_no_later_stage_are_not_two_stages() -> None:
    assert (
        _at_two_stages("How fast was the winner in the men's race and in the women's race?") == ()
    )


def test_two_phrases_opening_with_the_same_preposition_are_two_parts() -> None:
    assert sub_questions(
        "How many footprints were found at Kell Point in 2019 and at Orme in 2025?"
    ) == (
        "How many footprints were found at Kell Point in 2019?",
        "How many footprints were found at Orme in 2025?",
    )


def test_each_year_says_how_often_and_stays_in_the_part() -> None:
    assert sub_questions("How much did the bridge cost to build and to run each year?") == (
        "How much did the bridge cost to build?",
        "How much did the bridge cost to run each year?",
    )


def test_a_later_clause_about_it_borrows_the_noun_the_name_qualifies() -> None:
    asked = (
        "What was the Pellow Lido restoration expected to cost, and what did it cost in the end?"
    )
    assert sub_questions(asked)[1] == "what did it cost in the end (Pellow Lido restoration)"


def test_a_later_stage_borrows_no_year_from_the_first() -> None:
    asked = "What was the estimated cost of repairing the Kell clock in 2023, and what did it cost?"
    assert sub_questions(asked)[1] == "what did it cost (Kell clock)"


def test_two_names_merged_into_one_are_asked_about_as_one() -> None:
    assert sub_questions("Who will run the merged Ashby and Coln building society?") == ()


def test_two_phrases_opening_with_an_article_share_the_verb_after_them() -> None:
    assert sub_questions("How much did the Ostby footbridge and the Calder Lane tunnel cost?") == (
        "How much did the Ostby footbridge cost?",
        "How much did the Calder Lane tunnel cost?",
    )


def test_parallel_chinese_conjuncts_end_on_the_same_word_leaving_what_follows_to_both() -> None:
    assert sub_questions("全国游泳锦标赛女子200米蝶泳和男子200米蝶泳冠军分别是谁？") == (
        "全国游泳锦标赛女子200米蝶泳冠军是谁？",
        "全国游泳锦标赛男子200米蝶泳冠军是谁？",
    )


def test_two_short_chinese_phrases_run_to_their_particle() -> None:
    assert sub_questions("市议会宣誓仪式及首次会议的时间") == (
        "市议会宣誓仪式的时间",
        "市议会首次会议的时间",
    )
