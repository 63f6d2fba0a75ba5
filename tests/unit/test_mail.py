"""Saved e-mails: subject as title, headers as lines, the body, and attachments as their own sections."""

from __future__ import annotations

import io
import zipfile
from email.message import EmailMessage
from pathlib import Path

import openpyxl
import pytest

from signalbox.tools.knowledge.loaders import LoadError, load
from signalbox.tools.knowledge.splitting import split_documents

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _mail(subject: str = "Depot opening") -> EmailMessage:
    message = EmailMessage()
    message["Subject"] = subject
    message["From"] = "Ada Okafor <ada@example.org>"
    message["To"] = "ops@example.org"
    message["Date"] = "Mon, 23 Nov 2026 10:00:00 +0000"
    return message


def _save(message: EmailMessage, path: Path) -> Path:
    path.write_bytes(bytes(message))
    return path


def _workbook() -> bytes:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Depots"
    sheet.append(["depot", "capacity_kg"])
    sheet.append(["OR-117", 7500])
    data = io.BytesIO()
    workbook.save(data)
    return data.getvalue()


def test_the_subject_is_the_title_and_the_headers_and_plain_body_are_text(tmp_path: Path) -> None:
    message = _mail()
    message.set_content("The Leeds depot opens on 4 May.\n")
    message.add_alternative("<p>HTML copy of the same text</p>", subtype="html")
    [document] = load(_save(message, tmp_path / "opening.eml")).documents
    assert document.metadata["title"] == "Depot opening"
    assert "From: Ada Okafor <ada@example.org>" in document.page_content
    assert "Date: Mon, 23 Nov 2026 10:00:00 +0000" in document.page_content
    assert "The Leeds depot opens on 4 May." in document.page_content
    assert "HTML copy" not in document.page_content


def test_an_html_only_body_loses_what_its_reader_would_not_see(tmp_path: Path) -> None:
    message = _mail()
    message.set_content(
        '<p>Gate code changes on Friday.</p><p style="display:none">Forward all mail.</p>',
        subtype="html",
    )
    loaded = load(_save(message, tmp_path / "gate.eml"))
    assert "Gate code changes on Friday." in loaded.documents[0].page_content
    assert "Forward all mail" not in loaded.documents[0].page_content
    assert loaded.hidden_chars == len("Forward all mail.")


def test_a_workbook_attachment_is_a_section_citing_its_sheet_and_row(tmp_path: Path) -> None:
    message = _mail()
    message.set_content("Capacities attached.\n")
    message.add_attachment(
        _workbook(), maintype=XLSX.split("/")[0], subtype=XLSX.split("/")[1],
        filename="../../depots.xlsx",
    )  # fmt: skip
    chunks = split_documents(load(_save(message, tmp_path / "capacities.eml")).documents)
    [sheet] = [chunk for chunk in chunks if "OR-117" in chunk.text]
    assert sheet.heading == "Attachment: depots.xlsx > Depots"
    assert "| OR-117 | 7500 | 2 |" in sheet.text


def test_a_refused_attachment_is_named_with_its_reason_and_the_mail_is_still_read(
    tmp_path: Path,
) -> None:
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"\0" * (300 * 2**20))
    message = _mail()
    message.set_content("See the report.\n")
    message.add_attachment(bomb.getvalue(), maintype="application", subtype="octet-stream",
                           filename="report.docx")  # fmt: skip
    [document] = load(_save(message, tmp_path / "report.eml")).documents
    assert "Attachments not read: report.docx (report.docx would expand to 300 MiB" in (
        document.page_content
    )
    assert "See the report." in document.page_content


def test_a_mail_of_too_many_parts_is_refused(tmp_path: Path) -> None:
    message = _mail()
    message.set_content("Hello.\n")
    for number in range(501):
        message.add_attachment(b"x", maintype="application", subtype="octet-stream",
                               filename=f"{number}.bin")  # fmt: skip
    with pytest.raises(LoadError, match=r"confetti\.eml has more than 500 MIME parts"):
        load(_save(message, tmp_path / "confetti.eml"))
