"""The chat in a real browser: headless Chromium driven by Playwright against `make run`."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.e2e.browser import (
    CHROMIUM,
    CHROMIUM_FLAGS,
    CHROMIUM_MISSING,
    TURN_TIMEOUT_MS,
    ask,
    chat_app,
    open_popover,
    open_steps,
)
from tests.environment import missing

pytestmark = pytest.mark.e2e
ARTIFACTS = ROOT / "tests" / "artifacts"

if CHROMIUM_MISSING:
    missing(CHROMIUM_MISSING)

from playwright.sync_api import Locator, Page, expect, sync_playwright  # noqa: E402


@pytest.fixture(scope="module")
def app_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    data_dir = tmp_path_factory.mktemp("browser-data")
    with chat_app(data_dir, tmp_path_factory.mktemp("streamlit") / "server.log") as url:
        yield url


@pytest.fixture
def page(app_url: str) -> Iterator[Page]:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 1000})
            page.goto(app_url)
            yield page
        finally:
            browser.close()


def test_the_first_page_after_a_start_says_what_it_is_loading(page: Page) -> None:
    # First in this module: the server has just started, and nothing is loaded until a page asks.
    loading = page.get_by_text(re.compile(r"^(Starting Signalbox|Loading the assistant)"))
    expect(loading.first).to_be_visible(timeout=5_000)
    ask(page, "What is 2+3?")
    expect(page.get_by_text("2+3 = 5")).to_be_visible(timeout=TURN_TIMEOUT_MS)
    expect(loading).to_have_count(0)


def test_a_conversation_with_steps_citations_an_upload_and_a_reload(
    page: Page, tmp_path: Path
) -> None:
    ask(page, "What is 12*(3+4)?")
    # While the page reruns after a turn, Streamlit shows the streamed turn beside the redrawn one
    # for a moment: a turn's answer is looked for with .first, the steps opened (the last) with .last.
    expect(page.get_by_text("12*(3+4) = 84").first).to_be_visible(timeout=TURN_TIMEOUT_MS)
    open_steps(page, "Calculator: 12*(3+4) → 84", re.compile("Calculator gave 84"))

    ask(page, "What is the hotel limit in Paris?")
    citation = page.get_by_role("button").filter(has_text="[1] expense-policy.md")
    expect(citation).to_be_visible(timeout=TURN_TIMEOUT_MS)
    expect(
        page.get_by_text(re.compile(r"250 EUR in London, Paris and Zurich \[1\]")).first
    ).to_be_visible()
    open_steps(
        page, "1 source from 1 document", re.compile(r"^Searched your documents for “.*hotel limit")
    )
    open_popover(page, re.compile("Details: scores"), re.compile(r"score=0\.\d{3}"))
    page.keyboard.press("Escape")

    notes = tmp_path / "lab-notes.md"
    notes.write_text(
        "# Lab notes\n\nThe centrifuge in room 4B must be balanced before every run.\n",
        encoding="utf-8",
    )
    page.get_by_test_id("stFileUploader").locator("input[type=file]").set_input_files(notes)
    page.get_by_role("button", name="Add to knowledge base").click()
    expect(page.get_by_text("lab-notes.md: added (1 chunk)")).to_be_visible(timeout=TURN_TIMEOUT_MS)
    ask(page, "What must be done before every centrifuge run?")
    expect(page.get_by_role("button").filter(has_text="[1] lab-notes.md")).to_be_visible(
        timeout=TURN_TIMEOUT_MS
    )

    thread = re.search(r"thread=(\w+)", page.url)
    assert thread, page.url
    page.reload()
    expect(page.get_by_text("What must be done before every centrifuge run?").first).to_be_visible(
        timeout=TURN_TIMEOUT_MS
    )
    expect(page.get_by_role("button", name="What is 12*(3+4)?")).to_be_visible()
    assert f"thread={thread.group(1)}" in page.url
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=ARTIFACTS / "chat.png", full_page=True)


def test_two_browser_sessions_at_once_see_only_their_own_threads(app_url: str) -> None:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        try:
            first, second = (browser.new_context().new_page() for _ in range(2))
            for page in (first, second):
                page.goto(app_url)
            ask(first, "What is 111*3?")
            ask(second, "What is 222*3?")
            # .first: while a page reruns after its turn, Streamlit keeps the streamed answer
            # (faded) beside the redrawn turn, so the text is there twice for a moment.
            expect(first.get_by_text("111*3 = 333").first).to_be_visible(timeout=TURN_TIMEOUT_MS)
            expect(second.get_by_text("222*3 = 666").first).to_be_visible(timeout=TURN_TIMEOUT_MS)
            expect(first.get_by_role("button", name="What is 111*3?")).to_be_visible()
            expect(first.get_by_role("button", name="What is 222*3?")).to_have_count(0)
            expect(second.get_by_role("button", name="What is 111*3?")).to_have_count(0)
            expect(second.get_by_text("111*3 = 333")).to_have_count(0)
        finally:
            browser.close()


def open_source(page: Page, label: str) -> Locator:
    """Click the latest answer's source button whose label holds ``label``; the dialog it opens."""
    source = re.compile(rf"\[\d+\] {re.escape(label)}")
    button = page.get_by_role("button").filter(has_text=source).last
    expect(button).to_be_visible(timeout=TURN_TIMEOUT_MS)
    button.click()
    dialog = page.get_by_role("dialog")
    expect(dialog).to_be_visible()
    return dialog


