"""Sentence splitting and lexical overlap, for extractive answers, grading and citation checks."""

from __future__ import annotations

import re

from signalbox.tools.knowledge.sparse import tokenize

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"'(\[])|(?<=[。！？；])|\n")
_LIST_MARK = re.compile(r"^\s*(?:[-*+•]|\d+[.)]|#+)\s+")
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
_ENDS_SENTENCE = re.compile(r"[.!?:;。！？：；)\"'”]$")
# A single line break inside a paragraph is layout (hard-wrapped text, PDF lines), not a sentence end.
_SOFT_BREAK = re.compile(r"(?<=[^\n.!?:;。！？：；])\n(?![\n\s]*(?:[-*+•#|]|\d+[.)]\s))")


def has_cjk(text: str) -> bool:
    """Contains Chinese (or other CJK ideographs)."""
    return bool(_CJK.search(text))


def is_heading(line: str) -> bool:
    """A short line without end punctuation: a title or a section name, not a statement."""
    return bool(line) and not _ENDS_SENTENCE.search(line) and len(line.split()) <= 8


def _unwrap(text: str) -> str:
    """Join hard-wrapped lines, keeping headings (short lines without end punctuation) apart."""
    lines = text.split("\n")
    joined: list[str] = []
    for line in lines:
        stripped = line.strip()
        previous = joined[-1].strip() if joined else ""
        if (
            joined
            and stripped
            and previous
            and not is_heading(previous)
            and _SOFT_BREAK.search(f"{previous}\n{stripped}")
        ):
            separator = "" if has_cjk(previous[-1:]) else " "
            joined[-1] = f"{joined[-1].rstrip()}{separator}{stripped}"
        else:
            joined.append(line)
    return "\n".join(joined)


def sentences(text: str) -> list[tuple[str, str]]:
    """(heading, sentence) pairs: sentences long enough to state a fact, with the nearest heading.

    Headings themselves are not returned as sentences; they give the sentences below them context
    ("Core hours" above "Everyone is reachable between 10:00 and 15:00").
    """
    found: list[tuple[str, str]] = []
    heading = ""
    header: list[str] = []
    lines = _unwrap(text).split("\n")
    for index, paragraph in enumerate(lines):
        if paragraph.lstrip().startswith("|"):
            cells = _cells(paragraph)
            following = lines[index + 1] if index + 1 < len(lines) else ""
            if _TABLE_RULE.match(following):
                header = cells
            elif cells and not _TABLE_RULE.match(paragraph):
                found.append((heading, table_record(header, cells)))
            continue
        header = []
        line = _LIST_MARK.sub("", paragraph).strip()
        if not line or set(line) <= set("|-: "):
            continue
        if is_heading(line) and not has_cjk(line):
            heading = line
            continue
        for raw in _SENTENCE_END.split(line):
            sentence = raw.strip()
            cjk = len(_CJK.findall(sentence))
            if cjk >= 6 or (not cjk and len(sentence.split()) >= 4):
                found.append((heading, sentence))
    return found


_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}")


def _cells(line: str) -> list[str]:
    inner = line.strip().removeprefix("|").removesuffix("|")
    return [cell.strip().replace("\\|", "|") for cell in re.split(r"(?<!\\)\|", inner)]


def table_record(header: list[str], cells: list[str]) -> str:
    """A table row as a statement a reader can check: "OR-117: capacity_kg 7500, depot Leeds".

    The row's first cell names it (a key, an id); every other cell is given with its column name,
    so the answer never has to be read off a header row that the reader does not see. It ends
    with a full stop: it is a statement, not a heading.
    """
    if not header or len(header) != len(cells):
        return " | ".join(cell for cell in cells if cell) + "."
    pairs = [f"{name} {value}" for name, value in zip(header[1:], cells[1:], strict=True) if value]
    return (f"{cells[0]}: " + ", ".join(pairs) if pairs else cells[0]) + "."


def overlap(query: str, passage: str) -> float:
    """Share of the query's distinct terms that the passage contains (0–1)."""
    wanted = set(tokenize(query, bigrams=False))
    if not wanted:
        return 0.0
    return len(wanted & set(tokenize(passage, bigrams=False))) / len(wanted)
