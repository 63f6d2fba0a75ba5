"""The offline router: certain patterns first, then embedding similarity to example questions.

When nothing is clearly better, the knowledge base wins: the user's own documents are the safest place
to look, and the knowledge branch says honestly when they hold nothing relevant.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, TypeGuard, get_args

import numpy as np
from langchain_core.embeddings import Embeddings

from signalbox.graphs import patterns
from signalbox.graphs.state import Route
from signalbox.tools.cjk import has_cjk

ROUTE_EXAMPLES: dict[Route, tuple[str, ...]] = {
    "knowledge": (
        "What does the handbook say about this?",
        "According to our documents, what is the policy?",
        "Summarise the section on installation.",
        "How do I configure the device?",
        "What is the procedure for requesting leave?",
        "Which requirements are listed in the specification?",
        "Explain the warranty terms.",
        "What are the steps to reset the password?",
    ),
    "web": (
        "What is the latest news about the election?",
        "Who won the football match last night?",
        "What is the current stock price of Apple?",
        "What is the weather forecast for tomorrow?",
        "What happened in the world today?",
        "Search the web for recent reviews of this phone.",
        "What are today's top headlines?",
        "When is the next product launch event this year?",
    ),
    "direct": (
        "Hello, how are you?",
        "Thank you, that was helpful.",
        "Who are you?",
        "What can you do for me?",
        "Good morning!",
        "Tell me a joke.",
    ),
}
MIN_CONFIDENCE = 0.45
MIN_MARGIN = 0.05


def _is_route(name: str) -> TypeGuard[Route]:
    """The scores are keyed by route names as plain strings (they are shown as they are)."""
    return name in get_args(Route)


@dataclass(frozen=True)
class RouteDecision:
    """Where a question goes, why, and the arguments a function tool needs."""

    route: Route
    reason: str
    scores: dict[str, float] = field(default_factory=dict)
    tool_request: dict[str, Any] | None = None
    certain: bool = False
    """Decided by an unambiguous pattern; no model needs to be asked."""


class SemanticRouter:
    """Scores each route by the best cosine similarity of the question to that route's examples."""

    def __init__(
        self, embeddings: Embeddings, examples: dict[Route, tuple[str, ...]] = ROUTE_EXAMPLES
    ) -> None:
        self._embeddings = embeddings
        self._texts = [text for route in examples for text in examples[route]]
        self._owners = [route for route in examples for _ in examples[route]]

    @cached_property
    def _matrix(self) -> np.ndarray:
        """Example vectors, embedded on first use so that building a graph loads no model."""
        return np.asarray(self._embeddings.embed_documents(self._texts))

    def scores(self, question: str) -> dict[str, float]:
        """Best similarity per route, rounded for display."""
        similarities = self._matrix @ np.asarray(self._embeddings.embed_query(question))
        best: dict[str, float] = {}
        for route, value in zip(self._owners, similarities.tolist(), strict=True):
            best[route] = max(best.get(route, -1.0), value)
        return {route: round(value, 3) for route, value in best.items()}


class OfflineRouter:
    """Routes without a language model."""

    def __init__(self, semantic: SemanticRouter) -> None:
        self._semantic = semantic

    def decide(self, question: str) -> RouteDecision:
        """Pick a route for one question."""
        if expression := patterns.find_expression(question):
            return RouteDecision(
                "functions",
                "the question is an arithmetic expression",
                tool_request={"name": "calculator", "args": {"expression": expression}},
                certain=True,
            )
        if conversion := patterns.find_conversion(question):
            return RouteDecision(
                "functions",
                "the question asks for a unit conversion",
                tool_request={"name": "unit_converter", "args": conversion},
                certain=True,
            )
        if patterns.asks_for_sources(question):
            return RouteDecision(
                "functions",
                "the question asks which documents the knowledge base holds",
                tool_request={"name": "list_sources", "args": {}},
                certain=True,
            )
        if patterns.is_clock_question(question):
            zone = patterns.parse_timezone(question)
            return RouteDecision(
                "functions",
                "the question asks for the current time or date",
                tool_request={"name": "clock", "args": {"timezone": zone}},
                certain=True,
            )
        if patterns.is_small_talk(question):
            return RouteDecision(
                "direct", "greeting or a question about the assistant itself", certain=True
            )
        if patterns.wants_web(question):
            return RouteDecision("web", "the question asks for fresh information from the web")
        if has_cjk(question):
            # all-MiniLM-L6-v2 barely reads Chinese: its similarities would be noise here.
            return RouteDecision(
                "knowledge", "Chinese question without a web or tool cue: searching the documents"
            )
        scores = self._semantic.scores(question)
        ranked = sorted(scores.items(), key=lambda item: item[1], reverse=True)
        (best, best_score), (_, runner_up) = ranked[0], ranked[1]
        if (
            _is_route(best)
            and best != "knowledge"
            and best_score >= MIN_CONFIDENCE
            and best_score - runner_up >= MIN_MARGIN
        ):
            return RouteDecision(best, f"closest to the {best} examples ({best_score:.2f})", scores)
        return RouteDecision(
            "knowledge", "searching the documents first (no other route clearly fits)", scores
        )
