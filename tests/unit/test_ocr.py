"""OCR: scanned PDF pages and images are read, in English and Chinese, keeping their page numbers."""

from __future__ import annotations

from pathlib import Path

import pytest
from fpdf import FPDF
from PIL import Image

from signalbox.tools.knowledge.loaders import FileLimits, LoadError, load
from tests.documents import page_image


def _half_scanned_pdf(path: Path) -> Path:
    """Page 1 has a text layer; page 2 is only a picture of a page."""
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=14)
    pdf.cell(0, 10, "Contents: depots and night flights.")
    pdf.add_page()
    scan = page_image(["The Leeds depot has fourteen loading bays."])
    pdf.image(scan, x=0, y=0, w=210)
    pdf.output(str(path))
    return path


def test_a_scanned_page_is_read_by_ocr_only_where_the_text_layer_is_missing(
    tmp_path: Path,
) -> None:
    first, second = load(_half_scanned_pdf(tmp_path / "depots.pdf")).documents
    assert (first.metadata["page"], first.page_content) == (
        1,
        "Contents: depots and night flights.",
    )
    assert second.metadata["page"] == 2
    assert second.page_content == "The Leeds depot has fourteen loading bays."


def test_a_photographed_chinese_page_is_read_without_spaces_between_characters(
    tmp_path: Path,
) -> None:
    path = tmp_path / "通知.png"
    page_image(["夜间飞行需要第二名飞行员待命。"], chinese=True).save(path)
    [document] = load(path).documents
    assert document.page_content == "夜间飞行需要第二名飞行员待命。"


def test_with_ocr_off_a_scan_is_refused_saying_so(tmp_path: Path) -> None:
    path = tmp_path / "scan.png"
    page_image(["Nothing will read this."]).save(path)
    with pytest.raises(LoadError, match=r"scan\.png has no extractable text \(OCR is off"):
        load(path, FileLimits(ocr_pages=0))


def test_an_image_too_large_to_be_a_page_is_refused_before_it_is_decoded(tmp_path: Path) -> None:
    path = tmp_path / "bomb.png"
    Image.new("1", (12_000, 12_000)).save(path)  # 144 megapixels in a few kilobytes
    with pytest.raises(LoadError, match=r"bomb\.png could not be read \(DecompressionBombError"):
        load(path)


def test_the_caller_is_told_when_ocr_starts_so_progress_can_show_it(tmp_path: Path) -> None:
    path = tmp_path / "note.png"
    page_image(["Gate code 4471."]).crop((0, 0, 900, 120)).save(path)
    stages: list[str] = []
    [document] = load(path, on_ocr=lambda: stages.append("ocr")).documents
    assert stages == ["ocr"]
    assert document.page_content == "Gate code 4471."


def test_each_frame_of_a_tiff_is_a_numbered_page(tmp_path: Path) -> None:
    first = page_image(["Gate code 4471."]).crop((0, 0, 900, 120))
    second = page_image(["Alarm code 9920."]).crop((0, 0, 900, 120))
    first.save(tmp_path / "codes.tiff", save_all=True, append_images=[second])
    pages = load(tmp_path / "codes.tiff").documents
    assert [(page.metadata["page"], "4471" in page.page_content) for page in pages] == [
        (1, True),
        (2, False),
    ]
    assert "9920" in pages[1].page_content
