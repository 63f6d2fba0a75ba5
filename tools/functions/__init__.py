"""Function tools: exact answers that a language model should never guess."""

from __future__ import annotations

from signalbox.tools.functions.calculator import CalculatorError, calculate, calculator_tool
from signalbox.tools.functions.clock import ClockError, clock_tool, now_in
from signalbox.tools.functions.units import UnitError, convert, unit_converter_tool

FUNCTION_TOOLS = (calculator_tool, clock_tool, unit_converter_tool)

__all__ = [
    "FUNCTION_TOOLS",
    "CalculatorError",
    "ClockError",
    "UnitError",
    "calculate",
    "calculator_tool",
    "clock_tool",
    "convert",
    "now_in",
    "unit_converter_tool",
]
