"""The embedded engine: Qdrant Edge, Qdrant's own Rust engine in this process, in a local folder.

A folder holds one Edge shard per collection under ``edge/``. One process holds the folder at a time
(a lock on ``.lock``, the file qdrant-client's local mode locks too, so a Signalbox of an earlier
version that still has the folder open is also seen). A folder written by that earlier version
(``collection/<name>/storage.sqlite``) is migrated to Edge the first time it is opened, with progress,
and the old files are kept beside it, never deleted.
"""

from __future__ import annotations

import atexit
import logging
import shutil
import sqlite3
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from io import TextIOWrapper
from pathlib import Path
from typing import Any

import numpy as np
import portalocker
import qdrant_edge as edge
from tqdm import tqdm

from signalbox.tools.knowledge.engine import (
    DENSE,
    HNSW_EF,
    PAYLOAD_INDEXES,
    SPARSE,
    Found,
    IndexLockedError,
    PayloadType,
    Query,
    StoredPoint,
    Where,
    dense_vector,
)
from signalbox.tools.knowledge.fusion import Fusion
from signalbox.tools.knowledge.sparse import SparseVector

logger = logging.getLogger(__name__)

LOCK_FILE = ".lock"
SHARDS = "edge"
LEGACY = "collection"
"""Where qdrant-client's local mode (Signalbox before Qdrant Edge) kept each collection."""
LEGACY_KEPT = "local-mode-before-edge"
"""Where a migrated local-mode collection is moved, so that nothing is discarded."""
MIGRATION_BATCH = 512
RRF_DEFAULT_K = 2
"""Qdrant's own default rank constant, for a fusion that names none."""


def _index_params(kind: PayloadType) -> Any:
    """A payload index kept on disk and read through the page cache (``Memory.Cold``).

    Held in memory (the engine's default), the indexes are rebuilt from disk on every open: at
    200,000 chunks that was half of the opening time. Measured there: opening 0.40-0.75 s -> 0.24-0.35 s,
    63 MB less memory, and hybrid queries with the knowledge base's filters as fast once warm
    (p50 1.9 ms either way).
    """
    if kind == "keyword":
        return edge.KeywordIndexParams(memory=edge.Memory.Cold)
    if kind == "integer":
        return edge.IntegerIndexParams(lookup=True, range=True, memory=edge.Memory.Cold)
    return edge.BoolIndexParams(memory=edge.Memory.Cold)


# qdrant-edge-py 0.9.0 reads a Python ``True`` given to MatchValue as the integer 1, which matches no
# boolean payload; numpy's bool is converted as a boolean.
_TRUE = np.True_

MigrationProgress = Callable[[int, int], None]
"""Called with (points copied, points to copy)."""


def _match(key: str, value: Any) -> edge.FieldCondition:
    return edge.FieldCondition(key, match=edge.MatchValue(value))


def edge_filter(where: Where) -> edge.Filter:
    """``where`` as a Qdrant Edge filter."""
    must: list[Any] = []
    must_not: list[Any] = []
    if where.visible:
        must.append(_match("complete", _TRUE))
    if where.path is not None:
        must.append(_match("path", where.path))
    if where.file_hash is not None:
        must.append(_match("file_hash", where.file_hash))
    if where.other_than_hash is not None:
        must_not.append(_match("file_hash", where.other_than_hash))
    if where.sources:
        must.append(edge.FieldCondition("source", match=edge.MatchAny([*where.sources])))
    if where.types:
        must.append(edge.FieldCondition("doc_type", match=edge.MatchAny([*where.types])))
    if where.chunk_range is not None:
        low, high = where.chunk_range
        must.append(edge.FieldCondition("chunk_index", range=edge.RangeFloat(gte=low, lte=high)))
    return edge.Filter(must=must or None, must_not=must_not or None)


def _sparse(vector: SparseVector) -> edge.SparseVector:
    return edge.SparseVector(vector.indices, vector.values)


def _fusion(fusion: Fusion, legs: int) -> Any:
    if fusion.method == "dbsf":
        return edge.Fusion.Dbsf()
    weights = list(fusion.weights[:legs]) if fusion.weights else None
    return edge.Fusion.Rrf(k=fusion.k if fusion.k is not None else RRF_DEFAULT_K, weights=weights)


