"""``signalbox eval`` on an RGB-shaped set: its own index, both runs, each metric with its count."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli import run_cli

# Four questions of each kind RGB has, on look-alike passages that differ in a year or a number.
RECORDS = [
    {
        "id": 0,
        "query": "Which club won the Harbor Cup final in 2021?",
        "answer": [["Northport Mariners", "the Mariners"]],
        "positive": ["Jun 12, 2021 ... Northport Mariners beat Calder Rovers 3-1 in the Harbor Cup "
                     "final."],
        "negative": ["Jun 9, 2019 ... Eastgate United beat Calder Rovers 2-0 in the Harbor Cup "
                     "final.", "The Harbor Cup was founded in 1952 and is played each June."],
    },
    {
        "id": 1,
        "query": "How many seats does the Lowmere city council have?",
        "answer": "41",
        "positive": ["Lowmere city council has 41 seats, elected every four years."],
        "negative": ["Highmere city council has 35 seats, elected every five years."],
    },
    {
        "id": 2,
        "query": "Who won the Harbor Cup final in 2019 and in 2021?",
        "answer": ["Eastgate United", "Northport Mariners"],
        "positive": [
            ["Jun 9, 2019 ... Eastgate United beat Calder Rovers 2-0 in the Harbor Cup final."],
            ["Jun 12, 2021 ... Northport Mariners beat Calder Rovers 3-1 in the Harbor Cup "
             "final."],
        ],
        "negative": ["The Harbor Cup was founded in 1952 and is played each June."],
    },
    {
        "id": 3,
        "query": "What was the population of Port Alder in 2020?",
        "answer": "18,400",
        "fakeanswer": "81,400",
        "positive": ["The 2020 census counted 18,400 residents in Port Alder."],
        "positive_wrong": ["The 2020 census counted 81,400 residents in Port Alder."],
        "negative": ["The 2010 census counted 16,900 residents in Port Alder."],
    },
]  # fmt: skip
METRICS = {
    "accuracy": 4,
    "accuracy_plain": 2,
    "accuracy_int": 1,
    "accuracy_fact": 1,
    "rejection_rate": 4,
    "false_rejection_rate": 4,
    "error_detection": 1,
    "fake_answer_rate": 1,
    "first_citation_positive": 4,
    "first_citation_holds_answer": 4,
    "knowledge_route": 4,
}


def test_an_rgb_set_reports_every_metric_with_its_count(tmp_path: Path) -> None:
    dataset = tmp_path / "tiny_rgb.json"
    dataset.write_text("".join(json.dumps(r) + "\n" for r in RECORDS), encoding="utf-8")
    earlier = tmp_path / "earlier.json"
    earlier.write_text(json.dumps({"metrics": {"accuracy": {"value": 0.0}}}), encoding="utf-8")
    out = tmp_path / "rgb.json"
    result = run_cli(
        "eval", str(dataset), "--out", str(out), "--compare", str(earlier),
        "--min", "accuracy=0", "--min", "rejection_rate=0",
        data_dir=tmp_path / "unused",
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    report = json.loads(out.read_text(encoding="utf-8"))
    counts = {name: metric["n"] for name, metric in report["metrics"].items()}
    searched = round(report["metrics"]["knowledge_route"]["value"] * 4)
    assert counts == METRICS | {"hit_at_1": searched, "hit_at_5": searched}
    assert report["passages"]["files"] == 8  # the two finals are shared by questions 0 and 2
    assert (report["cases"], report["withheld_cases"]) == (4, 4)
    assert "total" in report["latency"]
    accuracy = report["metrics"]["accuracy"]["value"]
    assert f"| Accuracy (answer holds the gold) | {accuracy:.3f} | 4 |" in result.stdout
    assert f"| Accuracy (answer holds the gold) | {accuracy:.3f} | 0.000 |" in result.stdout
    assert not (tmp_path / "unused").exists(), "the run must not touch the configured data dir"


def test_an_index_holding_other_documents_is_refused(cli_data_dir: Path, tmp_path: Path) -> None:
    dataset = tmp_path / "tiny_rgb.json"
    dataset.write_text(json.dumps(RECORDS[1]) + "\n", encoding="utf-8")
    result = run_cli("eval", str(dataset), "--data-dir", str(cli_data_dir), data_dir=cli_data_dir)
    assert result.returncode == 2
    assert "not a passage of this set" in result.stderr
