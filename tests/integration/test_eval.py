"""``signalbox eval`` on the shipped eval set: the quality bar that a regression must not cross."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli import run_cli
from tests.conftest import ROOT

DATASET = ROOT / "benchmarks" / "eval" / "samples.jsonl"
# The offline mode's scores on the sample corpus, each with some headroom. A change that lowers one
# below its floor fails CI; raise a floor when the scores improve.
FLOORS = {
    "routing_accuracy": 0.9,
    "recall_at_k": 0.9,
    "mrr": 0.85,
    "ndcg_at_10": 0.85,
    "token_f1": 0.6,
    "rouge_l": 0.6,
    "citation_precision": 0.9,
    "citations_resolve": 1.0,
    "grounded": 0.85,
}


def test_the_sample_eval_set_meets_its_floors(cli_data_dir: Path, tmp_path: Path) -> None:
    out, markdown = tmp_path / "eval.json", tmp_path / "eval.md"
    floors = [arg for name, floor in FLOORS.items() for arg in ("--min", f"{name}={floor}")]
    result = run_cli(
        "eval", str(DATASET), "--out", str(out), "--markdown", str(markdown), *floors,
        data_dir=cli_data_dir,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["cases"] == len(report["results"]) >= 20
    chinese = [r for r in report["results"] if r["id"].startswith("zh-")]
    assert chinese and all(r["scores"]["routing_accuracy"] == 1.0 for r in chinese)
    assert {"route", "knowledge", "first_token", "total"} <= set(report["latency"])
    assert "| Routing accuracy |" in markdown.read_text(encoding="utf-8")


def test_a_score_below_its_floor_fails_with_the_metric_named(
    cli_data_dir: Path, tmp_path: Path
) -> None:
    dataset = tmp_path / "wrong.jsonl"
    dataset.write_text('{"question": "What is 6*7?", "route": "web"}\n', encoding="utf-8")
    result = run_cli("eval", str(dataset), "--min", "routing_accuracy=0.5", data_dir=cli_data_dir)
    assert result.returncode == 1
    assert "below threshold: routing_accuracy = 0.0 < 0.5" in result.stderr


def test_compare_shows_the_change_against_an_earlier_report(
    cli_data_dir: Path, tmp_path: Path
) -> None:
    dataset = tmp_path / "one.jsonl"
    dataset.write_text(
        '{"question": "What is 6*7?", "route": "functions", "answer": "6*7 = 42"}\n',
        encoding="utf-8",
    )
    earlier = tmp_path / "earlier.json"
    earlier.write_text(
        json.dumps({"dataset": "earlier", "metrics": {"routing_accuracy": {"value": 0.5}}}),
        encoding="utf-8",
    )
    result = run_cli("eval", str(dataset), "--compare", str(earlier), data_dir=cli_data_dir)
    assert result.returncode == 0, result.stderr
    assert "| Routing accuracy | 1.000 | 0.500 | +0.500 |" in result.stdout


def test_a_broken_dataset_exits_1_naming_the_line(cli_data_dir: Path, tmp_path: Path) -> None:
    dataset = tmp_path / "broken.jsonl"
    dataset.write_text('{"question": "ok"}\n{oops\n', encoding="utf-8")
    result = run_cli("eval", str(dataset), data_dir=cli_data_dir)
    assert result.returncode == 1
    assert "broken.jsonl:2:" in result.stderr
