"""Chunks keep their context: heading path, page, offsets, and tables that are never cut mid-row."""

from __future__ import annotations

from langchain_core.documents import Document

from signalbox.tools.knowledge.splitting import CHUNK_SIZE, split_documents, weighted_length


def _doc(text: str, source: str = "guide.md", page: int | None = None) -> Document:
    return Document(
        page_content=text,
        metadata={
            "source": source,
            "path": f"/x/{source}",
            "title": "Guide",
            "page": page,
            "type": source.rsplit(".", 1)[-1],
        },
    )


def test_markdown_chunks_carry_their_heading_path() -> None:
    chunks = split_documents([_doc("# Guide\n\n## Install\n\nRun the installer.\n")])
    assert chunks[-1].heading == "Guide > Install"
    assert "Guide > Install" in chunks[-1].embedding_text()


def test_a_hash_inside_a_code_fence_is_not_a_heading() -> None:
    text = "# Guide\n\n```bash\n# not a heading\nmake run\n```\n"
    [chunk] = split_documents([_doc(text)])
    assert chunk.heading == "Guide"
    assert "# not a heading" in chunk.text


def test_offsets_point_at_the_chunk_in_the_original_text() -> None:
    text = "# Guide\n\n" + "\n\n".join(
        f"Paragraph {i} says something useful." * 8 for i in range(12)
    )
    for chunk in split_documents([_doc(text)]):
        assert chunk.start is not None and chunk.end is not None
        assert text[chunk.start : chunk.end] == chunk.text


def test_pdf_chunks_keep_their_page() -> None:
    chunks = split_documents([_doc("Page two text.", source="m.pdf", page=2)])
    assert chunks[0].page == 2


def test_chinese_is_split_at_sentence_punctuation_within_the_size() -> None:
    text = "员工每年享有十五天带薪年假。" * 60
    chunks = split_documents([_doc(text, source="zh.txt")])
    assert len(chunks) > 1
    assert all(weighted_length(c.text) <= CHUNK_SIZE for c in chunks)
    assert all(c.text.endswith("。") for c in chunks)


def test_a_small_table_stays_whole_with_its_section() -> None:
    text = "# Rates\n\nDaily rates:\n\n| city | rate |\n| --- | --- |\n| Paris | 250 |\n| Rome | 180 |\n"
    [chunk] = split_documents([_doc(text)])
    assert "Daily rates:" in chunk.text
    assert "| Rome | 180 |" in chunk.text


def test_a_large_table_is_split_between_rows_with_the_header_repeated() -> None:
    rows = "".join(f"| city {i} | {100 + i} EUR | note number {i} |\n" for i in range(120))
    text = "# Rates\n\n| city | rate | note |\n| --- | --- | --- |\n" + rows
    chunks = split_documents([_doc(text)])
    assert len(chunks) > 1
    for chunk in chunks:
        lines = chunk.text.splitlines()
        assert lines[0] == "| city | rate | note |"
        assert lines[1].startswith("| ---")
        assert all(line.startswith("| city ") and line.endswith("|") for line in lines[2:])
    all_rows = [line for c in chunks for line in c.text.splitlines()[2:]]
    assert len(all_rows) == 120


def test_a_table_flattened_onto_one_long_line_keeps_all_its_text() -> None:
    line = "| year | score |" + "".join(f" | {2000 + i} | {i * 7} |" for i in range(150))
    chunks = split_documents([_doc(line, source="page.html")])
    assert chunks
    joined = " ".join(chunk.text for chunk in chunks)
    assert "2000" in joined and "2149" in joined


def test_chunks_are_numbered_in_order() -> None:
    chunks = split_documents([_doc("word " * 1000, source="long.txt")])
    assert [c.index for c in chunks] == list(range(len(chunks)))
