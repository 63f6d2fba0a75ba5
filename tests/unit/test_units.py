"""Unit conversion: pint underneath, Chinese and everyday spellings on top."""

from __future__ import annotations

import pytest

from signalbox.tools.functions import UnitError, convert, unit_converter_tool


@pytest.mark.parametrize(
    ("value", "source", "target", "expected"),
    [
        (5, "km", "miles", "5 km = 3.10686 mi"),
        (100, "F", "C", "100 °F = 37.7778 °C"),
        (37, "摄氏度", "华氏度", "37 °C = 98.6 °F"),
        (3, "斤", "公斤", "3 jin = 1.5 kg"),
        (1, "亩", "平方米", "1 mu = 666.667 m²"),
        (60, "mph", "km/h", "60 mi/h = 96.5606 km/h"),
    ],
)
def test_converts_between_units(value: float, source: str, target: str, expected: str) -> None:
    assert convert(value, source, target) == expected


def test_incompatible_units_are_a_clear_error() -> None:
    with pytest.raises(UnitError, match="measure different things"):
        convert(2, "kg", "meter")


def test_unknown_units_are_a_clear_error() -> None:
    with pytest.raises(UnitError, match="unknown unit"):
        convert(1, "florp", "m")


@pytest.mark.parametrize("value", [1e300, float("inf"), float("nan")])
def test_values_out_of_range_are_refused(value: float) -> None:
    with pytest.raises(UnitError, match="finite number"):
        convert(value, "m", "km")


def test_is_a_langchain_tool_with_a_schema() -> None:
    assert set(unit_converter_tool.args) == {"value", "from_unit", "to_unit"}
