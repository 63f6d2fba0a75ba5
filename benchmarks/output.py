"""How every benchmark publishes its figures: JSON on stdout, and in a file when asked."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any


def publish(results: dict[str, Any], out: Path | None) -> None:
    """Print the results as JSON and, with ``out``, write the same JSON there."""
    text = json.dumps(results, indent=2)
    print(text)
    if out is not None:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(text + "\n", encoding="utf-8")
