"""RGB's answer checks: the answer holds every required part, says "no answer", or flags an error.

RGB tests whether the gold string occurs in the answer, lower-cased. Two light corrections keep
that honest: numbers are compared without thousands separators ("1,000" is "1000"), and a number
must stand alone, since RGB's plain substring test counts "170" as containing "70" and "12.3%" as
containing "2.3%", exactly the fake answers of its counterfactual set. Chinese is compared without
whitespace, as web text spaces it at random.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache

from signalbox.agents.events import AnswerEvent
from signalbox.tools.cjk import has_cjk

ABSTENTION_SIGNALS = (
    "信息不足",
    "无法根据",
    "insufficient information",
    "do not answer",
    "does not answer",
    "don't know",
)
"""Wordings that say the documents do not answer: RGB's, and this assistant's own. A fallback
for answers written before the answer event carried ``abstained``."""
CONFLICT_SIGNALS = ("事实性错误", "factual error", "disagree")
"""Wordings that flag contradicting sources (RGB's); the fallback for ``conflict``."""

_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")
_SPACE = re.compile(r"\s+")


def normalise(text: str, *, drop_spaces: bool = False) -> str:
    """Comparable text: width-folded (NFKC), lower-cased, plain apostrophes, no thousands commas."""
    text = unicodedata.normalize("NFKC", text).lower().replace("\u2019", "'")
    text = _THOUSANDS.sub("", text)
    return _SPACE.sub("", text) if drop_spaces else _SPACE.sub(" ", text).strip()


@lru_cache(maxsize=4096)
def _pattern(accepted: str) -> re.Pattern[str]:
    """The accepted string, kept from matching inside a longer number."""
    core = normalise(accepted, drop_spaces=has_cjk(accepted))
    before = r"(?<!\d)(?<!\d[.,])" if core[:1].isdigit() else ""
    after = r"(?!\d)(?![.,]\d)" if core[-1:].isdigit() else ""
    return re.compile(before + re.escape(core) + after)


def contains(text: str, accepted: str) -> bool:
    """Whether the text says this accepted string."""
    if not accepted.strip():
        return False
    return bool(_pattern(accepted).search(normalise(text, drop_spaces=has_cjk(accepted))))


def holds_answer(text: str, parts: Sequence[Sequence[str]]) -> bool:
    """Every required part is in the text, each through any of its accepted strings."""
    return bool(parts) and all(any(contains(text, a) for a in part) for part in parts)


def _says(text: str, signals: Sequence[str]) -> bool:
    folded = normalise(text)
    return any(signal in folded for signal in signals)


def abstains(answer: AnswerEvent) -> bool:
    """The answer declines: flagged by the graph, or worded so."""
    return answer.abstained or _says(answer.text, ABSTENTION_SIGNALS)


def flags_conflict(answer: AnswerEvent) -> bool:
    """The answer says the sources disagree: flagged by the graph, or worded so."""
    return answer.conflict or _says(answer.text, CONFLICT_SIGNALS)
