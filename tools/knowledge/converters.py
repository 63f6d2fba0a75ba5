"""Structured formats (HTML, DOCX, CSV) to Markdown-like text, so one splitter sees their structure.

Headings become ``#`` lines and tables become pipe tables, which the splitter keeps whole or splits
between rows with the header repeated. Text a reader cannot see (scripts, styles, navigation, hidden
elements and runs, comments) is dropped: it is noise at best and hidden instructions at worst; how
much hidden text was dropped is counted, so an ingestion can say so.

These functions run in the parsing worker (``parse_worker``), which imports this module and its
siblings without the package's ``__init__``: they import nothing from Signalbox but their siblings.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from pathlib import Path
from typing import NamedTuple

from bs4 import CData, Tag
from bs4.element import NavigableString, PageElement

from signalbox.tools.knowledge.visibility import (
    PAGE,
    Stylesheet,
    View,
    element_view,
    text_length,
)

MAX_DOCX_ENTRIES = 2_000
MAX_DOCX_UNCOMPRESSED = 200 * 1024 * 1024
MAX_DOCX_RATIO = 200

_INVISIBLE_TAGS = (
    "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form",
    "iframe", "svg", "canvas", "button", "select", "object", "embed", "head",
)  # fmt: skip
_BLOCK_TAGS = (
    "p", "div", "section", "article", "main", "blockquote", "dl", "dt", "dd", "figure",
    "figcaption", "address", "ul", "ol", "tr",
)  # fmt: skip
_WHITESPACE = re.compile(r"\s+")
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")


class ConversionError(ValueError):
    """The file's structure cannot be read safely."""


class Converted(NamedTuple):
    """A document as Markdown-like text, with what a reader of the original would not have seen."""

    title: str
    text: str
    hidden_chars: int = 0
    """Characters of hidden text left out (whitespace runs counted as one)."""


def _cell(text: str) -> str:
    return _SPACES.sub(" ", text.replace("\n", " ")).strip().replace("|", "\\|")


def markdown_table(rows: list[list[str]]) -> str:
    """A pipe table whose first row is the header."""
    rows = [row for row in rows if any(cell.strip() for cell in row)]
    if not rows:
        return ""
    width = max(len(row) for row in rows)
    padded = [[_cell(cell) for cell in row] + [""] * (width - len(row)) for row in rows]
    lines = ["| " + " | ".join(padded[0]) + " |", "|" + " --- |" * width]
    lines += ["| " + " | ".join(row) + " |" for row in padded[1:]]
    return "\n".join(lines)


def _tidy(text: str) -> str:
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


_TEXT_TYPES = (str, NavigableString, CData)


def _drop_hidden(root: Tag, sheet: Stylesheet) -> int:
    """Remove every element and string a reader cannot see, visiting each element once.

    Walks top-down with each element's view (``visibility.element_view``) and never enters a
    removed subtree: checking each tag's ancestors instead, or bs4's ``decomposed`` (a child search
    on a Tag), makes deeply nested hostile pages quadratic. An element whose box is hidden goes
    whole; one whose own text cannot be read (white on white, tiny, ``visibility:hidden``) loses
    its text but keeps children that set a readable colour or size again, as in a browser.
    Returns the number of characters dropped.
    """
    dropped = 0
    stack: list[tuple[Tag, View]] = [(root, PAGE)]
    while stack:
        tag, view = stack.pop()
        for child in list(tag.children):
            if isinstance(child, Tag):
                child_view = element_view(view, child.name, child.attrs, sheet)
                if child_view is None:
                    dropped += text_length(child.get_text())
                    child.decompose()
                else:
                    stack.append((child, child_view))
            elif (
                view.text_hidden
                and isinstance(child, str)
                and type(child) in _TEXT_TYPES
                and child.strip()
            ):
                dropped += text_length(child)
                child.extract()
    return dropped


def _screen_sheets(soup: Tag) -> Stylesheet:
    """The page's ``<style>`` sheets that apply on screen (not ``media="print"``)."""
    return Stylesheet(
        style.get_text()
        for style in soup.find_all("style")
        if any(word in str(style.get("media", "all")).lower() for word in ("all", "screen"))
    )


def _render(root: Tag) -> str:
    """The tree's text: blank lines around blocks, "- " before list items, newlines for breaks.

    One pass with an explicit stack: inserting separators into the tree costs bs4 a walk to the end
    of each element, quadratic on deeply nested pages, and recursion would overflow on them.
    """
    pieces: list[str] = []
    stack: list[PageElement | str] = [root]
    while stack:
        node = stack.pop()
        if type(node) in _TEXT_TYPES:  # not comments, doctypes or processing instructions
            pieces.append(str(node))
            continue
        if not isinstance(node, Tag):
            continue
        if node.name == "br":
            pieces.append("\n")
            continue
        block = node.name in _BLOCK_TAGS
        if block:
            pieces.append("\n\n")
            stack.append("\n\n")
        if node.name == "li":
            pieces.append("\n- ")
        stack.extend(reversed(list(node.children)))
    return "".join(pieces)


