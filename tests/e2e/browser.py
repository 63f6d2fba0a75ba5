"""The chat in headless Chromium: `make run` on a free port, and the moves a reader makes."""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from playwright.sync_api import Page, expect

from tests.conftest import ROOT
from tests.e2e.processes import free_port, running

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
]
CHROMIUM_MISSING = (
    None
    if Path(CHROMIUM).exists()
    else "Chromium is not installed (.ci/run installs it: apt-get install -y chromium)"
)
TURN_TIMEOUT_MS = 120_000
POPOVER_TRIES = 3


@contextmanager
def chat_app(data_dir: Path, log: Path) -> Iterator[str]:
    """`make run` as a newcomer types it, on a free port chosen through Streamlit's own variables.

    Yields the chat's URL; the server stops when the block ends.
    """
    port = free_port()
    env = {
        **os.environ,
        "SIGNALBOX_DATA_DIR": str(data_dir),
        "STREAMLIT_SERVER_PORT": str(port),
        "STREAMLIT_SERVER_ADDRESS": "127.0.0.1",
        "STREAMLIT_SERVER_HEADLESS": "true",
        "STREAMLIT_BROWSER_GATHER_USAGE_STATS": "false",
    }
    url = f"http://127.0.0.1:{port}"
    with running(
        ["make", "--no-print-directory", "run"],
        cwd=ROOT,
        env=env,
        health_url=f"{url}/_stcore/health",
        log=log,
    ):
        yield url


def ask(page: Page, question: str) -> None:
    """Type a question into the chat box once it accepts input, and send it."""
    box = page.get_by_test_id("stChatInputTextArea")
    expect(box).to_be_enabled(timeout=TURN_TIMEOUT_MS)
    box.fill(question)
    box.press("Enter")


def open_steps(page: Page, label: str) -> None:
    """Click a turn's collapsed status box open, once the app has finished its run.

    While it reruns after a turn, the streamed turn and the redrawn one are both on the page for a
    moment, and a click on the one about to go is lost.
    """
    expect(page.get_by_test_id("stStatusWidget")).to_be_hidden(timeout=TURN_TIMEOUT_MS)
    page.locator("summary").filter(has_text=label).last.click()


def open_popover(page: Page, name: re.Pattern[str], shows: re.Pattern[str]) -> None:
    """Open the last popover button called ``name`` until the text ``shows`` is on screen.

    The app first finishes its run; a click that still lands while Streamlit redraws the turn
    (slower on a machine's first run) is lost with the redrawn popover, so it is clicked again, a
    bounded number of times.
    """
    expect(page.get_by_test_id("stStatusWidget")).to_be_hidden(timeout=TURN_TIMEOUT_MS)
    button = page.get_by_role("button", name=name).last
    content = page.get_by_text(shows).first
    for _ in range(POPOVER_TRIES - 1):
        button.click()
        try:
            expect(content).to_be_visible(timeout=5_000)
        except AssertionError:
            page.keyboard.press("Escape")
        else:
            return
    button.click()
    expect(content).to_be_visible()
