"""The Qdrant collection: one named dense vector and one named sparse vector per chunk.

Local mode (a folder) by default, a Qdrant server through ``url``: the same calls either way.
"""

from __future__ import annotations

import atexit
import functools
import math
import threading
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cache, cached_property
from pathlib import Path
from typing import Any, Literal, cast

from langchain_core.embeddings import Embeddings
from qdrant_client import QdrantClient, models

from signalbox.tools.knowledge.fusion import hybrid_fusion
from signalbox.tools.knowledge.sparse import SparseVector, encode_document, encode_query
from signalbox.tools.knowledge.splitting import Chunk

SearchMode = Literal["dense", "sparse", "hybrid"]
DENSE = "dense"
SPARSE = "sparse"
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
    file_hash: str = ""
    doc_type: str = ""
    start: int | None = None
    end: int | None = None


@dataclass
class Inventory:
    """What the index holds per file: for each version (content hash), visible and expected chunks."""

    versions: dict[str, dict[str, list[int]]] = field(default_factory=dict)

    def add(self, payload: dict[str, Any]) -> None:
        """Count one stored point."""
        path, version = payload.get("path"), payload.get("file_hash")
        if not isinstance(path, str) or not isinstance(version, str):
            return
        counts = self.versions.setdefault(path, {}).setdefault(version, [0, 0])
        counts[0] += 1 if payload.get("complete") else 0
        counts[1] = int(payload.get("chunk_count") or 0)

    def has_path(self, path: str) -> bool:
        """Any version of this file is stored (complete or not)."""
        return path in self.versions

    def has_file(self, path: str, file_hash: str) -> bool:
        """Whether this exact version is stored with every one of its chunks visible."""
        visible, expected = self.versions.get(path, {}).get(file_hash, [0, -1])
        return visible == expected and len(self.versions[path]) == 1


@dataclass(frozen=True)
class SourceInfo:
    """One ingested file."""

    source: str
    path: str
    chunks: int
    ingested_at: str
    file_hash: str


def _match(key: str, value: str | int | bool) -> models.FieldCondition:
    return models.FieldCondition(key=key, match=models.MatchValue(value=value))


# Chunks of a file become visible only once the whole file is written (see store_file).
_COMPLETE = _match("complete", True)
_PAYLOAD_INDEXES: dict[str, models.PayloadSchemaType] = {
    "path": models.PayloadSchemaType.KEYWORD,
    "source": models.PayloadSchemaType.KEYWORD,
    "doc_type": models.PayloadSchemaType.KEYWORD,
    "file_hash": models.PayloadSchemaType.KEYWORD,
    "chunk_index": models.PayloadSchemaType.INTEGER,
    "complete": models.PayloadSchemaType.BOOL,
}


