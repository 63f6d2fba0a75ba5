"""Files a reader uploads in the chat: kept under the data dir, then ingested like the CLI does."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Protocol

_UNSAFE = re.compile(r"[^\w.\- ]+", re.UNICODE)


class Upload(Protocol):
    """What Streamlit's UploadedFile offers (and a test's stand-in)."""

    name: str

    def getvalue(self) -> bytes:
        """The file's bytes."""
        ...


def safe_name(name: str) -> str:
    r"""The file name alone, without folders or characters a file system may refuse.

    An uploaded name is untrusted: "../../x.md" or "C:\\x.md" must not leave the uploads folder.
    """
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    cleaned = _UNSAFE.sub("_", base).strip(" .")
    return cleaned or "upload"


def save_uploads(uploads: list[Upload], folder: Path) -> list[Path]:
    """Write each upload into ``folder`` (a same-named file is replaced, as re-ingesting would)."""
    folder.mkdir(parents=True, exist_ok=True)
    saved = []
    for upload in uploads:
        path = folder / safe_name(upload.name)
        path.write_bytes(upload.getvalue())
        saved.append(path)
    return saved
