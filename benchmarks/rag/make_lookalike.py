"""Write the English look-alike sets in RGB's shape, the same bytes on every run.

Run: ``.venv/bin/python -m benchmarks.rag.make_lookalike`` (writes ``en_lookalike_<split>.jsonl``
for each split next to this file; ``--check`` fails when they differ from a fresh run).

Dev is for tuning; test has other topics and templates, for checking that what was tuned on dev
holds elsewhere. Holdout has topics and layouts of neither, written without looking at the
answerer, and is only ever measured, never tuned on. A question whose answer a distractor also
states is left out and counted, so that the scorer's substring test never rewards quoting the
wrong passage.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from benchmarks.rag.families_dev import DEV
from benchmarks.rag.families_fresh import FRESH
from benchmarks.rag.families_holdout import HOLDOUT
from benchmarks.rag.families_test import TEST
from benchmarks.rag.lookalike import (
    Family,
    Passage,
    Question,
    Registry,
    choose_negatives,
    problems,
    questions_for,
)
from benchmarks.rag.split_files import render, write_or_check

SEED = 20240613
HERE = Path(__file__).resolve().parent
SPLITS: dict[str, tuple[tuple[Family, ...], dict[str, int]]] = {
    "dev": (DEV, {"plain": 5, "int": 3, "fact": 2}),
    "test": (TEST, {"plain": 4, "int": 2, "fact": 2}),
    "holdout": (HOLDOUT, {"plain": 4, "int": 2, "fact": 2}),
    "fresh": (FRESH, {"plain": 4, "int": 2, "fact": 2}),
}


def build(split: str, seed: int = SEED) -> tuple[list[dict[str, Any]], list[str]]:
    """The split's RGB lines, and why each left-out question was left out."""
    families, counts = SPLITS[split]
    registry = Registry()
    questions: list[Question] = []
    for family in families:
        rng = random.Random(f"{seed}-{split}-{family.name}")
        made, passages = questions_for(family, rng, registry, split, counts)
        for question in made:
            choose_negatives(question, passages, rng)
        questions += made
    listed: dict[int, Passage] = {}
    for question in questions:
        for passage in [
            *(p for g in question.positives for p in g),
            *question.negatives,
            *question.wrong,
        ]:
            listed[id(passage)] = passage
    corpus = list(listed.values())
    kept, dropped = [], []
    for question in questions:
        found = problems(question, corpus)
        if found:
            dropped.append(f"{question.id}: {found[0]}")
        else:
            kept.append(question.record())
    return kept, dropped


def summary(split: str, records: list[dict[str, Any]], dropped: list[str]) -> str:
    """What a split holds, for the person who regenerates it."""
    flavours = Counter(
        "fact" if "positive_wrong" in r else "int" if len(r["answer"]) > 1 else "plain"
        for r in records
    )
    passages = {
        text
        for r in records
        for key in ("positive", "negative", "positive_wrong")
        for text in _texts(r.get(key, []))
    }
    families = len({r["family"] for r in records})
    lines = [
        f"{split}: {len(records)} questions {dict(flavours)}, {len(passages)} distinct passages, "
        f"{families} families; {len(dropped)} left out",
        *(f"  left out {reason}" for reason in dropped),
    ]
    return "\n".join(lines)


def _texts(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    return [text for item in value for text in _texts(item)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--out-dir", type=Path, default=HERE)
    parser.add_argument("--check", action="store_true", help="Fail if the files are stale.")
    args = parser.parse_args()
    files = {}
    for split in SPLITS:
        records, dropped = build(split, args.seed)
        print(summary(split, records, dropped), file=sys.stderr)
        files[args.out_dir / f"en_lookalike_{split}.jsonl"] = render(records)
    write_or_check(files, check=args.check, command="python -m benchmarks.rag.make_lookalike")


if __name__ == "__main__":
    main()
