"""Loading files: metadata for citations, clear errors for files that cannot be read."""

from __future__ import annotations

from pathlib import Path

import pytest

from signalbox.tools.knowledge.loaders import LoadError, load, load_file

SAMPLES = Path(__file__).resolve().parents[2] / "app" / "samples"


def test_markdown_title_comes_from_the_first_heading(tmp_path: Path) -> None:
    path = tmp_path / "notes.md"
    path.write_text("# Release notes\n\nVersion 2 adds search.\n", encoding="utf-8")
    [document] = load_file(path)
    assert document.metadata["title"] == "Release notes"
    assert document.metadata["source"] == "notes.md"
    assert document.metadata["page"] is None


def test_pdf_pages_are_numbered_from_one() -> None:
    pages = load_file(SAMPLES / "kestrel-k2-manual.pdf")
    assert [p.metadata["page"] for p in pages] == [1, 2, 3]
    assert "34 minutes" in pages[1].page_content


def test_gbk_text_is_decoded(tmp_path: Path) -> None:
    path = tmp_path / "legacy.txt"
    path.write_bytes("员工每年享有十五天带薪年假，未使用的年假可以结转。".encode("gbk"))
    [document] = load_file(path)
    assert "带薪年假" in document.page_content


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.md", b"", "is empty"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200), "binary"),
        ("broken.pdf", b"%PDF-1.7\nthis is not really a pdf", "not a readable PDF"),
        ("table.ods", b"PK\x03\x04", "unsupported file type"),
    ],
)
def test_unreadable_files_get_a_specific_reason(
    tmp_path: Path, name: str, content: bytes, reason: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(LoadError, match=reason):
        load_file(path)


def test_latin1_text_is_decoded(tmp_path: Path) -> None:
    path = tmp_path / "menu.txt"
    path.write_bytes("Café crème brûlée, déjà vu à la carte, naïve façade.".encode("latin-1"))
    [document] = load_file(path)
    assert "Café crème brûlée" in document.page_content


@pytest.mark.parametrize(
    "suffix",
    [".docx", ".html", ".htm", ".csv", ".md", ".txt", ".pdf", ".xlsx", ".pptx", ".eml", ".epub"],
)
def test_every_common_format_is_supported(suffix: str) -> None:
    from signalbox.tools.knowledge.loaders import SUPPORTED_SUFFIXES

    assert suffix in SUPPORTED_SUFFIXES


def test_documents_carry_their_type(tmp_path: Path) -> None:
    path = tmp_path / "rates.csv"
    path.write_text("city,rate\nParis,250\n", encoding="utf-8")
    [document] = load_file(path)
    assert document.metadata["type"] == "csv"
    assert "| Paris | 250 |" in document.page_content


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("Größe und Übermaß, schöne Grüße aus München.", "latin-1"),
        ("Привет, как дела? Это тест кодировки.", "cp1251"),
        ("员工每年享有十五天带薪年假。", "gb18030"),
        ("Plain English with a BOM.", "utf-16"),
    ],
)
def test_legacy_encodings_are_recognised(tmp_path: Path, text: str, encoding: str) -> None:
    path = tmp_path / "legacy.txt"
    path.write_bytes(text.encode(encoding))
    assert load_file(path)[0].page_content == text


def test_hidden_text_left_out_of_a_file_is_counted(tmp_path: Path) -> None:
    path = tmp_path / "notes.md"
    path.write_text("# Notes\n\nShown. <!-- not shown -->\n", encoding="utf-8")
    loaded = load(path)
    assert loaded.documents[0].page_content == "# Notes\n\nShown. \n"
    assert loaded.hidden_chars == len("not shown")


def test_a_heading_hidden_in_a_comment_is_not_the_title(tmp_path: Path) -> None:
    path = tmp_path / "notes.md"
    path.write_text("<!--\n# Secret title\n-->\n# Release notes\n\nText.\n", encoding="utf-8")
    assert load_file(path)[0].metadata["title"] == "Release notes"
