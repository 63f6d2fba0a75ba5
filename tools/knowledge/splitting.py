"""Split documents into chunks that keep their context (title, page, heading path)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from langchain_core.documents import Document
from langchain_text_splitters import MarkdownHeaderTextSplitter, RecursiveCharacterTextSplitter

CHUNK_SIZE = 800
CHUNK_OVERLAP = 120

_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
# Paragraphs first, then sentences (Chinese punctuation included), then clauses, then words.
_SEPARATORS = ["\n\n", "\n", "。", "！", "？", ". ", "! ", "? ", "；", "; ", "，", ", ", " ", ""]
_HEADERS = [("#", "h1"), ("##", "h2"), ("###", "h3"), ("####", "h4")]


def weighted_length(text: str) -> int:
    """Count a Chinese character as three: it carries about as much as an English word + space."""
    return len(text) + 2 * len(_CJK.findall(text))


@dataclass(frozen=True)
class Chunk:
    """A passage and everything needed to cite it."""

    text: str
    source: str
    path: str
    title: str
    page: int | None
    heading: str
    index: int

    def embedding_text(self) -> str:
        """What the models see: the passage in the context of its document and section."""
        heading = self.heading
        if heading == self.title or heading.startswith(f"{self.title} > "):
            heading = heading[len(self.title) :].removeprefix(" > ")
        context = " > ".join(part for part in (self.title, heading) if part)
        return f"{context}\n\n{self.text}" if context else self.text


_splitter = RecursiveCharacterTextSplitter(
    chunk_size=CHUNK_SIZE,
    chunk_overlap=CHUNK_OVERLAP,
    separators=_SEPARATORS,
    keep_separator="end",
    length_function=weighted_length,
)
_markdown_sections = MarkdownHeaderTextSplitter(headers_to_split_on=_HEADERS, strip_headers=True)


def _sections(document: Document) -> list[Document]:
    if document.metadata["source"].lower().endswith((".md", ".markdown")):
        return _markdown_sections.split_text(document.page_content)
    return [document]


def split_documents(documents: list[Document]) -> list[Chunk]:
    """Split one file's documents into numbered chunks."""
    chunks: list[Chunk] = []
    for document in documents:
        for section in _sections(document):
            heading = " > ".join(
                section.metadata[key] for _, key in _HEADERS if key in section.metadata
            )
            for piece in _splitter.split_text(section.page_content):
                text = piece.strip()
                if not text:
                    continue
                chunks.append(
                    Chunk(
                        text=text,
                        source=document.metadata["source"],
                        path=document.metadata["path"],
                        title=document.metadata["title"],
                        page=document.metadata.get("page"),
                        heading=heading,
                        index=len(chunks),
                    )
                )
    return chunks
