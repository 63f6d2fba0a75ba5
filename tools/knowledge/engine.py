"""What the knowledge base asks of a vector engine, in terms that neither engine owns.

Two engines implement it: Qdrant Edge in a local folder (the default, see ``edge.py``) and
qdrant-client against a Qdrant server (``server.py``). Both keep the same collection layout: a named
dense vector (cosine), a named sparse vector with Qdrant's IDF modifier, the same payload, and the
same fusion of the two legs, so one set of contract tests holds for both.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

from signalbox.tools.knowledge.fusion import Fusion
from signalbox.tools.knowledge.sparse import SparseVector

DENSE = "dense"
SPARSE = "sparse"
HNSW_EF = 256
"""Candidates an HNSW search keeps while it walks the graph (Qdrant's default is the build's
ef_construct, 100). Measured on 200,000 recycled msmarco points (benchmarks/scale.py): the dense
leg's recall@10 against exact search is 0.958 at 100, 0.998 at 256 and 1.0 at 512, for a hybrid
query p50 of 1.6, 2.0 and 2.9 ms. Exact search ignores it."""
SearchMode = Literal["dense", "sparse", "hybrid"]

PayloadType = Literal["keyword", "integer", "bool"]
PAYLOAD_INDEXES: dict[str, PayloadType] = {
    "path": "keyword",
    "source": "keyword",
    "doc_type": "keyword",
    "file_hash": "keyword",
    "chunk_index": "integer",
    "complete": "bool",
}
"""The fields every filter of the knowledge base uses; without an index each filter reads every
payload from disk (measured on Qdrant Edge at 20,000 points: 95 ms a hybrid query, 2.5 ms with them)."""


class IndexLockedError(RuntimeError):
    """The local index folder is held by another process."""


class IndexUnavailableError(RuntimeError):
    """The Qdrant server cannot be reached, or refuses the API key; the message says which and where."""


@dataclass(frozen=True)
class Where:
    """The conditions the knowledge base filters by; each engine turns them into its own filter."""

    visible: bool = False
    """Only chunks of completely written files (``complete`` true)."""
    path: str | None = None
    file_hash: str | None = None
    other_than_hash: str | None = None
    """Every version of ``path`` except this one."""
    sources: tuple[str, ...] = ()
    types: tuple[str, ...] = ()
    chunk_range: tuple[int, int] | None = None
    """Chunk indexes from the first to the second, both included."""


@dataclass(frozen=True)
class StoredPoint:
    """One chunk as stored: both vectors and its payload."""

    id: str
    dense: list[float]
    sparse: SparseVector
    payload: dict[str, Any]


@dataclass(frozen=True)
class Found:
    """A point read back: its id, score (0 when scrolled), payload and, when asked, dense vector."""

    id: str
    payload: dict[str, Any]
    score: float = 0.0
    dense: list[float] | None = field(default=None, repr=False)


def dense_vector(value: object) -> list[float] | None:
    """``value`` as a dense vector, or None when it is another kind (sparse, multi-vector, absent).

    Both clients type a point's named vector as a union of every kind Qdrant has; the collection
    layout says which kind each name holds, and this checks it rather than assuming it.
    """
    if isinstance(value, list) and all(isinstance(x, float | int) for x in value):
        return [float(x) for x in value]
    return None


@dataclass(frozen=True)
class Query:
    """One search: the query's vectors, how to combine them, how many results and which points."""

    dense: list[float]
    sparse: SparseVector
    mode: SearchMode
    fusion: Fusion
    limit: int
    where: Where
    exact: bool = False
    """Score every point instead of walking the HNSW graph (the reference that recall is measured
    against; the same as the default until a collection is large enough to be indexed)."""


class Engine(Protocol):
    """One collection in one engine; every method is safe to call from several threads."""

    def exists(self) -> bool:
        """Whether the collection has been created."""
        ...

    def create(self, dimension: int) -> None:
        """Create the collection (dense vectors of ``dimension``) and its payload indexes."""
        ...

    def count(self) -> int:
        """Every stored point, visible or not."""
        ...

    def upsert(self, points: Sequence[StoredPoint]) -> None:
        """Write points, replacing those with the same ids."""
        ...

    def delete(self, where: Where) -> None:
        """Remove the points that match."""
        ...

    def set_payload(self, ids: Sequence[str], payload: dict[str, Any]) -> None:
        """Set payload fields of the given points."""
        ...

    def scroll(
        self, where: Where, fields: Sequence[str] | None, limit: int, offset: str | None
    ) -> tuple[list[Found], str | None]:
        """A page of matching points (payload ``fields`` only, or all when None) and the next offset."""
        ...

    def export(self, limit: int, offset: str | None) -> tuple[list[StoredPoint], str | None]:
        """A page of every point with both vectors and its payload, and the next offset."""
        ...

    def query(self, query: Query) -> list[Found]:
        """The best points for the query, with their dense vectors."""
        ...

    def drop(self) -> None:
        """Delete the collection and everything in it."""
        ...
