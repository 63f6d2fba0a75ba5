"""Writing RGB-shaped splits as JSON lines, or checking that the files on disk are current.

Shared by the generators (``make_lookalike``, ``make_news``): both write one file per split, the same
bytes on every run, and ``--check`` fails when a file differs from a fresh build.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any


def render(records: list[dict[str, Any]]) -> str:
    """One JSON object a line."""
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def write_or_check(files: dict[Path, str], *, check: bool, command: str) -> None:
    """Write every file, or with ``check`` exit naming the stale ones and the ``command`` to run."""
    stale = []
    for path, text in files.items():
        if not check:
            path.write_text(text, encoding="utf-8")
        elif not path.exists() or path.read_text(encoding="utf-8") != text:
            stale.append(path.name)
    if stale:
        sys.exit(f"stale: {', '.join(stale)}; run {command}")
