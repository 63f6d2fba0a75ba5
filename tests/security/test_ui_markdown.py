"""Markdown in documents, questions and titles never reaches the browser as Markdown.

A real Chromium renders the chat over a hostile document while a loopback listener counts every
request made to it: an image that loads, a link that prefetches, a formula that fetches, all show.
The document's heading becomes a source label, its sentences the answer and the passage, the
first question (a Markdown image) the thread's title; the thread is then reloaded and opened from
a shared link in a second browser context.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler

import pytest

from tests.e2e.browser import (
    CHROMIUM,
    CHROMIUM_FLAGS,
    CHROMIUM_MISSING,
    TURN_TIMEOUT_MS,
    ask,
    chat_app,
    open_steps,
)
from tests.environment import missing
from tests.servers import serve

pytestmark = pytest.mark.e2e

if CHROMIUM_MISSING:
    missing(CHROMIUM_MISSING)

from playwright.sync_api import Page, expect, sync_playwright  # noqa: E402

# PORT becomes the listener's port. 2130706433 is 127.0.0.1 written as one decimal number.
HOSTILE_DOCUMENT = """\
# ![h](http://127.0.0.1:PORT/heading-img) [l](http://127.0.0.1:PORT/heading-link) :red[red] \
$\\href{http://127.0.0.1:PORT/heading-k}{k}$ http://127.0.0.1:PORT/heading-bare

The Zephyr lodging allowance is 140 EUR per night ![b](http://127.0.0.1:PORT/body-img) \
[portal](http://127.0.0.1:PORT/body-link) <img src=http://127.0.0.1:PORT/body-html> \
http://127.0.0.1:PORT/body-bare http://2130706433:PORT/body-decimal www.example.com/path \
admin@example.com :red[red] :streamlit: :material_home: $\\href{http://127.0.0.1:PORT/body-k}{k}$.

Zephyr lodging is booked through the travel desk <http://127.0.0.1:PORT/body-autolink>.
"""
HOSTILE_NAME = "Zephyr www.example.com notes.md"
TITLE_QUESTION = "![q](http://127.0.0.1:PORT/question-img) :red[Zephyr] www.example.com/title"
QUESTION = "What is the Zephyr lodging allowance per night?"
SOURCE_LABEL = re.compile(r"\[\d+\] ")


@contextmanager
def listener() -> Iterator[tuple[int, list[str]]]:
    """A loopback HTTP server that answers every request with 404 and keeps its path."""
    paths: list[str] = []

    class Counting(BaseHTTPRequestHandler):
        def _record(self) -> None:
            paths.append(f"{self.command} {self.path}")
            self.send_response(404)
            self.send_header("Content-Length", "0")
            self.end_headers()

        do_GET = do_POST = do_HEAD = do_OPTIONS = _record

        def log_message(self, format: str, *args: object) -> None:
            return

    with serve(Counting) as port:
        yield port, paths


def _open_sources(page: Page) -> int:
    """Open every source under the answers in its dialog, and close it again; how many there were.

    Each dialog shows the whole passage with its supporting sentence highlighted; what it renders
    is checked by the requests the page makes and the addresses it holds while it is open.
    """
    sources = page.get_by_role("button").filter(has_text=SOURCE_LABEL)
    expect(sources.first).to_be_visible(timeout=TURN_TIMEOUT_MS)
    origin = re.match(r"https?://[^/]+", page.url)
    assert origin, page.url
    for source in sources.all():
        source.click()
        dialog = page.get_by_role("dialog")
        expect(dialog.get_by_text(re.compile("Zephyr lodging")).first).to_be_visible()
        assert _foreign_addresses(page, origin.group()) == []
        page.keyboard.press("Escape")
        expect(dialog).to_have_count(0)
    return sources.count()


def _foreign_addresses(page: Page, origin: str) -> list[str]:
    """Every link target and resource address on the page that leaves the chat's own origin."""
    addresses: list[str] = page.eval_on_selector_all(
        "a[href], [src], [srcset], [poster]",
        "els => els.flatMap(e => ['href', 'src', 'srcset', 'poster']"
        "  .map(name => e.getAttribute(name)).filter(v => v !== null))",
    )
    local = ("#", "data:", "blob:", "/", "./", f"{origin}/")
    return [a for a in addresses if a.startswith("//") or not a.startswith(local)]


def _visible_text(page: Page) -> str:
    """The page's text as a reader sees it (word joiners are invisible)."""
    return page.locator("body").inner_text().replace("\u2060", "")


def test_hostile_markdown_is_shown_as_text_and_fetches_nothing(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    folder = tmp_path_factory.mktemp("ui-markdown")
    with (
        listener() as (port, received),
        chat_app(folder / "data", folder / "server.log") as url,
        sync_playwright() as playwright,
    ):
        document = folder / HOSTILE_NAME
        document.write_text(HOSTILE_DOCUMENT.replace("PORT", str(port)), encoding="utf-8")
        title_question = TITLE_QUESTION.replace("PORT", str(port))
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        requested: list[str] = []
        try:
            owner = browser.new_context().new_page()
            owner.on("request", lambda request: requested.append(request.url))
            owner.goto(url)
            owner.get_by_test_id("stFileUploader").locator("input[type=file]").set_input_files(
                document
            )
            owner.get_by_role("button", name="Add to knowledge base").click()
            expect(owner.get_by_text(re.compile(r"notes\.md: added"))).to_be_visible(
                timeout=TURN_TIMEOUT_MS
            )
            ask(owner, title_question)
            finished = owner.get_by_test_id(re.compile(r"^stExpanderIcon(Check|Error)$"))
            expect(finished).to_have_count(1, timeout=TURN_TIMEOUT_MS)
            ask(owner, QUESTION)
            assert _open_sources(owner) >= 1
            open_steps(owner, "source", re.compile(r"^Searched your documents for “"))
            shown = _visible_text(owner)
            assert f"![b](http://127.0.0.1:{port}/body-img)" in shown  # the answer, literally
            assert f"![h](http://127.0.0.1:{port}/heading-img)" in shown  # the source's label
            assert f"http://127.0.0.1:{port}/body-bare" in shown
            title_image = f"![q](http://127.0.0.1:{port}/question-img)"
            assert shown.count(title_image) == 3, shown  # page title, thread button, question

            thread = re.search(r"thread=(\w+)", owner.url)
            assert thread, owner.url
            owner.reload()
            _open_sources(owner)

            reader = browser.new_context().new_page()
            reader.on("request", lambda request: requested.append(request.url))
            reader.goto(f"{url}/?thread={thread.group(1)}")
            _open_sources(reader)
            expect(reader.get_by_text("This conversation was shared with you")).to_be_visible()
            assert _visible_text(reader).count(title_image) == 3

            for page in (owner, reader):
                assert _foreign_addresses(page, url) == []
        finally:
            browser.close()
    assert [r for r in requested if f":{port}/" in r or "2130706433" in r] == []
    assert received == []
