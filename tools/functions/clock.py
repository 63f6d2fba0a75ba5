"""Current date and time in a named IANA timezone."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from langchain_core.tools import tool


class ClockError(ValueError):
    """The timezone name is not an IANA timezone."""


def resolve_timezone(name: str) -> ZoneInfo:
    """Accept exact IANA names, any letter case, and spaces for underscores ("new york")."""
    candidate = name.strip().replace(" ", "_")
    if not candidate:
        return ZoneInfo("UTC")
    try:
        return ZoneInfo(candidate)
    except (ZoneInfoNotFoundError, ValueError):
        pass
    lowered = candidate.lower()
    for zone in sorted(available_timezones()):
        if zone.lower() == lowered or zone.lower().rsplit("/", 1)[-1] == lowered:
            return ZoneInfo(zone)
    raise ClockError(f"unknown timezone {name!r}: use an IANA name such as 'Europe/Paris'")


def now_in(timezone: str = "UTC", *, at: datetime | None = None) -> dict[str, str]:
    """Return the current local date and time in ``timezone`` (``at`` pins the instant for tests)."""
    zone = resolve_timezone(timezone)
    moment = (at or datetime.now(tz=ZoneInfo("UTC"))).astimezone(zone)
    return {
        "timezone": str(zone.key),
        "iso": moment.isoformat(timespec="seconds"),
        "date": moment.strftime("%Y-%m-%d"),
        "time": moment.strftime("%H:%M:%S"),
        "weekday": moment.strftime("%A"),
        "utc_offset": moment.strftime("%z"),
    }


@tool("clock")
def clock_tool(timezone: str = "UTC") -> dict[str, str]:
    """Current date, time and weekday in an IANA timezone such as "Asia/Tokyo" (default UTC)."""
    return now_in(timezone)
