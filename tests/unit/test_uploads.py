"""Uploaded file names are untrusted: they never leave the uploads folder."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from signalbox.app.uploads import safe_name, save_uploads


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


def test_uploads_are_written_inside_the_folder(tmp_path: Path) -> None:
    folder = tmp_path / "uploads"
    [path] = save_uploads([FakeUpload("../escape.md", b"# hi\n")], folder)
    assert path == folder / "escape.md"
    assert path.read_bytes() == b"# hi\n"
    assert not (tmp_path / "escape.md").exists()
