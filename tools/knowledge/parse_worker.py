"""The parsing worker: every document format is parsed here, never in the app process.

Run as ``python -P parse_worker.py MEMORY_MB`` by ``isolation.ParseWorker``. It reads one JSON
request a line on stdin (``{"path", "format", "max_pages", "max_chars"}``) and answers one JSON line
on stdout: ``{"title", "pages", "hidden_chars"}`` or ``{"error": KIND, "detail": ...}``, with
``"spent": true`` when the worker should be replaced before the next file. Before it
reads any file it limits its own address space, so a file that inflates (a DOCX whose XML is ten
times its size, a page of a million elements) costs at most that limit, and the text it sends back
is already cut to ``max_chars``: the app never holds the inflated content.

Imports: the parsers live in this folder as ``signalbox.tools.knowledge.*`` modules, but importing
them the normal way runs the package's ``__init__``, which loads the vector store and the embedding
model (torch): seconds of start-up and hundreds of MiB of the memory limit, for nothing. So before
anything else the worker registers bare package modules for ``signalbox``, ``signalbox.tools`` and
``signalbox.tools.knowledge`` that point at their folders without running any ``__init__``; the
parsing modules are then imported under their real names, and their ``from
signalbox.tools.knowledge… import`` lines work unchanged in both processes. ``-P`` keeps this folder
off ``sys.path``, so its modules cannot shadow others under their bare names.
"""

from __future__ import annotations

import gc
import json
import re
import resource
import sys
import time
import types
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from signalbox.tools.knowledge.ocr import OcrBudget

HERE = Path(__file__).resolve().parent
MIN_PAGE_TEXT = 10
"""A PDF page with fewer characters in its text layer is read by OCR (a scan, perhaps stamped)."""
_MARKDOWN_TITLE = re.compile(r"^#\s+(.+?)\s*#*\s*$", re.MULTILINE)


def _bare_packages() -> None:
    for name, folder in (
        ("signalbox", HERE.parent.parent),
        ("signalbox.tools", HERE.parent),
        ("signalbox.tools.knowledge", HERE),
    ):
        package = types.ModuleType(name)
        package.__path__ = [str(folder)]
        sys.modules[name] = package


def _pdf(path: str, max_pages: int, budget: OcrBudget) -> dict[str, Any]:
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
        return {
            "title": str(title) if title else None,
            "pages": _ocr_missing(path, pages, budget),
            "ocr_skipped": budget.skipped,
        }
    except FileNotDecryptedError:
        return {"error": "encrypted", "detail": ""}
    except (PdfReadError, ValueError, KeyError, TypeError, RecursionError, AttributeError) as exc:
        if _out_of_memory(exc):
            raise
        return {"error": "unreadable", "detail": f"{type(exc).__name__}: {exc}"}


def _ocr_missing(path: str, pages: list[str], budget: OcrBudget) -> list[str]:
    """Pages without a text layer (scans, photographs) read by OCR, within the file's budget."""
    missing = [number for number, text in enumerate(pages) if len(text.strip()) < MIN_PAGE_TEXT]
    if not missing:
        return pages
    import pypdfium2

    from signalbox.tools.knowledge.ocr import read_pdf_page

    _announce_ocr(budget)
    document = pypdfium2.PdfDocument(path)
    try:
        for number in missing:
            if budget.take():
                recognised = read_pdf_page(document[number])
                if len(recognised.strip()) > len(pages[number].strip()):
                    pages[number] = recognised
    finally:
        document.close()
    return pages


def _announce_ocr(budget: OcrBudget) -> None:
    """Tell the app that OCR starts, so that it allows the OCR time (``isolation._exchange``)."""
    if budget.pages > 0 and not budget.announced:
        budget.announced = True
        budget.started = time.monotonic()  # the OCR seconds count from here
        sys.stdout.write(json.dumps({"status": "ocr"}) + "\n")
        sys.stdout.flush()


def _image(path: str, max_pages: int, budget: OcrBudget) -> dict[str, Any]:
    """An image's text by OCR; each frame of a multi-page TIFF is a page."""
    from PIL import Image, ImageSequence

    from signalbox.tools.knowledge.ocr import MAX_IMAGE_PIXELS, read_image

    Image.MAX_IMAGE_PIXELS = MAX_IMAGE_PIXELS // 2  # Pillow refuses twice this: a bomb
    with Image.open(path) as image:
        frames = getattr(image, "n_frames", 1)
        if frames > max_pages:
            return {"error": "pages", "detail": str(frames)}
        _announce_ocr(budget)
        pages = [
            read_image(frame) if budget.take() else "" for frame in ImageSequence.Iterator(image)
        ]
    return {"title": None, "pages": pages, "ocr_skipped": budget.skipped}