def _found(point: Any) -> Found:
    vector = point.vector
    stored = vector.get(DENSE) if isinstance(vector, dict) else None
    return Found(
        id=str(point.id),
        payload=dict(point.payload or {}),
        score=float(getattr(point, "score", 0.0) or 0.0),
        dense=list(stored) if stored is not None else None,
    )


def _config(dimension: int) -> edge.EdgeConfig:
    return edge.EdgeConfig(
        vectors={DENSE: edge.EdgeVectorParams(size=dimension, distance=edge.Distance.Cosine)},
        sparse_vectors={SPARSE: edge.EdgeSparseVectorParams(modifier=edge.Modifier.Idf)},
    )


@dataclass(frozen=True)
class ShardStatus:
    """How big the shard is and how much of it the HNSW index covers."""

    points: int
    indexed_vectors: int
    segments: int
    disk_bytes: int


class EdgeEngine:
    """One collection as one Edge shard.

    Reads take no lock of ours: the engine is safe from several threads (measured: six threads
    querying while one writes, no error and no lost write), and qdrant-edge-py 0.9.0 holds the GIL
    during each call, so calls from the chat's threads run one at a time anyway (a search at
    200,000 chunks holds the process for about 50 ms). Writes are serialised here so that a file's
    three-step replacement is never interleaved with another writer's.
    """

    def __init__(self, folder: Path, collection: str) -> None:
        self.folder = folder
        self.collection = collection
        self.directory = folder / SHARDS / collection
        self._shard: edge.EdgeShard | None = None
        self._write = threading.RLock()

    def _opened(self) -> edge.EdgeShard:
        with self._write:
            if self._shard is None:
                shard = edge.EdgeShard.load(str(self.directory))
                _ensure_indexes(shard)
                self._shard = shard
            return self._shard

    def exists(self) -> bool:
        """Whether the shard has been created."""
        return self._shard is not None or (self.directory / "edge_config.json").exists()

    def create(self, dimension: int) -> None:
        """The shard with named dense + sparse (IDF) vectors and the payload indexes."""
        with self._write:
            if self.exists():
                return
            self._shard = create_shard(self.directory, dimension)

    def count(self) -> int:
        """Every stored point."""
        return self._opened().count(edge.CountRequest(exact=True))

    def upsert(self, points: Sequence[StoredPoint]) -> None:
        """Write points."""
        operation = edge.UpdateOperation.upsert_points([_point(point) for point in points])
        with self._write:
            self._opened().update(operation)

    def delete(self, where: Where) -> None:
        """Remove matching points."""
        with self._write:
            self._opened().update(edge.UpdateOperation.delete_points_by_filter(edge_filter(where)))

    def set_payload(self, ids: Sequence[str], payload: dict[str, Any]) -> None:
        """Set payload fields of the given points."""
        with self._write:
            self._opened().update(edge.UpdateOperation.set_payload([*ids], payload))

    def scroll(
        self, where: Where, fields: Sequence[str] | None, limit: int, offset: str | None
    ) -> tuple[list[Found], str | None]:
        """A page of matching points and the next offset."""
        records, following = self._opened().scroll(
            edge.ScrollRequest(
                offset=offset,
                limit=limit,
                filter=edge_filter(where),
                with_payload=[*fields] if fields is not None else True,
                with_vector=False,
            )
        )
        return [_found(record) for record in records], (
            None if following is None else str(following)
        )

    def export(self, limit: int, offset: str | None) -> tuple[list[StoredPoint], str | None]:
        """A page of every point with both vectors and its payload."""
        records, following = self._opened().scroll(
            edge.ScrollRequest(offset=offset, limit=limit, with_payload=True, with_vector=True)
        )
        points = []
        for record in records:
            vectors = record.vector
            assert isinstance(vectors, dict)
            dense, sparse = dense_vector(vectors[DENSE]), vectors[SPARSE]
            assert dense is not None and isinstance(sparse, edge.SparseVector)
            points.append(
                StoredPoint(
                    id=str(record.id),
                    dense=dense,
                    sparse=SparseVector(list(sparse.indices), list(sparse.values)),
                    payload=dict(record.payload or {}),
                )
            )
        return points, None if following is None else str(following)

    def query(self, query: Query) -> list[Found]:
        """Dense, sparse, or both legs fused by the engine, exactly as a Qdrant server does."""
        visible = edge_filter(query.where)
        params = (
            edge.SearchParams(exact=True) if query.exact else edge.SearchParams(hnsw_ef=HNSW_EF)
        )
        dense = edge.Query.Nearest(query.dense, using=DENSE)
        sparse = edge.Query.Nearest(_sparse(query.sparse), using=SPARSE)
        common: dict[str, Any] = {
            "limit": query.limit,
            "filter": visible,
            "with_payload": True,
            "with_vector": [DENSE],
        }
        if query.mode == "dense":
            request = edge.QueryRequest(query=dense, params=params, **common)
        elif query.mode == "sparse":
            request = edge.QueryRequest(query=sparse, params=params, **common)
        else:
            depth = query.fusion.prefetch
            legs = [edge.Prefetch(limit=depth, query=dense, filter=visible, params=params)]
            if query.sparse.indices:
                legs.append(edge.Prefetch(limit=depth, query=sparse, filter=visible, params=params))
            request = edge.QueryRequest(
                prefetches=legs, query=_fusion(query.fusion, len(legs)), **common
            )
        return [_found(point) for point in self._opened().query(request)]

    def drop(self) -> None:
        """Delete the shard."""
        with self._write:
            self.close()
            shutil.rmtree(self.directory, ignore_errors=True)

    def optimize(self) -> bool:
        """Merge segments and build the HNSW index (blocking; True when anything changed).

        Payload indexes that an earlier version held in memory are moved to disk first.
        """
        with self._write:
            shard = self._opened()
            moved = _ensure_indexes(shard, upgrade=True)
            return bool(shard.optimize()) or moved

    def status(self) -> ShardStatus:
        """Points, HNSW-indexed vectors, segments and bytes on disk."""
        info = self._opened().info()
        size = sum(
            item.stat().st_blocks * 512 for item in self.directory.rglob("*") if item.is_file()
        )
        return ShardStatus(info.points_count, info.indexed_vectors_count, info.segments_count, size)

    def close(self) -> None:
        """Flush and release the shard (it reopens on the next call)."""
        with self._write:
            if self._shard is not None:
                self._shard.close()
                self._shard = None


