"""Answer overlap with a reference: token-F1 (SQuAD) and ROUGE-L, Chinese scored by characters.

Written out because the usual packages (rouge-score, evaluate) split on whitespace and drop CJK text,
and each score is a few lines.
"""

from __future__ import annotations

import re
from collections import Counter

from signalbox.tools.cjk import IDEOGRAPHS

# A CJK character is a token by itself; otherwise runs of letters and digits are.
_TOKEN = re.compile(f"[{IDEOGRAPHS}]|[^\\W_]+", re.UNICODE)
_CITATION = re.compile(r"\[\d+\]")
MAX_TOKENS = 2000
"""Longer texts are cut before scoring, so that the quadratic LCS stays bounded."""


def tokens(text: str) -> list[str]:
    """Lower-cased words and single CJK characters; citation markers are not words."""
    return [t.lower() for t in _TOKEN.findall(_CITATION.sub(" ", text))][:MAX_TOKENS]


def token_f1(prediction: str, reference: str) -> float:
    """Harmonic mean of token precision and recall (bags of tokens)."""
    predicted, expected = tokens(prediction), tokens(reference)
    common = sum((Counter(predicted) & Counter(expected)).values())
    if not common:
        return 0.0
    precision, recall = common / len(predicted), common / len(expected)
    return 2 * precision * recall / (precision + recall)


def _lcs(a: list[str], b: list[str]) -> int:
    previous = [0] * (len(b) + 1)
    for x in a:
        current = [0]
        for j, y in enumerate(b, start=1):
            current.append(previous[j - 1] + 1 if x == y else max(previous[j], current[j - 1]))
        previous = current
    return previous[-1]


def rouge_l(prediction: str, reference: str) -> float:
    """F-measure of the longest common subsequence of tokens."""
    predicted, expected = tokens(prediction), tokens(reference)
    common = _lcs(predicted, expected) if predicted and expected else 0
    if not common:
        return 0.0
    precision, recall = common / len(predicted), common / len(expected)
    return 2 * precision * recall / (precision + recall)
