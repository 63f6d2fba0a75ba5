"""Offline reranking: passages that hold the question's anchors come before those that do not.

The embedding model hardly tells "the 2019 final" from "the 2021 final", or OR-117 from OR-118, so
look-alike passages tie in hybrid search and the one about another year often ranks first; and the
question's names and years dominate its embedding, so passages that share them outrank the one that
says what was asked. Two searches therefore gather the candidates: the question itself, and the
question without its anchors (what it asks, about whatever year or item). Candidates that hold more
of the anchors (a year, a figure, an identifier, a name, a quoted title) come first; among those
that hold as many, one that names the asked item itself ("Rhea Renwick", not "Rhea Renwick Band")
comes first, then one that states a value of the kind asked (a figure for "how many", a date for
"when", a name for "who") comes before one that only talks about the subject; then reciprocal rank
fusion of the two searches orders them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from signalbox.graphs.decompose import sub_questions
from signalbox.graphs.question_shape import (
    ASKS_PEOPLE,
    SAYS_PEOPLE,
    anchors_in,
    answer_values,
    names_exactly,
    question_shape,
    without_anchors,
)
from signalbox.tools.knowledge import Hit

Search = Callable[[str, int], list[Hit]]
"""Top hits for a query: ``search(query, k)``."""

CANDIDATES_PER_HIT = 4
"""Candidates fetched per hit shown, from each search, when the question has anchors."""
RRF_K = 60
MIN_RELATION_CHARS = 8
"""A question that is nearly all anchors ("Nexaro Nova 5?") has no relation to search for."""


def retrieve(search: Search, question: str, k: int) -> list[Hit]:
    """The ``k`` best hits for ``question``: more anchors held first, then both searches fused.

    In a question of several parts each part's best hit is among them, in place of the last ones,
    so that the part that the whole question's wording favours less is not crowded out, and the
    order of the rest is kept.
    """
    top = _retrieve_one(search, question, k)
    extra: list[Hit] = []
    for part in sub_questions(question):
        # Its best of as many candidates as the whole question's: from a handful, the passage
        # that answers the part may not be among them.
        found = _retrieve_one(search, part, k)[:1]
        if found and all(hit.id != found[0].id for hit in [*top, *extra]):
            extra.append(found[0])
    return [*top[: max(k - len(extra), 1)], *extra][:k]


def _retrieve_one(search: Search, question: str, k: int) -> list[Hit]:
    shape = question_shape(question)
    if not shape.anchors:
        return search(question, k)
    rankings = [search(question, k * CANDIDATES_PER_HIT)]
    relation = without_anchors(question)
    if len(relation) >= MIN_RELATION_CHARS:
        rankings.append(search(relation, k * CANDIDATES_PER_HIT))
    return rerank(question, rankings, k)


def rerank(question: str, rankings: Sequence[Sequence[Hit]], k: int) -> list[Hit]:
    """The ``k`` best of the ranked lists: anchors held, then a value stated, then rank fusion.

    A hit found by several searches keeps the one the first search returned (its score and
    similarity are to the question as asked).
    """
    shape = question_shape(question)
    fused: dict[str, float] = {}
    first: dict[str, Hit] = {}
    for ranking in rankings:
        for rank, hit in enumerate(ranking):
            fused[hit.id] = fused.get(hit.id, 0.0) + 1.0 / (RRF_K + rank + 1)
            first.setdefault(hit.id, hit)

    def held(hit: Hit) -> float:
        return round(anchors_in(shape, f"{hit.title} {hit.heading} {hit.text}"), 2)

    def exactly(hit: Hit) -> float:
        return names_exactly(shape, hit.text)

    # A count of people is stated by a passage that counts some: a results table's figures are
    # no attendance. (A question of several parts may ask the count in one part only.)
    people = (
        shape.wants == "count"
        and ASKS_PEOPLE.search(question) is not None
        and not sub_questions(question)
    )

    def states(hit: Hit) -> bool:
        return bool(answer_values(shape, hit.text)) and not (
            people and SAYS_PEOPLE.search(hit.text) is None
        )

    def key(id_: str) -> tuple[float, float, int, float]:
        hit = first[id_]
        return (-held(hit), -exactly(hit), -states(hit), -fused[id_])

    order = sorted(first, key=key)
    return [first[id_] for id_ in order[:k]]
