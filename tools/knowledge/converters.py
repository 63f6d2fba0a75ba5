"""Structured formats (HTML, DOCX, CSV) to Markdown-like text, so one splitter sees their structure.

Headings become ``#`` lines and tables become pipe tables, which the splitter keeps whole or splits
between rows with the header repeated. Text a reader cannot see (scripts, styles, navigation, hidden
elements, comments) is dropped: it is noise at best and hidden instructions at worst.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from pathlib import Path

from bs4 import CData, NavigableString, PageElement, Tag

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
# Invisible to a reader: not displayed, zero-sized, transparent, or white text (on the usual white page).
_HIDDEN_STYLE = re.compile(
    r"display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*0(?![.\d]*[1-9])|"
    r"opacity\s*:\s*0(?![.\d]*[1-9])|(?<![-\w])color\s*:\s*(?:white\b|#fff(?:fff)?\b|"
    r"rgba?\(\s*255\s*,\s*255\s*,\s*255\b)",
    re.I,
)
_WHITESPACE = re.compile(r"\s+")
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")


class ConversionError(ValueError):
    """The file's structure cannot be read safely."""


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


def _is_hidden(tag: Tag) -> bool:
    attrs = tag.attrs or {}
    return bool(
        "hidden" in attrs
        or str(attrs.get("aria-hidden", "")).lower() == "true"
        or _HIDDEN_STYLE.search(str(attrs.get("style", "")))
    )


def _drop_hidden(root: Tag) -> None:
    """Remove every element a reader cannot see, visiting each element once.

    Walks top-down and never enters a removed subtree: checking each tag's ancestors instead, or
    bs4's ``decomposed`` (a child search on a Tag), makes deeply nested hostile pages quadratic.
    """
    stack = [root]
    while stack:
        for child in list(stack.pop().children):
            if isinstance(child, Tag):
                if _is_hidden(child):
                    child.decompose()
                else:
                    stack.append(child)


_TEXT_TYPES = (str, NavigableString, CData)


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


def html_to_markdown(data: bytes) -> tuple[str, str]:
    """(title, text) of an HTML page, keeping headings, lists, paragraphs and tables."""
    from bs4 import BeautifulSoup, Comment

    soup = BeautifulSoup(data, "lxml")
    title = soup.title.get_text(" ", strip=True) if soup.title else ""
    for comment in soup.find_all(string=lambda s: isinstance(s, Comment)):
        comment.extract()
    for tag in soup.find_all(_INVISIBLE_TAGS):
        tag.decompose()
    _drop_hidden(soup)
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
    return title, text


def _check_docx_zip(path: Path) -> None:
    """Refuse decompression bombs before python-docx inflates anything."""
    try:
        with zipfile.ZipFile(path) as archive:
            entries = archive.infolist()
    except zipfile.BadZipFile:
        raise ConversionError(f"{path.name} is not a valid DOCX (not a zip archive)") from None
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


def docx_to_markdown(path: Path) -> tuple[str, str]:
    """(title, text) of a Word document: headings, list items, paragraphs and tables in order."""
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    _check_docx_zip(path)
    try:
        document = docx.Document(str(path))
    except Exception as exc:  # python-docx raises KeyError, ValueError, lxml errors…
        raise ConversionError(
            f"{path.name} is not a readable DOCX ({type(exc).__name__})"
        ) from None
    title = document.core_properties.title or ""
    blocks: list[str] = []
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            rows = [[cell.text for cell in row.cells] for row in block.rows]
            blocks.append(markdown_table(rows))
            continue
        assert isinstance(block, Paragraph)
        text = block.text.strip()
        if not text:
            continue
        style = (block.style.name if block.style is not None else "") or ""
        if style == "Title":
            title = title or text
            blocks.append(f"# {text}")
        elif match := re.match(r"Heading (\d)", style):
            blocks.append(f"{'#' * min(int(match.group(1)), 6)} {text}")
        elif style.startswith("List"):
            blocks.append(f"- {text}")
        else:
            blocks.append(text)
    return title, "\n\n".join(blocks)


def csv_to_markdown(text: str) -> str:
    """A CSV (any common delimiter) as one pipe table, first row as header."""
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(text[:4096], ",;\t|")
    except csv.Error:
        dialect = csv.excel
    rows = list(csv.reader(io.StringIO(text), dialect))
    return markdown_table(rows)