def html_to_markdown(data: bytes | str) -> Converted:
    """An HTML page's title and text, keeping headings, lists, paragraphs and tables.

    Bytes are decoded as the page declares; text already decoded (a mail's HTML body, whose
    charset the mail names) is taken as it is.
    """
    from bs4 import BeautifulSoup, Comment

    soup = BeautifulSoup(data, "lxml")
    title = soup.title.get_text(" ", strip=True) if soup.title else ""
    sheet = _screen_sheets(soup)
    hidden = 0
    for comment in soup.find_all(string=lambda s: isinstance(s, Comment)):
        hidden += text_length(comment)
        comment.extract()
    for tag in soup.find_all(_INVISIBLE_TAGS):
        tag.decompose()
    hidden += _drop_hidden(soup, sheet)
    preformatted = {id(s) for pre in soup.find_all("pre") for s in pre.find_all(string=True)}
    for string in soup.find_all(string=True):
        if id(string) not in preformatted:
            string.replace_with(_WHITESPACE.sub(" ", string))
    for table in reversed(soup.find_all("table")):
        rows = [
            [cell.get_text(" ", strip=True) for cell in row.find_all(["th", "td"])]
            for row in table.find_all("tr")
        ]
        table.replace_with(f"\n\n{markdown_table(rows)}\n\n")
    for level in range(1, 7):
        for heading in soup.find_all(f"h{level}"):
            heading.replace_with(f"\n\n{'#' * level} {heading.get_text(' ', strip=True)}\n\n")
    text = _tidy(_render(soup.body or soup))
    if not title and (match := re.search(r"^# (.+)$", text, re.M)):
        title = match.group(1)
    return Converted(title, text, hidden)


def check_zip(path: Path, kind: str = "DOCX") -> None:
    """Refuse decompression bombs before a parser of a zipped format (DOCX, XLSX, PPTX, EPUB) inflates anything."""
    try:
        with zipfile.ZipFile(path) as archive:
            entries = archive.infolist()
    except zipfile.BadZipFile:
        raise ConversionError(f"{path.name} is not a valid {kind} (not a zip archive)") from None
    if len(entries) > MAX_DOCX_ENTRIES:
        raise ConversionError(f"{path.name} has {len(entries)} parts (limit {MAX_DOCX_ENTRIES})")
    total = sum(entry.file_size for entry in entries)
    if total > MAX_DOCX_UNCOMPRESSED:
        raise ConversionError(
            f"{path.name} would expand to {total // 2**20} MiB (limit {MAX_DOCX_UNCOMPRESSED // 2**20})"
        )
    for entry in entries:
        if (
            entry.compress_size
            and entry.file_size / entry.compress_size > MAX_DOCX_RATIO
            and entry.file_size > 2**20
        ):
            raise ConversionError(
                f"{path.name}: part {entry.filename} is compressed suspiciously well (a zip bomb?)"
            )


def docx_to_markdown(path: Path) -> Converted:
    """A Word document's title and text: headings, list items, paragraphs and tables in order.

    Paragraph and cell text is rebuilt from the runs a reader sees (``docx_visibility``).
    """
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    from signalbox.tools.knowledge.docx_visibility import RunFilter

    check_zip(path)
    try:
        document = docx.Document(str(path))
    except Exception as exc:  # python-docx raises KeyError, ValueError, lxml errors…
        raise ConversionError(
            f"{path.name} is not a readable DOCX ({type(exc).__name__})"
        ) from None
    runs = RunFilter(document)
    title = document.core_properties.title or ""
    blocks: list[str] = []
    hidden = 0
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            rows = []
            for row in block.rows:
                cells = [runs.cell_text(cell) for cell in row.cells]
                rows.append([text for text, _ in cells])
                hidden += sum(count for _, count in cells)
            blocks.append(markdown_table(rows))
            continue
        assert isinstance(block, Paragraph)
        text, count = runs.visible_text(block)
        hidden += count
        text = text.strip()
        if not text:
            continue
        style = runs.style_name(block)
        if style == "Title":
            title = title or text
            blocks.append(f"# {text}")
        elif match := re.match(r"Heading (\d)", style):
            blocks.append(f"{'#' * min(int(match.group(1)), 6)} {text}")
        elif style.startswith("List"):
            blocks.append(f"- {text}")
        else:
            blocks.append(text)
    return Converted(title, "\n\n".join(blocks), hidden)


def csv_to_markdown(text: str) -> str:
    """A CSV (any common delimiter) as one pipe table, first row as header."""
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(text[:4096], ",;\t|")
    except csv.Error:
        dialect = csv.excel
    rows = list(csv.reader(io.StringIO(text), dialect))
    return markdown_table(rows)
