"""``signalbox eval`` on an RGB set: one knowledge base of its passages, every question asked.

A sample is then asked again with its answering passages withheld, for negative rejection.

The passages are written as files and go through the normal ``ingest``, so the run measures the
product as a user meets it: loading, splitting, embedding, hybrid search, the graph and its answer.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Literal

from signalbox.agents.assistant import Assistant
from signalbox.agents.evaluation.passages import PassageSet, Role
from signalbox.agents.evaluation.rgb import RgbCase
from signalbox.agents.evaluation.rgb_scoring import abstains, flags_conflict, holds_answer
from signalbox.agents.evaluation.runner import latency_table, mean_metric, timed_turn
from signalbox.agents.events import AnswerEvent, Event, RetrievalEvent
from signalbox.tools.knowledge import IngestProgress, KnowledgeBase, ingest

Run = Literal["answer", "withheld"]
OnProgress = Callable[[str, int, int | None], None]
"""Called with a stage ("Embedding", "Asking", "Withheld"), work done, and the total if known."""

HIT_DEPTH = 5
_MARKER = re.compile(r"\[(\d+)\]")
METRICS = (
    "accuracy",
    "accuracy_plain",
    "accuracy_int",
    "accuracy_fact",
    "rejection_rate",
    "false_rejection_rate",
    "error_detection",
    "fake_answer_rate",
    "first_citation_positive",
    "first_citation_holds_answer",
    "hit_at_1",
    "hit_at_5",
    "knowledge_route",
)
"""Report order; the per-flavour accuracies appear only when a set mixes flavours."""


class ForeignDocumentsError(RuntimeError):
    """The data dir's index holds documents that are not this set's passages."""


@dataclass
class RgbResult:
    """One turn of an RGB run and its scores (None where the question gives nothing to score)."""

    id: str
    query: str
    flavour: str
    run: Run
    route: str
    answer: str
    abstained: bool
    conflict: bool
    first_cited: str | None
    first_cited_role: Role | None
    retrieved: list[dict[str, Any]]
    scores: dict[str, float | None] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=dict)


def first_citation(answer: AnswerEvent) -> str | None:
    """The source of the first ``[n]`` in the text that names one of the answer's citations."""
    cited = {citation.n: citation for citation in answer.citations}
    for marker in _MARKER.finditer(answer.text):
        if (citation := cited.get(int(marker.group(1)))) is not None:
            return citation.url or citation.source
    return None


def ranked_sources(events: list[Event]) -> list[str] | None:
    """The distinct sources of the first knowledge-base search, best first; None without one."""
    search = next((e for e in events if isinstance(e, RetrievalEvent)), None)
    if search is None:
        return None
    hits = sorted(search.hits, key=lambda hit: hit.n)
    return list(dict.fromkeys(hit.source for hit in hits))


def _holds_a_part(passages: PassageSet, source: str | None, case: RgbCase) -> bool:
    """Whether the passage holds the answer, or one part of it, as a reader checking it would see.

    Beside the passage's role: in a set whose questions share their subjects, a counterfactual
    rewrite of one question's passage still holds another question's answer, and is neither that
    question's positive nor its negative.
    """
    text = passages.texts.get(source) if source else None
    return text is not None and any(holds_answer(text, [part]) for part in case.answer)


def score_turn(case: RgbCase, events: list[Event], passages: PassageSet, run: Run) -> RgbResult:
    """Score one turn: accuracy and citations with the positives present, abstention without."""
    final = next(e for e in reversed(events) if isinstance(e, AnswerEvent))
    ranked = ranked_sources(events)
    searched = ranked is not None
    top = (ranked or [])[:HIT_DEPTH]
    roles = [passages.role(source, case.id) for source in top]
    cited = first_citation(final)
    cited_role = passages.role(cited, case.id) if cited else None
    fact = case.flavour == "fact"
    scores: dict[str, float | None]
    if run == "withheld":
        scores = {"rejection_rate": float(abstains(final))}
    else:
        accurate = float(holds_answer(final.text, case.answer))
        scores = {
            "accuracy": accurate,
            f"accuracy_{case.flavour}": accurate,
            "false_rejection_rate": float(abstains(final)),
            "error_detection": float(flags_conflict(final)) if fact else None,
            "fake_answer_rate": float(holds_answer(final.text, case.fake_answer)) if fact else None,
            "first_citation_positive": float(cited_role == "positive"),
            "first_citation_holds_answer": float(_holds_a_part(passages, cited, case)),
            # Ranking alone: turns that never searched the documents count under knowledge_route.
            "hit_at_1": float(roles[:1] == ["positive"]) if searched else None,
            "hit_at_5": float("positive" in roles) if searched else None,
            "knowledge_route": float(final.route == "knowledge"),
        }
    return RgbResult(
        id=case.id,
        query=case.query,
        flavour=case.flavour,
        run=run,
        route=final.route,
        answer=final.text,
        abstained=final.abstained,
        conflict=final.conflict,
        first_cited=cited,
        first_cited_role=cited_role,
        retrieved=[
            {"source": source, "role": role} for source, role in zip(top, roles, strict=True)
        ],
        scores=scores,
    )


