"""RGB-shaped datasets (Chen et al., 2023): each question with the passages that answer it and not.

A line holds ``query``, ``answer``, ``positive`` and ``negative``; counterfactual ("fact") sets add
``positive_wrong`` (the positives rewritten to state ``fakeanswer``), and integration ("int") sets
group the positives by the part of the answer they hold. ``answer`` is one string, or a list of
required parts, each a string or a list of accepted strings: RGB's own reading, kept as is.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, Field

from signalbox.agents.evaluation.dataset import DatasetError

Flavour = Literal["plain", "int", "fact"]
DatasetFormat = Literal["questions", "rgb"]
Answer = list[list[str]]
"""Required parts, each a list of accepted strings."""


class RgbCase(BaseModel):
    """One question with its passages, the answer normalised to parts of accepted strings."""

    id: str
    query: str = Field(min_length=1)
    answer: Answer
    positive: list[str]
    negative: list[str] = Field(default_factory=list)
    positive_wrong: list[str] = Field(default_factory=list)
    fake_answer: Answer = Field(default_factory=list)
    flavour: Flavour = "plain"


def answer_parts(value: Any) -> Answer:
    """RGB's answer shapes as parts: ``"70"``, ``["a", "b"]`` (both required), ``[["a", "A"]]``."""
    if isinstance(value, str):
        return [[value]]
    if not isinstance(value, list) or not value:
        raise ValueError("answer must be a string or a non-empty list")
    parts = []
    for part in value:
        accepted = [part] if isinstance(part, str) else part
        if not isinstance(accepted, list) or not accepted:
            raise ValueError("each part of answer must be a string or a non-empty list of strings")
        if not all(isinstance(item, str) and item.strip() for item in accepted):
            raise ValueError("accepted answers must be non-empty strings")
        parts.append(accepted)
    return parts


def _flatten(value: Any, field: str) -> list[str]:
    """Passages as one list; integration sets nest them by answer part."""
    if not isinstance(value, list):
        raise ValueError(f"{field} must be a list of passages")
    passages = []
    for item in value:
        if isinstance(item, list):
            passages += _flatten(item, field)
        elif isinstance(item, str):
            passages.append(item)
        else:
            raise ValueError(f"{field} must hold strings")
    return passages


def is_rgb_record(record: Any) -> bool:
    """An RGB line names its question ``query`` and carries its ``positive`` passages."""
    return isinstance(record, dict) and "query" in record and "positive" in record


def parse_record(record: dict[str, Any], line: int) -> RgbCase:
    """One RGB line as a case; the flavour follows from the fields, as the RGB files have them."""
    if not is_rgb_record(record):
        raise ValueError("an RGB line needs query, answer and positive")
    positive = record["positive"]
    wrong = "positive_wrong" in record
    nested = isinstance(positive, list) and any(isinstance(item, list) for item in positive)
    return RgbCase(
        id=str(record.get("id", line)),
        query=record["query"],
        answer=answer_parts(record.get("answer")),
        positive=_flatten(positive, "positive"),
        negative=_flatten(record.get("negative", []), "negative"),
        positive_wrong=_flatten(record.get("positive_wrong", []), "positive_wrong"),
        fake_answer=answer_parts(record["fakeanswer"]) if "fakeanswer" in record else [],
        flavour="fact" if wrong else "int" if nested else "plain",
    )


def _records(path: Path) -> list[tuple[int, Any]]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise DatasetError(f"{path}: cannot read the dataset ({exc})") from None
    records = []
    for number, line in enumerate(lines, start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        try:
            records.append((number, json.loads(line)))
        except json.JSONDecodeError as exc:
            raise DatasetError(f"{path}:{number}: {exc}") from None
    return records


def detect_format(path: Path) -> DatasetFormat:
    """RGB when the first record looks like RGB's, else the question format."""
    records = _records(path)
    return "rgb" if records and is_rgb_record(records[0][1]) else "questions"


def load_rgb(path: Path) -> list[RgbCase]:
    """Every line of an RGB file, validated; errors name the file and line."""
    cases: dict[str, RgbCase] = {}
    for number, record in _records(path):
        try:
            case = parse_record(record, number)
        except ValueError as exc:  # pydantic's ValidationError is a ValueError too
            raise DatasetError(f"{path}:{number}: {exc}") from None
        if case.id in cases:
            raise DatasetError(f"{path}:{number}: id {case.id!r} is used twice")
        cases[case.id] = case
    if not cases:
        raise DatasetError(f"{path}: no questions in the dataset")
    return list(cases.values())


def select(
    cases: list[RgbCase],
    *,
    sample_every: int = 1,
    sample_offset: int = 0,
    limit: int | None = None,
    max_negatives: int | None = None,
) -> list[RgbCase]:
    """Every k-th question from the ``sample_offset``-th, at most ``limit``, first negatives only.

    Embedding every passage is most of a run's cost, so these keep a run within minutes; RGB itself
    takes the first negatives when it needs fewer. Another offset is a second sample of the same
    set, to check on questions that a change was not tuned on.
    """
    chosen = cases[sample_offset::sample_every][:limit]
    if max_negatives is None:
        return chosen
    return [c.model_copy(update={"negative": c.negative[:max_negatives]}) for c in chosen]
