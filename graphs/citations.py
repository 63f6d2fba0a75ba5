"""Citation checking: every [n] must point at gathered evidence that supports its sentence.

Products in this field trust whatever ids a model emits; here a marker that points at nothing is
removed, and a sentence whose cited passage does not contain its terms counts as ungrounded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from signalbox.graphs.text import overlap

MARKER = re.compile(r"\[(\d{1,3})\]")
# A claim is the text since the previous citation group, up to and including its own markers.
_CLAIM = re.compile(r"(.+?)((?:\s*\[\d{1,3}\])+)", re.DOTALL)
MIN_SUPPORT = 0.6
SNIPPET_CHARS = 600


@dataclass
class CheckedAnswer:
    """The answer with unresolvable markers removed, the citations, and the verdict."""

    text: str
    citations: list[dict[str, Any]] = field(default_factory=list)
    grounded: bool = False
    unsupported: list[str] = field(default_factory=list)
    dropped_markers: list[int] = field(default_factory=list)
    claims: list[tuple[str, list[int]]] = field(default_factory=list)
    """Every cited sentence with the evidence numbers it cites."""


def _citation(n: int, item: dict[str, Any]) -> dict[str, Any]:
    return {
        "n": n,
        "kind": item["kind"],
        "source": item["source"],
        "page": item.get("page"),
        "title": item.get("title", ""),
        "heading": item.get("heading", ""),
        "url": item.get("url"),
        "text": item["text"][:SNIPPET_CHARS],
    }


def check_citations(answer: str, evidence: list[dict[str, Any]]) -> CheckedAnswer:
    """Resolve and verify the [n] markers of ``answer``; n is the evidence number shown in the steps.

    Numbers are kept as they are (not renumbered) so that [3] is the third passage the person saw
    retrieved.
    """
    by_number = {item["n"]: item for item in evidence}
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
        if not any(overlap(sentence, by_number[n]["text"]) >= MIN_SUPPORT for n in cited):
            unsupported.append(sentence)
    citations = [_citation(n, by_number[n]) for n in cited_order]
    return CheckedAnswer(
        text=text,
        citations=citations,
        grounded=bool(citations) and not unsupported,
        unsupported=unsupported,
        dropped_markers=dropped,
        claims=claims,
    )