def _text(path: str, markdown: bool) -> dict[str, Any]:
    from signalbox.tools.knowledge.decoding import decode_text
    from signalbox.tools.knowledge.markdown_hidden import strip_hidden_html

    text = decode_text(Path(path).read_bytes(), Path(path).name)
    if not markdown:
        return {"title": None, "pages": [text]}
    text, hidden = strip_hidden_html(text)
    title = match.group(1) if (match := _MARKDOWN_TITLE.search(text)) else None
    return {"title": title, "pages": [text], "hidden_chars": hidden}


def _structured(path: str, kind: str, max_pages: int, max_chars: int) -> dict[str, Any]:
    from signalbox.tools.knowledge import converters
    from signalbox.tools.knowledge.decoding import decode_text

    if kind == "csv":
        text = decode_text(Path(path).read_bytes(), Path(path).name)
        return {"title": None, "pages": [converters.csv_to_markdown(text)]}
    if kind == "pptx":
        from signalbox.tools.knowledge.slides import pptx_slides

        deck = pptx_slides(Path(path), max_pages)
        return {
            "title": deck.title or None,
            "pages": deck.slides,
            "hidden_chars": deck.hidden_chars,
        }
    if kind == "html":
        converted = converters.html_to_markdown(Path(path).read_bytes())
    elif kind == "epub":
        from signalbox.tools.knowledge.ebooks import epub_to_markdown

        converted = epub_to_markdown(Path(path), max_pages)
    elif kind == "xlsx":
        from signalbox.tools.knowledge.spreadsheets import xlsx_to_markdown

        converted = xlsx_to_markdown(Path(path), max_chars)
    else:
        converted = converters.docx_to_markdown(Path(path))
    return {
        "title": converted.title or None,
        "pages": [converted.text],
        "hidden_chars": converted.hidden_chars,
    }


def _mail(path: str, extract: Any) -> dict[str, Any]:
    from signalbox.tools.knowledge.mail import eml_to_markdown

    mail = eml_to_markdown(Path(path), extract)  # attachments: the same parsers and refusals
    return {"title": mail.title or None, "pages": [mail.text], "hidden_chars": mail.hidden_chars}


def _out_of_memory(exc: BaseException) -> bool:
    """A MemoryError anywhere in the chain, or lxml's way of saying the same (ERR_NO_MEMORY)."""
    seen: BaseException | None = exc
    for _ in range(10):
        if seen is None:
            return False
        if isinstance(seen, MemoryError):
            return True
        if "lxml" in type(seen).__module__:
            from lxml import etree

            if getattr(seen, "code", None) == etree.ErrorTypes.ERR_NO_MEMORY:
                return True
        seen = seen.__cause__ or seen.__context__
    return False


def parse(request: dict[str, Any]) -> dict[str, Any]:
    """Parse one file: its title, pages and hidden characters, or the kind of refusal."""
    try:
        from signalbox.tools.knowledge.converters import ConversionError
        from signalbox.tools.knowledge.decoding import DecodeError
        from signalbox.tools.knowledge.ocr import OcrBudget
    except ImportError as exc:  # a broken install: say so for each file rather than die silently
        return {"error": "unreadable", "detail": f"the parser cannot start: {exc}"}
    path, kind = request["path"], request["format"]
    max_pages, max_chars = request["max_pages"], request["max_chars"]
    budget = OcrBudget(request.get("ocr_pages", 0), request.get("ocr_seconds", 0.0))

    def extract(path: str, kind: str) -> dict[str, Any]:
        try:
            if kind == "pdf":
                return _pdf(path, max_pages, budget)
            if kind == "image":
                return _image(path, max_pages, budget)
            if kind in ("markdown", "text"):
                return _text(path, markdown=kind == "markdown")
            if kind == "eml":
                return _mail(path, extract)
            return _structured(path, kind, max_pages, max_chars)
        except Exception as exc:  # the isolation boundary: any parser failure is this file's alone
            if _out_of_memory(exc):
                raise
            if isinstance(exc, ConversionError | DecodeError):
                return {"error": "refused", "detail": str(exc)}
            return {"error": "unreadable", "detail": f"{type(exc).__name__}: {exc}"}

    try:
        reply = extract(path, kind)
    except Exception as exc:
        if _out_of_memory(exc):
            return {"error": "memory", "detail": ""}
        raise
    if "pages" in reply:
        chars = sum(len(page) for page in reply["pages"])
        if chars > request["max_chars"]:
            return {"error": "chars", "detail": str(chars)}
    return reply


def _spent(limit: int) -> bool:
    """Whether the worker's heap has once grown past half its limit.

    Freed memory mostly stays with the process, so the next file would start with less than it
    may use: the worker says so in its reply and is replaced.
    """
    gc.collect()  # parse trees are cycles (parent ↔ child): free them now, not at some later file
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 > limit // 2


def main() -> None:
    """Serve requests until stdin closes."""
    limit = int(sys.argv[1]) * 2**20
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    _bare_packages()
    for line in sys.stdin:
        try:
            reply = parse(json.loads(line))
            reply["spent"] = _spent(limit)
            answer = json.dumps(reply)
        except MemoryError:
            answer = json.dumps({"error": "memory", "detail": "", "spent": True})
        sys.stdout.write(answer + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
