"""Unit conversion through pint, with the Chinese unit names people type."""

from __future__ import annotations

import math
from functools import cache
from typing import Any

from langchain_core.tools import tool

MAX_MAGNITUDE = 1e15
MAX_UNIT_CHARS = 40

# Chinese names, and the market units pint does not define (市制: 斤 = 500 g, 两 = 50 g, 亩 = 666.67 m²).
CHINESE_UNITS = {
    "公里": "kilometer",
    "千米": "kilometer",
    "米": "meter",
    "厘米": "centimeter",
    "毫米": "millimeter",
    "英里": "mile",
    "海里": "nautical_mile",
    "英尺": "foot",
    "英寸": "inch",
    "码": "yard",
    "公斤": "kilogram",
    "千克": "kilogram",
    "克": "gram",
    "毫克": "milligram",
    "吨": "metric_ton",
    "磅": "pound",
    "盎司": "ounce",
    "斤": "jin",
    "两": "liang",
    "升": "liter",
    "毫升": "milliliter",
    "加仑": "gallon",
    "平方米": "meter**2",
    "平方公里": "kilometer**2",
    "公顷": "hectare",
    "亩": "mu",
    "摄氏度": "degC",
    "华氏度": "degF",
    "开尔文": "kelvin",
    "千瓦": "kilowatt",
    "瓦": "watt",
    "千瓦时": "kilowatt_hour",
    "小时": "hour",
    "分钟": "minute",
    "秒": "second",
    "天": "day",
    "公里每小时": "kilometer/hour",
}
# Common spellings pint reads differently (a bare "C" would be coulombs, "F" farads).
ALIASES = {
    "c": "degC",
    "°c": "degC",
    "celsius": "degC",
    "f": "degF",
    "°f": "degF",
    "fahrenheit": "degF",
    "k": "kelvin",
    "kph": "kilometer/hour",
    "km/h": "kilometer/hour",
    "mph": "mile/hour",
}


class UnitError(ValueError):
    """The units are unknown, incompatible, or the value is out of range."""


@cache
def _registry() -> Any:
    import pint

    registry: pint.UnitRegistry[Any] = pint.UnitRegistry(autoconvert_offset_to_baseunit=True)
    registry.define("jin = 0.5 * kilogram")
    registry.define("liang = 0.05 * kilogram")
    registry.define("mu = 10000 / 15 * meter ** 2")
    return registry


def unit_name(text: str) -> str:
    """The pint name of a unit as people write it."""
    cleaned = " ".join(text.strip().split())
    if not cleaned or len(cleaned) > MAX_UNIT_CHARS:
        raise UnitError(f"not a unit: {text!r}")
    return CHINESE_UNITS.get(cleaned) or ALIASES.get(cleaned.lower()) or cleaned


@cache
def canonical_unit(text: str) -> str | None:
    """The unit a word spells, however written ("km", "kilometres": "kilometer"); None if none.

    The reader asks it whether "214 km" is in the unit of "How many kilometres ...?".
    """
    import pint

    try:
        return str(_registry().parse_units(unit_name(text)))
    except (
        UnitError,
        pint.UndefinedUnitError,
        pint.errors.DefinitionSyntaxError,
        AttributeError,
        TypeError,
        ValueError,
    ):
        return None


def convert(value: float, from_unit: str, to_unit: str) -> str:
    """``value`` in ``from_unit`` expressed in ``to_unit``, as "5 kilometer = 3.10686 mile"."""
    import pint

    if not math.isfinite(value) or abs(value) > MAX_MAGNITUDE:
        raise UnitError(f"the value must be a finite number below {MAX_MAGNITUDE:g}")
    registry = _registry()
    try:
        source, target = (
            registry.parse_units(unit_name(from_unit)),
            registry.parse_units(unit_name(to_unit)),
        )
        result = registry.Quantity(value, source).to(target)
    except pint.DimensionalityError:
        raise UnitError(
            f"cannot convert {from_unit} to {to_unit}: they measure different things"
        ) from None
    except (
        pint.UndefinedUnitError,
        pint.errors.DefinitionSyntaxError,
        AttributeError,
        TypeError,
        ValueError,
    ):
        raise UnitError(f"unknown unit in {from_unit!r} or {to_unit!r}") from None
    return f"{value:g} {source:~P} = {result.magnitude:.6g} {target:~P}"


@tool("unit_converter")
def unit_converter_tool(value: float, from_unit: str, to_unit: str) -> str:
    """Convert a quantity between units, e.g. value=5, from_unit="km", to_unit="mile".

    Length, mass, volume, area, temperature (degC, degF, kelvin), speed, energy, time, and Chinese
    units (公里, 公斤, 斤, 亩, 摄氏度…).
    """
    return convert(value, from_unit, to_unit)
