"""knowledge: hybrid retrieval, then relevance grading; nothing relevant asks for the web.

The model grades when there is one; otherwise (or when it fails) similarity and term overlap do.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, replace
from typing import Any

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import HumanMessage, SystemMessage
from langgraph.runtime import Runtime
from pydantic import BaseModel, Field

from signalbox.graphs.addressed import why_suspicious
from signalbox.graphs.context import Context
from signalbox.graphs.emit import emit
from signalbox.graphs.events import (
    ErrorEvent,
    Evidence,
    Grade,
    GradingEvent,
    RetrievalEvent,
    RetrievedHit,
    Source,
)
from signalbox.graphs.grading import grade
from signalbox.graphs.prompts import GRADER_SYSTEM, data_block
from signalbox.graphs.rerank import retrieve
from signalbox.graphs.resilience import describe, report_or_retry
from signalbox.graphs.state import State
from signalbox.graphs.toolbox import Toolbox
from signalbox.tools.knowledge import Hit, widen


def hit_source(hit: Hit, text: str) -> Source:
    """Where a retrieved chunk is from, with ``text`` as what it says (the chunk, or widened)."""
    return Source(
        source=hit.source,
        path=hit.path,
        page=hit.page,
        title=hit.title,
        heading=hit.heading,
        text=text,
    )


def hit_evidence(n: int, hit: Hit, text: str) -> Evidence:
    """A retrieved chunk (widened to ``text``) as numbered evidence."""
    return Evidence(n=n, score=round(hit.score, 4), **hit_source(hit, text).source_fields())


class Relevance(BaseModel):
    """The grader's verdict."""

    relevant: list[int] = Field(
        description="Ids of the passages that help answer the question, most direct answer first."
    )


def model_grades(model: BaseChatModel, question: str, hits: list[Hit]) -> list[int]:
    """Ids (1-based) of the hits that the model judges useful, best first; one call for all.

    The grader reads every passage anyway, so its order is the reranking: it tells the passage
    that states the answer from those that share its names and year, which no offline signal does.
    """
    passages = "\n\n".join(
        data_block("passage", hit.text, id=n, source=hit.source) for n, hit in enumerate(hits, 1)
    )
    verdict = model.with_structured_output(Relevance).invoke(
        [SystemMessage(GRADER_SYSTEM), HumanMessage(f"Question: {question}\n\n{passages}")]
    )
    if not isinstance(verdict, Relevance):
        raise TypeError("the model did not return a relevance verdict")
    return list(dict.fromkeys(n for n in verdict.relevant if 1 <= n <= len(hits)))


def make_knowledge_node(
    toolbox: Toolbox, *, degraded: bool = False
) -> Callable[..., dict[str, Any]]:
    """Build the node around a knowledge base; ``degraded`` (after the model failed) grades without it."""

    def knowledge(state: State, runtime: Runtime[Context]) -> dict[str, Any]:
        context = runtime.context or Context()
        question = state.get("query") or state["question"]
        web_available = toolbox.web_for(context)
        try:
            hits = retrieve(
                lambda query, k: toolbox.knowledge.search(query, k=k, mode=context.search_mode),
                question,
                context.top_k,
            )
        except Exception as exc:  # any store failure must still end in an answer
            emit(ErrorEvent(stage="retrieval", message=describe(exc)))
            return {
                "fallback": web_available,
                "notes": [*state.get("notes", []), "The knowledge base could not be searched."],
            }
        grades = [grade(question, hit.text, hit.similarity) for hit in hits]
        method = "similarity"
        model = None if degraded else toolbox.model_for(context)
        if model is not None and hits:
            try:
                chosen = model_grades(model, question, hits)
            except Exception as exc:  # the offline grades stand in for a failed model
                report_or_retry("grading", exc, toolbox.retry)
            else:
                method = "model"
                order = [*chosen, *(n for n in range(1, len(hits) + 1) if n not in chosen)]
                hits = [hits[n - 1] for n in order]
                grades = [replace(grades[n - 1], relevant=n in chosen) for n in order]
        # Reported only now, so that a retried grading does not show the same hits twice.
        emit(
            RetrievalEvent(
                query=question,
                mode=context.search_mode,
                hits=[
                    RetrievedHit(
                        n=n,
                        score=round(hit.score, 4),
                        similarity=round(hit.similarity, 3),
                        suspicious=why_suspicious(hit.text),
                        **hit_source(hit, hit.text).source_fields(),
                    )
                    for n, hit in enumerate(hits, start=1)
                ],
            )
        )
        numbered = list(enumerate(zip(hits, grades, strict=True), start=1))
        relevant = [(n, hit) for n, (hit, g) in numbered if g.relevant]
        emit(
            GradingEvent(
                relevant=len(relevant),
                total=len(hits),
                method=method,
                grades=[Grade(n=n, source=hit.source, **asdict(g)) for n, (hit, g) in numbered],
            )
        )
        notes = list(state.get("notes", []))
        if not hits:
            notes.append(
                "The knowledge base is empty: add documents with `signalbox ingest PATH`."
                if toolbox.knowledge.count() == 0
                else "No passage matched the question."
            )
        knowledge_base = toolbox.knowledge
        return {
            "evidence": [
                hit_evidence(n, hit, widen(hit, knowledge_base.neighbours(hit, context.neighbours)))
                for n, hit in relevant
            ],
            "fallback": not relevant and web_available,
            "notes": notes,
        }

    return knowledge
