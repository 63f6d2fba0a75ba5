"""EPUB books to Markdown-like text: the chapters in reading order, each a section.

An EPUB is a zip of XHTML chapters; its package document (found through
``META-INF/container.xml``) lists them in reading order (the spine). Each chapter goes through the
HTML converter, so hidden text is dropped and headings and tables keep their structure, and starts
with a ``#`` heading (its own first heading, or its title, or "Chapter N") so that a passage's
heading names its chapter. Read with zipfile and lxml rather than ebooklib, which is AGPL-licensed
(Signalbox is MIT) and reads every item of the book into memory.

Runs in the parsing worker, like ``converters``, after ``converters.check_zip`` has refused
decompression bombs. Its XML is parsed without entities or network access.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from signalbox.tools.knowledge.converters import (
    ConversionError,
    Converted,
    check_zip,
    html_to_markdown,
)

_CONTAINER = "META-INF/container.xml"
_ENCRYPTION = "META-INF/encryption.xml"
_XHTML = ("application/xhtml+xml", "text/html")
_FIRST_HEADING = re.compile(r"\A#{1,6} ")


def _xml(data: bytes) -> Any:
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    return etree.fromstring(data, parser)


def _local(tag: Any) -> str:
    return str(tag).rsplit("}", 1)[-1]


def _chapters(archive: zipfile.ZipFile, name: str) -> tuple[str, list[str]]:
    """The book's title and its chapters' entry names in reading order."""
    try:
        container = _xml(archive.read(_CONTAINER))
        rootfile = next(e for e in container.iter() if _local(e.tag) == "rootfile")
        package_path = unquote(rootfile.get("full-path", ""))
        package = _xml(archive.read(package_path))
    except (KeyError, StopIteration):
        raise ConversionError(f"{name} is not a valid EPUB (no package document)") from None
    base = posixpath.dirname(package_path)
    elements = list(package.iter())
    title = next((e.text or "" for e in elements if _local(e.tag) == "title"), "").strip()
    manifest = {
        e.get("id"): (posixpath.normpath(posixpath.join(base, unquote(e.get("href", "")))), e)
        for e in elements
        if _local(e.tag) == "item"
    }
    order = []
    for itemref in (e for e in elements if _local(e.tag) == "itemref"):
        entry = manifest.get(itemref.get("idref"))
        if entry and entry[1].get("media-type") in _XHTML and itemref.get("linear") != "no":
            order.append(entry[0])
    return " ".join(title.split()), order


def _encrypted(archive: zipfile.ZipFile) -> set[str]:
    """Entries a DRM scheme has encrypted (fonts obfuscated for licensing are listed too)."""
    try:
        encryption = _xml(archive.read(_ENCRYPTION))
    except KeyError:
        return set()
    return {
        unquote(e.get("URI", "")) for e in encryption.iter() if _local(e.tag) == "CipherReference"
    }


def epub_to_markdown(path: Path, max_chapters: int) -> Converted:
    """A book's title and its chapters as ``#`` sections, in reading order."""
    check_zip(path, "EPUB")
    with zipfile.ZipFile(path) as archive:
        title, order = _chapters(archive, path.name)
        if len(order) > max_chapters:
            raise ConversionError(
                f"{path.name} has {len(order):,} chapters; the limit is {max_chapters:,} "
                "(SIGNALBOX_MAX_PAGES)"
            )
        if _encrypted(archive) & set(order):
            raise ConversionError(f"{path.name} is protected by DRM; remove it and ingest it again")
        sections: list[str] = []
        hidden = 0
        for number, entry in enumerate(order, start=1):
            try:
                data = archive.read(entry)
            except KeyError:
                continue  # listed in the spine but missing from the archive: skip it as readers do
            converted = html_to_markdown(data)
            hidden += converted.hidden_chars
            text = converted.text.strip()
            if not text:
                continue
            if not _FIRST_HEADING.match(text):
                heading = converted.title if converted.title and converted.title != title else ""
                text = f"# {heading or f'Chapter {number}'}\n\n{text}"
            sections.append(text)
    return Converted(title, "\n\n".join(sections), hidden)
