"""RGB sets: the answer check as RGB scores it, format and flavour detection, passages as files."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from signalbox.agents.evaluation import DatasetError, detect_format, load_rgb, select
from signalbox.agents.evaluation.passages import PassageSet
from signalbox.agents.evaluation.rgb import RgbCase, answer_parts
from signalbox.agents.evaluation.rgb_runner import (
    RgbResult,
    first_citation,
    score_turn,
    summarise_rgb,
)
from signalbox.agents.evaluation.rgb_scoring import abstains, flags_conflict, holds_answer
from signalbox.agents.events import AnswerEvent, Citation, RetrievalEvent, RetrievedHit


def _answer(text: str, citations: list[Citation] | None = None, **flags: bool) -> AnswerEvent:
    return AnswerEvent(
        text=text, citations=citations or [], grounded=True, route="knowledge", **flags
    )


def _case(case_id: str, **fields: Any) -> RgbCase:
    return RgbCase(id=case_id, query="q?", answer=[["a"]], **{"positive": [], **fields})


def _write(path: Path, records: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")
    return path


def test_an_answer_must_hold_every_required_part() -> None:
    parts = answer_parts(["1月3日", "1月12日"])
    assert holds_answer("宣誓在1月3日，首次会议在1月12日。", parts)
    assert not holds_answer("宣誓在1月3日。", parts)


def test_any_accepted_string_satisfies_its_part() -> None:
    parts = answer_parts([["1313851", "131万"], ["187万", "186.35万"]])
    assert holds_answer("特斯拉交付131万辆，比亚迪交付186.35万辆", parts)


def test_matching_ignores_case() -> None:
    assert holds_answer("The winner was NORTHPORT MARINERS.", answer_parts("Northport Mariners"))


def test_chinese_is_compared_without_spaces() -> None:
    assert holds_answer("冠军是 江苏 苏宁 队", answer_parts("江苏苏宁"))


def test_thousands_separators_do_not_matter() -> None:
    assert holds_answer("Turnout was 1,313,851 voters.", answer_parts("1313851"))
    assert holds_answer("Turnout was 1313851 voters.", answer_parts("1,313,851"))


@pytest.mark.parametrize(("gold", "text"), [("70", "共有170个议席"), ("2.3%", "增长12.3%")])
def test_a_number_does_not_match_inside_a_longer_number(gold: str, text: str) -> None:
    assert not holds_answer(text, answer_parts(gold))


def test_a_rejection_is_the_abstained_flag_or_rgb_wording() -> None:
    assert abstains(_answer("Here is a quote [1].", abstained=True))
    assert abstains(_answer("对不起，文档信息不足，无法回答。"))
    assert abstains(_answer("I don’t know from these sources."))
    assert not abstains(_answer("The final was won by Northport [1]."))


def test_error_detection_is_the_conflict_flag_or_rgb_wording() -> None:
    assert flags_conflict(_answer("70 seats [1].", conflict=True))
    assert flags_conflict(_answer("The sources disagree: 70 [1] or 170 [2]."))
    assert flags_conflict(_answer("文档中有事实性错误。"))
    assert not flags_conflict(_answer("70 seats [1]."))


def test_rgb_lines_are_detected_by_query_and_positive(tmp_path: Path) -> None:
    rgb = _write(tmp_path / "rgb.json", [{"query": "q", "answer": "a", "positive": ["p"]}])
    plain = _write(tmp_path / "plain.jsonl", [{"question": "q"}])
    assert (detect_format(rgb), detect_format(plain)) == ("rgb", "questions")


def test_the_flavour_follows_from_the_fields(tmp_path: Path) -> None:
    path = _write(
        tmp_path / "mixed.json",
        [
            {"id": 0, "query": "q", "answer": "a", "positive": ["p"], "negative": ["n"]},
            {"id": 1, "query": "q", "answer": ["a", "b"], "positive": [["p1"], ["p2", "p3"]]},
            {"id": 2, "query": "q", "answer": "a", "fakeanswer": "f", "positive": ["p"],
             "positive_wrong": ["w"]},
        ],
    )  # fmt: skip
    plain, integration, fact = load_rgb(path)
    assert (plain.flavour, integration.flavour, fact.flavour) == ("plain", "int", "fact")
    assert integration.positive == ["p1", "p2", "p3"]
    assert (fact.positive_wrong, fact.fake_answer) == (["w"], [["f"]])


def test_answer_shapes_become_required_parts_of_accepted_strings() -> None:
    assert answer_parts("70") == [["70"]]
    assert answer_parts(["悉尼", "澳大利亚"]) == [["悉尼"], ["澳大利亚"]]
    assert answer_parts([["乔·拜登", "拜登"]]) == [["乔·拜登", "拜登"]]


def test_a_broken_line_is_named_by_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{"query": "q", "answer": "a", "positive": []}\n{"query": "q"}\n', "utf-8")
    with pytest.raises(DatasetError, match=r"broken\.json:2:"):
        load_rgb(path)


def test_a_passage_shared_by_questions_is_one_file_with_a_role_for_each() -> None:
    passages = PassageSet.from_cases(
        [
            _case(
                "1", positive=["Final 2021: Mariners won."], negative=["Final 2019: Rovers won."]
            ),
            _case(
                "2", positive=["Final 2019: Rovers won."], negative=["Final 2021: Mariners won."]
            ),
        ]
    )
    assert len(passages.texts) == 2
    [file_2021] = passages.sources("1", "positive")
    assert (passages.role(file_2021, "1"), passages.role(file_2021, "2")) == (
        "positive",
        "negative",
    )


def test_an_answering_role_wins_when_a_question_lists_a_passage_twice() -> None:
    passages = PassageSet.from_cases([_case("1", positive=["p"], negative=["p", "n"])])
    assert passages.sources("1", "positive") == {
        name for name, t in passages.texts.items() if t == "p"
    }


def test_passage_file_names_carry_no_role_and_no_digit() -> None:
    passages = PassageSet.from_cases(
        [_case(str(i), positive=[f"p{i}"], negative=[f"n{i}"]) for i in range(30)]
    )
    assert all(re.fullmatch(r"passage-[a-z]{4}\.txt", name) for name in passages.texts)
    assert not any(word in name for name in passages.texts for word in ("pos", "neg", "wrong"))


def test_writing_the_passages_removes_files_of_an_earlier_selection(tmp_path: Path) -> None:
    PassageSet.from_cases([_case("1", positive=["old", "kept"])]).write(tmp_path)
    PassageSet.from_cases([_case("1", positive=["kept"])]).write(tmp_path)
    assert sorted(p.read_text("utf-8") for p in tmp_path.iterdir()) == ["kept"]


def test_select_samples_limits_and_trims_negatives() -> None:
    cases = [_case(str(i), negative=["n1", "n2", "n3"]) for i in range(10)]
    chosen = select(cases, sample_every=3, limit=3, max_negatives=1)
    assert [(c.id, c.negative) for c in chosen] == [("0", ["n1"]), ("3", ["n1"]), ("6", ["n1"])]


def test_the_first_citation_is_the_first_marker_in_the_text() -> None:
    cited = [
        Citation(n=1, kind="document", source="passage-bbbb.txt"),
        Citation(n=2, kind="document", source="passage-bbbc.txt"),
    ]
    assert first_citation(_answer("Rovers [2], then Mariners [1].", cited)) == "passage-bbbc.txt"


def test_per_flavour_accuracy_is_reported_only_for_mixed_sets() -> None:
    def result(flavour: str, accurate: float) -> RgbResult:
        return RgbResult(
            id="1",
            query="q",
            flavour=flavour,
            run="answer",
            route="knowledge",
            answer="",
            abstained=False,
            conflict=False,
            first_cited=None,
            first_cited_role=None,
            retrieved=[],
            scores={"accuracy": accurate, f"accuracy_{flavour}": accurate},
        )

    assert set(summarise_rgb([result("int", 1.0), result("int", 0.0)])) == {"accuracy"}
    mixed = summarise_rgb([result("int", 1.0), result("fact", 0.0)])
    assert mixed["accuracy_int"] == {"value": 1.0, "n": 1}
    assert mixed["accuracy"] == {"value": 0.5, "n": 2}


def test_hits_are_scored_only_on_turns_that_searched_the_documents() -> None:
    case = _case("1", positive=["Mariners won in 2021."], negative=["Rovers won in 2019."])
    passages = PassageSet.from_cases([case])
    [positive] = passages.sources("1", "positive")
    [negative] = passages.sources("1", "negative")
    hits = [
        RetrievedHit(n=n, source=source, score=1.0, similarity=1.0, text="")
        for n, source in ((1, negative), (2, positive))
    ]
    searched = [RetrievalEvent(query="q", mode="hybrid", hits=hits), _answer("Mariners [2].")]
    scores = score_turn(case, searched, passages, "answer").scores
    assert (scores["hit_at_1"], scores["hit_at_5"]) == (0.0, 1.0)
    web_only = score_turn(case, [_answer("Not configured.")], passages, "answer").scores
    assert (web_only["hit_at_1"], web_only["hit_at_5"]) == (None, None)


def test_a_first_citation_holds_the_answer_whatever_role_its_passage_plays() -> None:
    counted = "The 2020 census counted 18,400 residents and 9,100 homes."
    census = RgbCase(id="1", query="How many residents?", answer=[["18,400"]], positive=[counted])
    homes = RgbCase(
        id="2",
        query="How many homes?",
        answer=[["9,100"]],
        fake_answer=[["1,900"]],
        positive=[counted],
        positive_wrong=[counted.replace("9,100", "1,900")],
    )
    passages = PassageSet.from_cases([census, homes])
    [rewrite] = passages.sources("2", "wrong")
    turn = [_answer("18,400 [1].", [Citation(n=1, kind="document", source=rewrite)])]
    scores = score_turn(census, turn, passages, "answer").scores
    assert passages.role(rewrite, "1") is None
    assert (scores["first_citation_positive"], scores["first_citation_holds_answer"]) == (0.0, 1.0)
    assert score_turn(homes, turn, passages, "answer").scores["first_citation_holds_answer"] == 0.0
