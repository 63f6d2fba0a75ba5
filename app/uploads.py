"""Files a reader uploads in the chat: kept under the data dir, then ingested like the CLI does."""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from signalbox.agents import IngestReport
from signalbox.app.render import chunks, one_line

_UNSAFE = re.compile(r"[^\w.\- ]+", re.UNICODE)
MAX_NAME_BYTES = 255
"""The longest file name ext4, XFS, Btrfs and APFS store, counted in bytes of UTF-8."""
_SUFFIX_BYTES = 16
"""A longer "suffix" is part of the name, not a file type."""
_HASH_CHARS = 8
_SHOWN_CHARS = 60


class Upload(Protocol):
    """What Streamlit's UploadedFile offers (and a test's stand-in)."""

    name: str

    def getvalue(self) -> bytes:
        """The file's bytes."""
        ...


@dataclass(frozen=True)
class SavedUpload:
    """One upload after saving: where it is kept, or why it could not be written."""

    uploaded: str
    """The file name the browser sent, without folders."""
    path: Path | None
    error: str | None = None
    renamed_because: str | None = None
    """Why the file is kept under another name than the reader gave it, if it is."""


@dataclass(frozen=True)
class Outcome:
    """What the reader is told about one uploaded file."""

    ok: bool
    text: str


def _base_name(name: str) -> str:
    return name.replace("\\", "/").rsplit("/", 1)[-1]


def safe_name(name: str) -> str:
    r"""The file name alone, without folders or characters a file system may refuse.

    An uploaded name is untrusted: "../../x.md" or "C:\\x.md" must not leave the uploads folder,
    and a name longer than the file system allows must not fail the write.
    """
    return _fitted(_cleaned(name))


def _cleaned(name: str) -> str:
    return _UNSAFE.sub("_", _base_name(name)).strip(" .") or "upload"


def _fitted(name: str) -> str:
    return name if len(name.encode()) <= MAX_NAME_BYTES else _shortened(name)


def _shortened(name: str) -> str:
    """The start of the name, a hash of all of it, and the suffix.

    Two long names that differ only near the end stay two files, and the same long name uploaded
    again replaces its file, as a short one does.
    """
    suffix = Path(name).suffix
    if len(suffix.encode()) > _SUFFIX_BYTES:
        suffix = ""
    tag = "-" + hashlib.sha256(name.encode()).hexdigest()[:_HASH_CHARS]
    budget = MAX_NAME_BYTES - len(tag) - len(suffix.encode())
    stem = name[: len(name) - len(suffix)].encode()[:budget].decode(errors="ignore")
    return f"{stem.rstrip(' .')}{tag}{suffix}"


def save_uploads(uploads: Sequence[Upload], folder: Path) -> list[SavedUpload]:
    """Write each upload into ``folder`` (a same-named file is replaced, as re-ingesting would).

    A file that cannot be written is reported as such; the others are still saved.
    """
    folder.mkdir(parents=True, exist_ok=True)
    return [_save(upload, folder) for upload in uploads]


def _save(upload: Upload, folder: Path) -> SavedUpload:
    uploaded, cleaned = _base_name(upload.name), _cleaned(upload.name)
    path = folder / _fitted(cleaned)
    try:
        _write_whole(path, upload.getvalue())
    except OSError as exc:
        # strerror alone: the exception's text would show the server's folders.
        return SavedUpload(uploaded, None, f"could not be saved ({exc.strerror or 'write error'})")
    return SavedUpload(uploaded, path, renamed_because=_why_renamed(uploaded, cleaned, path.name))


def _why_renamed(uploaded: str, cleaned: str, stored: str) -> str | None:
    if stored != cleaned:
        return "the name was too long to store"
    if cleaned != uploaded:
        return "the name had characters a file system may refuse"
    return None


def _write_whole(path: Path, data: bytes) -> None:
    """A failed write leaves no half file behind, and an older file of that name intact."""
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".upload-")
    try:
        with os.fdopen(handle, "wb") as output:
            output.write(data)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def outcomes(saved: Sequence[SavedUpload], report: IngestReport) -> list[Outcome]:
    """One line per uploaded file, in upload order: saved and ingested, or why not."""
    ingested = {result.path: result for result in report.files}
    lines = []
    for upload in saved:
        result = ingested.get(upload.path) if upload.path else None
        if upload.path is None or result is None:
            lines.append(Outcome(False, f"{upload.uploaded}: {upload.error or 'not ingested'}"))
            continue
        if result.error:
            line = Outcome(False, f"{upload.path.name}: {result.error}")
        else:
            line = Outcome(True, f"{upload.path.name}: {result.status} ({chunks(result.chunks)})")
        lines.append(Outcome(line.ok, line.text + _renaming(upload)))
    return lines


def _renaming(upload: SavedUpload) -> str:
    if upload.renamed_because is None:
        return ""
    original = one_line(upload.uploaded, _SHOWN_CHARS)
    return f" — renamed from “{original}”: {upload.renamed_because}"
