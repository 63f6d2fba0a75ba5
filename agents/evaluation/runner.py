"""Run each question through the Assistant and score what came back."""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from typing import Any

import numpy as np

from signalbox.agents.assistant import Assistant, new_thread_id
from signalbox.agents.evaluation.dataset import EvalCase
from signalbox.agents.evaluation.scoring import rouge_l, token_f1
from signalbox.agents.events import (
    AnswerEvent,
    CheckEvent,
    ErrorEvent,
    Event,
    GradingEvent,
    RetrievalEvent,
    RouteEvent,
    TokenEvent,
    ToolResultEvent,
    WebSearchEvent,
)
from signalbox.tools.knowledge.evaluation import ndcg_at_k, recall_at_k, reciprocal_rank

_MARKER = re.compile(r"\[(\d+)\]")
STAGES = (
    "route",
    "knowledge",
    "web_search",
    "functions",
    "first_token",
    "answer",
    "check",
    "total",
)


@dataclass
class CaseResult:
    """What one question produced, and its scores (None where the case gives nothing to score)."""

    id: str
    question: str
    route: str
    answer: str
    grounded: bool
    retrieved: list[str]
    cited: list[str]
    errors: list[str]
    scores: dict[str, float | None] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=dict)


def _stage_seconds(timed: list[tuple[float, Event]], start: float) -> dict[str, float]:
    """How long each stage took, from the times its events arrived."""
    seconds: dict[str, float] = {}
    previous = start
    route_at = None
    first_token = last_token = None
    before_tokens = start
    for at, event in timed:
        if isinstance(event, TokenEvent):
            if first_token is None:
                first_token, before_tokens = at, previous
            last_token = at
            continue
        if isinstance(event, RouteEvent):
            seconds["route"], route_at = at - start, at
        elif isinstance(event, GradingEvent) and route_at is not None:
            seconds["knowledge"] = at - route_at
        elif isinstance(event, WebSearchEvent):
            seconds["web_search"] = at - previous
        elif isinstance(event, ToolResultEvent) and route_at is not None:
            seconds["functions"] = at - route_at
        elif isinstance(event, CheckEvent) and last_token is not None:
            seconds["check"] = at - last_token
        elif isinstance(event, AnswerEvent):
            seconds["total"] = at - start
        previous = at
    if first_token is not None and last_token is not None:
        seconds["first_token"] = first_token - start
        seconds["answer"] = last_token - before_tokens
    return seconds


def _unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(items))


def score_case(case: EvalCase, events: list[Event], k: int) -> CaseResult:
    """Score one finished turn against what the case expects."""
    final = next(e for e in reversed(events) if isinstance(e, AnswerEvent))
    retrieved = _unique(
        [hit.source for e in events if isinstance(e, RetrievalEvent) for hit in e.hits]
        + [r.url for e in events if isinstance(e, WebSearchEvent) for r in e.results]
    )
    cited = _unique(c.url or c.source for c in final.citations)
    gold = set(case.sources)
    markers = {int(n) for n in _MARKER.findall(final.text)}
    scores: dict[str, float | None] = {
        "routing_accuracy": None if case.route is None else float(final.route == case.route),
        "recall_at_k": recall_at_k(retrieved, gold, k) if gold else None,
        "mrr": reciprocal_rank(retrieved, gold, k) if gold else None,
        "ndcg_at_10": ndcg_at_k(retrieved, dict.fromkeys(gold, 1.0), 10) if gold else None,
        "token_f1": token_f1(final.text, case.answer) if case.answer else None,
        "rouge_l": rouge_l(final.text, case.answer) if case.answer else None,
        "citation_precision": (
            sum(source in gold for source in cited) / len(cited) if gold and cited else None
        ),
        "citations_resolve": (
            float(markers <= {c.n for c in final.citations}) if markers else None
        ),
        "grounded": float(final.grounded) if final.route in ("knowledge", "web") else None,
    }
    return CaseResult(
        id=case.id,
        question=case.question,
        route=final.route,
        answer=final.text,
        grounded=final.grounded,
        retrieved=retrieved,
        cited=cited,
        errors=[f"{e.stage}: {e.message}" for e in events if isinstance(e, ErrorEvent)],
        scores=scores,
    )


def timed_turn(assistant: Assistant, question: str) -> tuple[list[Event], dict[str, float]]:
    """Ask the question on a fresh thread; its events, and the seconds each stage took."""
    start = time.perf_counter()
    timed = [
        (time.perf_counter(), event)
        for event in assistant.stream(question, thread_id=new_thread_id())
    ]
    return [event for _, event in timed], _stage_seconds(timed, start)


def run_case(assistant: Assistant, case: EvalCase, k: int) -> CaseResult:
    """Ask the question on a fresh thread, timing every event."""
    events, seconds = timed_turn(assistant, case.question)
    result = score_case(case, events, k)
    result.seconds = seconds
    return result


def mean_metric(values: list[float]) -> dict[str, Any]:
    """A metric as reported: the mean, and how many questions it averages over."""
    return {"value": round(float(np.mean(values)), 4) if values else None, "n": len(values)}


def latency_table(seconds: Iterable[dict[str, float]]) -> dict[str, Any]:
    """p50/p95 of each stage in milliseconds, over the turns that went through it."""
    turns = list(seconds)
    latency = {}
    for stage in STAGES:
        values = [turn[stage] * 1000 for turn in turns if stage in turn]
        if values:
            p50, p95 = np.percentile(values, [50, 95])
            latency[stage] = {"p50_ms": round(float(p50), 1), "p95_ms": round(float(p95), 1)}
            latency[stage]["n"] = len(values)
    return latency


def summarise(results: list[CaseResult]) -> tuple[dict[str, Any], dict[str, Any]]:
    """Mean of each score over the cases that have it; p50/p95 of each stage in milliseconds."""
    names = list(results[0].scores) if results else []
    metrics = {
        name: mean_metric([s for r in results if (s := r.scores.get(name)) is not None])
        for name in names
    }
    return metrics, latency_table(r.seconds for r in results)


def evaluate(
    assistant: Assistant,
    cases: list[EvalCase],
    *,
    k: int = 10,
    dataset: str = "",
    on_case: Callable[[CaseResult], None] | None = None,
) -> dict[str, Any]:
    """Run every case and return the report (metrics, latency, and every case's result)."""
    results = []
    for case in cases:
        result = run_case(assistant, case, k)
        results.append(result)
        if on_case is not None:
            on_case(result)
    metrics, latency = summarise(results)
    return {
        "dataset": dataset,
        "mode": assistant.mode,
        "k": k,
        "cases": len(results),
        "metrics": metrics,
        "latency": latency,
        "results": [asdict(r) for r in results],
    }
