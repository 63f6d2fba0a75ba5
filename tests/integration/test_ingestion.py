"""Ingestion end to end: every format, globs, progress, batching and crash safety."""

from __future__ import annotations

from pathlib import Path

import docx

from signalbox.tools.knowledge import IngestProgress, KnowledgeBase, KnowledgeRetriever, ingest
from signalbox.tools.knowledge.engine import StoredPoint
from signalbox.tools.knowledge.sparse import SparseVector
from signalbox.tools.knowledge.splitting import Chunk
from signalbox.tools.knowledge.store import chunk_id


def _mixed_folder(root: Path) -> Path:
    folder = root / "pile"
    (folder / "drafts").mkdir(parents=True)
    (folder / "faq.html").write_text(
        "<html><head><title>Returns FAQ</title><script>evil()</script></head><body>"
        "<h1>Returns</h1><p>Unused items can be returned within 45 days for a full refund.</p>"
        "</body></html>",
        encoding="utf-8",
    )
    (folder / "rates.csv").write_text(
        "city,nightly limit\nParis,250 EUR\nLisbon,160 EUR\n", encoding="utf-8"
    )
    document = docx.Document()
    document.add_heading("Parking", level=1)
    document.add_paragraph("Visitors park on level minus two of the garage.")
    document.save(str(folder / "parking.docx"))
    (folder / "drafts" / "wip.md").write_text("# Draft\n\nNot ready.\n", encoding="utf-8")
    (folder / ".hidden.md").write_text("# Hidden\n\nSkip me.\n", encoding="utf-8")
    return folder


def test_html_docx_and_csv_are_ingested_and_found(empty_kb: KnowledgeBase, tmp_path: Path) -> None:
    report = ingest(empty_kb, [_mixed_folder(tmp_path)], exclude=["drafts/*"])
    assert {item.path.name for item in report.files} == {"faq.html", "rates.csv", "parking.docx"}
    assert report.count("added") == 3
    [faq] = empty_kb.search("How long do I have to return an item?", k=1)
    assert (faq.source, faq.doc_type) == ("faq.html", "html")
    assert "evil" not in faq.text
    [rates] = empty_kb.search("Lisbon nightly limit", k=1, mode="sparse")
    assert rates.text.splitlines()[0] == "| city | nightly limit |"
    [parking] = empty_kb.search("Where do visitors park?", k=1, types=["docx"])
    assert parking.heading == "Parking"


def test_include_globs_select_files(empty_kb: KnowledgeBase, tmp_path: Path) -> None:
    report = ingest(empty_kb, [_mixed_folder(tmp_path)], include=["*.md"])
    assert [item.path.name for item in report.files] == ["wip.md"]


def test_progress_reports_every_stage_and_ends_complete(
    empty_kb: KnowledgeBase, tmp_path: Path
) -> None:
    seen: list[IngestProgress] = []
    ingest(empty_kb, [_mixed_folder(tmp_path)], on_progress=seen.append)
    assert {"load", "split", "embed", "store", "done"} <= {state.stage for state in seen}
    last = seen[-1]
    assert last.files_done == last.files_total == 4
    assert last.chunks_embedded == last.chunks_total > 0


def test_search_can_be_limited_to_sources(empty_kb: KnowledgeBase, tmp_path: Path) -> None:
    ingest(empty_kb, [_mixed_folder(tmp_path)])
    hits = empty_kb.search("refund parking limit", k=10, sources=["rates.csv"])
    assert {hit.source for hit in hits} == {"rates.csv"}


def test_a_retriever_returns_citable_langchain_documents(
    empty_kb: KnowledgeBase, tmp_path: Path
) -> None:
    ingest(empty_kb, [_mixed_folder(tmp_path)])
    retriever = KnowledgeRetriever(knowledge=empty_kb, k=2)
    [first, *_] = retriever.invoke("return an unused item for a refund")
    assert first.metadata["source"] == "faq.html"
    assert "45 days" in first.page_content


def test_a_half_written_file_is_invisible_and_the_next_ingestion_completes_it(
    empty_kb: KnowledgeBase, tmp_path: Path
) -> None:
    path = tmp_path / "notes.md"
    path.write_text("# Notes\n\nThe boiler is serviced every March.\n", encoding="utf-8")
    ingest(empty_kb, [path])
    path.write_text("# Notes\n\nThe boiler is now serviced every October.\n", encoding="utf-8")
    # Simulate a crash after the first write of the new version: its chunks exist but are not
    # marked complete, and the old version has not been deleted yet.
    ghost = Chunk(
        "half-written text about the boiler", "notes.md", str(path.resolve()), "Notes", None, "", 0
    )
    vector = empty_kb.embeddings.embed_query(ghost.text)
    empty_kb.engine.upsert(
        [
            StoredPoint(
                id=chunk_id(ghost, "crashed"),
                dense=vector,
                sparse=SparseVector(indices=[1], values=[1.0]),
                payload={
                    "text": ghost.text,
                    "path": ghost.path,
                    "file_hash": "crashed",
                    "chunk_index": 0,
                    "complete": False,
                },
            )
        ]
    )
    texts = [hit.text for hit in empty_kb.search("When is the boiler serviced?", k=10)]
    assert texts == ["The boiler is serviced every March."]
    [outcome] = ingest(empty_kb, [path]).files
    assert outcome.status == "updated"
    texts = [hit.text for hit in empty_kb.search("When is the boiler serviced?", k=10)]
    assert texts == ["The boiler is now serviced every October."]
    assert empty_kb.count() == 1


def test_a_hit_widens_to_its_neighbours_in_the_same_section(
    empty_kb: KnowledgeBase, tmp_path: Path
) -> None:
    from signalbox.tools.knowledge import widen

    sentences = " ".join(
        f"Step {i} of the procedure is to check valve number {i}." for i in range(60)
    )
    path = tmp_path / "procedure.md"
    path.write_text(
        f"# Procedure\n\n{sentences}\n\n# Other\n\nUnrelated section text.\n", encoding="utf-8"
    )
    ingest(empty_kb, [path])
    [hit] = empty_kb.search("check valve number 30", k=1)
    around = empty_kb.neighbours(hit, window=1)
    assert [n.index for n in around] == [hit.index - 1, hit.index, hit.index + 1]
    text = widen(hit, around)
    assert hit.text in text
    assert len(text) > len(hit.text)
    assert "Unrelated section" not in text
    assert text.count("valve number 30.") == 1


def test_the_search_tool_returns_passages_for_any_agent(
    empty_kb: KnowledgeBase, tmp_path: Path
) -> None:
    from signalbox.tools.knowledge import knowledge_search_tool

    ingest(empty_kb, [_mixed_folder(tmp_path)])
    tool = knowledge_search_tool(empty_kb, k=1)
    assert tool.name == "search_documents"
    assert "45 days" in tool.invoke({"query": "refund window for unused items"})