def test_a_pdf_citation_opens_its_page_with_the_cited_sentence_highlighted(page: Page) -> None:
    ask(page, "How long does a full charge of the battery take?")
    marker = page.get_by_role("button", name=re.compile(r"^Open source \d+: kestrel-k2-manual"))
    expect(marker.last).to_have_text(re.compile(r"^\[\d+\]$"), timeout=TURN_TIMEOUT_MS)
    marker.last.click()  # the [n] inside the answer's sentence
    dialog = page.get_by_role("dialog")
    expect(
        dialog.get_by_role("img", name=re.compile(r"^Page 2 of kestrel-k2-manual\.pdf"))
    ).to_be_visible()
    expect(dialog.get_by_text("Page 2 of kestrel-k2-manual.pdf")).to_be_visible()
    expect(dialog.locator("mark").first).to_contain_text("A full charge takes about 90 minutes")
    expect(
        dialog.get_by_role("button", name=re.compile("Download kestrel-k2-manual.pdf"))
    ).to_be_visible()
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=ARTIFACTS / "evidence-pdf.png")


def test_a_csv_citation_opens_the_table_with_the_cited_row_highlighted(
    page: Page, tmp_path: Path
) -> None:
    fleet = tmp_path / "fleet.csv"
    rows = [f"NW-{1000 + n},Depot {n},{7000 + 100 * n}" for n in range(1, 12)]
    fleet.write_text("vehicle,depot,capacity_kg\n" + "\n".join(rows) + "\n", encoding="utf-8")
    page.get_by_test_id("stFileUploader").locator("input[type=file]").set_input_files(fleet)
    page.get_by_role("button", name="Add to knowledge base").click()
    expect(page.get_by_text(re.compile(r"fleet\.csv: added"))).to_be_visible(
        timeout=TURN_TIMEOUT_MS
    )
    ask(page, "What is the capacity_kg of vehicle NW-1007?")
    dialog = open_source(page, "fleet.csv")
    expect(dialog.locator("mark")).to_have_text(
        re.compile(r"^\|\s*NW-1007\s*\|\s*Depot 7\s*\|\s*7700\s*\|$")
    )
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=ARTIFACTS / "evidence-csv.png")


def test_removing_a_document_asks_first_and_says_every_session_loses_it(
    page: Page, tmp_path: Path
) -> None:
    scratch = tmp_path / "scratch-notes.md"
    scratch.write_text("# Scratch\n\nThe spare key hangs in the blue cabinet.\n", encoding="utf-8")
    expect(page.get_by_test_id("stChatInputTextArea")).to_be_enabled(timeout=TURN_TIMEOUT_MS)
    page.get_by_test_id("stFileUploader").locator("input[type=file]").set_input_files(scratch)
    page.get_by_role("button", name="Add to knowledge base").click()
    entry = page.get_by_role("button", name=re.compile(r"^scratch-notes\.md — 1 chunk"))
    expect(entry).to_be_visible(timeout=TURN_TIMEOUT_MS)
    entry.click()
    expect(page.get_by_text(re.compile("Every session shares this knowledge base"))).to_be_visible()
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=ARTIFACTS / "remove-document.png")
    page.get_by_role("button", name="Remove scratch-notes.md for everyone").click()
    expect(entry).to_have_count(0, timeout=TURN_TIMEOUT_MS)
    expect(page.get_by_role("button", name=re.compile(r"^expense-policy\.md — "))).to_be_visible()
