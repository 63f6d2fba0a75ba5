"""The Qdrant collection: one named dense vector and one named sparse vector per chunk.

Local mode (a folder) by default, a Qdrant server through ``url``: the same calls either way.
"""

from __future__ import annotations

import atexit
import math
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cache, cached_property
from pathlib import Path
from typing import Any, Literal

from langchain_core.embeddings import Embeddings
from qdrant_client import QdrantClient, models

from signalbox.tools.knowledge.sparse import SparseVector, encode_document, encode_query
from signalbox.tools.knowledge.splitting import Chunk

SearchMode = Literal["dense", "sparse", "hybrid"]
DENSE = "dense"
SPARSE = "sparse"
PREFETCH_LIMIT = 50
UPSERT_BATCH = 256
_ID_NAMESPACE = uuid.UUID("7f4c1c8e-4a4b-4d62-9a53-5e0b8f1d2c11")


class IndexLockedError(RuntimeError):
    """The local index folder is held by another process."""


@dataclass(frozen=True)
class IndexLocation:
    """Where the index lives: a local folder, or a Qdrant server."""

    path: Path | None = None
    url: str | None = None
    api_key: str | None = field(default=None, repr=False)

    def describe(self) -> str:
        """A human-readable place, never including the API key."""
        return self.url if self.url else f"local folder {self.path}"


@dataclass(frozen=True)
class Hit:
    """A retrieved chunk with its retrieval score and its cosine similarity to the query."""

    id: str
    text: str
    source: str
    path: str
    title: str
    page: int | None
    heading: str
    index: int
    score: float
    similarity: float


@dataclass(frozen=True)
class SourceInfo:
    """One ingested file."""

    source: str
    path: str
    chunks: int
    ingested_at: str
    file_hash: str


@cache
def open_client(location: IndexLocation) -> QdrantClient:
    """Open Qdrant once per location and process, with local mode's lock error made actionable.

    Local mode allows one client per folder, even within a process, so every part of a process
    shares this one.
    """
    if location.url:
        return QdrantClient(url=location.url, api_key=location.api_key, timeout=30)
    assert location.path is not None
    location.path.mkdir(parents=True, exist_ok=True)
    try:
        client = QdrantClient(path=str(location.path))
        # Close before the interpreter tears modules down, or local mode's __del__ fails noisily.
        atexit.register(client.close)
        return client
    except RuntimeError as exc:
        if "already accessed" not in str(exc):
            raise
        raise IndexLockedError(
            f"The index at {location.path} is open in another process (the chat app, a "
            "`signalbox` command or `langgraph dev`). Stop that process or use it instead, or run a "
            "Qdrant server and set QDRANT_URL so that several processes can share the index."
        ) from None


def chunk_id(chunk: Chunk, file_hash: str) -> str:
    """Derived from content and position, so re-ingesting the same file rewrites the same points."""
    return str(uuid.uuid5(_ID_NAMESPACE, f"{chunk.path}\0{file_hash}\0{chunk.index}"))


def _qdrant_sparse(vector: SparseVector) -> models.SparseVector:
    return models.SparseVector(indices=vector.indices, values=vector.values)


def _cosine(a: Sequence[float], b: Sequence[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b, strict=True))
    norm = math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(y * y for y in b))
    return dot / norm if norm else 0.0


