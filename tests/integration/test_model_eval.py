"""The model-mode eval with the scripted reader: ``signalbox eval`` over the real OpenAI client."""

from __future__ import annotations

import json
from pathlib import Path

from benchmarks.model_eval import run
from benchmarks.scripted_reader import MODEL_NAME

RECORDS = [
    {
        "id": 0,
        "query": "How many seats does the Lowmere city council have?",
        "answer": "41",
        "positive": ["Lowmere city council has 41 seats, elected every four years."],
        "negative": ["Highmere city council has 35 seats, elected every five years."],
    },
    {
        "id": 1,
        "query": "Which club won the Harbor Cup final in 2021?",
        "answer": [["Northport Mariners"]],
        "positive": ["Jun 12, 2021 ... Northport Mariners beat Calder Rovers 3-1 in the Harbor Cup "
                     "final."],
        "negative": ["Jun 9, 2019 ... Eastgate United beat Calder Rovers 2-0 in the Harbor Cup "
                     "final."],
    },
    {
        "id": 2,
        "query": "When was the Harbor Cup founded?",
        "answer": "1952",
        "positive": ["The Harbor Cup was founded in 1952 and is played each June."],
        "negative": ["The Calder Shield was founded in 1961 and is played each May."],
    },
]  # fmt: skip


def test_the_model_mode_eval_answers_and_cites_through_the_openai_client(tmp_path: Path) -> None:
    dataset = tmp_path / "tiny_rgb.jsonl"
    dataset.write_text("".join(json.dumps(r) + "\n" for r in RECORDS), encoding="utf-8")
    out = tmp_path / "model.json"
    assert run([str(dataset), "--withheld-every", "3"], out) == 0
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["mode"] == MODEL_NAME
    calls = report["model"]["calls"]
    turns = len(report["results"])
    assert turns == 4  # every question, then the first one again without its positive passage
    # Every turn reached the server through ChatOpenAI: routed, graded and answered, streamed.
    assert calls["route"] == calls["grading"] == calls["answer"] == calls["streamed"] == turns
    assert "failed" not in calls and "other" not in calls
    seats = report["results"][0]
    assert (seats["run"], seats["route"]) == ("answer", "knowledge")
    assert "41" in seats["answer"] and "[" in seats["answer"]
    assert seats["first_cited_role"] == "positive"
    withheld = report["results"][-1]
    assert withheld["run"] == "withheld" and withheld["first_cited"] is None
    assert report["metrics"]["rejection_rate"]["value"] == 1.0
