"""The passages of an RGB set as one file each, deduplicated, with each file's role per question.

RGB repeats passages across questions, and a passage that answers one question is a distractor for
another, so a role belongs to a (file, question) pair. File names carry no role and no digits: the
name becomes the document title that the embedding model and the rerankers see, and "pos" or a
number there would be a clue no real collection gives.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from signalbox.agents.evaluation.rgb import RgbCase

Role = Literal["positive", "wrong", "negative"]
_PRIORITY: dict[Role, int] = {"positive": 0, "wrong": 1, "negative": 2}
_LETTERS = "bcdfghjklmnpqrstvwxz"
"""Consonants only, so that no name spells a word a question might contain."""
NAME_LENGTH = 4


def passage_name(index: int) -> str:
    """``passage-bbbb.txt``, ``passage-bbbc.txt``, ...: unique for 160,000 passages."""
    letters = []
    for _ in range(NAME_LENGTH):
        index, digit = divmod(index, len(_LETTERS))
        letters.append(_LETTERS[digit])
    if index:
        raise ValueError("too many passages for the naming scheme")
    return f"passage-{''.join(reversed(letters))}.txt"


@dataclass
class PassageSet:
    """File name to text, and file name to the role it plays for each question."""

    texts: dict[str, str] = field(default_factory=dict)
    roles: dict[str, dict[str, Role]] = field(default_factory=dict)

    @classmethod
    def from_cases(cls, cases: Iterable[RgbCase]) -> PassageSet:
        """One file per distinct text.

        Where a text has two roles for one question, the answering one wins: positive, then
        wrong, then negative.
        """
        passages = cls()
        by_text: dict[str, str] = {}
        for case in cases:
            groups: tuple[tuple[Role, list[str]], ...] = (
                ("positive", case.positive),
                ("wrong", case.positive_wrong),
                ("negative", case.negative),
            )
            for role, texts in groups:
                for text in texts:
                    key = text.strip()
                    if not key:
                        continue
                    name = by_text.setdefault(key, passage_name(len(by_text)))
                    passages.texts[name] = key
                    held = passages.roles.setdefault(name, {}).get(case.id)
                    if held is None or _PRIORITY[role] < _PRIORITY[held]:
                        passages.roles[name][case.id] = role
        return passages

    def role(self, source: str, case_id: str) -> Role | None:
        """What the file is to the question; None for a file that is no passage of it."""
        return self.roles.get(source, {}).get(case_id)

    def sources(self, case_id: str, *roles: Role) -> set[str]:
        """The files that play any of these roles for the question."""
        return {name for name, held in self.roles.items() if held.get(case_id) in roles}

    def count(self, role: Role) -> int:
        """How many files play this role for at least one question."""
        return sum(role in held.values() for held in self.roles.values())

    def write(self, folder: Path) -> None:
        """Write every passage; other ``passage-*.txt`` files (an earlier selection) go."""
        folder.mkdir(parents=True, exist_ok=True)
        for stale in folder.glob("passage-*.txt"):
            if stale.name not in self.texts:
                stale.unlink()
        for name, text in self.texts.items():
            path, data = folder / name, text.encode("utf-8")
            if not path.exists() or path.read_bytes() != data:
                path.write_bytes(data)
