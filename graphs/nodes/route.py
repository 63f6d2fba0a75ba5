"""route: read the new question, reset the turn's fields, and decide where the answer comes from.

Certain patterns (arithmetic, a clock question, a greeting) decide without a model. Otherwise the
model, when there is one, chooses with structured output and rewrites follow-ups into standalone
queries; the semantic router's scores are reported either way, and it decides when the model fails.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any, Literal

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AnyMessage, HumanMessage, SystemMessage
from langgraph.runtime import Runtime
from pydantic import BaseModel, Field

from signalbox.graphs.context import Context
from signalbox.graphs.emit import emit
from signalbox.graphs.events import RouteEvent
from signalbox.graphs.patterns import is_live_question
from signalbox.graphs.prompts import ROUTER_SYSTEM, recent_history, summary_message
from signalbox.graphs.resilience import report_or_retry
from signalbox.graphs.routing import OfflineRouter, RouteDecision
from signalbox.graphs.state import State
from signalbox.graphs.toolbox import Toolbox

HISTORY_MESSAGES = 6
MAX_QUESTION_CHARS = 20_000
"""Longer messages are refused: they would cost minutes of tokenising and a model's whole context."""
FRESH_TURN: dict[str, Any] = {
    "refusal": "",
    "evidence": [],
    "tool_results": [],
    "notes": [],
    "fallback": False,
    "answer": "",
    "citations": [],
    "abstained": False,
    "conflict": False,
    "grounded": False,
    "feedback": [],
    "attempts": 0,
}
"""The per-turn fields, reset by every new question."""


class RouteChoice(BaseModel):
    """The model's routing decision."""

    route: Literal["knowledge", "web", "functions", "direct"]
    reason: str = Field(description="One short sentence: why this route.")
    query: str = Field(description="The latest message rewritten as a standalone search query.")


def latest_question(state: State) -> str:
    """Text of the last human message."""
    for message in reversed(state["messages"]):
        if isinstance(message, HumanMessage):
            return message.text.strip()
    return ""


def _ask_model(model: BaseChatModel, history: list[AnyMessage], summary: str) -> RouteChoice:
    chooser = model.with_structured_output(RouteChoice)
    prompt = [
        SystemMessage(ROUTER_SYSTEM),
        *summary_message(summary),
        *recent_history(history, HISTORY_MESSAGES, use="route"),
    ]
    choice = chooser.invoke(prompt)
    if not isinstance(choice, RouteChoice):
        raise TypeError("the model did not return a routing decision")
    return choice


def make_route_node(
    router: OfflineRouter, toolbox: Toolbox, *, degraded: bool = False
) -> Callable[..., dict[str, Any]]:
    """Build the node around the offline router and, unless ``degraded``, the model."""

    def route(state: State, runtime: Runtime[Context]) -> dict[str, Any]:
        model = None if degraded else toolbox.model_for(runtime.context)
        question = latest_question(state)
        if len(question) > MAX_QUESTION_CHARS:
            return too_long(question)
        decision: RouteDecision = router.decide(question)
        query = question
        mode = "offline (model failed)" if degraded and toolbox.model is not None else "offline"
        if model is not None and not decision.certain:
            mode = "model"
            try:
                choice = _ask_model(model, state["messages"], state.get("summary", ""))
            except Exception as exc:  # a failing model must not stop the turn
                report_or_retry("route", exc, toolbox.retry)
                mode = "offline (model failed)"
            else:
                decision = RouteDecision(choice.route, choice.reason, decision.scores)
                query = choice.query.strip() or question
        web = toolbox.web_for(runtime.context)
        wanted_web = decision.route == "web"
        decision = documents_first(decision, question, web)
        emit(
            RouteEvent(
                route=decision.route,
                reason=decision.reason,
                scores=decision.scores,
                mode=mode,
                query=query,
            )
        )
        return {
            **FRESH_TURN,
            "question": question,
            "query": query,
            "route": decision.route,
            "route_reason": decision.reason,
            "tool_request": decision.tool_request,
            "notes": [no_web_note(toolbox)] if wanted_web and not web else [],
        }

    return route


# What was searched comes first: the reply to a question the documents do not answer says that they
# were searched, and only then why the web was not.
NO_WEB_NOTE = "Only your documents were searched: web search needs TAVILY_API_KEY to be set."
WEB_OFF_NOTE = "Only your documents were searched: web search is switched off for this run."


def no_web_note(toolbox: Toolbox) -> str:
    """Why the web was not asked: not configured at all, or switched off by the run's context."""
    return NO_WEB_NOTE if toolbox.web is None else WEB_OFF_NOTE


def documents_first(decision: RouteDecision, question: str, web: bool) -> RouteDecision:
    """Send a web-bound question to the documents unless only the web can answer it.

    Without web search, "web" would only answer "not configured" while the documents may well hold
    the answer. With it, only live facts (news, prices, weather) skip the documents: the knowledge
    branch asks the web itself when they hold nothing relevant. Depends on the question and the
    settings only, never on document text.
    """
    if decision.route != "web":
        return decision
    if not web:
        reason = f"{decision.reason}; web search is not available, so searching your documents"
    elif not is_live_question(question):
        reason = f"{decision.reason}; searching your documents first, then the web if they lack it"
    else:
        return decision
    return replace(decision, route="knowledge", reason=reason)


def too_long(question: str) -> dict[str, Any]:
    """Refuse a message over the limit before any embedding, search or model call sees it."""
    reason = (
        f"the message is {len(question):,} characters long; the limit is {MAX_QUESTION_CHARS:,}"
    )
    emit(RouteEvent(route="direct", reason=reason, mode="limit"))
    return {
        **FRESH_TURN,
        "question": question[:200] + "…",
        "query": "",
        "route": "direct",
        "route_reason": reason,
        "tool_request": None,
        "refusal": f"Your message is too long to answer: {reason}. Please shorten it, or add the "
        "text to the knowledge base as a document and ask about it.",
    }
