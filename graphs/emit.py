"""Custom stream events: the steps that front ends show while a turn runs."""

from __future__ import annotations

from typing import Any

from langgraph.config import get_stream_writer


def emit(event_type: str, **fields: Any) -> None:
    """Send one event (JSON-serialisable fields) on the ``custom`` stream."""
    get_stream_writer()({"type": event_type, **fields})
