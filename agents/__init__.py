"""Composition and the embedded API: ``from signalbox.agents import Assistant``."""

from __future__ import annotations

from signalbox.agents.assistant import Answer, Assistant, new_thread_id
from signalbox.agents.events import Event
from signalbox.agents.settings import Settings

__all__ = ["Answer", "Assistant", "Event", "Settings", "new_thread_id"]
