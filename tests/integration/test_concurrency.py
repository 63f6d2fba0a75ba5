"""Several conversations at once through one embedded Assistant: no cross-talk, nothing locked."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from langchain_core.messages import HumanMessage

from signalbox.agents import Assistant, new_thread_id
from signalbox.agents.events import ErrorEvent

THREADS = 8
TURNS = 5
QUESTIONS = [
    "What is {n}*{t}?",
    "What is the hotel limit in Paris?",
    "未使用的年假可以结转几天?",
    "What does error code E21 mean?",
    "What is {n}+{t}?",
]


def _conversation(assistant: Assistant, n: int) -> tuple[str, list[str], list[str]]:
    thread, asked, errors = new_thread_id(), [], []
    for t, template in enumerate(QUESTIONS[:TURNS]):
        question = template.format(n=n + 10, t=t + 2) + f" (conversation {n})"
        answer = assistant.ask(question, thread_id=thread)
        asked.append(question)
        errors += [e.message for e in answer.events if isinstance(e, ErrorEvent)]
        assert answer.text, question
    return thread, asked, errors


def test_eight_conversations_of_five_turns_at_once_stay_apart(sample_assistant: Assistant) -> None:
    with ThreadPoolExecutor(max_workers=THREADS) as pool:
        outcomes = list(pool.map(lambda n: _conversation(sample_assistant, n), range(THREADS)))
    for thread, asked, errors in outcomes:
        assert errors == []
        history = sample_assistant.history(thread)
        assert [m.text for m in history if isinstance(m, HumanMessage)] == asked
        assert len(history) == 2 * TURNS
        assert [turn.question for turn in sample_assistant.turns(thread)] == asked
