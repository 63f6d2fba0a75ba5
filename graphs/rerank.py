"""Offline reranking: passages that hold the question's anchors come before those that do not.

The embedding model hardly tells "the 2019 final" from "the 2021 final", or OR-117 from OR-118, so
look-alike passages tie in hybrid search and the one about another year often ranks first. A
passage that holds every anchor of the question (a year, a figure, an identifier, a quoted title)
is moved ahead of one that misses some; within each group the fused order stands. More candidates
than are shown are fetched, so a passage that holds the anchors can rise into view.
"""

from __future__ import annotations

from collections.abc import Sequence

from signalbox.graphs.question_shape import anchors_in, question_shape
from signalbox.tools.knowledge import Hit

CANDIDATES_PER_HIT = 2
"""Candidates fetched per hit shown, when the question has anchors to rerank by."""


def candidates_for(question: str, k: int) -> int:
    """How many hits to fetch for ``k`` shown: more only when there is something to rerank by."""
    return k * CANDIDATES_PER_HIT if question_shape(question).anchors else k


def rerank(question: str, hits: Sequence[Hit], k: int) -> list[Hit]:
    """The ``k`` best hits, those holding all the question's anchors first (stable otherwise)."""
    shape = question_shape(question)
    if not shape.anchors:
        return list(hits[:k])
    held = [anchors_in(shape, f"{hit.title} {hit.heading} {hit.text}") == 1.0 for hit in hits]
    order = sorted(range(len(hits)), key=lambda i: not held[i])
    return [hits[i] for i in order[:k]]
