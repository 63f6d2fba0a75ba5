"""Workbooks, decks, mails, books and scans end to end: facts answered citing where they are.

Hostile variants of each are refused alone while the rest of the folder is ingested.
"""

from __future__ import annotations

import zipfile
from email.message import EmailMessage
from pathlib import Path

import openpyxl
import pytest
from fpdf import FPDF
from pptx import Presentation

from signalbox.agents import Assistant, Settings
from signalbox.tools.knowledge import IngestReport, LocalEmbeddings, ingest
from tests.documents import epub, page_image

TITLE_AND_CONTENT = 1


def _workbook(path: Path) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Summary"
    sheet.append(["quarter", "deliveries"])
    sheet.append(["Q1", 1840])
    depots = workbook.create_sheet("Depots")
    depots.append(["depot", "city", "loading bays"])
    depots.append(["OR-117", "Leeds", 14])
    depots.append(["OR-118", "York", 9])
    depots.append(["OR-119", "Hull", 6])
    workbook.save(path)


def _deck(path: Path) -> None:
    deck = Presentation()
    for title, body, notes in [
        ("Fleet plan 2026", "Twelve new cargo drones arrive in March.", ""),
        ("Night flights", "Night flights need a second pilot on call.", ""),
        ("Training", "Every pilot renews the night rating yearly.", "The simulator is in Hull."),
    ]:
        slide = deck.slides.add_slide(deck.slide_layouts[TITLE_AND_CONTENT])
        slide.shapes.title.text = title
        slide.placeholders[1].text_frame.text = body
        if notes:
            slide.notes_slide.notes_text_frame.text = notes
    deck.save(str(path))


def _mail(path: Path) -> None:
    message = EmailMessage()
    message["Subject"] = "Hangar inspection"
    message["From"] = "Ada Okafor <ada@example.org>"
    message["To"] = "ops@example.org"
    message.set_content("The hangar fire inspection is on Thursday 12 March at 9am.\n")
    path.write_bytes(bytes(message))


def _half_scanned_pdf(path: Path) -> None:
    """Page 1 has a text layer; page 2 is a scan of a Chinese notice (no text layer)."""
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=14)
    pdf.cell(0, 10, "Notices for depot staff, 2026.")
    pdf.add_page()
    pdf.image(page_image(["赫尔仓库的药品冷库每周三上午检修。"], chinese=True), x=0, y=0, w=210)
    pdf.output(str(path))


def _confetti_mail(path: Path) -> None:
    message = EmailMessage()
    message.set_content("Parts.\n")
    for number in range(501):
        message.add_attachment(b"x", maintype="application", subtype="octet-stream",
                               filename=f"{number}.bin")  # fmt: skip
    path.write_bytes(bytes(message))


def _bomb(path: Path, part: str) -> None:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(part, b"\0" * (300 * 2**20))


@pytest.fixture(scope="module")
def office(
    tmp_path_factory: pytest.TempPathFactory, embeddings: LocalEmbeddings
) -> tuple[Assistant, IngestReport]:
    """An offline assistant over a folder of a workbook, a deck, a mail and their hostile twins."""
    root = tmp_path_factory.mktemp("office")
    folder = root / "inbox"
    folder.mkdir()
    _workbook(folder / "depots.xlsx")
    _deck(folder / "fleet.pptx")
    _mail(folder / "inspection.eml")
    epub(folder / "handbook.epub", [
        "<h1>Welcome</h1><p>Welcome to Orrin Logistics.</p>",
        "<h1>Uniforms</h1><p>New staff collect their hi-vis jacket from the Leeds stores office.</p>",
    ])  # fmt: skip
    _half_scanned_pdf(folder / "notices.pdf")
    _bomb(folder / "bomb.xlsx", "xl/worksheets/sheet1.xml")
    _bomb(folder / "bomb.pptx", "ppt/slides/slide1.xml")
    _confetti_mail(folder / "confetti.eml")
    assistant = Assistant(Settings(data_dir=root / "data"))
    return assistant, ingest(assistant.knowledge, [folder])


def test_a_fact_in_a_workbook_is_answered_citing_its_sheet_and_row(
    office: tuple[Assistant, IngestReport],
) -> None:
    answer = office[0].ask("How many loading bays does depot OR-118 have?")
    assert "9" in answer.text
    cited = {(c.source, c.heading) for c in answer.citations if "OR-118" in c.text}
    assert cited == {("depots.xlsx", "Depots")}
    [passage] = [c.text for c in answer.citations if "OR-118" in c.text]
    assert "| OR-118 | York | 9 | 3 |" in passage  # row 3 of the sheet, as Excel numbers it


def test_a_fact_on_a_slide_is_answered_citing_the_slide(
    office: tuple[Assistant, IngestReport],
) -> None:
    answer = office[0].ask("Who must be on call for night flights?")
    assert "second pilot" in answer.text
    assert ("fleet.pptx", 2, "Night flights") in {
        (c.source, c.page, c.heading) for c in answer.citations
    }


def test_a_fact_in_a_mail_is_answered_citing_the_mail(
    office: tuple[Assistant, IngestReport],
) -> None:
    answer = office[0].ask("When is the hangar fire inspection?")
    assert "12 March" in answer.text
    assert "inspection.eml" in {c.source for c in answer.citations}


def test_a_fact_in_an_epub_is_answered_citing_its_chapter(
    office: tuple[Assistant, IngestReport],
) -> None:
    answer = office[0].ask("Where do new staff collect their hi-vis jacket?")
    assert "Leeds stores office" in answer.text
    assert ("handbook.epub", "Uniforms") in {(c.source, c.heading) for c in answer.citations}


def test_a_fact_on_a_scanned_chinese_page_is_answered_citing_the_page(
    office: tuple[Assistant, IngestReport],
) -> None:
    answer = office[0].ask("药品冷库什么时候检修？")
    assert "每周三上午" in answer.text
    assert ("notices.pdf", 2) in {(c.source, c.page) for c in answer.citations}


def test_hostile_workbooks_decks_and_mails_fail_alone_with_their_reason(
    office: tuple[Assistant, IngestReport],
) -> None:
    reasons = {item.path.name: item.error or item.status for item in office[1].files}
    assert "bomb.xlsx would expand to 300 MiB" in reasons["bomb.xlsx"]
    assert "bomb.pptx would expand to 300 MiB" in reasons["bomb.pptx"]
    assert "confetti.eml has more than 500 MIME parts" in reasons["confetti.eml"]
    assert {name for name, reason in reasons.items() if reason == "added"} == {
        "depots.xlsx",
        "fleet.pptx",
        "inspection.eml",
        "handbook.epub",
        "notices.pdf",
    }
