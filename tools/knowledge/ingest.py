"""Ingestion: files → chunks → vectors → Qdrant, one file at a time so one bad file costs only itself."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from signalbox.tools.knowledge.loaders import SUPPORTED_SUFFIXES, LoadError, load_file
from signalbox.tools.knowledge.splitting import split_documents
from signalbox.tools.knowledge.store import KnowledgeBase, utc_now

FileStatus = Literal["added", "updated", "unchanged", "failed"]


@dataclass(frozen=True)
class FileReport:
    """What happened to one file."""

    path: Path
    status: FileStatus
    chunks: int = 0
    error: str | None = None


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


def collect_files(paths: Iterable[Path]) -> tuple[list[Path], list[FileReport]]:
    """Expand folders recursively into supported files; name the paths that cannot be used."""
    files: list[Path] = []
    problems: list[FileReport] = []
    for path in paths:
        if path.is_dir():
            files.extend(
                sorted(
                    child
                    for child in path.rglob("*")
                    if child.is_file()
                    and child.suffix.lower() in SUPPORTED_SUFFIXES
                    and not any(part.startswith(".") for part in child.relative_to(path).parts)
                )
            )
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


def ingest_file(kb: KnowledgeBase, path: Path) -> FileReport:
    """Ingest one file, or report why it cannot be ingested."""
    resolved = str(path.resolve())
    try:
        digest = file_hash(path)
        if kb.has_file(resolved, digest):
            return FileReport(path, "unchanged")
        existed = kb.has_path(resolved)
        chunks = split_documents(load_file(path))
        if not chunks:
            raise LoadError(f"{path.name} has no text to index")
        vectors = kb.embeddings.embed_documents([chunk.embedding_text() for chunk in chunks])
        kb.store_file(chunks, vectors, digest, ingested_at=utc_now())
    except LoadError as exc:
        return FileReport(path, "failed", error=str(exc))
    except OSError as exc:
        return FileReport(path, "failed", error=f"{path.name}: {exc.strerror or exc}")
    return FileReport(path, "updated" if existed else "added", chunks=len(chunks))


def ingest(
    kb: KnowledgeBase,
    paths: Iterable[Path],
    on_file: Callable[[FileReport, int, int], None] | None = None,
) -> IngestReport:
    """Ingest files and folders; ``on_file(report, done, total)`` drives a progress display."""
    files, problems = collect_files(paths)
    report = IngestReport(files=list(problems))
    for done, path in enumerate(files, start=1):
        outcome = ingest_file(kb, path)
        report.files.append(outcome)
        if on_file is not None:
            on_file(outcome, done, len(files))
    return report