def _point(point: StoredPoint) -> edge.Point:
    return edge.Point(point.id, {DENSE: point.dense, SPARSE: _sparse(point.sparse)}, point.payload)


def create_shard(directory: Path, dimension: int) -> edge.EdgeShard:
    """A new shard in the knowledge base's layout, with its payload indexes."""
    directory.parent.mkdir(parents=True, exist_ok=True)
    shard = edge.EdgeShard.create(str(directory), _config(dimension))
    _ensure_indexes(shard)
    return shard


def _ensure_indexes(shard: edge.EdgeShard, upgrade: bool = False) -> bool:
    """Give the shard every payload index the filters need; with ``upgrade``, all of them on disk.

    A crash between creating a shard and indexing it, or a shard made by another tool, may lack some.
    An index made by an earlier version (held in memory, no params recorded) is remade on ``upgrade``
    only: at a million chunks that takes a while, so it waits for ``signalbox index build``. True
    when an index was made or remade, so that ``optimize`` reads the schema once.
    """
    present = shard.info().payload_schema
    changed = False
    for key, kind in PAYLOAD_INDEXES.items():
        held = present.get(key)
        if held is not None and (held.params is not None or not upgrade):
            continue
        if held is not None:
            shard.update(edge.UpdateOperation.delete_field_index(key))
        shard.update(edge.UpdateOperation.create_field_index(key, _index_params(kind)))
        changed = True
    return changed


class IndexFolder:
    """A local index folder held by this process: its lock and its collections' engines."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._engines: dict[str, EdgeEngine] = {}
        self._guard = threading.Lock()
        path.mkdir(parents=True, exist_ok=True)
        self._lock = _take_lock(path)
        atexit.register(self.close)

    def engine(self, collection: str, on_progress: MigrationProgress | None = None) -> EdgeEngine:
        """The collection's engine, migrating a local-mode collection of an earlier version first."""
        with self._guard:
            if collection not in self._engines:
                engine = EdgeEngine(self.path, collection)
                if not engine.exists() and legacy_collection(self.path, collection) is not None:
                    migrate_local_mode(self.path, collection, on_progress)
                self._engines[collection] = engine
            return self._engines[collection]

    def close(self) -> None:
        """Flush every shard and release the folder."""
        with self._guard:
            for engine in self._engines.values():
                engine.close()
            if not self._lock.closed:
                portalocker.unlock(self._lock)
                self._lock.close()


