"""The PDF parsing worker, run as ``python pdf_worker.py MEMORY_MB`` (a script: no package imports).

Reads one JSON request a line on stdin (``{"path": ..., "max_pages": ...}``) and answers one JSON line
on stdout: ``{"title": ..., "pages": [...]}`` or ``{"error": KIND, "detail": ...}``. Runs under an
address-space limit set by itself before it reads any file.
"""

from __future__ import annotations

import json
import resource
import sys
from typing import Any


def extract(path: str, max_pages: int) -> dict[str, Any]:
    """The title and page texts of one PDF, or the kind of failure."""
    from pypdf import PdfReader
    from pypdf.errors import FileNotDecryptedError, PdfReadError

    try:
        reader = PdfReader(path)
        if reader.is_encrypted:
            return {"error": "encrypted", "detail": ""}
        count = len(reader.pages)
        if count > max_pages:
            return {"error": "pages", "detail": str(count)}
        pages = [page.extract_text() or "" for page in reader.pages]
        title = reader.metadata.title if reader.metadata else None
        return {"title": str(title) if title else None, "pages": pages}
    except FileNotDecryptedError:
        return {"error": "encrypted", "detail": ""}
    except MemoryError:
        return {"error": "memory", "detail": ""}
    except (PdfReadError, ValueError, KeyError, TypeError, RecursionError, AttributeError) as exc:
        return {"error": "unreadable", "detail": f"{type(exc).__name__}: {exc}"}


def main() -> None:
    """Serve requests until stdin closes."""
    limit = int(sys.argv[1]) * 2**20
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    for line in sys.stdin:
        request = json.loads(line)
        reply = extract(request["path"], request["max_pages"])
        sys.stdout.write(json.dumps(reply) + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
