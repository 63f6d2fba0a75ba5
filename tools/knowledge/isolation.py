"""Parse untrusted PDFs in a worker process with a time and memory limit.

pypdf bounds decompression, but nothing bounds the time or memory that a crafted content stream can
cost its text extraction, and a thread cannot be stopped. So PDFs are parsed in a separate process
(``pdf_worker``) under an address-space limit, which is killed and replaced when a file takes too
long or brings it down. One worker serves a whole process, so its start is paid once, not per file.
A plain subprocess rather than multiprocessing: spawn re-imports the caller's main module, which
fails under ``python -c`` and is fragile under the servers Signalbox runs in.
"""

from __future__ import annotations

import atexit
import json
import select
import subprocess
import sys
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

DEFAULT_MEMORY_MB = 2048
WORKER_SCRIPT = Path(__file__).with_name("parse_worker.py")


class ParseTimeout(Exception):
    """The worker did not finish in time and was stopped."""


class ParseCrashed(Exception):
    """The worker died (out of memory, or a crash inside the parser)."""


@dataclass(frozen=True)
class ParsedPdf:
    """What the worker extracts: the title and the text of each page."""

    title: str | None
    pages: list[str]


class PdfWorker:
    """A parser process; one call at a time, restarted after a timeout or a crash."""

    def __init__(self, memory_mb: int = DEFAULT_MEMORY_MB) -> None:
        self.memory_mb = memory_mb
        self._lock = threading.Lock()
        self._process: subprocess.Popen[str] | None = None

    def _start(self) -> subprocess.Popen[str]:
        if self._process is not None and self._process.poll() is None:
            return self._process
        self._process = subprocess.Popen(
            # By path, not -m: importing the package would load torch into the worker for nothing.
            [sys.executable, str(WORKER_SCRIPT), str(self.memory_mb)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            encoding="utf-8",
        )
        return self._process

    def stop(self) -> None:
        """Stop the worker (it is started again on the next call)."""
        if self._process is not None:
            self._process.kill()
            self._process.wait(timeout=10)
        self._process = None

    def _exchange(self, request: dict[str, Any], timeout_s: float) -> dict[str, Any]:
        process = self._start()
        assert process.stdin is not None and process.stdout is not None
        try:
            process.stdin.write(json.dumps(request) + "\n")
            process.stdin.flush()
        except (BrokenPipeError, OSError):
            self.stop()
            raise ParseCrashed("the parser could not be started") from None
        ready, _, _ = select.select([process.stdout], [], [], timeout_s)
        if not ready:
            self.stop()
            raise ParseTimeout(f"parsing took longer than {timeout_s:g} s")
        line = process.stdout.readline()
        if not line:
            self.stop()
            raise ParseCrashed(
                f"the parser stopped (over {self.memory_mb} MiB of memory, or a crash)"
            )
        return json.loads(line)

    def parse(self, path: Path, *, max_pages: int, timeout_s: float) -> ParsedPdf | tuple[str, str]:
        """Parse one PDF: the text, or (kind, detail) of a refusal; raise ParseTimeout/ParseCrashed."""
        with self._lock:
            reply = self._exchange({"path": str(path), "max_pages": max_pages}, timeout_s)
        if "error" in reply:
            return reply["error"], reply["detail"]
        return ParsedPdf(reply["title"], reply["pages"])


_worker = PdfWorker()
atexit.register(_worker.stop)


def parse_pdf(path: Path, *, max_pages: int, timeout_s: float) -> ParsedPdf | tuple[str, str]:
    """Parse with the process's shared worker."""
    return _worker.parse(path, max_pages=max_pages, timeout_s=timeout_s)
