"""Time to the first streamed token and to the final answer, offline, through the embedded API.

Run: ``.venv/bin/python -m benchmarks.latency [--repeats 3] [--out FILE]``.

The sample corpus is ingested into a temporary data dir; every question of the shipped eval set is
asked ``repeats`` times, each on a new thread, through ``Assistant.stream`` (SQLite checkpoints,
``durability="sync"``) as front ends call it. The baseline, in the same run, is the raw hybrid search
of the same questions: a turn's first token over it is what routing, grading, widening and the
answer's composition add to retrieval.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.output import publish
from signalbox.agents import Assistant, Settings, new_thread_id
from signalbox.agents.evaluation import load_dataset
from signalbox.agents.events import AnswerEvent, TokenEvent
from signalbox.tools.knowledge import ingest

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "app" / "samples"
DATASET = ROOT / "benchmarks" / "eval" / "samples.jsonl"


def percentiles(values: list[float]) -> dict[str, float]:
    """p50 and p95 in milliseconds."""
    ordered = sorted(values)
    return {
        "p50_ms": round(statistics.median(ordered) * 1000, 1),
        "p95_ms": round(ordered[int(0.95 * (len(ordered) - 1))] * 1000, 1),
    }


def time_turn(assistant: Assistant, question: str) -> tuple[float, float]:
    """Seconds to the first token and to the answer event."""
    start = time.perf_counter()
    first = None
    for event in assistant.stream(question, thread_id=new_thread_id()):
        if isinstance(event, TokenEvent) and first is None:
            first = time.perf_counter() - start
        if isinstance(event, AnswerEvent):
            final = time.perf_counter() - start
            return (first if first is not None else final), final
    raise RuntimeError(f"no answer to {question!r}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    questions = [case.question for case in load_dataset(DATASET)]
    with tempfile.TemporaryDirectory() as folder:
        assistant = Assistant(Settings(data_dir=Path(folder)))
        ingest(assistant.knowledge, [SAMPLES])
        time_turn(assistant, questions[0])  # warm-up: route examples embedded, caches filled
        first_token, final, search = [], [], []
        for _ in range(args.repeats):
            for question in questions:
                start = time.perf_counter()
                assistant.knowledge.search(question, k=assistant.settings.top_k)
                search.append(time.perf_counter() - start)
                to_first, to_final = time_turn(assistant, question)
                first_token.append(to_first)
                final.append(to_final)
    results: dict[str, Any] = {
        "benchmark": "latency",
        "mode": "offline",
        "turns": len(final),
        "first_token": percentiles(first_token),
        "final_answer": percentiles(final),
        "baseline_hybrid_search": percentiles(search),
    }
    results["ratio_first_token_to_search_p50"] = round(
        results["first_token"]["p50_ms"] / results["baseline_hybrid_search"]["p50_ms"], 2
    )
    publish(results, args.out)


if __name__ == "__main__":
    main()
