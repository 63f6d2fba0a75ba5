"""The knowledge base's collection on a Qdrant server or cluster, through qdrant-client.

Used when ``QDRANT_URL`` is set: several processes, or more data than one machine holds. The layout is
the embedded engine's (see ``engine.py``), so an index moves between them without re-embedding.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from typing import Any, Concatenate, ParamSpec, TypeVar

from qdrant_client import QdrantClient, models
from qdrant_client.http.exceptions import ResponseHandlingException, UnexpectedResponse

from signalbox.tools.knowledge.engine import (
    DENSE,
    HNSW_EF,
    PAYLOAD_INDEXES,
    SPARSE,
    Found,
    IndexUnavailableError,
    PayloadType,
    Query,
    StoredPoint,
    Where,
    dense_vector,
)
from signalbox.tools.knowledge.sparse import SparseVector

_SCHEMA: dict[PayloadType, models.PayloadSchemaType] = {
    "keyword": models.PayloadSchemaType.KEYWORD,
    "integer": models.PayloadSchemaType.INTEGER,
    "bool": models.PayloadSchemaType.BOOL,
}


def _match(key: str, value: str | int | bool) -> models.FieldCondition:
    return models.FieldCondition(key=key, match=models.MatchValue(value=value))


def server_filter(where: Where) -> models.Filter:
    """``where`` as a qdrant-client filter."""
    must: list[models.Condition] = []
    must_not: list[models.Condition] = []
    if where.visible:
        must.append(_match("complete", True))
    if where.path is not None:
        must.append(_match("path", where.path))
    if where.file_hash is not None:
        must.append(_match("file_hash", where.file_hash))
    if where.other_than_hash is not None:
        must_not.append(_match("file_hash", where.other_than_hash))
    if where.sources:
        must.append(
            models.FieldCondition(key="source", match=models.MatchAny(any=[*where.sources]))
        )
    if where.types:
        must.append(
            models.FieldCondition(key="doc_type", match=models.MatchAny(any=[*where.types]))
        )
    if where.chunk_range is not None:
        low, high = where.chunk_range
        must.append(models.FieldCondition(key="chunk_index", range=models.Range(gte=low, lte=high)))
    return models.Filter(must=must, must_not=must_not or None)


def _sparse(vector: SparseVector) -> models.SparseVector:
    return models.SparseVector(indices=vector.indices, values=vector.values)


def _found(point: models.ScoredPoint | models.Record) -> Found:
    stored = point.vector.get(DENSE) if isinstance(point.vector, dict) else None
    return Found(
        id=str(point.id),
        payload=point.payload or {},
        score=float(getattr(point, "score", 0.0) or 0.0),
        dense=dense_vector(stored),
    )


P = ParamSpec("P")
R = TypeVar("R")


def _reported(
    method: Callable[Concatenate[ServerEngine, P], R],
) -> Callable[Concatenate[ServerEngine, P], R]:
    """A server that is down or refuses the key becomes one error that says where and what to do.

    qdrant-client raises its transport's exception (``Connection refused``) or a bare 401, which
    front ends would show as a traceback.
    """

    @functools.wraps(method)
    def call(self: ServerEngine, /, *args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return method(self, *args, **kwargs)
        except ResponseHandlingException as exc:
            raise IndexUnavailableError(
                f"the Qdrant server at {self.where} cannot be reached ({exc}): is it running, "
                "and is the URL right? (Without QDRANT_URL the embedded index is used.)"
            ) from None
        except UnexpectedResponse as exc:
            if exc.status_code in (401, 403):
                raise IndexUnavailableError(
                    f"the Qdrant server at {self.where} refused the request (HTTP "
                    f"{exc.status_code}): the API key is missing or wrong (QDRANT_API_KEY)"
                ) from None
            raise

    return call


class ServerEngine:
    """One collection through a ``QdrantClient``; the server does its own locking."""

    def __init__(self, client: QdrantClient, collection: str, where: str = "QDRANT_URL") -> None:
        self.client = client
        self.collection = collection
        self.where = where
        """The server as errors name it (its URL, never the key)."""

    @_reported
    def exists(self) -> bool:
        """Whether the collection has been created."""
        return self.client.collection_exists(self.collection)

    @_reported
    def create(self, dimension: int) -> None:
        """The collection with named dense + sparse (IDF) vectors and the payload indexes."""
        self.client.create_collection(
            self.collection,
            vectors_config={
                DENSE: models.VectorParams(size=dimension, distance=models.Distance.COSINE)
            },
            sparse_vectors_config={SPARSE: models.SparseVectorParams(modifier=models.Modifier.IDF)},
        )
        for key, kind in PAYLOAD_INDEXES.items():
            self.client.create_payload_index(self.collection, key, _SCHEMA[kind])

    @_reported
    def count(self) -> int:
        """Every stored point."""
        return self.client.count(self.collection, exact=True).count

    @_reported
    def upsert(self, points: Sequence[StoredPoint]) -> None:
        """Write points (waits until the server has applied them)."""
        self.client.upsert(
            self.collection,
            points=[
                models.PointStruct(
                    id=point.id,
                    vector={DENSE: point.dense, SPARSE: _sparse(point.sparse)},
                    payload=point.payload,
                )
                for point in points
            ],
        )

    @_reported
    def delete(self, where: Where) -> None:
        """Remove matching points."""
        self.client.delete(
            self.collection, points_selector=models.FilterSelector(filter=server_filter(where))
        )

    @_reported
    def set_payload(self, ids: Sequence[str], payload: dict[str, Any]) -> None:
        """Set payload fields of the given points."""
        self.client.set_payload(
            self.collection, payload=payload, points=models.PointIdsList(points=[*ids])
        )

    @_reported
    def scroll(
        self, where: Where, fields: Sequence[str] | None, limit: int, offset: str | None
    ) -> tuple[list[Found], str | None]:
        """A page of matching points and the next offset."""
        points, following = self.client.scroll(
            self.collection,
            scroll_filter=server_filter(where),
            limit=limit,
            offset=offset,
            with_payload=[*fields] if fields is not None else True,
        )
        return [_found(point) for point in points], (None if following is None else str(following))

    @_reported
    def export(self, limit: int, offset: str | None) -> tuple[list[StoredPoint], str | None]:
        """A page of every point with both vectors and its payload."""
        records, following = self.client.scroll(
            self.collection, limit=limit, offset=offset, with_payload=True, with_vectors=True
        )
        points = []
        for record in records:
            vectors = record.vector
            assert isinstance(vectors, dict)
            dense, sparse = dense_vector(vectors[DENSE]), vectors[SPARSE]
            assert dense is not None and isinstance(sparse, models.SparseVector)
            points.append(
                StoredPoint(
                    id=str(record.id),
                    dense=dense,
                    sparse=SparseVector(list(sparse.indices), list(sparse.values)),
                    payload=record.payload or {},
                )
            )
        return points, None if following is None else str(following)

    @_reported
    def query(self, query: Query) -> list[Found]:
        """Dense, sparse, or both legs fused by the server's Query API."""
        visible = server_filter(query.where)
        sparse = _sparse(query.sparse)
        params = (
            models.SearchParams(exact=True) if query.exact else models.SearchParams(hnsw_ef=HNSW_EF)
        )
        common: dict[str, Any] = {
            "limit": query.limit,
            "with_vectors": [DENSE],
            "query_filter": visible,
            "search_params": params,
        }
        if query.mode == "dense":
            result = self.client.query_points(
                self.collection, query=query.dense, using=DENSE, **common
            )
        elif query.mode == "sparse":
            result = self.client.query_points(self.collection, query=sparse, using=SPARSE, **common)
        else:
            depth = query.fusion.prefetch
            # Each leg searches with the query's parameters: the server applies ``search_params``
            # to the fused query alone, which walks no graph.
            legs: dict[str, Any] = {"limit": depth, "filter": visible, "params": params}
            prefetch = [models.Prefetch(query=query.dense, using=DENSE, **legs)]
            if sparse.indices:
                prefetch.append(models.Prefetch(query=sparse, using=SPARSE, **legs))
            result = self.client.query_points(
                self.collection,
                prefetch=prefetch,
                query=query.fusion.query(len(prefetch)),
                **common,
            )
        return [_found(point) for point in result.points]

    @_reported
    def drop(self) -> None:
        """Delete the collection."""
        self.client.delete_collection(self.collection)
