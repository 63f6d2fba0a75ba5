"""Answers written without a language model from tool results, or about the assistant itself.

Extractive answers from passages live in ``extractive``.
"""

from __future__ import annotations

from typing import Any

from signalbox.graphs.events import ToolResult
from signalbox.tools.cjk import has_cjk

OFFLINE_INTRO = (
    "I'm Signalbox, running in the offline mode (no language model configured). I can search your "
    "documents and quote the passages that answer a question, with citations; evaluate arithmetic "
    "such as 12*(3+4); and tell the time in any timezone. With TAVILY_API_KEY set I can also search "
    "the web, and with OPENAI_API_KEY (or OPENAI_BASE_URL) I write answers in my own words."
)


def tool_answer(tool_results: list[ToolResult]) -> str:
    """State what the function tools returned, or why they failed."""
    lines = []
    for result in tool_results:
        out = result.output
        if result.error:
            lines.append(f"The {result.name} could not answer: {result.error}.")
        elif result.name == "calculator":
            lines.append(f"{result.args['expression']} = {out}")
        elif result.name == "clock":
            lines.append(
                f"It is {out['time']} on {out['weekday']}, {out['date']} in {out['timezone']} "
                f"(UTC{out['utc_offset'][:3]}:{out['utc_offset'][3:]})."
            )
        elif result.name == "unit_converter":
            lines.append(str(out))
        elif result.name == "list_sources":
            lines.append(_sources_line(out))
        else:
            lines.append(f"{result.name}: {out}")
    return "\n".join(lines)


def _sources_line(sources: list[dict[str, Any]]) -> str:
    if not sources:
        return "The knowledge base is empty: add documents with `signalbox ingest PATH` or upload them."
    listed = "; ".join(f"{s['source']} ({s['chunks']} chunks)" for s in sources)
    return f"The knowledge base holds {len(sources)} documents: {listed}."


NO_ANSWER_LEAD = ("I don't know from these sources", "我无法根据这些资料回答")
"""How an answer says the sources do not answer (English, Chinese): the offline answers begin so,
and the answer prompt asks the model to, so that either mode's abstention is marked on the answer."""
CONFLICT_LEAD = ("The sources disagree:", "资料之间存在矛盾：")
"""How an answer says the sources contradict each other on the fact asked (English, Chinese)."""


def lead(leads: tuple[str, str], question: str) -> str:
    """The lead in the question's language."""
    return leads[1] if has_cjk(question) else leads[0]


def answer_marks(text: str) -> tuple[bool, bool]:
    """Whether an answer says that the sources do not answer, and that they disagree."""
    start = text.lstrip()
    return start.startswith(NO_ANSWER_LEAD), start.startswith(CONFLICT_LEAD)


def no_answer(question: str, notes: list[str]) -> str:
    """An honest "I don't know", saying what was searched and what is missing."""
    if has_cjk(question):
        head = f"{NO_ANSWER_LEAD[1]}:知识库中没有与这个问题相关的内容。"
    else:
        head = f"{NO_ANSWER_LEAD[0]}: nothing in the knowledge base answers this question."
    return " ".join([head, *notes]).strip()
