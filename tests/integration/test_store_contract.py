"""One store contract, two engines: Qdrant Edge (embedded) and qdrant-client (server backend).

The server backend runs here over qdrant-client's local mode, which speaks the same client API as a
Qdrant server: this proves the calls, filters, payloads and fusion requests the server backend makes,
not the server's own execution of them (``test_qdrant_server.py`` does that when QDRANT_URL is set).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from qdrant_client import QdrantClient

from signalbox.tools.knowledge import IndexLocation, KnowledgeBase, LocalEmbeddings
from signalbox.tools.knowledge.server import ServerEngine
from signalbox.tools.knowledge.splitting import Chunk
from signalbox.tools.knowledge.store import widen

pytestmark = pytest.mark.filterwarnings(
    "ignore:Payload indexes have no effect in the local Qdrant:UserWarning"
)

FILES = {
    "boiler.md": [
        "The boiler is serviced every March by the facilities team.",
        "Its pressure gauge should read between 1 and 2 bar.",
        "Report a reading above 3 bar to the duty engineer at once.",
    ],
    "parking.txt": ["Visitors park on level minus two of the garage."],
    "leave-zh.md": ["未使用的年假最多可以结转五天到下一年。"],
}
QUESTIONS = [
    "When is the boiler serviced?",
    "Where do visitors park?",
    "未使用的年假可以结转几天?",
    "What should the pressure gauge read?",
    "error code E21 above 3 bar",
]


def _chunks(name: str, texts: list[str]) -> list[Chunk]:
    """Chunks without title or heading, so that no two score alike.

    A title shared by every chunk of a file gives them equal sparse scores, and the engines break
    ties in different orders (point id, insertion order).
    """
    doc_type = name.rsplit(".", 1)[1]
    return [
        Chunk(text, name, f"/docs/{name}", "", None, "", index, doc_type=doc_type)
        for index, text in enumerate(texts)
    ]


def _store(kb: KnowledgeBase, name: str, texts: list[str], version: str = "v1") -> None:
    chunks = _chunks(name, texts)
    vectors = kb.embeddings.embed_documents([chunk.embedding_text() for chunk in chunks])
    kb.store_file(chunks, vectors, version, ingested_at="2026-11-23T00:00:00+00:00")


def _filled(kb: KnowledgeBase) -> KnowledgeBase:
    for name, texts in FILES.items():
        _store(kb, name, texts)
    return kb


class _OneCallAtATime:
    """qdrant-client's local mode standing in for a server, one call at a time.

    Local mode keeps its points in numpy arrays that a concurrent write resizes under a search
    (IndexError); a Qdrant server serialises its own writes, which is what this stands in for.
    """

    def __init__(self, client: QdrantClient) -> None:
        self._client = client
        self._lock = threading.Lock()

    def __getattr__(self, name: str) -> Any:
        attribute = getattr(self._client, name)
        if not callable(attribute):
            return attribute

        def call(*args: Any, **kwargs: Any) -> Any:
            with self._lock:
                return attribute(*args, **kwargs)

        return call


@pytest.fixture(params=["edge", "server"])
def kb(
    request: pytest.FixtureRequest, tmp_path: Path, embeddings: LocalEmbeddings
) -> Iterator[KnowledgeBase]:
    """An empty knowledge base on each engine."""
    if request.param == "edge":
        yield KnowledgeBase(IndexLocation(path=tmp_path / "index"), embeddings)
        return
    client = QdrantClient(location=":memory:")
    engine = ServerEngine(
        _OneCallAtATime(client), "signalbox"
    )  # duck-typed: tests are not type-checked
    yield KnowledgeBase(IndexLocation(url="memory"), embeddings, engine=engine)
    client.close()


def test_an_empty_store_answers_with_nothing(kb: KnowledgeBase) -> None:
    assert (kb.count(), kb.sources(), kb.search("anything")) == (0, [], [])


def test_a_stored_file_is_found_by_every_mode_with_its_payload(kb: KnowledgeBase) -> None:
    _filled(kb)
    for mode in ("dense", "sparse", "hybrid"):
        [best, *_] = kb.search("When is the boiler serviced?", k=3, mode=mode)  # type: ignore[arg-type]
        assert (best.source, best.index, best.doc_type, best.file_hash) == (
            "boiler.md",
            0,
            "md",
            "v1",
        )
        assert best.similarity > 0.5


def test_sources_list_each_file_once_with_its_chunk_count(kb: KnowledgeBase) -> None:
    _filled(kb)
    assert [(info.source, info.chunks) for info in kb.sources()] == [
        ("boiler.md", 3),
        ("leave-zh.md", 1),
        ("parking.txt", 1),
    ]
    assert kb.count() == 5


def test_chunks_not_yet_complete_are_counted_but_never_found(kb: KnowledgeBase) -> None:
    _filled(kb)
    kb.engine.set_payload([kb.search("Where do visitors park?", k=1)[0].id], {"complete": False})
    assert "parking.txt" not in {hit.source for hit in kb.search("Where do visitors park?", k=5)}
    assert "parking.txt" not in {info.source for info in kb.sources()}
    [(visible, expected)] = kb.inventory().versions["/docs/parking.txt"].values()
    assert (visible, expected) == (0, 1)


def test_a_new_version_replaces_the_old_one(kb: KnowledgeBase) -> None:
    _filled(kb)
    _store(kb, "parking.txt", ["Visitors now park in lot C."], version="v2")
    [hit] = kb.search("Where do visitors park?", k=1, sources=["parking.txt"])
    assert (hit.text, hit.file_hash) == ("Visitors now park in lot C.", "v2")
    assert list(kb.inventory().versions["/docs/parking.txt"]) == ["v2"]


def test_forget_removes_every_chunk_of_a_file(kb: KnowledgeBase) -> None:
    _filled(kb)
    kb.forget("/docs/boiler.md")
    assert kb.count() == 2
    assert "boiler.md" not in {hit.source for hit in kb.search("boiler pressure", k=5)}


def test_filters_by_source_and_type_keep_only_those(kb: KnowledgeBase) -> None:
    _filled(kb)
    assert {hit.source for hit in kb.search("where", k=5, sources=["parking.txt"])} == {
        "parking.txt"
    }
    assert {hit.doc_type for hit in kb.search("boiler", k=5, types=["txt"])} == {"txt"}


def test_neighbours_come_back_in_document_order_and_widen(kb: KnowledgeBase) -> None:
    _filled(kb)
    [middle] = kb.search("pressure gauge reading between 1 and 2 bar", k=1)
    neighbours = kb.neighbours(middle, window=1)
    assert [n.index for n in neighbours] == [0, 1, 2]
    assert widen(middle, neighbours).startswith("The boiler is serviced")


def test_both_engines_rank_every_mode_alike(tmp_path: Path, embeddings: LocalEmbeddings) -> None:
    """Same fusion, same IDF: Edge's ranking is local mode's, order and scores."""
    edge = _filled(KnowledgeBase(IndexLocation(path=tmp_path / "index"), embeddings))
    client = QdrantClient(location=":memory:")
    server = _filled(
        KnowledgeBase(
            IndexLocation(url="memory"), embeddings, engine=ServerEngine(client, "signalbox")
        )
    )
    for question in QUESTIONS:
        for mode in ("dense", "sparse", "hybrid"):
            ours = edge.search(question, k=5, mode=mode)  # type: ignore[arg-type]
            theirs = server.search(question, k=5, mode=mode)  # type: ignore[arg-type]
            assert [hit.id for hit in ours] == [hit.id for hit in theirs], (question, mode)
            assert [hit.score for hit in ours] == pytest.approx(
                [hit.score for hit in theirs], rel=1e-4
            )
    client.close()


def test_searches_from_many_threads_while_one_writes(kb: KnowledgeBase) -> None:
    _filled(kb)

    def search(n: int) -> str:
        return kb.search(QUESTIONS[n % 2], k=1)[0].source

    with ThreadPoolExecutor(max_workers=6) as pool:
        found = pool.map(search, range(60))
        for version in range(5):
            _store(kb, "notes.md", [f"Note number {version}."], version=f"n{version}")
        assert set(found) == {"boiler.md", "parking.txt"}
    assert [info.file_hash for info in kb.sources() if info.source == "notes.md"] == ["n4"]


def test_the_embedded_index_reports_its_size_and_builds_its_index(
    tmp_path: Path, embeddings: LocalEmbeddings
) -> None:
    kb = _filled(KnowledgeBase(IndexLocation(path=tmp_path / "index"), embeddings))
    kb.build_index()
    status = kb.index_status()
    assert status is not None
    assert (status.points, status.disk_bytes > 0) == (5, True)
    [best, *_] = kb.search("When is the boiler serviced?", k=1)
    assert best.source == "boiler.md"
