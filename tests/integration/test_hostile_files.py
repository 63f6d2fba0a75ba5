"""Hostile and broken files: each gets a specific reason or a bounded result; the rest is ingested."""

from __future__ import annotations

import zipfile
from pathlib import Path

from fpdf import FPDF
from pypdf import PdfWriter

from signalbox.tools.knowledge import KnowledgeBase, ingest
from signalbox.tools.knowledge.loaders import FileLimits

GOOD = "# Lab rules\n\nSafety goggles are required in room 4B at all times.\n"


def _pdf(path: Path, pages: int, line: str = "Page text") -> Path:
    pdf = FPDF()
    pdf.set_font("Helvetica", size=10)
    for number in range(pages):
        pdf.add_page()
        pdf.cell(0, 10, f"{line} {number + 1}")
    pdf.output(str(path))
    return path


def _encrypted_pdf(path: Path) -> Path:
    writer = PdfWriter()
    writer.add_blank_page(width=200, height=200)
    writer.encrypt("secret")
    with path.open("wb") as handle:
        writer.write(handle)
    return path


def _docx_bomb(path: Path) -> Path:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"\0" * (300 * 2**20))
    return path


def _hostile_folder(folder: Path) -> Path:
    folder.mkdir()
    (folder / "rules.md").write_text(GOOD, encoding="utf-8")
    (folder / "broken.pdf").write_bytes(b"%PDF-1.7\n1 0 obj <</Type /Catalog>> garbage")
    (folder / "empty.pdf").write_bytes(b"")
    _encrypted_pdf(folder / "locked.pdf")
    _docx_bomb(folder / "bomb.docx")
    (folder / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00" + bytes(range(256)) * 40)
    (folder / "notice-gbk.txt").write_bytes("实验室周五下午三点进行消防演习。".encode("gbk"))
    deep = "<html><body>" + "<div>" * 20_000 + "Deep fire exits text" + "</div>" * 20_000
    (folder / "deep.html").write_text(deep + "<script>alert(1)</script></body></html>")
    with (folder / "huge.txt").open("wb") as handle:  # 1 GiB, sparse: nothing is really written
        handle.truncate(2**30)
    return folder


def test_a_folder_of_hostile_files_fails_each_for_its_reason_and_ingests_the_rest(
    empty_kb: KnowledgeBase, tmp_path: Path
) -> None:
    report = ingest(empty_kb, [_hostile_folder(tmp_path / "inbox")])
    reasons = {item.path.name: item.error or item.status for item in report.files}
    assert reasons["rules.md"] == "added"
    assert reasons["notice-gbk.txt"] == "added"
    assert reasons["deep.html"] == "added"
    assert "not a readable PDF" in reasons["broken.pdf"]
    assert "empty" in reasons["empty.pdf"]
    assert "encrypted" in reasons["locked.pdf"]
    assert "MiB" in reasons["bomb.docx"] or "compressed" in reasons["bomb.docx"]
    assert "binary" in reasons["photo.txt"]
    assert "1,024 MiB; the limit is 50 MiB" in reasons["huge.txt"]
    assert sorted(s.source for s in empty_kb.sources()) == [
        "deep.html",
        "notice-gbk.txt",
        "rules.md",
    ]
    [hit] = empty_kb.search("消防演习", k=1)
    assert hit.source == "notice-gbk.txt"
    assert "alert" not in " ".join(h.text for h in empty_kb.search("Deep fire exits", k=3))


def test_a_pdf_with_more_pages_than_the_limit_is_refused_before_extraction(
    empty_kb: KnowledgeBase, tmp_path: Path
) -> None:
    thick = _pdf(tmp_path / "thick.pdf", pages=2_500)
    [item] = ingest(empty_kb, [thick]).files
    assert item.status == "failed"
    assert item.error == "thick.pdf has 2500 pages; the limit is 2,000 (SIGNALBOX_MAX_PAGES)"


def test_limits_are_configurable_per_ingestion(empty_kb: KnowledgeBase, tmp_path: Path) -> None:
    (tmp_path / "long.md").write_text("# Long\n\n" + "word " * 1000, encoding="utf-8")
    _pdf(tmp_path / "five.pdf", pages=5)
    limits = FileLimits(max_pages=3, max_chars=2_000)
    report = ingest(empty_kb, [tmp_path], limits=limits)
    errors = {item.path.name: item.error for item in report.files}
    assert errors["long.md"] == (
        "long.md has 5,008 characters of text; the limit is 2,000 (SIGNALBOX_MAX_CHARS)"
    )
    assert errors["five.pdf"] == "five.pdf has 5 pages; the limit is 3 (SIGNALBOX_MAX_PAGES)"


def test_a_pdf_that_parses_too_long_is_stopped_and_the_next_one_parses(
    empty_kb: KnowledgeBase, tmp_path: Path
) -> None:
    slow = _pdf(tmp_path / "slow.pdf", pages=200)
    [item] = ingest(empty_kb, [slow], limits=FileLimits(parse_timeout_s=0.001)).files
    assert item.error == (
        "slow.pdf could not be parsed safely: parsing took longer than 0.001 s "
        "(SIGNALBOX_PARSE_TIMEOUT)"
    )
    fine = _pdf(tmp_path / "fine.pdf", pages=1, line="Fire drill on Friday")
    [item] = ingest(empty_kb, [fine]).files
    assert item.status == "added"
