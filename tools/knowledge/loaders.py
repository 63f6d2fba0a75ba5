"""Turn a file into LangChain documents, one per page for PDFs, with the metadata citations need."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from langchain_core.documents import Document

SUPPORTED_SUFFIXES = frozenset({".md", ".markdown", ".txt", ".pdf"})
MAX_FILE_BYTES = 50 * 1024 * 1024

_MARKDOWN_TITLE = re.compile(r"^#\s+(.+?)\s*#*\s*$", re.MULTILINE)


class LoadError(ValueError):
    """A file that cannot be ingested, with the reason a person can act on."""


def decode_text(data: bytes, name: str) -> str:
    """Decode UTF-8 first, then whatever charset-normalizer is confident of (GBK, Latin-1, …)."""
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise LoadError(f"{name} looks like binary data, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise LoadError(f"{name}: could not tell which text encoding it uses")
    return str(best)


def _title_from(text: str, path: Path) -> str:
    if path.suffix.lower() in {".md", ".markdown"} and (match := _MARKDOWN_TITLE.search(text)):
        return match.group(1)
    return path.stem.replace("_", " ").replace("-", " ")


def _load_text(path: Path) -> list[Document]:
    text = decode_text(path.read_bytes(), path.name)
    title = _title_from(text, path)
    return [Document(page_content=text, metadata={"title": title, "page": None})]


def _load_pdf(path: Path) -> list[Document]:
    # pypdf directly rather than langchain-community's PyPDFLoader (a thin wrapper over it): the
    # community package is being sunset, and pypdf bounds decompression of hostile streams itself.
    from pypdf import PdfReader
    from pypdf.errors import FileNotDecryptedError, PdfReadError

    try:
        reader = PdfReader(path)
        if reader.is_encrypted:
            raise LoadError(f"{path.name} is encrypted; decrypt it and ingest it again")
        texts = [page.extract_text() or "" for page in reader.pages]
        title = (reader.metadata.title if reader.metadata else None) or path.stem.replace("_", " ")
    except FileNotDecryptedError:
        raise LoadError(f"{path.name} is encrypted; decrypt it and ingest it again") from None
    except (PdfReadError, ValueError, KeyError, TypeError) as exc:
        raise LoadError(f"{path.name} is not a readable PDF ({exc})") from None
    return [
        Document(page_content=text, metadata={"title": str(title), "page": number})
        for number, text in enumerate(texts, start=1)
    ]


_LOADERS: dict[str, Callable[[Path], list[Document]]] = {
    ".md": _load_text,
    ".markdown": _load_text,
    ".txt": _load_text,
    ".pdf": _load_pdf,
}


def load_file(path: Path) -> list[Document]:
    """Load one file; every document carries ``source`` (file name), ``path``, ``title``, ``page``."""
    suffix = path.suffix.lower()
    if suffix not in _LOADERS:
        supported = ", ".join(sorted(SUPPORTED_SUFFIXES))
        raise LoadError(f"{path.name}: unsupported file type {suffix or '(none)'} ({supported})")
    size = path.stat().st_size
    if size == 0:
        raise LoadError(f"{path.name} is empty")
    if size > MAX_FILE_BYTES:
        raise LoadError(f"{path.name} is larger than {MAX_FILE_BYTES // (1024 * 1024)} MiB")
    documents = _LOADERS[suffix](path)
    if not any(doc.page_content.strip() for doc in documents):
        raise LoadError(f"{path.name} has no extractable text (a scanned PDF needs OCR first)")
    for doc in documents:
        doc.metadata.update(source=path.name, path=str(path.resolve()))
    return documents
