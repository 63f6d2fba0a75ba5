"""Calculator bombs: one message must not stall the process that serves every other session.

Python holds the interpreter lock while it builds a huge integer, so a single `round(1, -10**9)`
froze the whole chat server. Each case here must end as a clear refusal, routed and answered.
"""

from __future__ import annotations

import threading

import pytest

from signalbox.agents import Assistant
from signalbox.agents.events import ErrorEvent, ToolResultEvent
from signalbox.tools.functions import CalculatorError, calculate

BOMBS = [
    "round(1, 0-10**9)",
    "round(1,0-2*10**7)",
    "9**5000",
    "factorial(1000)**2",
    "factorial(1000)*factorial(1000)",
    "2**(2**(2**(2**2)))",
    "ceil(1e308**2)",
    "factorial(1000)/3",
]
HANG_GUARD_S = 10.0
"""Far above the milliseconds each case takes; only a hang would reach it."""


@pytest.mark.parametrize("expression", BOMBS)
def test_each_bomb_is_refused_without_hanging(expression: str) -> None:
    outcome: list[BaseException | str] = []

    def run() -> None:
        try:
            outcome.append(calculate(expression))
        except CalculatorError as exc:
            outcome.append(exc)

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(HANG_GUARD_S)
    assert not worker.is_alive(), f"{expression} is still being computed"
    assert isinstance(outcome[0], CalculatorError)


@pytest.mark.parametrize("expression", ["round(1, 0-10**9)", "9**5000", "factorial(1000)**2"])
def test_a_bomb_in_the_chat_is_answered_with_the_reason(
    sample_assistant: Assistant, expression: str
) -> None:
    answer = sample_assistant.ask(f"What is {expression}?")
    assert answer.route == "functions"
    assert not any(isinstance(event, ErrorEvent) for event in answer.events)
    [result] = [event for event in answer.events if isinstance(event, ToolResultEvent)]
    assert result.error
    assert "Something went wrong" not in answer.text
    assert ("limited" in answer.text) or ("bits" in answer.text)
