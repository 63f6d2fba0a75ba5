"""Ingestion: files → load → split → embed → store, with progress per stage.

Small files are grouped so that the model embeds full batches (a file of three chunks alone would
waste most of a batch); each file is still stored, and fails, on its own.
"""

from __future__ import annotations

import fnmatch
import hashlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from signalbox.tools.knowledge.loaders import (
    SUPPORTED_SUFFIXES,
    FileLimits,
    LoadError,
    check_size,
    load,
)
from signalbox.tools.knowledge.splitting import Chunk, split_documents
from signalbox.tools.knowledge.store import KnowledgeBase, utc_now

FileStatus = Literal["added", "updated", "unchanged", "failed"]
Stage = Literal["load", "ocr", "split", "embed", "store", "done"]
GROUP_CHUNKS = 256
EMBED_BATCH = 64


@dataclass(frozen=True)
class FileReport:
    """What happened to one file."""

    path: Path
    status: FileStatus
    chunks: int = 0
    error: str | None = None
    hidden_chars: int = 0
    """Characters of text hidden from readers (white, zero-size, ``display:none``…) left out."""


@dataclass(frozen=True)
class IngestProgress:
    """Where an ingestion stands, for progress bars."""

    stage: Stage
    path: Path | None
    files_done: int
    files_total: int
    chunks_embedded: int
    chunks_total: int
    """Chunks split so far (grows as files are read)."""


@dataclass
class IngestReport:
    """What happened to every file of one ingestion."""

    files: list[FileReport] = field(default_factory=list)

    def count(self, status: FileStatus) -> int:
        """How many files ended with ``status``."""
        return sum(1 for report in self.files if report.status == status)

    @property
    def failed(self) -> list[FileReport]:
        """The files that could not be ingested."""
        return [report for report in self.files if report.status == "failed"]


def _selected(relative: str, include: Sequence[str], exclude: Sequence[str]) -> bool:
    if include and not any(fnmatch.fnmatch(relative, pattern) for pattern in include):
        return False
    return not any(fnmatch.fnmatch(relative, pattern) for pattern in exclude)


def collect_files(
    paths: Iterable[Path], include: Sequence[str] = (), exclude: Sequence[str] = ()
) -> tuple[list[Path], list[FileReport]]:
    """Expand folders recursively into supported files (hidden ones skipped) filtered by globs.

    Globs match the path relative to the folder given, e.g. ``*.md`` or ``drafts/*``. Files named
    directly are always taken; a missing path is reported.
    """
    files: list[Path] = []
    problems: list[FileReport] = []
    for path in paths:
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                relative = child.relative_to(path)
                if (
                    child.is_file()
                    and child.suffix.lower() in SUPPORTED_SUFFIXES
                    and not any(part.startswith(".") for part in relative.parts)
                    and _selected(relative.as_posix(), include, exclude)
                ):
                    files.append(child)
        elif path.is_file():
            files.append(path)
        else:
            problems.append(FileReport(path, "failed", error=f"{path}: no such file or folder"))
    return files, problems


def file_hash(path: Path) -> str:
    """Content hash that decides whether a file changed since it was last ingested."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


@dataclass
class _Pending:
    path: Path
    digest: str
    existed: bool
    chunks: list[Chunk]
    hidden_chars: int


class _Ingestion:
    """One run over a list of files; keeps the counters the progress display needs."""

    def __init__(
        self,
        kb: KnowledgeBase,
        total: int,
        on_progress: Callable[[IngestProgress], None] | None,
        limits: FileLimits,
    ) -> None:
        self.kb = kb
        self.limits = limits
        self.inventory = kb.inventory()
        self.total = total
        self.on_progress = on_progress
        self.report = IngestReport()
        self.pending: list[_Pending] = []
        self.files_done = 0
        self.chunks_embedded = 0
        self.chunks_total = 0

    def notify(self, stage: Stage, path: Path | None) -> None:
        if self.on_progress is not None:
            self.on_progress(
                IngestProgress(
                    stage,
                    path,
                    self.files_done,
                    self.total,
                    self.chunks_embedded,
                    self.chunks_total,
                )
            )

    def finish(self, outcome: FileReport) -> None:
        self.report.files.append(outcome)
        self.files_done += 1
        self.notify("done", outcome.path)

    def read(self, path: Path) -> None:
        """Load and split one file, or settle it as unchanged or failed."""
        try:
            resolved = str(path.resolve())
            check_size(path, self.limits)
            digest = file_hash(path)
            if self.inventory.has_file(resolved, digest):
                self.finish(FileReport(path, "unchanged"))
                return
            self.notify("load", path)
            loaded = load(path, self.limits, on_ocr=lambda: self.notify("ocr", path))
            self.notify("split", path)
            chunks = split_documents(loaded.documents)
            if not chunks:
                raise LoadError(f"{path.name} has no text to index")
            existed = self.inventory.has_path(resolved)
        except LoadError as exc:
            self.finish(FileReport(path, "failed", error=str(exc)))
            return
        except OSError as exc:
            self.finish(FileReport(path, "failed", error=f"{path.name}: {exc.strerror or exc}"))
            return
        self.chunks_total += len(chunks)
        self.pending.append(_Pending(path, digest, existed, chunks, loaded.hidden_chars))
        if sum(len(item.chunks) for item in self.pending) >= GROUP_CHUNKS:
            self.flush()

    def flush(self) -> None:
        """Embed the pending files' chunks in full batches, then store each file."""
        texts = [chunk.embedding_text() for item in self.pending for chunk in item.chunks]
        vectors: list[list[float]] = []
        for start in range(0, len(texts), EMBED_BATCH):
            self.notify("embed", None)
            vectors += self.kb.embeddings.embed_documents(texts[start : start + EMBED_BATCH])
            self.chunks_embedded += len(texts[start : start + EMBED_BATCH])
        offset = 0
        for item in self.pending:
            own = vectors[offset : offset + len(item.chunks)]
            offset += len(item.chunks)
            self.notify("store", item.path)
            self.kb.store_file(
                item.chunks, own, item.digest, ingested_at=utc_now(), replaces=item.existed
            )
            status: FileStatus = "updated" if item.existed else "added"
            self.finish(
                FileReport(
                    item.path, status, chunks=len(item.chunks), hidden_chars=item.hidden_chars
                )
            )
        self.pending.clear()


def ingest(
    kb: KnowledgeBase,
    paths: Iterable[Path],
    *,
    include: Sequence[str] = (),
    exclude: Sequence[str] = (),
    on_progress: Callable[[IngestProgress], None] | None = None,
    limits: FileLimits | None = None,
) -> IngestReport:
    """Ingest files and folders; unchanged files are skipped, a failing file costs only itself."""
    files, problems = collect_files(paths, include, exclude)
    run = _Ingestion(kb, len(files), on_progress, limits or FileLimits())
    run.report.files.extend(problems)
    for path in files:
        run.read(path)
    if run.pending:
        run.flush()
    order = {path: position for position, path in enumerate(files)}
    run.report.files.sort(key=lambda item: order.get(item.path, -1))
    return run.report
