"""Which row of a table a superlative question asks for: "Which region had the highest share ...?".

The rows of a table fit such a question alike (each names a region and a share); the one that answers
holds the largest figure in the column the question names, which no similarity measure sees. Rows
are read as the records the loaders write them as: "Ashmoor: Gardens taking part 2,310, Share with
hedgehogs 52%.". Written by hand: no library reads a superlative against a table's column.
"""

from __future__ import annotations

import re

from signalbox.tools.knowledge.sparse import tokenize

_MOST = re.compile(r"\b(?:highest|largest|biggest|greatest|most|longest|heaviest)\b", re.I)
_LEAST = re.compile(r"\b(?:lowest|smallest|fewest|least|shortest|lightest)\b", re.I)
_CELL = re.compile(
    r"(?P<label>[A-Za-z][^,:;|]*?)\s+[£$€]?(?P<figure>-?\d[\d,]*(?:\.\d+)?)\s*(?:%|[A-Za-z]{0,3})?"
    r"\s*(?:,|\.?$)"
)
MIN_ROWS = 3
"""Fewer rows than this are two records, not a table to pick the largest from."""
SUMMARY_ROWS = frozenset({"total", "all", "overall", "combined", "grand total", "sum"})
"""Keys of a row that sums up the others ("Total", "Overall")."""
# A row that gathers many ("Total", "Other varieties (16)", "All others") holds no one item's figure:
# "Which variety has the most trees?" is not answered by sixteen varieties counted together.
_GATHERS_MANY = SUMMARY_ROWS | {"other", "others", "rest", "remaining", "misc", "miscellaneous"}


def _key_words(row: str) -> set[str]:
    """The words of a row's key, as written ("Open loaf (overall): ..." gives open, loaf, overall)."""
    return set(re.findall(r"[a-z]+", row.split(":", 1)[0].lower()))


def sums_up(row: str) -> bool:
    """Whether a row's key names the whole ("Overall", "Open loaf (overall)", "Total")."""
    return bool(_key_words(row) & SUMMARY_ROWS)


def _cells(row: str) -> dict[frozenset[str], float]:
    """The row's figures by the terms of their column's name, past its key ("Ashmoor: ...")."""
    _, _, record = row.partition(":")
    return {
        frozenset(tokenize(cell["label"], bigrams=False)): float(cell["figure"].replace(",", ""))
        for cell in _CELL.finditer(record.strip())
    }


def extreme_row(question: str, rows: list[str]) -> int | None:
    """The index of the row a superlative question asks for, or None when it asks for none.

    The column is the one whose name shares the most terms with the question ("Share with
    hedgehogs" of "the highest share of gardens with hedgehogs"), and only one may share the most.
    """
    most, least = _MOST.search(question), _LEAST.search(question)
    if bool(most) == bool(least) or len(rows) < MIN_ROWS:
        return None
    asked = frozenset(tokenize(question, bigrams=False))
    cells = [_cells(row) for row in rows]
    labels = {label for row in cells for label in row}
    overlap = {label: len(label & asked) for label in labels}
    best = max(overlap.values(), default=0)
    chosen = [label for label, shared in overlap.items() if shared == best]
    if best == 0 or len(chosen) != 1:
        return None
    figures = {
        i: row[chosen[0]]
        for i, row in enumerate(cells)
        if chosen[0] in row and not _key_words(rows[i]) & _GATHERS_MANY
    }
    if len(figures) < MIN_ROWS:
        return None
    return (max if most else min)(figures, key=figures.__getitem__)
