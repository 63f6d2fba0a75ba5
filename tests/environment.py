"""What a test module needs from the machine, and what happens when the machine lacks it.

A developer's machine may lack Chromium or the shared data; the module is skipped with the reason.
CI sets ``SIGNALBOX_REQUIRE_ALL=1`` (``.ci/run``): there the same lack fails the run, so that a CI
machine that lost Chromium or the data never reports green with those tests silently skipped.

Covered: Chromium (tests/e2e/test_browser.py, tests/security/test_ui_markdown.py) and the shared
BIPIA data (tests/security/test_injection.py, found through ``SIGNALBOX_SHARED_DATA``). Exempt: the
Qdrant server tests (tests/integration/test_qdrant_server.py), which need a server that CI does not
run; they run wherever ``QDRANT_URL`` names one. The CJK font is no skip: the tests that typeset
Chinese fail without it.
"""

from __future__ import annotations

import os
from typing import NoReturn

import pytest

REQUIRE_ALL = os.environ.get("SIGNALBOX_REQUIRE_ALL") == "1"


def missing(reason: str) -> NoReturn:
    """Skip the calling module for ``reason``, or fail it under ``SIGNALBOX_REQUIRE_ALL=1``."""
    if REQUIRE_ALL:
        pytest.fail(f"{reason} (SIGNALBOX_REQUIRE_ALL=1: required here)", pytrace=False)
    pytest.skip(reason, allow_module_level=True)
