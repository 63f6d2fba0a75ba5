"""The clock tells the date and time in a named timezone."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from signalbox.tools.functions import ClockError, clock_tool, now_in

INSTANT = datetime(2026, 11, 23, 12, 30, tzinfo=UTC)


def test_converts_to_the_named_timezone() -> None:
    result = now_in("Asia/Tokyo", at=INSTANT)
    assert result["time"] == "21:30:00"
    assert result["date"] == "2026-11-23"
    assert result["weekday"] == "Monday"
    assert result["timezone"] == "Asia/Tokyo"


def test_accepts_city_names_in_any_case_with_spaces() -> None:
    assert now_in("new york", at=INSTANT)["timezone"] == "America/New_York"


def test_defaults_to_utc() -> None:
    assert now_in(at=INSTANT)["utc_offset"] == "+0000"


def test_unknown_timezone_is_a_clear_error() -> None:
    with pytest.raises(ClockError, match="unknown timezone"):
        now_in("Atlantis/Lost_City")


def test_is_a_langchain_tool() -> None:
    assert clock_tool.name == "clock"
    assert clock_tool.invoke({"timezone": "UTC"})["timezone"] == "UTC"