def build_knowledge_base(
    kb: KnowledgeBase, passages: PassageSet, folder: Path, on_progress: OnProgress | None = None
) -> dict[str, Any]:
    """Make the index hold exactly these passages; unchanged files from an earlier run are kept."""
    passages.write(folder)
    inside = folder.resolve()
    wanted = {str(inside / name) for name in passages.texts}
    for info in kb.sources():
        if Path(info.path).parent != inside:
            raise ForeignDocumentsError(
                f"the index holds {info.source}, which is not a passage of this set: "
                "give an empty data dir, or one that an earlier RGB eval filled"
            )
        if info.path not in wanted:
            kb.forget(info.path)

    def embedding(state: IngestProgress) -> None:
        if on_progress is not None:
            on_progress("Embedding", state.chunks_embedded, state.chunks_total or None)

    start = time.perf_counter()
    report = ingest(kb, [folder], on_progress=embedding)
    return {
        "files": len(passages.texts),
        "positive": passages.count("positive"),
        "negative": passages.count("negative"),
        "wrong": passages.count("wrong"),
        "added": report.count("added") + report.count("updated"),
        "failed": len(report.failed),
        "chunks": kb.count(),
        "seconds": round(time.perf_counter() - start, 1),
    }


def _ask(
    assistant: Assistant,
    cases: list[RgbCase],
    passages: PassageSet,
    run: Run,
    on_progress: OnProgress | None,
) -> list[RgbResult]:
    results = []
    for done, case in enumerate(cases, start=1):
        events, seconds = timed_turn(assistant, case.query)
        result = score_turn(case, events, passages, run)
        result.seconds = seconds
        results.append(result)
        if on_progress is not None:
            on_progress("Asking" if run == "answer" else "Withheld", done, len(cases))
    return results


def summarise_rgb(results: list[RgbResult]) -> dict[str, Any]:
    """Each metric's mean over the turns that score it, with their count.

    Metrics that no turn scores (error detection on a set without wrong passages) are left out.
    """
    mixed = len({r.flavour for r in results}) > 1
    metrics = {}
    for name in METRICS:
        values = [s for r in results if (s := r.scores.get(name)) is not None]
        if values and (mixed or not name.startswith("accuracy_")):
            metrics[name] = mean_metric(values)
    return metrics


def evaluate_rgb(
    assistant: Assistant,
    cases: list[RgbCase],
    *,
    folder: Path,
    dataset: str = "",
    withheld_every: int = 1,
    on_progress: OnProgress | None = None,
) -> dict[str, Any]:
    """The RGB report: metrics, latency, the knowledge base built, and every turn's result.

    The index is built in ``folder``; every question is asked, then every ``withheld_every``-th
    again without its positive and wrong passages (0 skips that second run).
    """
    passages = PassageSet.from_cases(cases)
    knowledge = build_knowledge_base(assistant.knowledge, passages, folder, on_progress)
    answered = _ask(assistant, cases, passages, "answer", on_progress)
    sample = cases[::withheld_every] if withheld_every > 0 else []
    for case in sample:
        for source in passages.sources(case.id, "positive", "wrong"):
            assistant.knowledge.forget(str(folder.resolve() / source))
    withheld = _ask(assistant, sample, passages, "withheld", on_progress)
    results = answered + withheld
    return {
        "dataset": dataset,
        "format": "rgb",
        "mode": assistant.mode,
        "k": HIT_DEPTH,
        "cases": len(cases),
        "withheld_cases": len(sample),
        "flavours": {f: sum(c.flavour == f for c in cases) for f in ("plain", "int", "fact")},
        "passages": knowledge,
        "metrics": summarise_rgb(results),
        "latency": latency_table(r.seconds for r in answered),
        "results": [asdict(r) for r in results],
    }
