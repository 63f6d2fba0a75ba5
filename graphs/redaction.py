"""Secrets never leave in an event: error texts are scrubbed of the keys this process was given.

A server's error may quote the key back, whole or masked ("Incorrect API key provided: sk-ab***yz"),
and a hostile server may quote anything. So the registered keys are removed wherever they appear, and
so is anything shaped like a provider key, masked or not.
"""

from __future__ import annotations

import re
import threading

MASK = "[redacted]"
_KEY_SHAPED = re.compile(r"\b(?:sk|tvly|pk|rk|gsk|xai)-[\w\-*.]{3,}", re.IGNORECASE)
_secrets: set[str] = set()
_lock = threading.Lock()


def register_secret(value: str | None) -> None:
    """Remember a key so that ``redact`` removes it; short values are ignored (they are not keys)."""
    if value and len(value) >= 8:
        with _lock:
            _secrets.add(value)


def redact(text: str) -> str:
    """The text without any registered secret or key-shaped token."""
    with _lock:
        secrets = sorted(_secrets, key=len, reverse=True)
    for secret in secrets:
        text = text.replace(secret, MASK)
    return _KEY_SHAPED.sub(MASK, text)
