"""The eval dataset: one JSON object a line, a question and whatever is known about its answer."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field, ValidationError


class DatasetError(ValueError):
    """The dataset cannot be read; the message names the file and line."""


class EvalCase(BaseModel):
    """One question; every expectation is optional and only scores what it is given."""

    model_config = {"extra": "forbid"}

    id: str = ""
    question: str = Field(min_length=1)
    route: Literal["knowledge", "web", "functions", "direct"] | None = None
    """The route a good router takes."""
    answer: str | None = None
    """A reference answer, for token-F1 and ROUGE-L."""
    sources: list[str] = Field(default_factory=list)
    """Gold sources: file names (``expense-policy.md``) or URLs that hold the answer."""


def load_dataset(path: Path) -> list[EvalCase]:
    """Read and validate every line; blank lines and ``#`` comments are skipped."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise DatasetError(f"{path}: cannot read the dataset ({exc})") from None
    cases = []
    for number, line in enumerate(lines, start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        try:
            case = EvalCase.model_validate(json.loads(line))
        except (json.JSONDecodeError, ValidationError) as exc:
            first = str(exc).splitlines()[0] if isinstance(exc, json.JSONDecodeError) else exc
            raise DatasetError(f"{path}:{number}: {first}") from None
        cases.append(case if case.id else case.model_copy(update={"id": str(number)}))
    if not cases:
        raise DatasetError(f"{path}: no questions in the dataset")
    return cases