class SerialisedClient:
    """A local-mode client that runs one call at a time.

    Local mode is plain Python over dicts and SQLite, and is not documented as thread-safe, while the
    chat serves every browser session from threads of one process. A Qdrant server needs no such lock.
    """

    def __init__(self, client: QdrantClient) -> None:
        self._client = client
        self._lock = threading.RLock()

    def __getattr__(self, name: str) -> Any:
        attribute = getattr(self._client, name)
        if not callable(attribute):
            return attribute

        @functools.wraps(attribute)
        def serialised(*args: Any, **kwargs: Any) -> Any:
            with self._lock:
                return attribute(*args, **kwargs)

        return serialised


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
        return cast(QdrantClient, SerialisedClient(client))
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
        must: list[models.Condition] = [_match("path", path)]
        if file_hash is not None:
            must.append(_match("file_hash", file_hash))
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

    def inventory(self) -> Inventory:
        """Every stored file version and how many of its chunks are visible, in one pass.

        Ingestion asks this once instead of filtering per file: local mode evaluates each filter
        over every point in Python, which made look-ups the slowest part of ingesting many files.
        """
        inventory = Inventory()
        if not self.client.collection_exists(self.collection):
            return inventory
        fields = ["path", "file_hash", "chunk_count", "complete"]
        offset: Any = None
        while True:
            points, offset = self.client.scroll(
                self.collection, limit=1024, offset=offset, with_payload=fields
            )
            for point in points:
                inventory.add(point.payload or {})
            if offset is None:
                return inventory

    def store_file(
        self,
        chunks: list[Chunk],
        vectors: list[list[float]],
        file_hash: str,
        *,
        ingested_at: str,
        replaces: bool = True,
    ) -> None:
        """Replace a file's chunks so that a crash at any moment never leaves half a file visible.

        The new chunks are written invisible (``complete`` false), the old version is deleted, and
        only then are the new chunks made visible. A crash leaves the old version, or nothing, and
        the next ingestion of the file finishes the job. ``replaces=False`` (the caller knows no
        version of the file is stored) skips the delete.
        """
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
                    "start": chunk.start,
                    "end": chunk.end,
                    "doc_type": chunk.doc_type,
                    "file_hash": file_hash,
                    "ingested_at": ingested_at,
                    "complete": False,
                },
            )
            for chunk, vector in zip(chunks, vectors, strict=True)
        ]
        for start in range(0, len(points), UPSERT_BATCH):
            self.client.upsert(self.collection, points=points[start : start + UPSERT_BATCH])
        if replaces:
            older = models.Filter(
                must=[_match("path", chunks[0].path)], must_not=[_match("file_hash", file_hash)]
            )
            self.client.delete(self.collection, points_selector=models.FilterSelector(filter=older))
        self.client.set_payload(
            self.collection,
            payload={"complete": True},
            points=models.PointIdsList(points=[point.id for point in points]),
        )

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
        first_chunks = models.Filter(must=[_match("chunk_index", 0), _COMPLETE])
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

    def search(
        self,
        query: str,
        k: int = 5,
        mode: SearchMode = "hybrid",
        *,
        sources: Sequence[str] = (),
        types: Sequence[str] = (),
    ) -> list[Hit]:
        """Top ``k`` chunks for ``query``, optionally only from some files (names) or types."""
        if not query.strip() or not self.client.collection_exists(self.collection):
            return []
        must: list[models.Condition] = [_COMPLETE]
        if sources:
            must.append(
                models.FieldCondition(key="source", match=models.MatchAny(any=list(sources)))
            )
        if types:
            must.append(
                models.FieldCondition(key="doc_type", match=models.MatchAny(any=list(types)))
            )
        visible = models.Filter(must=must)
        dense = self.embeddings.embed_query(query)
        sparse = _qdrant_sparse(encode_query(query))
        common: dict[str, Any] = {"limit": k, "with_vectors": [DENSE], "query_filter": visible}
        if mode == "dense":
            result = self.client.query_points(self.collection, query=dense, using=DENSE, **common)
        elif mode == "sparse":
            if not sparse.indices:
                return []
            result = self.client.query_points(self.collection, query=sparse, using=SPARSE, **common)
        else:
            fusion = hybrid_fusion(query)
            prefetch = [
                models.Prefetch(query=dense, using=DENSE, limit=fusion.prefetch, filter=visible)
            ]
            if sparse.indices:
                prefetch.append(
                    models.Prefetch(
                        query=sparse, using=SPARSE, limit=fusion.prefetch, filter=visible
                    )
                )
            result = self.client.query_points(
                self.collection, prefetch=prefetch, query=fusion.query(len(prefetch)), **common
            )
        return [self._hit(point, dense) for point in result.points]

    def neighbours(self, hit: Hit, window: int = 1) -> list[Hit]:
        """The chunks around ``hit`` in its file (itself included), in document order."""
        if window <= 0:
            return [hit]
        around = models.Filter(
            must=[
                *self._path_filter(hit.path, hit.file_hash).must,  # type: ignore[misc]
                _COMPLETE,
                models.FieldCondition(
                    key="chunk_index",
                    range=models.Range(gte=hit.index - window, lte=hit.index + window),
                ),
            ]
        )
        points, _ = self.client.scroll(self.collection, scroll_filter=around, limit=2 * window + 1)
        found = [self._hit(point, None) for point in points]
        return sorted(found, key=lambda neighbour: neighbour.index)

    @staticmethod
    def _hit(point: models.ScoredPoint | models.Record, query_vector: list[float] | None) -> Hit:
        payload = point.payload or {}
        stored = point.vector.get(DENSE) if isinstance(point.vector, dict) else None
        similarity = (
            _cosine(query_vector, stored)
            if query_vector is not None and isinstance(stored, list)
            else 0.0
        )
        return Hit(
            id=str(point.id),
            text=payload.get("text", ""),
            source=payload.get("source", ""),
            path=payload.get("path", ""),
            title=payload.get("title", ""),
            page=payload.get("page"),
            heading=payload.get("heading", ""),
            index=payload.get("chunk_index", 0),
            score=float(getattr(point, "score", 0.0) or 0.0),
            similarity=similarity,
            file_hash=payload.get("file_hash", ""),
            doc_type=payload.get("doc_type", ""),
            start=payload.get("start"),
            end=payload.get("end"),
        )


def widen(hit: Hit, neighbours: list[Hit]) -> str:
    """The hit's text with the neighbours of the same page and section, overlaps removed."""
    same = [n for n in neighbours if (n.page, n.heading) == (hit.page, hit.heading)] or [hit]
    text, end = same[0].text, same[0].end
    for following in same[1:]:
        overlap = (end - following.start) if end is not None and following.start is not None else 0
        if 0 < overlap < len(following.text):
            text += following.text[overlap:]
        else:
            text += "\n\n" + following.text
        end = following.end
    return text


def utc_now() -> str:
    """Timestamp for ``ingested_at``."""
    return datetime.now(tz=UTC).isoformat(timespec="seconds")
