"""Custom stream events: the steps that front ends show while a turn runs."""

from __future__ import annotations

from langgraph.config import get_stream_writer

from signalbox.graphs.events import Event


def emit(event: Event) -> None:
    """Send one typed event on the ``custom`` stream (LangGraph Server serialises it as JSON)."""
    get_stream_writer()(event)
