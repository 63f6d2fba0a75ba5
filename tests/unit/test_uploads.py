"""Uploaded file names are untrusted: they never leave the uploads folder, and never fail a batch."""

from __future__ import annotations

import errno
from dataclasses import dataclass
from pathlib import Path

import pytest

from signalbox.app import uploads
from signalbox.app.uploads import MAX_NAME_BYTES, SavedUpload, outcomes, safe_name, save_uploads
from signalbox.tools.knowledge.ingest import FileReport, IngestReport


@dataclass
class FakeUpload:
    name: str
    data: bytes

    def getvalue(self) -> bytes:
        return self.data


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("report.pdf", "report.pdf"),
        ("../../etc/passwd.md", "passwd.md"),
        ("C:\\Users\\me\\notes.txt", "notes.txt"),
        ("年假政策.md", "年假政策.md"),
        ("a<b>|c?.md", "a_b_c_.md"),
        ("..", "upload"),
    ],
)
def test_an_uploaded_name_keeps_only_a_safe_file_name(name: str, expected: str) -> None:
    assert safe_name(name) == expected


@pytest.mark.parametrize("stem", ["x" * 300, "年" * 120, "a" * 254])
def test_a_name_too_long_to_store_is_shortened_and_keeps_its_suffix(stem: str) -> None:
    name = safe_name(f"{stem}.md")
    assert len(name.encode()) <= MAX_NAME_BYTES
    assert name.endswith(".md")
    kept = name.rsplit("-", 1)[0]
    assert len(kept) > 50
    assert stem.startswith(kept)  # cut between characters, never inside one


def test_two_long_names_that_differ_only_at_the_end_stay_two_files() -> None:
    first, second = safe_name("x" * 300 + "-draft.md"), safe_name("x" * 300 + "-final.md")
    assert first != second


def test_the_same_long_name_always_maps_to_the_same_file() -> None:
    assert safe_name("y" * 300 + ".txt") == safe_name("y" * 300 + ".txt")


def test_uploads_are_written_inside_the_folder(tmp_path: Path) -> None:
    folder = tmp_path / "uploads"
    [saved] = save_uploads([FakeUpload("../escape.md", b"# hi\n")], folder)
    assert saved.path == folder / "escape.md"
    assert saved.path.read_bytes() == b"# hi\n"
    assert not (tmp_path / "escape.md").exists()
    assert saved.renamed_because is None


def test_a_long_name_is_saved_under_a_shorter_one_and_says_so(tmp_path: Path) -> None:
    [saved] = save_uploads([FakeUpload("n" * 300 + ".md", b"# long\n")], tmp_path)
    assert saved.path is not None and saved.path.read_bytes() == b"# long\n"
    assert saved.renamed_because == "the name was too long to store"


def test_a_file_that_cannot_be_written_does_not_stop_the_others(tmp_path: Path) -> None:
    folder = tmp_path / "uploads"
    (folder / "blocked.md").mkdir(parents=True)  # a folder where the file should go
    saved = save_uploads(
        [FakeUpload("first.md", b"1"), FakeUpload("blocked.md", b"2"), FakeUpload("last.md", b"3")],
        folder,
    )
    assert [s.path.read_bytes() if s.path else None for s in saved] == [b"1", None, b"3"]
    assert saved[1].error is not None and str(tmp_path) not in saved[1].error
    assert sorted(p.name for p in folder.iterdir()) == ["blocked.md", "first.md", "last.md"]


def test_a_failed_write_leaves_no_half_file_and_an_older_file_intact(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    save_uploads([FakeUpload("notes.md", b"old")], tmp_path)

    def disk_full(source: str, target: Path) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(uploads.os, "replace", disk_full)
    [failed] = save_uploads([FakeUpload("notes.md", b"new")], tmp_path)
    assert failed.error == "could not be saved (No space left on device)"
    assert [p.name for p in tmp_path.iterdir()] == ["notes.md"]
    assert (tmp_path / "notes.md").read_bytes() == b"old"


def test_outcomes_name_each_file_with_its_result_renaming_or_error(tmp_path: Path) -> None:
    long = "l" * 300 + ".md"
    saved = [
        SavedUpload("a.md", tmp_path / "a.md"),
        SavedUpload(long, tmp_path / "short.md", renamed_because="the name was too long to store"),
        SavedUpload("b.md", None, "could not be saved (No space left on device)"),
        SavedUpload("c.md", tmp_path / "c.md"),
    ]
    report = IngestReport(
        [
            FileReport(tmp_path / "a.md", "added", chunks=1),
            FileReport(tmp_path / "short.md", "added", chunks=3),
            FileReport(tmp_path / "c.md", "failed", error="c.md is empty"),
        ]
    )
    lines = outcomes(saved, report)
    assert [line.ok for line in lines] == [True, True, False, False]
    assert lines[0].text == "a.md: added (1 chunk)"
    assert lines[1].text.startswith("short.md: added (3 chunks) — renamed from “lll")
    assert lines[1].text.endswith("…”: the name was too long to store")
    assert lines[2].text == "b.md: could not be saved (No space left on device)"
    assert lines[3].text == "c.md: c.md is empty"
