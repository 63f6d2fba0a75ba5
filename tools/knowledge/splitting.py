"""Split documents into chunks that keep their context: title, page, heading path, offsets.

Sections come from Markdown headings (native, or produced by the HTML/DOCX converters), scanned by hand
because LangChain's MarkdownHeaderTextSplitter re-joins stripped lines and so loses both whitespace and
character offsets. Inside a section, tables are kept whole or split between rows with the header
repeated; the other text goes to LangChain's RecursiveCharacterTextSplitter (paragraphs, then
sentences, Chinese punctuation included).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from langchain_core.documents import Document
from langchain_text_splitters import RecursiveCharacterTextSplitter

from signalbox.tools.cjk import count_cjk
from signalbox.tools.knowledge.loaders import STRUCTURED_TYPES

CHUNK_SIZE = 800
CHUNK_OVERLAP = 120

_SEPARATORS = ["\n\n", "\n", "。", "！", "？", ". ", "! ", "? ", "；", "; ", "，", ", ", " ", ""]
_HEADING = re.compile(r"^(#{1,6})[ \t]+(.+?)[ \t]*#*[ \t]*$")
_FENCE = re.compile(r"^[ \t]*(```|~~~)")
_TABLE_LINE = re.compile(r"^[ \t]*\|")
_TABLE_RULE = re.compile(r"^[ \t]*\|?[ \t]*:?-{3,}")


def weighted_length(text: str) -> int:
    """Count a Chinese character as three: it carries about as much as an English word + space."""
    return len(text) + 2 * count_cjk(text)


@dataclass(frozen=True)
class Chunk:
    """A passage and everything needed to cite it and find its neighbours."""

    text: str
    source: str
    path: str
    title: str
    page: int | None
    heading: str
    index: int
    start: int | None = None
    """Character offset of the passage in its page's (or document's) text; None when not contiguous."""
    end: int | None = None
    doc_type: str = ""

    def embedding_text(self) -> str:
        """What the models see: the passage in the context of its document and section."""
        heading = self.heading
        if heading == self.title or heading.startswith(f"{self.title} > "):
            heading = heading[len(self.title) :].removeprefix(" > ")
        context = " > ".join(part for part in (self.title, heading) if part)
        return f"{context}\n\n{self.text}" if context else self.text


@dataclass(frozen=True)
class _Piece:
    text: str
    start: int | None
    end: int | None


_splitter = RecursiveCharacterTextSplitter(
    chunk_size=CHUNK_SIZE,
    chunk_overlap=CHUNK_OVERLAP,
    separators=_SEPARATORS,
    keep_separator="end",
    length_function=weighted_length,
    add_start_index=True,
)


def _sections(text: str, structured: bool) -> Iterator[tuple[str, int, str]]:
    """(heading path, start offset, body) for each part of the text between headings."""
    if not structured:
        yield "", 0, text
        return
    stack: list[tuple[int, str]] = []
    heading, start, offset, fenced = "", 0, 0, False
    for line in text.splitlines(keepends=True):
        if _FENCE.match(line):
            fenced = not fenced
        match = None if fenced else _HEADING.match(line.rstrip("\n"))
        if match:
            yield heading, start, text[start:offset]
            level = len(match.group(1))
            stack = [(lvl, name) for lvl, name in stack if lvl < level] + [(level, match.group(2))]
            heading = " > ".join(name for _, name in stack)
            start = offset + len(line)
        offset += len(line)
    yield heading, start, text[start:]


def _blocks(body: str, base: int) -> Iterator[tuple[bool, int, str]]:
    """(is_table, start offset, text) runs of table lines and of other lines."""
    offset, current, current_start, in_table = 0, "", 0, False
    for line in body.splitlines(keepends=True):
        is_table = bool(_TABLE_LINE.match(line))
        if is_table != in_table and current.strip():
            yield in_table, base + current_start, current
            current, current_start = "", offset
        elif is_table != in_table:
            current, current_start = "", offset
        in_table = is_table
        current += line
        offset += len(line)
    if current.strip():
        yield in_table, base + current_start, current


def _table_pieces(table: str, start: int) -> list[_Piece]:
    """Whole when it fits; else groups of whole rows, each repeating the header."""
    if weighted_length(table) <= CHUNK_SIZE:
        return [_Piece(table.strip(), start, start + len(table.rstrip()))]
    lines = table.splitlines(keepends=True)
    header_size = 2 if len(lines) > 1 and _TABLE_RULE.match(lines[1]) else 1
    header = "".join(lines[:header_size])
    if len(lines) <= header_size or weighted_length(header) > CHUNK_SIZE // 2:
        # No rows to group (a table flattened onto one line), or a header too big to repeat:
        # split it as text, which loses the row structure but never the content.
        return _text_pieces(table, start)
    pieces: list[_Piece] = []
    offset = start + len(header)
    group, group_start = "", offset
    for row in lines[header_size:]:
        if group and weighted_length(header + group + row) > CHUNK_SIZE:
            pieces.append(
                _Piece((header + group).strip(), group_start, group_start + len(group.rstrip()))
            )
            group, group_start = "", offset
        group += row
        offset += len(row)
    if group:
        pieces.append(
            _Piece((header + group).strip(), group_start, group_start + len(group.rstrip()))
        )
    return pieces


def _text_pieces(text: str, start: int) -> list[_Piece]:
    pieces = []
    for document in _splitter.create_documents([text]):
        body = document.page_content
        stripped = body.strip()
        if not stripped:
            continue
        begin = start + document.metadata["start_index"] + (len(body) - len(body.lstrip()))
        pieces.append(_Piece(stripped, begin, begin + len(stripped)))
    return pieces


def _section_pieces(body: str, start: int) -> list[_Piece]:
    stripped = body.strip()
    if not stripped:
        return []
    if weighted_length(stripped) <= CHUNK_SIZE:
        begin = start + len(body) - len(body.lstrip())
        return [_Piece(stripped, begin, begin + len(stripped))]
    pieces: list[_Piece] = []
    for is_table, offset, text in _blocks(body, start):
        pieces += _table_pieces(text, offset) if is_table else _text_pieces(text, offset)
    return pieces


def split_documents(documents: list[Document]) -> list[Chunk]:
    """Split one file's documents (pages) into numbered chunks."""
    chunks: list[Chunk] = []
    for document in documents:
        meta = document.metadata
        structured = meta.get("type", "") in STRUCTURED_TYPES
        for heading, start, body in _sections(document.page_content, structured):
            for piece in _section_pieces(body, start):
                chunks.append(
                    Chunk(
                        text=piece.text,
                        source=meta["source"],
                        path=meta["path"],
                        title=meta["title"],
                        page=meta.get("page"),
                        heading=heading,
                        index=len(chunks),
                        start=piece.start,
                        end=piece.end,
                        doc_type=meta.get("type", ""),
                    )
                )
    return chunks
