"""The journal keeps every finished turn of a thread, whoever else writes to the thread at the time."""

from __future__ import annotations

import threading
from typing import Any

from langgraph.store.memory import InMemoryStore

from signalbox.agents.events import AnswerEvent
from signalbox.agents.journal import Journal, Turn


def _answer(text: str) -> AnswerEvent:
    return AnswerEvent(text=text, grounded=False, route="direct")


def _turn(question: str) -> Turn:
    return Turn(question=question, answer=_answer(f"answer to {question}"))


class _TabsWritingAtOnce(InMemoryStore):
    """Holds each turn's write until both tabs have reached it: both have read the thread first."""

    def __init__(self) -> None:
        super().__init__()
        self.both_reached = threading.Barrier(2, timeout=10)

    def put(self, namespace: tuple[str, ...], key: str, value: dict[str, Any], **kw: Any) -> None:
        if namespace[0] == "turns":
            self.both_reached.wait()
        super().put(namespace, key, value, **kw)


def test_two_tabs_finishing_a_turn_on_one_thread_at_once_both_keep_theirs() -> None:
    store = _TabsWritingAtOnce()
    tabs = [
        threading.Thread(target=Journal(store).record, args=("shared", _turn(question)))
        for question in ("from tab a", "from tab b")
    ]
    for tab in tabs:
        tab.start()
    for tab in tabs:
        tab.join()
    asked = {turn.question for turn in Journal(store).turns("shared")}
    assert asked == {"from tab a", "from tab b"}


def test_a_journal_with_counted_keys_stays_readable_and_new_turns_follow() -> None:
    journal = Journal(InMemoryStore())
    for number, question in enumerate(["first", "second"]):
        journal.store.put(
            ("turns", "old"),
            f"{number:06d}",
            {
                "question": question,
                "answer": _answer("kept").model_dump(mode="json"),
                "steps": [],
                "finished_at": "2026-01-01T00:00:00+00:00",
            },
        )
    journal.record("old", _turn("third"))
    assert [turn.question for turn in journal.turns("old")] == ["first", "second", "third"]
