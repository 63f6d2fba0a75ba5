"""The chat in headless Chromium: `make run` on a free port, and the moves a reader makes."""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from playwright.sync_api import Locator, Page, expect

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
OPEN_TRIES = 3


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


def open_steps(page: Page, label: str, shows: re.Pattern[str]) -> None:
    """Click the last turn's collapsed status box called ``label`` open until ``shows`` is on screen.

    While it reruns after a turn, the streamed turn and the redrawn one are both on the page for a
    moment, and a click on the one about to go is lost with it: clicked again, a bounded number of
    times.
    """
    summary = page.locator("summary").filter(has_text=label)
    content = page.locator("details").filter(has=summary).last.get_by_text(shows).first
    _open_until_shown(page, summary.last, content, close_first=False)


def open_popover(page: Page, name: re.Pattern[str], shows: re.Pattern[str]) -> None:
    """Open the last popover button called ``name`` until the text ``shows`` is on screen."""
    button = page.get_by_role("button", name=name).last
    _open_until_shown(page, button, page.get_by_text(shows).first, close_first=True)


def _open_until_shown(page: Page, opener: Locator, content: Locator, *, close_first: bool) -> None:
    """Click ``opener`` once the app has finished its run, again while ``content`` stays hidden.

    "Finished" is read from Streamlit's running indicator, which can be hidden for a moment between
    the turn's end and the rerun that redraws it (more often on a machine's first run): a click that
    lands then is lost with the redrawn element. A popover left half-open is closed (Escape) before
    the next try; an expander is not, as a second click would close the one that did open.
    """
    expect(page.get_by_test_id("stStatusWidget")).to_be_hidden(timeout=TURN_TIMEOUT_MS)
    for _ in range(OPEN_TRIES - 1):
        opener.click()
        try:
            expect(content).to_be_visible(timeout=5_000)
        except AssertionError:
            if close_first:
                page.keyboard.press("Escape")
        else:
            return
    opener.click()
    expect(content).to_be_visible()
