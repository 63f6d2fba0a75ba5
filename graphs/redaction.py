"""Secrets never leave in an event: every text that leaves a turn is scrubbed of this process's keys.

A server's error may quote the key back, whole or masked ("Incorrect API key provided: sk-ab***yz"),
and a hostile server may quote anything, in an error or in the answer itself. So the registered keys
are removed wherever they appear, whole, masked (a prefix and a suffix of the same key around ``***``
or ``...``) or as any fragment of ``FRAGMENT`` or more characters; anything shaped like a provider key
goes too. Hand-written: the secret scanners on PyPI look for key shapes, not for fragments of the
particular keys a process holds.
"""

from __future__ import annotations

import re
import threading

MASK = "[redacted]"
FRAGMENT = 6
"""The shortest piece of a registered key that is removed on its own."""
_KEY_SHAPED = re.compile(r"\b(?:sk|tvly|pk|rk|gsk|xai)-[\w\-*.]{3,}", re.IGNORECASE)
_MASKED = re.compile(r"([\w-]{2,16})(?:\*{2,}|\.{3}|…)([\w-]{2,16})")
_secrets: set[str] = set()
_grams: set[str] = set()
_lock = threading.Lock()


def register_secret(value: str | None) -> None:
    """Remember a key so that ``redact`` removes it; short values are ignored (they are not keys)."""
    if value and len(value) >= 8:
        with _lock:
            _secrets.add(value)
            _grams.update(value[i : i + FRAGMENT] for i in range(len(value) - FRAGMENT + 1))


def _looks_like_a_word(fragment: str) -> bool:
    """A fragment in one case of plain letters ("canary", "INJECT") is more likely prose than key.

    Random keys rarely hold six letters in one case in a row, while canary keys that people make up
    ("sk-test-canary-77") are full of words that must stay readable elsewhere.
    """
    core = fragment.strip("-_.")
    return len(core) < 12 and core.isalpha() and (core.islower() or core.isupper())


def secret_spans(text: str, *, key_shapes: bool = True) -> list[tuple[int, int]]:
    """Where registered keys (whole, masked or in pieces) and, optionally, key shapes are."""
    with _lock:
        secrets, grams = list(_secrets), frozenset(_grams)
    spans = [match.span() for match in _KEY_SHAPED.finditer(text)] if key_shapes else []
    for match in _MASKED.finditer(text):
        if any(_masks(secret, match.group(1), match.group(2)) for secret in secrets):
            spans.append(match.span())
    start, end = -1, -1
    for i in range(len(text) - FRAGMENT + 1):
        if text[i : i + FRAGMENT] in grams:
            if start < 0 or i > end:
                if start >= 0:
                    spans.append((start, end))
                start = i
            end = i + FRAGMENT
    if start >= 0:
        spans.append((start, end))
    return _merged([(a, b) for a, b in spans if not _is_word_fragment(text, a, b, grams)])


def _masks(secret: str, head: str, tail: str) -> bool:
    """Whether ``head***tail`` shows the start and the end of ``secret`` (words may precede it)."""
    starts = any(secret.startswith(head[k:]) for k in range(len(head) - 1))
    return starts and any(secret.endswith(tail[:k]) for k in range(2, len(tail) + 1))


def _is_word_fragment(text: str, start: int, end: int, grams: frozenset[str]) -> bool:
    """Only a fragment match (not a whole key shape) may be spared for looking like a word."""
    piece = text[start:end]
    return piece[:FRAGMENT] in grams and _looks_like_a_word(piece)


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def redact(text: str, *, key_shapes: bool = True) -> str:
    """The text without any registered secret or piece of one, and optionally key-shaped tokens.

    Key shapes are for error texts: in answers and passages "SK-200" or "pk-12" are product codes,
    and only the keys this process holds are secrets there.
    """
    pieces, last = [], 0
    for start, end in secret_spans(text, key_shapes=key_shapes):
        pieces += [text[last:start], MASK]
        last = end
    return "".join(pieces) + text[last:]


class StreamRedactor:
    """Redacts text that arrives in pieces (streamed tokens) without waiting for the whole of it.

    A key may be split across tokens, so the last characters are held back until the next piece
    shows whether they begin a secret; a match that reaches the held part is held whole. At most
    ``FRAGMENT - 1`` characters of a key can leave before the rest of it arrives.
    """

    def __init__(self) -> None:
        self._pending = ""

    def feed(self, piece: str) -> str:
        """The part of the text so far that is safe to show now."""
        self._pending += piece
        cut = max(0, len(self._pending) - (FRAGMENT - 1))
        for start, end in secret_spans(self._pending, key_shapes=False):
            if start < cut < end or end == len(self._pending):
                cut = min(cut, start)
        ready, self._pending = self._pending[:cut], self._pending[cut:]
        return redact(ready, key_shapes=False)

    def flush(self) -> str:
        """Whatever is still held, redacted, at the end of the stream."""
        ready, self._pending = self._pending, ""
        return redact(ready, key_shapes=False)
