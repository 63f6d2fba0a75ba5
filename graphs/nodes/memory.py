"""memory: keep the thread within its context budget by summarising older turns.

The newest messages stay verbatim; everything before them is folded into ``summary``, written by the
model when there is one, else compacted to the earlier questions and the start of their answers.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import (
    AIMessage,
    AnyMessage,
    HumanMessage,
    RemoveMessage,
    SystemMessage,
)
from langgraph.runtime import Runtime

from signalbox.graphs.context import Context
from signalbox.graphs.emit import emit
from signalbox.graphs.events import SummaryEvent
from signalbox.graphs.prompts import HISTORY_MESSAGE_CHARS, SUMMARY_SYSTEM, data_block
from signalbox.graphs.resilience import report_or_retry
from signalbox.graphs.state import State
from signalbox.graphs.toolbox import Toolbox
from signalbox.tools.knowledge.splitting import weighted_length

KEEP_MESSAGES = 4
OFFLINE_ANSWER_CHARS = 160
MAX_SUMMARY_CHARS = 4000


def estimate_tokens(messages: list[AnyMessage], summary: str = "") -> int:
    """About four characters a token in English, one a token in Chinese (weighted length / 3)."""
    return (sum(weighted_length(m.text) for m in messages) + weighted_length(summary)) // 3


def offline_summary(previous: str, older: list[AnyMessage]) -> str:
    """Earlier questions with the beginning of each answer, newest kept when it grows too long."""
    lines = [previous] if previous else []
    for message in older:
        if isinstance(message, HumanMessage):
            lines.append(f"User asked: {message.text.strip()}")
        elif isinstance(message, AIMessage):
            answer = " ".join(message.text.split())
            cut = answer[:OFFLINE_ANSWER_CHARS] + (
                "…" if len(answer) > OFFLINE_ANSWER_CHARS else ""
            )
            lines.append(f"Assistant answered: {cut}")
    return "\n".join(lines)[-MAX_SUMMARY_CHARS:]


def _model_summary(model: BaseChatModel, previous: str, older: list[AnyMessage]) -> str:
    transcript = "\n".join(
        f"{'User' if isinstance(m, HumanMessage) else 'Assistant'}: {m.text[:HISTORY_MESSAGE_CHARS]}"
        for m in older
    )
    request = (
        data_block("previous_summary", previous) + "\n\n" + data_block("transcript", transcript)
    )
    reply = model.invoke([SystemMessage(SUMMARY_SYSTEM), HumanMessage(request)])
    return reply.text.strip()[:MAX_SUMMARY_CHARS]


def make_memory_node(toolbox: Toolbox, *, degraded: bool = False) -> Callable[..., dict[str, Any]]:
    """Build the node; the model, when there is one and not ``degraded``, writes the summaries."""

    def memory(state: State, runtime: Runtime[Context]) -> dict[str, Any]:
        context = runtime.context or Context()
        model = None if degraded else toolbox.model_for(context)
        messages = state["messages"]
        previous = state.get("summary", "")
        if (
            estimate_tokens(messages, previous) <= context.memory_tokens
            or len(messages) <= KEEP_MESSAGES
        ):
            return {}
        older = messages[:-KEEP_MESSAGES]
        summary = ""
        if model is not None:
            try:
                summary = _model_summary(model, previous, older)
            except Exception as exc:  # a failed summary must not stop the turn
                report_or_retry("memory", exc, toolbox.retry)
        summary = summary or offline_summary(previous, older)
        emit(SummaryEvent(summarised=len(older), text=summary))
        return {
            "summary": summary,
            "messages": [RemoveMessage(id=m.id) for m in older if m.id is not None],
        }

    return memory
