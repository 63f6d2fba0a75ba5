"""The data a turn carries from node to node, persisted by the checkpointer after every step."""

from __future__ import annotations

from typing import Annotated, Any, Literal, NotRequired, TypedDict

from langchain_core.messages import AnyMessage
from langgraph.graph.message import add_messages

from signalbox.graphs.events import Citation, Evidence, Span, ToolResult

Route = Literal["knowledge", "web", "functions", "direct"]

CHECKPOINTED_RECORDS: tuple[type, ...] = (Evidence, ToolResult, Citation, Span)
"""The typed records the state holds: a checkpointer revives exactly these (its msgpack allowlist),
beside the message types LangGraph itself trusts."""


class InputState(TypedDict):
    """What a caller sends: the conversation so far, ending with the user's new message."""

    messages: Annotated[list[AnyMessage], add_messages]
    """Every message of the thread; the last human message is the question of this turn."""


class State(InputState):
    """Everything a turn knows. Fields other than ``messages`` and ``summary`` are reset each turn."""

    summary: NotRequired[str]
    """The earlier conversation, folded into a summary to keep the thread within its budget."""

    question: NotRequired[str]
    """The user's latest message as plain text."""
    query: NotRequired[str]
    """What to search for: the question, rewritten to stand alone when a model is available."""
    route: NotRequired[Route]
    """Where the answer should come from."""
    route_reason: NotRequired[str]
    """Why the router chose that route, for the people watching."""
    refusal: NotRequired[str]
    """Set when the turn must not run (a message over the length limit): the whole answer."""
    tool_request: NotRequired[dict[str, Any] | None]
    """For the functions route offline: the tool name and arguments parsed from the question."""
    evidence: NotRequired[list[Evidence]]
    """Numbered sources gathered this turn (chunks or web results); untrusted text."""
    tool_results: NotRequired[list[ToolResult]]
    """Outputs (or errors) of the function tools called this turn."""
    notes: NotRequired[list[str]]
    """What the answer must be honest about: missing configuration, failures, gaps."""
    fallback: NotRequired[bool]
    """True when the knowledge base had too little and the web should be asked (corrective RAG)."""
    answer: NotRequired[str]
    """The answer text with [n] markers."""
    citations: NotRequired[list[Citation]]
    """The sources the answer cites, each with its number n."""
    abstained: NotRequired[bool]
    """The answer says the evidence does not answer the question."""
    conflict: NotRequired[bool]
    """The answer says its sources disagree on the fact asked."""
    grounded: NotRequired[bool]
    """Whether every cited claim was found in the source it cites."""
    feedback: NotRequired[list[str]]
    """Sentences the citation check rejected, for the one rewrite it allows."""
    attempts: NotRequired[int]
    """How many answers were written this turn (the check allows one rewrite)."""
