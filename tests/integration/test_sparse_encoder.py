"""An index written by an earlier sparse encoder is re-encoded when opened, never queried stale."""

from __future__ import annotations

from pathlib import Path

from langchain_core.embeddings import Embeddings

from signalbox.tools.knowledge import IndexLocation, KnowledgeBase
from signalbox.tools.knowledge.engine import StoredPoint, Where
from signalbox.tools.knowledge.sparse import SPARSE_ENCODER, SparseVector, token_id
from signalbox.tools.knowledge.store import ENCODER_FIELD

TEXT = "The crew kept running the night shift."


class _FixedEmbeddings(Embeddings):
    """Every text on one direction: the dense leg plays no part in a sparse search."""

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return [[1.0, 0.0] for _ in texts]

    def embed_query(self, text: str) -> list[float]:
        return [1.0, 0.0]


def _old_point() -> StoredPoint:
    """A chunk as the five-suffix stemmer stored it: "running" became "runn", and no encoder field."""
    terms = ["crew", "kept", "runn", "night", "shift"]
    return StoredPoint(
        id="00000000-0000-0000-0000-000000000001",
        dense=[1.0, 0.0],
        sparse=SparseVector(indices=sorted(token_id(t) for t in terms), values=[1.0] * 5),
        payload={
            "text": TEXT,
            "source": "shifts.md",
            "path": "/docs/shifts.md",
            "title": "",
            "heading": "",
            "chunk_index": 0,
            "chunk_count": 1,
            "file_hash": "abc",
            "ingested_at": "2026-01-01T00:00:00+00:00",
            "complete": True,
        },
    )


def test_an_index_of_an_earlier_encoder_is_re_encoded_on_open(tmp_path: Path) -> None:
    location = IndexLocation(path=tmp_path / "index")
    writer = KnowledgeBase(location, _FixedEmbeddings())
    writer.ensure_collection(2)
    writer.engine.upsert([_old_point()])

    reopened = KnowledgeBase(location, _FixedEmbeddings())
    [hit] = reopened.search("running", mode="sparse", k=1)
    assert hit.text == TEXT
    [point], _ = reopened.engine.scroll(Where(), [ENCODER_FIELD], 10, None)
    assert point.payload[ENCODER_FIELD] == SPARSE_ENCODER
