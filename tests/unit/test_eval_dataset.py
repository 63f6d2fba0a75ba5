"""The eval dataset: each line validated, errors named by file and line."""

from __future__ import annotations

from pathlib import Path

import pytest

from signalbox.agents.evaluation import DatasetError, load_dataset
from tests.conftest import ROOT


def test_the_shipped_eval_set_loads_and_asks_in_both_languages() -> None:
    cases = load_dataset(ROOT / "benchmarks" / "eval" / "samples.jsonl")
    assert len(cases) >= 20
    assert any("年假" in case.question for case in cases)
    # Offline with no web search, every web-bound question searches the documents instead.
    assert {case.route for case in cases} >= {"knowledge", "functions", "direct"}


def test_comments_and_blank_lines_are_skipped_and_ids_default_to_line_numbers(
    tmp_path: Path,
) -> None:
    path = tmp_path / "set.jsonl"
    path.write_text('# a comment\n\n{"question": "What is 2+2?"}\n', encoding="utf-8")
    [case] = load_dataset(path)
    assert (case.id, case.question, case.route) == ("3", "What is 2+2?", None)


@pytest.mark.parametrize(
    ("line", "problem"),
    [
        ("{not json", "set.jsonl:1:"),
        ('{"question": ""}', "question"),
        ('{"question": "q", "route": "elsewhere"}', "route"),
        ('{"question": "q", "gold": ["a.md"]}', "gold"),
    ],
)
def test_a_bad_line_is_named_with_its_file_and_number(
    tmp_path: Path, line: str, problem: str
) -> None:
    path = tmp_path / "set.jsonl"
    path.write_text(line + "\n", encoding="utf-8")
    with pytest.raises(DatasetError, match=problem):
        load_dataset(path)


def test_an_empty_dataset_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "set.jsonl"
    path.write_text("\n", encoding="utf-8")
    with pytest.raises(DatasetError, match="no questions"):
        load_dataset(path)
