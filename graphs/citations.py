"""Citation checking: every [n] must point at gathered evidence that supports its sentence.

Products in this field trust whatever ids a model emits; here a marker that points at nothing is
removed, and a sentence whose cited passage does not contain its terms counts as ungrounded.
Each citation also carries where, in its passage, the sentences that support each claim are, as
character offsets, so that every front end highlights the same span.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from signalbox.graphs.events import Citation, Evidence, Span
from signalbox.graphs.text import SENTENCE_BREAK, is_heading, overlap, table_record
from signalbox.tools.knowledge.sparse import tokenize

MARKER = re.compile(r"\[(\d{1,3})\]")
# A claim is the text since the previous citation group, up to and including its own markers.
_CLAIM = re.compile(r"(.+?)((?:\s*\[\d{1,3}\])+)", re.DOTALL)
MIN_SUPPORT = 0.6
MIN_SPAN_SHARE = 0.5
"""A span is highlighted when its sentences hold at least this share of the claim's terms."""
MAX_SPAN_SENTENCES = 3
# Sentence ends inside a paragraph (a line break is handled by the paragraph joining below).
_LINE = re.compile(r"[^\n]+")
_BLOCK_START = re.compile(r"\s*(?:[-*+•#|]|\d+[.)]\s)")
_LIST_MARK = re.compile(r"\s*(?:[-*+•]|\d+[.)]|#+)\s+")
_ENDS_SENTENCE = re.compile(r"[.!?:;。！？：；]\s*$")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}")


@dataclass
class CheckedAnswer:
    """The answer with unresolvable markers removed, the citations, and the verdict."""

    text: str
    citations: list[Citation] = field(default_factory=list)
    grounded: bool = False
    unsupported: list[str] = field(default_factory=list)
    dropped_markers: list[int] = field(default_factory=list)
    claims: list[tuple[str, list[int]]] = field(default_factory=list)
    """Every cited sentence with the evidence numbers it cites."""


@dataclass(frozen=True)
class Segment:
    """A sentence or a table row of a passage: where it is, and what it states."""

    start: int
    end: int
    reading: str
    """The text its terms are counted in: the sentence, or a table row with its column names."""


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """Line ranges, with hard-wrapped lines (PDF layout, wrapped text) joined into one range."""
    ranges: list[tuple[int, int]] = []
    for match in _LINE.finditer(text):
        line = match.group()
        if not line.strip():
            continue
        if ranges and text[ranges[-1][1] : match.start()] == "\n":
            previous = text[ranges[-1][0] : ranges[-1][1]]
            last_line = previous.rsplit("\n", 1)[-1].strip()
            if not (
                _ENDS_SENTENCE.search(previous)
                or is_heading(last_line)
                or _BLOCK_START.match(previous)
                or _BLOCK_START.match(line)
            ):
                ranges[-1] = (ranges[-1][0], match.end())
                continue
        ranges.append(match.span())
    return ranges


def _cells(row: str) -> list[str]:
    inner = row.strip().removeprefix("|").removesuffix("|")
    return [cell.strip().replace("\\|", "|") for cell in re.split(r"(?<!\\)\|", inner)]


def segments(text: str) -> list[Segment]:
    """The sentences and table rows of ``text``, each with its character offsets.

    Table rows are read with their header, as the offline answers state them ("NW-1007: depot
    Leeds"), so a claim about a row finds the row, not the header that names the same columns.
    """
    found: list[Segment] = []
    header: list[str] = []
    paragraphs = _paragraphs(text)
    for index, (start, end) in enumerate(paragraphs):
        paragraph = text[start:end]
        if paragraph.lstrip().startswith("|"):
            following = paragraphs[index + 1] if index + 1 < len(paragraphs) else (end, end)
            if _TABLE_RULE.match(text[following[0] : following[1]]):
                header = _cells(paragraph)
            elif not _TABLE_RULE.match(paragraph):
                found.append(Segment(start, end, table_record(header, _cells(paragraph))))
            continue
        header = []
        piece_start = start
        for cut in [*SENTENCE_BREAK.finditer(paragraph), None]:
            piece_end = start + cut.start() if cut else end
            piece = text[piece_start:piece_end]
            mark = _LIST_MARK.match(piece)
            lead = mark.end() if mark else len(piece) - len(piece.lstrip())
            if piece.strip():
                trimmed_end = piece_start + len(piece.rstrip())
                found.append(Segment(piece_start + lead, trimmed_end, piece[lead:]))
            piece_start = start + cut.end() if cut else end
    return found


