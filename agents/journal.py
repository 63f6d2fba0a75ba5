"""What front ends show of past turns and threads, beside the checkpoints the graph runs on.

The checkpointer holds the state a turn needs; once memory has folded older turns into a summary they
are gone from it. The journal keeps, per thread, every finished turn as the reader saw it: question,
answer and the steps that led there, so that a reload can re-open them. It also keeps thread titles,
which threads a browser session has opened, and the readers' feedback. Everything lives in
LangGraph's ``SqliteStore``, in the same SQLite file as the checkpoints.

A thread belongs to the space (browser session) that recorded its first turn; a space that opens it
from a shared link lists it but does not own it, so that a link cannot be used to change or delete
someone else's conversation. Threads recorded without a space, or before owners were kept, belong
to no browser session.
"""

from __future__ import annotations

import time
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Literal

from langgraph.store.base import BaseStore

from signalbox.agents.events import AnswerEvent, Event, parse_event

TITLE_CHARS = 60
_MANY = 100_000
"""SqliteStore.search pages its results (10 by default); a thread or a feedback log is read whole."""

_THREADS = ("threads",)
_FEEDBACK = ("feedback",)


def _turns(thread_id: str) -> tuple[str, ...]:
    return ("turns", thread_id)


def _turn_key() -> str:
    """A key no other writer can take, that sorts in the order turns were recorded.

    Two tabs on one thread (or the CLI beside the app) record at the same time; a key counted from
    the turns already stored would be the same for both, and the second would overwrite the first.
    The clock orders the turns, the random tail keeps two in the same nanosecond apart. Journals
    written before kept counted keys ("000000", "000001", …): digits sort before the "t", so those
    turns stay first and in their order, with no migration.
    """
    return f"t{time.time_ns():020d}-{uuid.uuid4().hex}"


def _space(space: str) -> tuple[str, ...]:
    return ("spaces", space)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def title_for(question: str) -> str:
    """A thread's first question, on one line and cut to fit a sidebar."""
    line = " ".join(question.split())
    return line if len(line) <= TITLE_CHARS else line[: TITLE_CHARS - 1] + "…"


@dataclass(frozen=True)
class Turn:
    """One finished turn as the reader saw it."""

    question: str
    answer: AnswerEvent
    steps: list[Event] = field(default_factory=list)
    """Every event but the tokens and the answer: route, retrieval, grading, tools, check, errors."""
    finished_at: str = ""


@dataclass(frozen=True)
class ThreadInfo:
    """A conversation in the sidebar."""

    id: str
    title: str
    updated_at: str
    owner: str | None = None
    """The space that started the thread (None: started outside any browser session)."""

    def owned_by(self, space: str | None) -> bool:
        """Whether ``space`` may add to, rename or delete the thread."""
        return self.owner == space


@dataclass(frozen=True)
class Feedback:
    """A reader's verdict on one answer."""

    thread_id: str
    message_id: str
    rating: Literal["up", "down"]
    comment: str = ""
    question: str = ""
    answer: str = ""
    created_at: str = ""


class Journal:
    """Turns, thread titles and feedback, over a LangGraph store."""

    def __init__(self, store: BaseStore) -> None:
        self.store = store

    def record(self, thread_id: str, turn: Turn, *, space: str | None = None) -> None:
        """Keep a finished turn; the first one gives the thread its title and its owner, ``space``."""
        self.store.put(
            _turns(thread_id),
            _turn_key(),
            {
                "question": turn.question,
                "answer": turn.answer.model_dump(mode="json"),
                "steps": [step.model_dump(mode="json") for step in turn.steps],
                "finished_at": turn.finished_at or _now(),
            },
        )
        existing = self.store.get(_THREADS, thread_id)
        first = {"title": title_for(turn.question), "owner": space}
        kept = existing.value if existing else first
        self.store.put(_THREADS, thread_id, {**kept, "updated_at": _now()})
        if space:
            self.remember(space, thread_id)

    def turns(self, thread_id: str) -> list[Turn]:
        """The thread's turns, oldest first."""
        items = sorted(self.store.search(_turns(thread_id), limit=_MANY), key=lambda i: i.key)
        return [_turn(item.value) for item in items]

    def remember(self, space: str, thread_id: str) -> None:
        """List the thread in a browser session's sidebar (listing it does not make it the owner)."""
        self.store.put(_space(space), thread_id, {"added_at": _now()})

    def forget(self, space: str, thread_id: str) -> None:
        """Take the thread off a browser session's sidebar; the thread itself stays."""
        self.store.delete(_space(space), thread_id)

    def threads(self, space: str) -> list[ThreadInfo]:
        """The threads a browser session has opened, most recently used first."""
        listed = []
        for item in self.store.search(_space(space), limit=_MANY):
            info = self.store.get(_THREADS, item.key)
            if info is not None:
                value = info.value
                listed.append(
                    ThreadInfo(item.key, value["title"], value["updated_at"], value.get("owner"))
                )
        return sorted(listed, key=lambda t: t.updated_at, reverse=True)

    def title(self, thread_id: str) -> str | None:
        """The thread's title, or None for a thread without a finished turn."""
        info = self.store.get(_THREADS, thread_id)
        return info.value["title"] if info else None

    def owned_by(self, thread_id: str, space: str | None) -> bool:
        """Whether ``space`` may change the thread: it started it, or nobody has started it yet."""
        info = self.store.get(_THREADS, thread_id)
        return info is None or info.value.get("owner") == space

    def rename(self, thread_id: str, title: str) -> None:
        """Give a thread a title of the reader's choosing."""
        info = self.store.get(_THREADS, thread_id)
        if info is None:
            raise KeyError(f"no thread {thread_id!r}")
        self.store.put(_THREADS, thread_id, {**info.value, "title": title_for(title) or "Untitled"})

    def delete(self, thread_id: str) -> None:
        """Forget a thread's turns, title, listings and feedback."""
        for item in self.store.search(_turns(thread_id), limit=_MANY):
            self.store.delete(item.namespace, item.key)
        for item in self.store.search(("spaces",), limit=_MANY):
            if item.key == thread_id:
                self.store.delete(item.namespace, item.key)
        for item in self.store.search(_FEEDBACK, filter={"thread_id": thread_id}, limit=_MANY):
            self.store.delete(item.namespace, item.key)
        self.store.delete(_THREADS, thread_id)

    def add_feedback(self, feedback: Feedback) -> None:
        """Keep (or replace) the reader's verdict on one answer."""
        value: dict[str, Any] = {
            "thread_id": feedback.thread_id,
            "message_id": feedback.message_id,
            "rating": feedback.rating,
            "comment": feedback.comment,
            "question": feedback.question,
            "answer": feedback.answer,
            "created_at": feedback.created_at or _now(),
        }
        self.store.put(_FEEDBACK, f"{feedback.thread_id}:{feedback.message_id}", value)

    def feedback(self, thread_id: str | None = None) -> list[Feedback]:
        """Every verdict (of one thread, if given), oldest first."""
        where = {"thread_id": thread_id} if thread_id else None
        items = self.store.search(_FEEDBACK, filter=where, limit=_MANY)
        return sorted(
            (Feedback(**item.value) for item in items), key=lambda f: (f.created_at, f.message_id)
        )


def _turn(value: dict[str, Any]) -> Turn:
    answer = parse_event(value["answer"])
    if not isinstance(answer, AnswerEvent):
        raise TypeError("a journal turn must end in an answer")
    return Turn(
        question=value["question"],
        answer=answer,
        steps=[parse_event(step) for step in value["steps"]],
        finished_at=value["finished_at"],
    )
