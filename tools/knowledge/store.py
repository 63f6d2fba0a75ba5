"""The knowledge base: chunks with a named dense and a named sparse vector, searched hybrid.

Qdrant Edge in a local folder by default (``edge.py``), a Qdrant server through ``url``
(``server.py``): the same collection layout and the same calls either way (``engine.py``).
"""

from __future__ import annotations

import logging
import math
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cache, cached_property
from pathlib import Path
from typing import Any

from langchain_core.embeddings import Embeddings
from qdrant_client import QdrantClient

from signalbox.tools.knowledge.edge import EdgeEngine, IndexFolder, ShardStatus
from signalbox.tools.knowledge.engine import (
    DENSE,
    SPARSE,
    Engine,
    Found,
    IndexLockedError,
    IndexUnavailableError,
    Query,
    SearchMode,
    StoredPoint,
    Where,
)
from signalbox.tools.knowledge.fusion import hybrid_fusion
from signalbox.tools.knowledge.server import ServerEngine
from signalbox.tools.knowledge.sparse import SPARSE_ENCODER, encode_document, encode_query
from signalbox.tools.knowledge.splitting import Chunk

__all__ = [
    "DENSE",
    "SPARSE",
    "Hit",
    "IndexLocation",
    "IndexLockedError",
    "IndexUnavailableError",
    "Inventory",
    "KnowledgeBase",
    "SearchMode",
    "SourceInfo",
    "chunk_id",
    "open_index",
    "utc_now",
    "widen",
]

UPSERT_BATCH = 256
ENCODER_FIELD = "sparse_encoder"
"""The payload field that names the encoder of the point's sparse vector (``SPARSE_ENCODER``)."""
_LOG = logging.getLogger(__name__)
_ID_NAMESPACE = uuid.UUID("7f4c1c8e-4a4b-4d62-9a53-5e0b8f1d2c11")


@dataclass(frozen=True)
class IndexLocation:
    """Where the index lives: a local folder, or a Qdrant server."""

    path: Path | None = None
    url: str | None = None
    api_key: str | None = field(default=None, repr=False)

    def describe(self) -> str:
        """A human-readable place, never including the API key."""
        return self.url if self.url else f"local folder {self.path}"


@dataclass(frozen=True, kw_only=True)
class Hit(Chunk):
    """A stored chunk as a search found it: its point id, retrieval score, cosine similarity."""

    id: str
    score: float
    similarity: float
    file_hash: str = ""


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


@cache
def open_index(location: IndexLocation) -> IndexFolder | QdrantClient:
    """Open the index once per location and process.

    A local folder is taken with its one-process lock; a URL gives a client of the Qdrant server.
    """
    if location.url:
        return QdrantClient(url=location.url, api_key=location.api_key, timeout=30)
    assert location.path is not None
    return IndexFolder(location.path)


def chunk_id(chunk: Chunk, file_hash: str) -> str:
    """Derived from content and position, so re-ingesting the same file rewrites the same points."""
    return str(uuid.uuid5(_ID_NAMESPACE, f"{chunk.path}\0{file_hash}\0{chunk.index}"))


def _cosine(a: Sequence[float], b: Sequence[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b, strict=True))
    norm = math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(y * y for y in b))
    return dot / norm if norm else 0.0


