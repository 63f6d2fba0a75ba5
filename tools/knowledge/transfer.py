"""Moving an index between engines without embedding anything again.

The embedded engine and a Qdrant server keep the same layout (``engine.py``), so a user who outgrows
one machine copies the points, vectors and payload as they are, in batches, to a server collection
(and back, or between folders). Point ids are derived from content, so a copy that is interrupted is
simply run again.
"""

from __future__ import annotations

from collections.abc import Callable

from signalbox.tools.knowledge.store import KnowledgeBase

BATCH = 256


def copy_index(
    source: KnowledgeBase,
    target: KnowledgeBase,
    on_progress: Callable[[int, int], None] | None = None,
) -> int:
    """Copy every point of ``source`` into ``target``; returns how many were copied.

    ``on_progress`` receives (points copied, points in the source). Both must use the same
    embedding model: the target is created with the source's dimension, or must already have it.
    """
    total = source.count()
    copied = 0
    offset: str | None = None
    while total:
        points, offset = source.engine.export(BATCH, offset)
        if points:
            target.ensure_collection(len(points[0].dense))
            target.engine.upsert(points)
            copied += len(points)
        if on_progress is not None:
            on_progress(copied, total)
        if offset is None:
            break
    return copied
