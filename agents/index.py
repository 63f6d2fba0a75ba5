"""Looking after the index: how big it is, its HNSW graph, and moving it to a Qdrant server.

Front ends reach these through ``Assistant`` (``index_status``, ``build_index``, ``copy_index``);
the types and errors are defined here so that ``app/`` needs nothing from ``signalbox.tools``.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from qdrant_client.http.exceptions import ApiException, UnexpectedResponse

from signalbox.tools.knowledge import IndexLocation, IndexUnavailableError, KnowledgeBase
from signalbox.tools.knowledge.transfer import copy_index


@dataclass(frozen=True)
class IndexStatus:
    """How big the index is and how much of it the HNSW graph covers."""

    engine: Literal["qdrant-edge", "qdrant-server"]
    where: str
    """The local folder or the server's URL (never an API key)."""
    collection: str
    points: int
    """Every stored chunk, those of a file still being written included."""
    indexed_vectors: int | None
    """The engine's own count: each chunk's sparse vector (always indexed; a chunk without any
    searchable term has none) plus the dense vectors in the HNSW graph. None on a server, whose
    dashboard and API report it; likewise ``segments`` and ``disk_bytes``."""
    segments: int | None
    disk_bytes: int | None

    @property
    def hnsw_vectors(self) -> int:
        """Dense vectors in the HNSW graph: 0 until it is built, ``points`` once it covers all.

        Derived from ``indexed_vectors`` (qdrant-edge-py 0.9.0 reports no per-vector count), so it
        undercounts by the chunks that have no sparse terms, which are rare.
        """
        return max((self.indexed_vectors or 0) - self.points, 0)


@dataclass(frozen=True)
class IndexBuild:
    """What ``Assistant.build_index`` did."""

    changed: bool
    """False when there was nothing to do: an empty index, a graph already built, or a server."""
    seconds: float
    status: IndexStatus
    """The index after the build."""


class IndexCopyError(RuntimeError):
    """The copy could not start or stopped; the message says why and never holds the API key."""


class NoEmbeddedIndex(IndexCopyError):
    """Nothing to copy: the index is already on a server (QDRANT_URL), or it is empty."""


class ServerUnavailable(IndexCopyError):
    """The server could not be reached, or refused the request (a missing or wrong API key)."""


class TargetNotEmpty(IndexCopyError):
    """The target collection already holds points; copying into it needs ``resume=True``."""


def index_status(knowledge: KnowledgeBase) -> IndexStatus:
    """Points, indexed vectors, segments and disk size (the last three on the embedded engine only)."""
    where, collection = knowledge.location.describe(), knowledge.collection
    if knowledge.location.url:
        return IndexStatus("qdrant-server", where, collection, knowledge.count(), None, None, None)
    shard = knowledge.index_status()
    if shard is None:  # nothing ingested yet: the shard is created with the first file
        return IndexStatus("qdrant-edge", where, collection, 0, 0, 0, 0)
    return IndexStatus(
        "qdrant-edge",
        where,
        collection,
        shard.points,
        shard.indexed_vectors,
        shard.segments,
        shard.disk_bytes,
    )


def build_index(knowledge: KnowledgeBase) -> IndexBuild:
    """Build the embedded index's HNSW graph, timed (see ``KnowledgeBase.build_index``)."""
    started = time.perf_counter()
    changed = knowledge.build_index()
    return IndexBuild(changed, time.perf_counter() - started, index_status(knowledge))


def copy_to_server(
    source: KnowledgeBase,
    url: str,
    *,
    api_key: str | None,
    collection: str,
    resume: bool,
    on_progress: Callable[[int, int], None] | None,
) -> int:
    """Copy every point of the embedded index to a server collection; how many were copied.

    A collection that already holds points is refused unless ``resume``: it may be another
    knowledge base. Resuming an interrupted copy rewrites the points already there (their ids
    derive from content), so nothing is duplicated.
    """
    if source.location.url:
        raise NoEmbeddedIndex(
            f"The index is already on a Qdrant server ({source.location.describe()}); unset "
            "QDRANT_URL to copy a local index folder."
        )
    total = source.count()
    if total == 0:
        raise NoEmbeddedIndex(
            f"The index in {source.location.describe()} is empty: nothing to copy."
        )
    target = KnowledgeBase(IndexLocation(url=url, api_key=api_key), source.embeddings, collection)
    try:
        held = target.count()
    except (ApiException, ValueError, IndexUnavailableError) as exc:
        raise ServerUnavailable(
            f"Cannot use the Qdrant server at {url}: {_reason(exc, api_key)}"
        ) from None
    if held and not resume:
        raise TargetNotEmpty(f"Collection {collection!r} on {url} already holds {held:,} points.")
    try:
        return copy_index(source, target, on_progress)
    except (ApiException, ValueError, IndexUnavailableError) as exc:
        raise IndexCopyError(
            f"The copy to {url} stopped: {_reason(exc, api_key)}. Points already copied stay; "
            "copying again with resume finishes the job."
        ) from None


def _reason(exc: Exception, api_key: str | None) -> str:
    """Why a request to the server failed, in words, with the API key blanked out wherever it shows."""
    if isinstance(exc, UnexpectedResponse):
        reason = f"HTTP {exc.status_code} {exc.reason_phrase}"
        if exc.status_code in (401, 403):
            reason += " (the API key is missing or wrong)"
        elif detail := exc.content.decode("utf-8", "replace").strip():
            reason += f": {detail[:300]}"
    else:
        reason = str(exc) or type(exc).__name__
    return reason.replace(api_key, "***") if api_key else reason
