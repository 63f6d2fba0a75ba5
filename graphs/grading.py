"""Offline relevance grading: decide whether a retrieved passage is about the question at all.

Dense similarity is trusted for English only (all-MiniLM-L6-v2 barely reads Chinese); lexical overlap
counts in every language.
"""

from __future__ import annotations

from dataclasses import dataclass

from signalbox.graphs.decompose import sub_questions
from signalbox.graphs.text import overlap
from signalbox.tools.cjk import has_cjk

MIN_SIMILARITY = 0.45
MIN_OVERLAP = 0.5
# Weaker evidence of both kinds together also counts.
SUPPORTING_SIMILARITY = 0.3
SUPPORTING_OVERLAP = 0.4


@dataclass(frozen=True)
class Grade:
    """Why a passage was kept or dropped."""

    relevant: bool
    similarity: float
    overlap: float


def grade(question: str, passage: str, similarity: float) -> Grade:
    """Keep a passage that is close in meaning or shares most of the question's terms.

    In a question of several parts, most of one part's terms are enough: a passage about Macau
    lacks "Hong Kong".
    """
    lexical = max(overlap(asked, passage) for asked in (question, *sub_questions(question)))
    if has_cjk(question):
        relevant = lexical >= MIN_OVERLAP
    else:
        relevant = (
            similarity >= MIN_SIMILARITY
            or lexical >= MIN_OVERLAP
            or (similarity >= SUPPORTING_SIMILARITY and lexical >= SUPPORTING_OVERLAP)
        )
    return Grade(relevant, round(similarity, 3), round(lexical, 3))
