"""Turn a file into LangChain documents, one per page for PDFs, with the metadata citations need."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from langchain_core.documents import Document

from signalbox.tools.knowledge.converters import (
    ConversionError,
    csv_to_markdown,
    docx_to_markdown,
    html_to_markdown,
)
from signalbox.tools.knowledge.isolation import ParseCrashed, ParseTimeout, parse_pdf

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
    """Wall-clock time to parse one PDF in the isolated worker."""


_MARKDOWN_TITLE = re.compile(r"^#\s+(.+?)\s*#*\s*$", re.MULTILINE)


class LoadError(ValueError):
    """A file that cannot be ingested, with the reason a person can act on."""


# When charset-normalizer finds several encodings equally plausible (short texts often decode
# cleanly in many code pages), the one most used in practice wins.
_PREFERRED_ENCODINGS = ("gb18030", "cp1252", "cp1251", "big5", "shift_jis", "euc_kr", "cp1253")
_WESTERN_SIBLINGS = frozenset(
    """cp1250 cp1254 cp1257 latin_1 iso8859_2 iso8859_4 iso8859_9 iso8859_10 iso8859_13
    iso8859_15 mac_iceland mac_roman mac_turkish mac_latin2""".split()
)


def decode_text(data: bytes, name: str) -> str:
    """Decode UTF-8 (or UTF-16 with a BOM); else the most common of the plausible legacy encodings."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if b"\x00" in data[:8192]:
        raise LoadError(f"{name} looks like binary data, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    results = from_bytes(data)
    best = results.best()
    if best is None:
        raise LoadError(f"{name}: could not tell which text encoding it uses")
    tied = [match for match in results if match.chaos <= best.chaos + 0.01]
    for encoding in _PREFERRED_ENCODINGS:
        for match in tied:
            if match.encoding == encoding:
                return str(match)
    if any(match.encoding in _WESTERN_SIBLINGS for match in tied):
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            pass
    return str(best)


def _title_from(text: str, path: Path) -> str:
    if path.suffix.lower() in {".md", ".markdown"} and (match := _MARKDOWN_TITLE.search(text)):
        return match.group(1)
    return _stem_title(path)


def _stem_title(path: Path) -> str:
    return path.stem.replace("_", " ").replace("-", " ")


def _one(text: str, title: str) -> list[Document]:
    return [Document(page_content=text, metadata={"title": title, "page": None})]


def _load_text(path: Path, limits: FileLimits) -> list[Document]:
    text = decode_text(path.read_bytes(), path.name)
    return _one(text, _title_from(text, path))


def _load_html(path: Path, limits: FileLimits) -> list[Document]:
    title, text = html_to_markdown(path.read_bytes())
    return _one(text, title or _stem_title(path))


def _load_docx(path: Path, limits: FileLimits) -> list[Document]:
    try:
        title, text = docx_to_markdown(path)
    except ConversionError as exc:
        raise LoadError(str(exc)) from None
    return _one(text, title or _stem_title(path))


def _load_csv(path: Path, limits: FileLimits) -> list[Document]:
    return _one(csv_to_markdown(decode_text(path.read_bytes(), path.name)), _stem_title(path))


def _load_pdf(path: Path, limits: FileLimits) -> list[Document]:
    # pypdf directly rather than langchain-community's PyPDFLoader (a thin wrapper over it): the
    # community package is being sunset, and pypdf bounds decompression of hostile streams itself.
    # It runs in an isolated worker, since nothing bounds the time or memory of text extraction.
    try:
        parsed = parse_pdf(path, max_pages=limits.max_pages, timeout_s=limits.parse_timeout_s)
    except (ParseTimeout, ParseCrashed) as exc:
        raise LoadError(f"{path.name} could not be parsed safely: {exc}") from None
    if isinstance(parsed, tuple):
        kind, detail = parsed
        raise LoadError(
            {
                "encrypted": f"{path.name} is encrypted; decrypt it and ingest it again",
                "pages": f"{path.name} has {detail} pages; the limit is {limits.max_pages:,} "
                "(SIGNALBOX_MAX_PAGES)",
                "memory": f"{path.name} needs more memory to parse than the worker may use",
            }.get(kind, f"{path.name} is not a readable PDF ({detail})")
        )
    title = parsed.title or path.stem.replace("_", " ")
    return [
        Document(page_content=text, metadata={"title": title, "page": number})
        for number, text in enumerate(parsed.pages, start=1)
    ]


_LOADERS: dict[str, Callable[[Path, FileLimits], list[Document]]] = {
    ".md": _load_text,
    ".markdown": _load_text,
    ".txt": _load_text,
    ".pdf": _load_pdf,
    ".docx": _load_docx,
    ".html": _load_html,
    ".htm": _load_html,
    ".csv": _load_csv,
}
SUPPORTED_SUFFIXES = frozenset(_LOADERS)
# Formats whose text is Markdown (native or converted), so headings and tables carry structure.
STRUCTURED_TYPES = frozenset({"md", "markdown", "docx", "html", "htm", "csv"})


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


def load_file(path: Path, limits: FileLimits = FileLimits()) -> list[Document]:
    """Load one file; each document carries ``source`` (file name), ``path``, ``title``, ``page``, ``type``."""
    suffix = path.suffix.lower()
    if suffix not in _LOADERS:
        supported = ", ".join(sorted(SUPPORTED_SUFFIXES))
        raise LoadError(f"{path.name}: unsupported file type {suffix or '(none)'} ({supported})")
    check_size(path, limits)
    documents = _LOADERS[suffix](path, limits)
    if not any(doc.page_content.strip() for doc in documents):
        raise LoadError(f"{path.name} has no extractable text (a scanned PDF needs OCR first)")
    chars = sum(len(doc.page_content) for doc in documents)
    if chars > limits.max_chars:
        raise LoadError(
            f"{path.name} has {chars:,} characters of text; the limit is {limits.max_chars:,} "
            "(SIGNALBOX_MAX_CHARS)"
        )
    for doc in documents:
        doc.metadata.update(source=path.name, path=str(path.resolve()), type=suffix.lstrip("."))
    return documents
