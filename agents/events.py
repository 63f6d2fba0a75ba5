"""The typed events of a turn, as every front end and script receives them.

They are defined once, by the graph that produces them (``signalbox.graphs.events``); this module
is where programs that embed Signalbox import them from.
"""

from __future__ import annotations

from signalbox.graphs.events import (
    AnswerEvent,
    ApprovalEvent,
    CheckEvent,
    Citation,
    ErrorEvent,
    Event,
    Evidence,
    Grade,
    GradingEvent,
    RetrievalEvent,
    RetrievedHit,
    RewriteEvent,
    RouteEvent,
    Source,
    Span,
    SummaryEvent,
    TokenEvent,
    ToolCallEvent,
    ToolResult,
    ToolResultEvent,
    WebResult,
    WebSearchEvent,
    parse_event,
)

__all__ = [
    "AnswerEvent",
    "ApprovalEvent",
    "CheckEvent",
    "Citation",
    "ErrorEvent",
    "Event",
    "Evidence",
    "Grade",
    "GradingEvent",
    "RetrievalEvent",
    "RetrievedHit",
    "RewriteEvent",
    "RouteEvent",
    "Source",
    "Span",
    "SummaryEvent",
    "TokenEvent",
    "ToolCallEvent",
    "ToolResult",
    "ToolResultEvent",
    "WebResult",
    "WebSearchEvent",
    "parse_event",
]