def supporting_span(claim: str, passage: str) -> tuple[int, int] | None:
    """Offsets of the consecutive sentences of ``passage`` that best hold ``claim``'s terms.

    Up to three sentences, when one does not hold them all (a claim may merge two); None when no
    window holds at least half of the terms, so that nothing unrelated is highlighted as support.
    """
    wanted = set(tokenize(claim, bigrams=False))
    if not wanted:
        return None
    pieces = segments(passage)
    terms = [set(tokenize(piece.reading, bigrams=False)) & wanted for piece in pieces]
    windows: list[tuple[int, int, int]] = []  # (terms held, first, last)
    for first in range(len(pieces)):
        held: set[str] = set()
        for last in range(first, min(first + MAX_SPAN_SENTENCES, len(pieces))):
            if last > first and not terms[last] - held:
                break
            held |= terms[last]
            windows.append((len(held), first, last))
    if not windows:
        return None
    # One sentence that holds the claim is the answer; more are joined only when none does.
    singles = [window for window in windows if window[1] == window[2]]
    count, first, last = max(singles, key=lambda window: (window[0], -window[1]))
    if count < MIN_SUPPORT * len(wanted):
        count, first, last = max(windows, key=lambda w: (w[0], w[1] - w[2], -w[1]))
    if count < MIN_SPAN_SHARE * len(wanted):
        return None
    return pieces[first].start, pieces[last].end


def _citation(n: int, item: Evidence, claims: list[tuple[str, list[int]]]) -> Citation:
    spans = [
        Span(start=span[0], end=span[1], claim=sentence)
        for sentence, cited in claims
        if n in cited and (span := supporting_span(sentence, item.text))
    ]
    return Citation(n=n, spans=spans, **item.source_fields())


def check_citations(answer: str, evidence: list[Evidence]) -> CheckedAnswer:
    """Resolve and verify the [n] markers of ``answer``; n is the evidence number shown in the steps.

    Numbers are kept as they are (not renumbered) so that [3] is the third passage the person saw
    retrieved.
    """
    by_number = {item.n: item for item in evidence}
    cited_order: list[int] = []
    dropped: list[int] = []

    def resolve(match: re.Match[str]) -> str:
        n = int(match.group(1))
        if n not in by_number:
            dropped.append(n)
            return ""
        if n not in cited_order:
            cited_order.append(n)
        return match.group()

    text = MARKER.sub(resolve, answer)
    if dropped:
        text = re.sub(r"[ \t]+(?=[.,;!?。，；！？]|$)", "", text)
    unsupported = []
    claims = []
    for claim, markers in _CLAIM.findall(text):
        cited = [int(n) for n in MARKER.findall(markers)]
        sentence = claim.strip(" \t\n.,;:!?。，；：！？")
        if not sentence:
            continue
        claims.append((sentence, cited))
        if not any(overlap(sentence, by_number[n].text) >= MIN_SUPPORT for n in cited):
            unsupported.append(sentence)
    citations = [_citation(n, by_number[n], claims) for n in cited_order]
    return CheckedAnswer(
        text=text,
        citations=citations,
        grounded=bool(citations) and not unsupported,
        unsupported=unsupported,
        dropped_markers=dropped,
        claims=claims,
    )