class KnowledgeBase:
    """Hybrid (dense + sparse) search over ingested chunks in one Qdrant collection."""

    def __init__(
        self,
        location: IndexLocation,
        embeddings: Embeddings,
        collection: str = "signalbox",
        *,
        engine: Engine | None = None,
    ) -> None:
        self.location = location
        self.embeddings = embeddings
        self.collection = collection
        self._engine = engine

    def release(self) -> None:
        """Close the local index folder and its lock; this knowledge base is not used afterwards."""
        if self._engine is None and not self.location.url:
            opened = open_index(self.location)
            if isinstance(opened, IndexFolder):
                opened.close()

    @cached_property
    def engine(self) -> Engine:
        """Opened on first use, so that building a graph touches no index.

        ``engine`` given to the constructor is used as it is: the store contract tests run a
        qdrant-client engine over local mode, which no location names.
        """
        if self._engine is not None:
            engine = self._engine
        elif isinstance(opened := open_index(self.location), IndexFolder):
            engine = opened.engine(self.collection)
        else:
            engine = ServerEngine(opened, self.collection, where=self.location.describe())
        if renewed := renew_sparse(engine):
            _LOG.warning("re-encoded %d chunks for the sparse encoder %s", renewed, SPARSE_ENCODER)
        return engine

    def ensure_collection(self, dimension: int) -> None:
        """Create the collection on first use."""
        if not self.engine.exists():
            self.engine.create(dimension)

    def count(self) -> int:
        """Number of chunks stored."""
        return self.engine.count() if self.engine.exists() else 0

    def _scroll(self, where: Where, fields: Sequence[str] | None, page: int) -> list[Found]:
        found: list[Found] = []
        offset: str | None = None
        while True:
            points, offset = self.engine.scroll(where, fields, page, offset)
            found += points
            if offset is None:
                return found

    def inventory(self) -> Inventory:
        """Every stored file version and how many of its chunks are visible, in one pass."""
        inventory = Inventory()
        if self.engine.exists():
            fields = ["path", "file_hash", "chunk_count", "complete"]
            for point in self._scroll(Where(), fields, 1024):
                inventory.add(point.payload)
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
            StoredPoint(
                id=chunk_id(chunk, file_hash),
                dense=vector,
                sparse=encode_document(chunk.embedding_text()),
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
                    ENCODER_FIELD: SPARSE_ENCODER,
                },
            )
            for chunk, vector in zip(chunks, vectors, strict=True)
        ]
        for start in range(0, len(points), UPSERT_BATCH):
            self.engine.upsert(points[start : start + UPSERT_BATCH])
        if replaces:
            self.engine.delete(Where(path=chunks[0].path, other_than_hash=file_hash))
        self.engine.set_payload([point.id for point in points], {"complete": True})

    def forget(self, path: str) -> None:
        """Remove every chunk of a file."""
        if self.engine.exists():
            self.engine.delete(Where(path=path))

    def sources(self) -> list[SourceInfo]:
        """One entry per ingested file, read from each file's first chunk."""
        if not self.engine.exists():
            return []
        found = [
            SourceInfo(
                source=point.payload["source"],
                path=point.payload["path"],
                chunks=point.payload["chunk_count"],
                ingested_at=point.payload["ingested_at"],
                file_hash=point.payload["file_hash"],
            )
            for point in self._scroll(Where(visible=True, chunk_range=(0, 0)), None, 256)
        ]
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
        if not query.strip() or not self.engine.exists():
            return []
        sparse = encode_query(query)
        if mode == "sparse" and not sparse.indices:
            return []
        dense = self.embeddings.embed_query(query)
        where = Where(visible=True, sources=tuple(sources), types=tuple(types))
        found = self.engine.query(Query(dense, sparse, mode, hybrid_fusion(query), k, where))
        return [self._hit(point, dense) for point in found]

    def neighbours(self, hit: Hit, window: int = 1) -> list[Hit]:
        """The chunks around ``hit`` in its file (itself included), in document order."""
        if window <= 0:
            return [hit]
        around = Where(
            visible=True,
            path=hit.path,
            file_hash=hit.file_hash,
            chunk_range=(hit.index - window, hit.index + window),
        )
        points, _ = self.engine.scroll(around, None, 2 * window + 1, None)
        return sorted((self._hit(point, None) for point in points), key=lambda n: n.index)

    def index_status(self) -> ShardStatus | None:
        """Points, HNSW-indexed vectors, segments and disk size of the embedded index.

        None on a server, whose own dashboard and API report these.
        """
        if isinstance(self.engine, EdgeEngine) and self.engine.exists():
            return self.engine.status()
        return None

    def build_index(self) -> bool:
        """Build the embedded index's HNSW graph and merge its segments; True if anything changed.

        Only worth it for large collections: exact search stays fast to a few hundred thousand
        chunks (see the README's scale figures). qdrant-edge-py 0.9.0 holds the GIL while it
        optimises, which stops every thread of the process, searches included, for the whole
        build, so run it from a process that serves no chat (a command after a bulk ingestion),
        never from the chat's own threads. A Qdrant server indexes by itself: nothing to do there.
        """
        if isinstance(self.engine, EdgeEngine) and self.engine.exists():
            return self.engine.optimize()
        return False

    @staticmethod
    def _hit(point: Found, query_vector: list[float] | None) -> Hit:
        payload = point.payload
        similarity = (
            _cosine(query_vector, point.dense)
            if query_vector is not None and point.dense is not None
            else 0.0
        )
        return Hit(
            id=point.id,
            text=payload.get("text", ""),
            source=payload.get("source", ""),
            path=payload.get("path", ""),
            title=payload.get("title", ""),
            page=payload.get("page"),
            heading=payload.get("heading", ""),
            index=payload.get("chunk_index", 0),
            score=point.score,
            similarity=similarity,
            file_hash=payload.get("file_hash", ""),
            doc_type=payload.get("doc_type", ""),
            start=payload.get("start"),
            end=payload.get("end"),
        )


def renew_sparse(engine: Engine) -> int:
    """Re-encode the sparse vectors that another encoder wrote; how many were.

    A changed encoder (tokenizer, stemmer) would otherwise leave the index answering today's queries
    with yesterday's terms, silently. The sparse vector is a function of the chunk's text, which the
    payload holds, so the dense vectors and payloads stay and nothing is embedded again. A crash
    part-way leaves the rest for the next open, which looks again.
    """
    if not engine.exists() or not _stale_sparse(engine):
        return 0
    renewed, offset = 0, None
    while True:
        points, offset = engine.export(UPSERT_BATCH, offset)
        stale = [point for point in points if point.payload.get(ENCODER_FIELD) != SPARSE_ENCODER]
        if stale:
            engine.upsert([_renewed(point) for point in stale])
            renewed += len(stale)
        if offset is None:
            return renewed


def _stale_sparse(engine: Engine) -> bool:
    """Whether any point's sparse vector was written by another encoder (one payload field read)."""
    offset: str | None = None
    while True:
        points, offset = engine.scroll(Where(), [ENCODER_FIELD], 1024, offset)
        if any(point.payload.get(ENCODER_FIELD) != SPARSE_ENCODER for point in points):
            return True
        if offset is None:
            return False


def _renewed(point: StoredPoint) -> StoredPoint:
    chunk = KnowledgeBase._hit(Found(id=point.id, payload=point.payload), None)
    return StoredPoint(
        id=point.id,
        dense=point.dense,
        sparse=encode_document(chunk.embedding_text()),
        payload={**point.payload, ENCODER_FIELD: SPARSE_ENCODER},
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
