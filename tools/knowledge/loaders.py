"""Turn a file into LangChain documents, one per page for PDFs, with the metadata citations need.

Every format is parsed in the isolated worker (``isolation``) under the time and memory limits of
``FileLimits``; this module only names the format, turns refusals into reasons a person can act on,
and builds the documents from the text that comes back.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from langchain_core.documents import Document

from signalbox.tools.knowledge.isolation import (
    DEFAULT_MEMORY_MB,
    Format,
    ParseCrashed,
    Parsed,
    ParseTimeout,
    parse_file,
)

MAX_FILE_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True)
class FileLimits:
    """How much one file may cost; beyond it the file is refused with the limit named."""

    max_bytes: int = MAX_FILE_BYTES
    max_pages: int = 2_000
    """PDF pages."""
    max_chars: int = 5_000_000
    """Extracted characters (about 6,000 chunks, four minutes of embedding on two cores)."""
    parse_timeout_s: float = 120.0
    """Wall-clock time to parse one file in the isolated worker."""
    parse_memory_mb: int = DEFAULT_MEMORY_MB
    """Address space of the isolated worker, in MiB."""
    ocr_pages: int = 50
    """Pages of one file read by OCR (PDF pages without a text layer, images); 0 turns OCR off."""
    ocr_timeout_s: float = 300.0
    """Seconds of OCR for one file, added to ``parse_timeout_s`` when OCR starts (2–10 s a page)."""


class LoadError(ValueError):
    """A file that cannot be ingested, with the reason a person can act on."""


@dataclass(frozen=True)
class LoadedFile:
    """A file's documents, and how many characters of hidden text were left out of them."""

    documents: list[Document]
    hidden_chars: int = 0


_FORMATS: dict[str, Format] = {
    ".md": "markdown",
    ".markdown": "markdown",
    ".txt": "text",
    ".pdf": "pdf",
    ".docx": "docx",
    ".html": "html",
    ".htm": "html",
    ".csv": "csv",
    ".xlsx": "xlsx",
    ".pptx": "pptx",
    ".eml": "eml",
    ".epub": "epub",
    ".png": "image",
    ".jpg": "image",
    ".jpeg": "image",
    ".tif": "image",
    ".tiff": "image",
}
SUPPORTED_SUFFIXES = frozenset(_FORMATS)
# Formats whose text is Markdown (native or converted), so headings and tables carry structure.
STRUCTURED_TYPES = frozenset(
    {"md", "markdown", "docx", "html", "htm", "csv", "xlsx", "pptx", "eml", "epub"}
)
# Formats whose pages have numbers a reader can find: PDF pages, slides, the pages of a TIFF.
NUMBERED_SUFFIXES = frozenset({".pdf", ".pptx", ".tif", ".tiff"})
# Formats whose pages may need OCR, and so the time it takes.
_OCR_FORMATS = frozenset({"pdf", "image"})


def _refusal(path: Path, kind: str, detail: str, limits: FileLimits) -> str:
    name = path.name
    if kind == "refused":
        return detail
    if kind == "encrypted":
        return f"{name} is encrypted; decrypt it and ingest it again"
    if kind == "pages":
        return f"{name} has {detail} pages; the limit is {limits.max_pages:,} (SIGNALBOX_MAX_PAGES)"
    if kind == "chars":
        return (
            f"{name} has {int(detail):,} characters of text; the limit is {limits.max_chars:,} "
            "(SIGNALBOX_MAX_CHARS)"
        )
    if kind == "memory":
        return (
            f"{name} could not be parsed safely: it needs more memory than the worker may use "
            f"({limits.parse_memory_mb:,} MiB, SIGNALBOX_PARSE_MEMORY_MB)"
        )
    if path.suffix.lower() == ".pdf":
        return f"{name} is not a readable PDF ({detail})"
    return f"{name} could not be read ({detail})"