class KnowledgeBase:
    """Hybrid (dense + sparse) search over ingested chunks in one Qdrant collection."""

    def __init__(
        self, location: IndexLocation, embeddings: Embeddings, collection: str = "signalbox"
    ) -> None:
        self.location = location
        self.embeddings = embeddings
        self.collection = collection

    @cached_property
    def client(self) -> QdrantClient:
        """Opened on first use, so that building a graph touches no index."""
        return open_client(self.location)

    def _path_filter(self, path: str, file_hash: str | None = None) -> models.Filter:
        must: list[models.Condition] = [
            models.FieldCondition(key="path", match=models.MatchValue(value=path))
        ]
        if file_hash is not None:
            must.append(
                models.FieldCondition(key="file_hash", match=models.MatchValue(value=file_hash))
            )
        return models.Filter(must=must)

    def ensure_collection(self, dimension: int) -> None:
        """Create the collection on first use."""
        if self.client.collection_exists(self.collection):
            return
        self.client.create_collection(
            self.collection,
            vectors_config={
                DENSE: models.VectorParams(size=dimension, distance=models.Distance.COSINE)
            },
            sparse_vectors_config={SPARSE: models.SparseVectorParams(modifier=models.Modifier.IDF)},
        )

    def count(self) -> int:
        """Number of chunks stored."""
        if not self.client.collection_exists(self.collection):
            return 0
        return self.client.count(self.collection, exact=True).count

    def has_file(self, path: str, file_hash: str) -> bool:
        """True when every chunk of this exact file version is stored (none lost to a crash)."""
        if not self.client.collection_exists(self.collection):
            return False
        version = self._path_filter(path, file_hash)
        points, _ = self.client.scroll(self.collection, scroll_filter=version, limit=1)
        if not points:
            return False
        expected = (points[0].payload or {}).get("chunk_count")
        stored = self.client.count(self.collection, count_filter=version, exact=True).count
        return stored == expected

    def has_path(self, path: str) -> bool:
        """True when any version of this file is stored."""
        if not self.client.collection_exists(self.collection):
            return False
        filter_ = self._path_filter(path)
        return self.client.count(self.collection, count_filter=filter_, exact=True).count > 0

    def store_file(
        self, chunks: list[Chunk], vectors: list[list[float]], file_hash: str, *, ingested_at: str
    ) -> None:
        """Write a file's chunks, then drop whatever an earlier version of the file left behind."""
        if not chunks:
            return
        self.ensure_collection(len(vectors[0]))
        points = [
            models.PointStruct(
                id=chunk_id(chunk, file_hash),
                vector={
                    DENSE: vector,
                    SPARSE: _qdrant_sparse(encode_document(chunk.embedding_text())),
                },
                payload={
                    "text": chunk.text,
                    "source": chunk.source,
                    "path": chunk.path,
                    "title": chunk.title,
                    "page": chunk.page,
                    "heading": chunk.heading,
                    "chunk_index": chunk.index,
                    "chunk_count": len(chunks),
                    "file_hash": file_hash,
                    "ingested_at": ingested_at,
                },
            )
            for chunk, vector in zip(chunks, vectors, strict=True)
        ]
        for start in range(0, len(points), UPSERT_BATCH):
            self.client.upsert(self.collection, points=points[start : start + UPSERT_BATCH])
        path = chunks[0].path
        stale = models.Filter(
            must=[models.FieldCondition(key="path", match=models.MatchValue(value=path))],
            must_not=[
                models.FieldCondition(key="file_hash", match=models.MatchValue(value=file_hash))
            ],
        )
        self.client.delete(self.collection, points_selector=models.FilterSelector(filter=stale))

    def forget(self, path: str) -> None:
        """Remove every chunk of a file."""
        if self.client.collection_exists(self.collection):
            self.client.delete(
                self.collection,
                points_selector=models.FilterSelector(filter=self._path_filter(path)),
            )

    def sources(self) -> list[SourceInfo]:
        """One entry per ingested file, read from each file's first chunk."""
        if not self.client.collection_exists(self.collection):
            return []
        first_chunks = models.Filter(
            must=[models.FieldCondition(key="chunk_index", match=models.MatchValue(value=0))]
        )
        found: list[SourceInfo] = []
        offset: Any = None
        while True:
            points, offset = self.client.scroll(
                self.collection, scroll_filter=first_chunks, limit=256, offset=offset
            )
            for point in points:
                payload = point.payload or {}
                found.append(
                    SourceInfo(
                        source=payload["source"],
                        path=payload["path"],
                        chunks=payload["chunk_count"],
                        ingested_at=payload["ingested_at"],
                        file_hash=payload["file_hash"],
                    )
                )
            if offset is None:
                return sorted(found, key=lambda info: info.source.lower())

    def search(self, query: str, k: int = 5, mode: SearchMode = "hybrid") -> list[Hit]:
        """Top ``k`` chunks for ``query`` under the chosen retriever."""
        if not query.strip() or not self.client.collection_exists(self.collection):
            return []
        dense = self.embeddings.embed_query(query)
        sparse = _qdrant_sparse(encode_query(query))
        if mode == "dense":
            result = self.client.query_points(
                self.collection, query=dense, using=DENSE, limit=k, with_vectors=[DENSE]
            )
        elif mode == "sparse":
            if not sparse.indices:
                return []
            result = self.client.query_points(
                self.collection, query=sparse, using=SPARSE, limit=k, with_vectors=[DENSE]
            )
        else:
            prefetch = [models.Prefetch(query=dense, using=DENSE, limit=PREFETCH_LIMIT)]
            if sparse.indices:
                prefetch.append(models.Prefetch(query=sparse, using=SPARSE, limit=PREFETCH_LIMIT))
            result = self.client.query_points(
                self.collection,
                prefetch=prefetch,
                query=models.FusionQuery(fusion=models.Fusion.DBSF),
                limit=k,
                with_vectors=[DENSE],
            )
        return [self._hit(point, dense) for point in result.points]

    @staticmethod
    def _hit(point: models.ScoredPoint, query_vector: list[float]) -> Hit:
        payload = point.payload or {}
        stored = point.vector.get(DENSE) if isinstance(point.vector, dict) else None
        similarity = _cosine(query_vector, stored) if isinstance(stored, list) else 0.0
        return Hit(
            id=str(point.id),
            text=payload.get("text", ""),
            source=payload.get("source", ""),
            path=payload.get("path", ""),
            title=payload.get("title", ""),
            page=payload.get("page"),
            heading=payload.get("heading", ""),
            index=payload.get("chunk_index", 0),
            score=float(point.score),
            similarity=similarity,
        )


def utc_now() -> str:
    """Timestamp for ``ingested_at``."""
    return datetime.now(tz=UTC).isoformat(timespec="seconds")
