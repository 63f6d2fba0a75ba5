"""knowledge: hybrid retrieval, then relevance grading; too little relevant asks for the web."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict
from typing import Any

from langgraph.runtime import Runtime

from signalbox.graphs.context import Context
from signalbox.graphs.emit import emit
from signalbox.graphs.grading import grade
from signalbox.graphs.state import State
from signalbox.graphs.toolbox import Toolbox
from signalbox.tools.knowledge import Hit, widen


def hit_evidence(n: int, hit: Hit, text: str) -> dict[str, Any]:
    """A retrieved chunk (widened to ``text``) as numbered evidence."""
    return {
        "n": n,
        "kind": "document",
        "source": hit.source,
        "page": hit.page,
        "title": hit.title,
        "heading": hit.heading,
        "url": None,
        "text": text,
        "score": round(hit.score, 4),
    }


def make_knowledge_node(toolbox: Toolbox) -> Callable[..., dict[str, Any]]:
    """Build the node around a knowledge base."""

    def knowledge(state: State, runtime: Runtime[Context]) -> dict[str, Any]:
        context = runtime.context or Context()
        question = state.get("query") or state["question"]
        web_available = toolbox.web is not None and context.web_search
        try:
            hits = toolbox.knowledge.search(question, k=context.top_k, mode=context.search_mode)
        except Exception as exc:  # any store failure must still end in an answer
            emit("error", stage="retrieval", message=f"{type(exc).__name__}: {exc}")
            return {
                "fallback": web_available,
                "notes": ["The knowledge base could not be searched."],
            }
        emit(
            "retrieval",
            query=question,
            mode=context.search_mode,
            hits=[
                {
                    **asdict(hit),
                    "n": n,
                    "score": round(hit.score, 4),
                    "similarity": round(hit.similarity, 3),
                }
                for n, hit in enumerate(hits, start=1)
            ],
        )
        grades = [grade(question, hit.text, hit.similarity) for hit in hits]
        relevant = [
            (n, hit) for n, (hit, g) in enumerate(zip(hits, grades, strict=True), 1) if g.relevant
        ]
        emit(
            "grading",
            relevant=len(relevant),
            total=len(hits),
            grades=[
                {"n": n, "source": hit.source, **asdict(g)}
                for n, (hit, g) in enumerate(zip(hits, grades, strict=True), start=1)
            ],
        )
        notes = []
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
