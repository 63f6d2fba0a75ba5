"""The knowledge base over the real embedded engine (Qdrant Edge) and the real embedding model."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from signalbox.tools.knowledge import KnowledgeBase, ingest
from tests.conftest import SAMPLES


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_ingests_every_sample_format(empty_kb: KnowledgeBase) -> None:
    report = ingest(empty_kb, [SAMPLES])
    assert report.count("added") == 4
    assert {info.source for info in empty_kb.sources()} == {
        "expense-policy.md",
        "kestrel-k2-manual.pdf",
        "leave-policy-zh.md",
        "remote-work.txt",
    }
    assert empty_kb.count() == sum(info.chunks for info in empty_kb.sources())


def test_reingesting_an_unchanged_file_changes_nothing(
    empty_kb: KnowledgeBase, tmp_path: Path
) -> None:
    path = _write(tmp_path / "a.md", "# A\n\nThe warehouse opens at seven in the morning.\n")
    ingest(empty_kb, [path])
    before = empty_kb.count()
    report = ingest(empty_kb, [path])
    assert report.files[0].status == "unchanged"
    assert empty_kb.count() == before


def test_a_changed_file_replaces_its_old_chunks(empty_kb: KnowledgeBase, tmp_path: Path) -> None:
    path = _write(tmp_path / "a.md", "# A\n\nThe warehouse opens at seven in the morning.\n")
    ingest(empty_kb, [path])
    _write(path, "# A\n\nThe warehouse now opens at nine in the morning.\n")
    report = ingest(empty_kb, [path])
    assert report.files[0].status == "updated"
    texts = [hit.text for hit in empty_kb.search("When does the warehouse open?", k=10)]
    assert texts == ["The warehouse now opens at nine in the morning."]


def test_a_broken_file_is_reported_and_the_rest_ingested(
    empty_kb: KnowledgeBase, tmp_path: Path
) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    _write(folder / "good.txt", "The cafeteria serves lunch from noon until two.")
    (folder / "broken.pdf").write_bytes(b"%PDF-1.7 truncated garbage")
    (folder / "empty.md").write_bytes(b"")
    report = ingest(empty_kb, [folder, tmp_path / "missing.txt"])
    failed = {item.path.name: item.error for item in report.failed}
    assert set(failed) == {"broken.pdf", "empty.md", "missing.txt"}
    assert "not a readable PDF" in failed["broken.pdf"]
    assert [info.source for info in empty_kb.sources()] == ["good.txt"]


def test_an_encrypted_pdf_is_reported_as_encrypted(empty_kb: KnowledgeBase, tmp_path: Path) -> None:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    writer.append(PdfReader(SAMPLES / "kestrel-k2-manual.pdf"))
    writer.encrypt("secret")
    path = tmp_path / "locked.pdf"
    with path.open("wb") as handle:
        writer.write(handle)
    [outcome] = ingest(empty_kb, [path]).files
    assert outcome.status == "failed"
    assert "encrypted" in (outcome.error or "")


@pytest.mark.parametrize("mode", ["dense", "sparse", "hybrid"])
def test_every_search_mode_finds_the_right_english_passage(
    empty_kb: KnowledgeBase, mode: str
) -> None:
    ingest(empty_kb, [SAMPLES])
    [best, *_] = empty_kb.search("What is the nightly hotel limit in Paris?", k=3, mode=mode)  # type: ignore[arg-type]
    assert best.source == "expense-policy.md"
    assert "250 EUR" in best.text


@pytest.mark.parametrize("mode", ["sparse", "hybrid"])
def test_chinese_questions_find_the_chinese_passage(empty_kb: KnowledgeBase, mode: str) -> None:
    ingest(empty_kb, [SAMPLES])
    [best, *_] = empty_kb.search("未使用的年假可以结转几天?", k=3, mode=mode)  # type: ignore[arg-type]
    assert best.source == "leave-policy-zh.md"
    assert "结转" in best.text


def test_pdf_hits_carry_their_page(empty_kb: KnowledgeBase) -> None:
    ingest(empty_kb, [SAMPLES])
    [best, *_] = empty_kb.search("What does error code E35 mean?", k=3)
    assert (best.source, best.page) == ("kestrel-k2-manual.pdf", 3)


def test_forgetting_a_source_removes_all_its_chunks(empty_kb: KnowledgeBase) -> None:
    ingest(empty_kb, [SAMPLES])
    empty_kb.forget(str((SAMPLES / "remote-work.txt").resolve()))
    assert "remote-work.txt" not in {info.source for info in empty_kb.sources()}


def test_a_second_process_on_a_locked_index_is_told_what_to_do(empty_kb: KnowledgeBase) -> None:
    ingest(empty_kb, [SAMPLES])
    folder = empty_kb.location.path
    script = (
        "from pathlib import Path\n"
        "from signalbox.tools.knowledge import IndexLocation, IndexLockedError, open_index\n"
        "try:\n"
        f"    open_index(IndexLocation(path=Path({str(folder)!r})))\n"
        "except IndexLockedError as exc:\n"
        "    print(exc)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=True
    )
    assert "open in another process" in result.stdout
    assert "QDRANT_URL" in result.stdout
