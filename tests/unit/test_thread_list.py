"""The sidebar's conversations are listed under the day they were last used, as the reader counts."""

from __future__ import annotations

from datetime import UTC, date, timedelta, timezone

import pytest

from signalbox.app.render import date_group

TODAY = date(2026, 11, 23)


@pytest.mark.parametrize(
    ("updated_at", "group"),
    [
        ("2026-11-23T08:00:00+00:00", "Today"),
        ("2026-11-22T23:59:00+00:00", "Yesterday"),
        ("2026-11-18T12:00:00+00:00", "Previous 7 days"),
        ("2026-11-01T12:00:00+00:00", "Previous 30 days"),
        ("2025-01-01T12:00:00+00:00", "Older"),
        ("not a time", "Older"),
    ],
)
def test_a_conversation_is_grouped_by_its_last_use(updated_at: str, group: str) -> None:
    assert date_group(updated_at, TODAY, UTC) == group


def test_the_day_is_the_readers_not_the_servers() -> None:
    tokyo = timezone(timedelta(hours=9))
    assert date_group("2026-11-22T20:00:00+00:00", TODAY, tokyo) == "Today"
    assert date_group("2026-11-22T20:00:00+00:00", TODAY, UTC) == "Yesterday"