def _ocr_note(path: Path, parsed: Parsed, limits: FileLimits) -> str:
    """Why OCR found nothing, when it may be the reason."""
    if _FORMATS[path.suffix.lower()] not in _OCR_FORMATS:
        return ""
    if limits.ocr_pages <= 0:
        return " (OCR is off: SIGNALBOX_OCR_PAGES=0)"
    if parsed.ocr_skipped:
        return (
            f" ({parsed.ocr_skipped} pages were left unread: OCR is limited to "
            f"{limits.ocr_pages} pages and {limits.ocr_timeout_s:g} s per file, "
            "SIGNALBOX_OCR_PAGES and SIGNALBOX_OCR_TIMEOUT)"
        )
    return ""


def _stem_title(path: Path, *, keep_hyphens: bool) -> str:
    # PDFs have always kept the hyphens of their file name in the title; stored titles stay as they were.
    title = path.stem.replace("_", " ")
    return title if keep_hyphens else title.replace("-", " ")


def _parse(path: Path, limits: FileLimits, on_ocr: Callable[[], None] | None) -> Parsed:
    kind = _FORMATS[path.suffix.lower()]
    ocr = kind in _OCR_FORMATS and limits.ocr_pages > 0
    try:
        parsed = parse_file(
            path,
            kind,
            max_pages=limits.max_pages,
            max_chars=limits.max_chars,
            timeout_s=limits.parse_timeout_s,
            memory_mb=limits.parse_memory_mb,
            ocr_pages=limits.ocr_pages if ocr else 0,
            ocr_seconds=limits.ocr_timeout_s if ocr else 0.0,
            on_ocr=on_ocr,
        )
    except (ParseTimeout, ParseCrashed) as exc:
        raise LoadError(f"{path.name} could not be parsed safely: {exc}") from None
    if not isinstance(parsed, Parsed):
        raise LoadError(_refusal(path, parsed.kind, parsed.detail, limits))
    return parsed


def check_size(path: Path, limits: FileLimits) -> None:
    """Refuse an empty or oversized file before a byte of it is read."""
    size = path.stat().st_size
    if size == 0:
        raise LoadError(f"{path.name} is empty")
    if size > limits.max_bytes:
        raise LoadError(
            f"{path.name} is {size / 2**20:,.0f} MiB; the limit is "
            f"{limits.max_bytes / 2**20:,.0f} MiB (SIGNALBOX_MAX_FILE_MB)"
        )


def load(
    path: Path, limits: FileLimits = FileLimits(), *, on_ocr: Callable[[], None] | None = None
) -> LoadedFile:
    """Load one file; each document carries ``source`` (file name), ``path``, ``title``, ``page``, ``type``.

    ``on_ocr`` is called when the file's pages start to be read by OCR (seconds a page).
    """
    suffix = path.suffix.lower()
    if suffix not in _FORMATS:
        supported = ", ".join(sorted(SUPPORTED_SUFFIXES))
        raise LoadError(f"{path.name}: unsupported file type {suffix or '(none)'} ({supported})")
    check_size(path, limits)
    parsed = _parse(path, limits, on_ocr)
    if not any(page.strip() for page in parsed.pages):
        raise LoadError(f"{path.name} has no extractable text{_ocr_note(path, parsed, limits)}")
    numbered = suffix in NUMBERED_SUFFIXES
    title = parsed.title or _stem_title(path, keep_hyphens=suffix == ".pdf")
    metadata = {"source": path.name, "path": str(path.resolve()), "type": suffix.lstrip(".")}
    documents = [
        Document(
            page_content=text,
            metadata={"title": title, "page": number if numbered else None, **metadata},
        )
        for number, text in enumerate(parsed.pages, start=1)
    ]
    return LoadedFile(documents, parsed.hidden_chars)


def load_file(path: Path, limits: FileLimits = FileLimits()) -> list[Document]:
    """The documents of one file (see ``load``)."""
    return load(path, limits).documents
