"""Chinese characters (CJK ideographs), defined once for every layer that treats Chinese differently.

The index splits Chinese with jieba and bigrams, the splitter counts it as denser text, fusion and the
router trust the embedding model less on it, and extractive answers join it without spaces; all of them
ask one question, "is this an ideograph?", and must get the same answer.
"""

from __future__ import annotations

import re

# The ideograph blocks: Extension A, the Unified Ideographs, the Compatibility Ideographs, and the
# supplementary planes 2 and 3 (Extensions B to H and the compatibility supplement), which Unicode
# reserves for ideographs. Kana, Hangul and CJK punctuation are not ideographs and are not included.
# Written as the body of a regular-expression character class, so that other patterns can embed it.
IDEOGRAPHS = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003ffff"

_IDEOGRAPH = re.compile(f"[{IDEOGRAPHS}]")


def has_cjk(text: str) -> bool:
    """Contains at least one CJK ideograph: the text is (partly) Chinese."""
    return bool(_IDEOGRAPH.search(text))


def count_cjk(text: str) -> int:
    """How many CJK ideographs the text holds."""
    return len(_IDEOGRAPH.findall(text))
