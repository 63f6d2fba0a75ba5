"""Chunks keep their context: heading path, page, position."""

from __future__ import annotations

from langchain_core.documents import Document

from signalbox.tools.knowledge.splitting import CHUNK_SIZE, split_documents, weighted_length


def _doc(text: str, source: str = "guide.md", page: int | None = None) -> Document:
    return Document(
        page_content=text,
        metadata={"source": source, "path": f"/x/{source}", "title": "Guide", "page": page},
    )


def test_markdown_chunks_carry_their_heading_path() -> None:
    chunks = split_documents([_doc("# Guide\n\n## Install\n\nRun the installer.\n")])
    assert chunks[-1].heading == "Guide > Install"
    assert "Guide > Install" in chunks[-1].embedding_text()


def test_pdf_chunks_keep_their_page() -> None:
    chunks = split_documents([_doc("Page two text.", source="m.pdf", page=2)])
    assert chunks[0].page == 2


def test_chinese_is_split_at_sentence_punctuation_within_the_size() -> None:
    text = "员工每年享有十五天带薪年假。" * 60
    chunks = split_documents([_doc(text, source="zh.txt")])
    assert len(chunks) > 1
    assert all(weighted_length(c.text) <= CHUNK_SIZE for c in chunks)
    assert all(c.text.endswith("。") for c in chunks)


def test_chunks_are_numbered_in_order() -> None:
    chunks = split_documents([_doc("word " * 1000, source="long.txt")])
    assert [c.index for c in chunks] == list(range(len(chunks)))
