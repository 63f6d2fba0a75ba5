"""Function tools: exact answers that a language model should never guess."""

from __future__ import annotations

from signalbox.tools.functions.calculator import CalculatorError, calculate, calculator_tool
from signalbox.tools.functions.clock import ClockError, clock_tool, now_in

FUNCTION_TOOLS = (calculator_tool, clock_tool)

__all__ = [
    "FUNCTION_TOOLS",
    "CalculatorError",
    "ClockError",
    "calculate",
    "calculator_tool",
    "clock_tool",
    "now_in",
]
