"""What an answer may not carry out of a turn: links and prompt text that its evidence does not hold.

A model that obeys a hostile document can echo the system prompt, or write a tracking link with the
user's question in it that a reader's browser or a later turn may follow. A URL that no source, tool
result or user message contains, and a sentence that repeats the system prompts' wording, came from
neither the evidence nor the user, so they are removed before the answer is published; so is a
sentence that speaks to an AI assistant, which a model may have copied from a hostile passage.
Hand-written: this is a comparison with the turn's own evidence, which no library knows.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from signalbox.graphs import prompts
from signalbox.graphs.addressed import addressed_to_assistant

_URL = re.compile(
    r"(?:\b[a-z][a-z0-9+.-]{1,15}://|\bwww\.)[^\s<>()\[\]{}\"'`]+"
    r"|\b\d{1,3}(?:\.\d{1,3}){3}(?::\d+)?/[^\s<>()\[\]{}\"'`]*",
    re.IGNORECASE,
)
_MARKDOWN_LINK = re.compile(r"(!?)\[([^\]\n]{0,300})\]\(\s*<?([^()\s<>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
_TRAILING = ".,;:!?。，；：！？"
_WORD = re.compile(r"\w+")
_SENTENCE = re.compile(r"(?<=[.!?。！？])\s+|\n+")
PROMPT_SPAN = 8
"""Words in a row shared with a system prompt that make a sentence an echo of it."""
# DIRECT_SYSTEM is left out: it describes the assistant, which is what "who are you?" should hear.
_PROMPTS = (
    prompts.ROUTER_SYSTEM,
    prompts.ANSWER_SYSTEM,
    prompts.FUNCTIONS_SYSTEM,
    prompts.GRADER_SYSTEM,
    prompts.JUDGE_SYSTEM,
    prompts.SUMMARY_SYSTEM,
)


def _spans(text: str, size: int = PROMPT_SPAN) -> set[tuple[str, ...]]:
    words = [word.lower() for word in _WORD.findall(text)]
    return {tuple(words[i : i + size]) for i in range(len(words) - size + 1)}


_PROMPT_SPANS = frozenset().union(*(_spans(prompt) for prompt in _PROMPTS))


@dataclass
class Scrubbed:
    """The answer without unsourced links and prompt echoes, and what was taken out."""

    text: str
    removed: list[str] = field(default_factory=list)


def _known(url: str, known_text: str) -> bool:
    return url.rstrip(_TRAILING) in known_text


def scrub_answer(answer: str, known: Iterable[str]) -> Scrubbed:
    """Remove links that none of the ``known`` texts holds and sentences that echo a system prompt."""
    known_text = "\n".join(known)
    removed: list[str] = []

    def link(match: re.Match[str]) -> str:
        image, label, url = match.groups()
        if _known(url, known_text):
            return match.group()
        removed.append(url)
        return "" if image else label

    def bare(match: re.Match[str]) -> str:
        url = match.group().rstrip(_TRAILING)
        if _known(url, known_text):
            return match.group()
        removed.append(url)
        return match.group()[len(url) :]

    text = _URL.sub(bare, _MARKDOWN_LINK.sub(link, answer))
    echoed = _prompt_echo_words(text, _spans(known_text))
    kept: list[str] = []
    last = 0
    for boundary in [*_SENTENCE.finditer(text), None]:
        end = boundary.start() if boundary else len(text)
        words = [start for start in echoed if last <= start < end]
        total = len(_WORD.findall(text[last:end]))
        if (words and len(words) * 2 >= total) or addressed_to_assistant(text[last:end]):
            removed.append(text[last:end].strip())
        else:
            kept.append(text[last:end] + (boundary.group() if boundary else ""))
        last = boundary.end() if boundary else last
    return Scrubbed(re.sub(r"[ \t]{2,}", " ", "".join(kept)).strip(), removed)


def _prompt_echo_words(text: str, allowed: set[tuple[str, ...]]) -> set[int]:
    """Start offsets of the words that lie in a run of ``PROMPT_SPAN`` words copied from a prompt.

    Runs are found over the whole answer, so a prompt line split across sentences is caught in
    each of its pieces.
    """
    matches = list(_WORD.finditer(text))
    words = [match.group().lower() for match in matches]
    echoed: set[int] = set()
    for i in range(len(words) - PROMPT_SPAN + 1):
        span = tuple(words[i : i + PROMPT_SPAN])
        if span in _PROMPT_SPANS and span not in allowed:
            echoed.update(match.start() for match in matches[i : i + PROMPT_SPAN])
    return echoed
