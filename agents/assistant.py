"""The embedded API: ``Assistant().ask(...)`` and ``Assistant().stream(...)``."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from langchain_core.messages import BaseMessage, HumanMessage

from signalbox.agents.events import (
    AnswerEvent,
    Citation,
    ErrorEvent,
    Event,
    TokenEvent,
    parse_event,
)
from signalbox.agents.resources import checkpointer, shared_semantic_router, toolbox
from signalbox.agents.settings import Settings
from signalbox.graphs import Context, build_graph
from signalbox.graphs.graph import RECURSION_LIMIT
from signalbox.tools.knowledge import KnowledgeBase


@dataclass
class Answer:
    """The outcome of one turn."""

    text: str
    route: str
    grounded: bool
    thread_id: str
    citations: list[Citation] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)


class Assistant:
    """Signalbox for Python programs; threads persist in SQLite under the data dir."""

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or Settings()
        self._toolbox = toolbox(self.settings)
        self._graph = build_graph(
            self._toolbox,
            checkpointer=checkpointer(self.settings.threads_db.resolve()),
            semantic_router=shared_semantic_router(),
        )

    @property
    def mode(self) -> str:
        """The answering mode: "offline", or the model in use."""
        return self.settings.mode

    @property
    def knowledge(self) -> KnowledgeBase:
        """The knowledge base this assistant searches."""
        return self._toolbox.knowledge

    @property
    def web_search_enabled(self) -> bool:
        """Whether a web search key is configured."""
        return self._toolbox.web is not None

    def _context(self) -> Context:
        return Context(
            top_k=self.settings.top_k,
            search_mode=self.settings.search_mode,
            memory_tokens=self.settings.memory_tokens,
        )

    def stream(self, question: str, *, thread_id: str | None = None) -> Iterator[Event]:
        """Run one turn, yielding its events as they happen; the last is always an answer."""
        config: dict[str, Any] = {
            "configurable": {"thread_id": thread_id or new_thread_id()},
            "recursion_limit": RECURSION_LIMIT,
        }
        answered = False
        try:
            for part in self._graph.stream(
                {"messages": [HumanMessage(content=question)]},
                config,
                context=self._context(),
                stream_mode=["custom", "messages"],
                version="v2",
                durability="sync",
            ):
                if part["type"] == "messages":
                    chunk, metadata = part["data"]
                    # Only the answer's tokens: the router's structured output streams too.
                    if metadata.get("langgraph_node") == "answer" and chunk.text:
                        yield TokenEvent(text=chunk.text)
                    continue
                event = parse_event(part["data"])
                answered = answered or isinstance(event, AnswerEvent)
                yield event
        except Exception as exc:  # the turn must end in an answer, whatever failed
            yield ErrorEvent(stage="graph", message=f"{type(exc).__name__}: {exc}")
        if not answered:
            yield AnswerEvent(
                text="Something went wrong before I could answer; the error is shown above.",
                grounded=False,
                route="direct",
            )

    def ask(self, question: str, *, thread_id: str | None = None) -> Answer:
        """Run one turn and return its answer with every event."""
        thread = thread_id or new_thread_id()
        events = list(self.stream(question, thread_id=thread))
        final = next(e for e in reversed(events) if isinstance(e, AnswerEvent))
        return Answer(
            text=final.text,
            route=final.route,
            grounded=final.grounded,
            thread_id=thread,
            citations=final.citations,
            events=events,
        )

    def history(self, thread_id: str) -> list[BaseMessage]:
        """The messages of a thread so far."""
        snapshot = self._graph.get_state({"configurable": {"thread_id": thread_id}})
        return list(snapshot.values.get("messages", []))


def new_thread_id() -> str:
    """A fresh conversation id."""
    return uuid.uuid4().hex