def _take_lock(path: Path) -> TextIOWrapper:
    handle = (path / LOCK_FILE).open("a+")
    try:
        portalocker.lock(
            handle, portalocker.LockFlags.EXCLUSIVE | portalocker.LockFlags.NON_BLOCKING
        )
    except portalocker.exceptions.LockException:
        handle.close()
        raise IndexLockedError(
            f"The index at {path} is open in another process (the chat app, a "
            "`signalbox` command or `langgraph dev`). Stop that process or use it instead, or run a "
            "Qdrant server and set QDRANT_URL so that several processes can share the index."
        ) from None
    return handle


def legacy_collection(folder: Path, collection: str) -> Path | None:
    """The local-mode storage of ``collection`` that an earlier version left here, if any."""
    storage = folder / LEGACY / collection / "storage.sqlite"
    return storage if storage.is_file() else None


def _legacy_points(storage: Path) -> Iterator[StoredPoint]:
    """Every point of a local-mode collection, read straight from its SQLite file.

    qdrant-client would take the folder's lock, which this process already holds; the rows are
    pickled qdrant-client ``PointStruct``s, read by qdrant-client's own persistence class.
    """
    from qdrant_client import models
    from qdrant_client.local.persistence import CollectionPersistence

    persistence = CollectionPersistence(str(storage.parent))
    try:
        for point in persistence.load():
            vectors = point.vector if isinstance(point.vector, dict) else {}
            dense, sparse = dense_vector(vectors.get(DENSE)), vectors.get(SPARSE)
            if dense is None or not isinstance(sparse, models.SparseVector):
                continue
            yield StoredPoint(
                id=str(point.id),
                dense=dense,
                sparse=SparseVector(indices=list(sparse.indices), values=list(sparse.values)),
                payload=point.payload or {},
            )
    finally:
        persistence.close()


def _legacy_size(storage: Path) -> int:
    with sqlite3.connect(storage) as connection:
        return int(connection.execute("SELECT COUNT(*) FROM points").fetchone()[0])


def migrate_local_mode(
    folder: Path, collection: str, on_progress: MigrationProgress | None = None
) -> int:
    """Copy a local-mode collection into a new Edge shard, vectors and payload as they are.

    The shard is written under a temporary name and renamed when complete, so a migration that is
    interrupted starts again from the old files, which are then moved to ``local-mode-before-edge/``
    (delete them once the new index has served you). Progress goes to ``on_progress``, or to a
    progress bar on stderr (where the CLI and Streamlit's server log show it). Returns the number of
    points copied.
    """
    storage = legacy_collection(folder, collection)
    assert storage is not None
    total = _legacy_size(storage)
    staging = folder / SHARDS / f".{collection}.migrating"
    shutil.rmtree(staging, ignore_errors=True)
    logger.warning("Migrating %d chunks of %s to Qdrant Edge (once)", total, storage.parent)
    shard: edge.EdgeShard | None = None
    copied = 0
    batch: list[StoredPoint] = []
    bar = tqdm(
        total=total,
        desc="Migrating the index to Qdrant Edge",
        unit="chunk",
        file=sys.stderr,
        disable=on_progress is not None,
    )

    def advance(count: int) -> None:
        nonlocal copied
        copied += count
        bar.update(count)
        if on_progress is not None:
            on_progress(copied, total)

    advance(0)
    for point in _legacy_points(storage):
        if shard is None:
            shard = create_shard(staging, len(point.dense))
        batch.append(point)
        if len(batch) == MIGRATION_BATCH:
            shard.update(edge.UpdateOperation.upsert_points([_point(item) for item in batch]))
            advance(len(batch))
            batch.clear()
    if shard is None:
        logger.warning("The local-mode collection %s is empty; nothing to migrate", collection)
    else:
        if batch:
            shard.update(edge.UpdateOperation.upsert_points([_point(item) for item in batch]))
            advance(len(batch))
        shard.flush()
        shard.close()
        staging.rename(folder / SHARDS / collection)
    bar.close()
    kept = folder / LEGACY_KEPT / collection
    kept.parent.mkdir(parents=True, exist_ok=True)
    storage.parent.rename(kept)
    logger.warning("Migrated %d chunks; the old files are kept in %s", copied, kept)
    return copied
