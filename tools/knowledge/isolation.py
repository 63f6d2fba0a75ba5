"""Parse untrusted documents in a worker process with a time and a memory limit.

Nothing bounds the time or memory a crafted file costs its parser: a PDF content stream, a DOCX
whose XML inflates to ten times the file, a page of a million elements, a legacy-encoded text that
charset-normalizer has to guess. A thread cannot be stopped, and memory that the app process once
took is rarely given back. So every format is parsed in one separate process (``parse_worker``)
under an address-space limit, which is killed and replaced when a file takes too long or brings it
down, and which sends back only the extracted text. One worker serves a whole process, so its start
is paid once, not per file. A plain subprocess rather than multiprocessing: spawn re-imports the
caller's main module, which fails under ``python -c`` and is fragile under the servers Signalbox
runs in.
"""

from __future__ import annotations

import atexit
import json
import select
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

DEFAULT_MEMORY_MB = 2048
WORKER_SCRIPT = Path(__file__).with_name("parse_worker.py")

Format = Literal[
    "pdf", "docx", "html", "markdown", "text", "csv", "xlsx", "pptx", "eml", "epub", "image"
]


class ParseTimeout(Exception):
    """The worker did not finish in time and was stopped."""


class ParseCrashed(Exception):
    """The worker died (out of memory inside a C library, or a crash inside the parser)."""


@dataclass(frozen=True)
class Parsed:
    """What the worker extracts: the title (if the file names one), the pages, the hidden text left out."""

    title: str | None
    pages: list[str]
    hidden_chars: int = 0
    ocr_skipped: int = 0
    """Pages without text that OCR did not read: the file's OCR pages or seconds were spent."""


@dataclass(frozen=True)
class Refusal:
    """Why the worker would not extract a file: a kind (``memory``, ``pages``…) and its detail."""

    kind: str
    detail: str


class ParseWorker:
    """A parser process; one call at a time, restarted after a timeout, a crash or running out of memory."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._process: subprocess.Popen[str] | None = None
        self._memory_mb = DEFAULT_MEMORY_MB

    def _start(self, memory_mb: int) -> subprocess.Popen[str]:
        if self._process is not None and self._process.poll() is None:
            if memory_mb == self._memory_mb:
                return self._process
            self.stop()
        self._memory_mb = memory_mb
        self._process = subprocess.Popen(
            # By path, not -m: importing the package would load torch into the worker for nothing.
            [sys.executable, "-P", str(WORKER_SCRIPT), str(memory_mb)],
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

    def _exchange(
        self,
        request: dict[str, Any],
        timeout_s: float,
        memory_mb: int,
        on_ocr: Callable[[], None] | None = None,
    ) -> dict[str, Any]:
        """Send one request and wait for its reply.

        A worker that starts OCR says so first (``{"status": "ocr"}``); from then on it has
        ``ocr_seconds`` more, since reading scans takes seconds a page where text takes
        milliseconds, and it stops OCR by itself when they are spent.
        """
        process = self._start(memory_mb)
        assert process.stdin is not None and process.stdout is not None
        try:
            process.stdin.write(json.dumps(request) + "\n")
            process.stdin.flush()
        except (BrokenPipeError, OSError):
            self.stop()
            raise ParseCrashed("the parser could not be started") from None
        deadline = time.monotonic() + timeout_s
        extended = False
        while True:
            left = max(deadline - time.monotonic(), 0.0)
            ready, _, _ = select.select([process.stdout], [], [], left)
            if not ready:
                self.stop()
                limit = "SIGNALBOX_OCR_TIMEOUT" if extended else "SIGNALBOX_PARSE_TIMEOUT"
                raise ParseTimeout(f"parsing took longer than {timeout_s:g} s ({limit})")
            line = process.stdout.readline()
            if not line:
                self.stop()
                raise ParseCrashed(
                    f"the parser stopped: it ran out of memory ({memory_mb:,} MiB, "
                    "SIGNALBOX_PARSE_MEMORY_MB) or crashed"
                )
            reply: dict[str, Any] = json.loads(line)
            if reply.get("status") != "ocr":
                return reply
            if not extended:
                extended = True
                if on_ocr is not None:
                    on_ocr()
                # The OCR budget plus a margin for the page under way when it runs out.
                timeout_s += request["ocr_seconds"] + 60
                deadline += request["ocr_seconds"] + 60

    def parse(
        self,
        path: Path,
        kind: Format,
        *,
        max_pages: int,
        max_chars: int,
        timeout_s: float,
        memory_mb: int = DEFAULT_MEMORY_MB,
        ocr_pages: int = 0,
        ocr_seconds: float = 0.0,
        on_ocr: Callable[[], None] | None = None,
    ) -> Parsed | Refusal:
        """Parse one file; raise ParseTimeout or ParseCrashed when the worker had to be stopped.

        Pages without text (scans, images) are read by OCR, at most ``ocr_pages`` of them and for
        at most ``ocr_seconds``, which are added to ``timeout_s`` once OCR starts; ``on_ocr`` is
        called then (a progress display shows the stage).
        """
        request = {
            "path": str(path),
            "format": kind,
            "max_pages": max_pages,
            "max_chars": max_chars,
            "ocr_pages": ocr_pages,
            "ocr_seconds": ocr_seconds,
        }
        with self._lock:
            reply = self._exchange(request, timeout_s, memory_mb, on_ocr)
            if reply.get("spent"):
                self.stop()  # its heap grew near the limit and is not given back: start afresh
        if "error" in reply:
            return Refusal(reply["error"], reply["detail"])
        return Parsed(
            reply["title"],
            reply["pages"],
            reply.get("hidden_chars", 0),
            reply.get("ocr_skipped", 0),
        )


_worker = ParseWorker()
atexit.register(_worker.stop)


parse_file = _worker.parse
"""Parse with the process's shared worker (its start is paid once per process)."""
