"""Write the English news sets in RGB's shape from hand-written clusters, the same bytes every run.

Run: ``.venv/bin/python -m benchmarks.rag.make_news`` (writes ``en_news_<split>.jsonl`` next to
this file; ``--check`` fails when they differ from a fresh build).

The look-alike sets come from templates, so their passages are clean and regular; these passages
were written by hand to read like scraped news and search snippets (datelines, bylines, cut-off
sentences, tables, forum posts, answers worded otherwise than the question), which is what the real
judging sets look like. Each was written by someone who had not read the answerer and held out
until measured once; dev and held were worked on afterwards, blind (session 11) was read after
its first measurement (README "Evaluation"), sealed (session 12) was measured on two releases
with only its totals seen and read in session 13, once vault had been written. Vault (session 13)
was written by a helper who had not read or run the answerer, on subjects no other split uses,
measured on two releases with only its totals seen, and read in session 14 once attic had been
written. Attic (session 14) was written the same way and measured on two releases with only its
totals seen (once deciding a change). Cellar, written the same way at the end of session 14 on
subjects no other split uses, was measured on two releases with only its totals seen; both were
read in session 15 once larder had been written. Larder (session 15) was written the same way, on
subjects no other split uses, measured on two releases with only its totals seen, and read in
session 16 once pantry had been written. Pantry (session 16) was written the same way, on
subjects no other split uses, measured on two releases with only its totals seen, and read in
session 17 once loft had been written. Loft (session 17) was written the same way, on subjects
no other split uses, measured on two releases with only its totals seen, and read in session 18
once shed had been written. Shed (session 18) was written the same way, on subjects no other split
uses, measured on two releases with only its totals seen, and read in session 19 once barn had
been written. Barn (session 19) was written the same way, on subjects no other split uses,
measured on two releases with only its totals seen, and read in session 20 once silo had been
written. Silo (session 20) was written the same way, on subjects no other split uses, measured on
two releases with only its totals seen, and read in session 21 once hutch had been measured. Hutch
(session 20) was written the same way, on subjects no other split uses, measured on two releases
with only its totals seen, and read in session 22 once coop had been measured. Coop (session 21)
was written the same way, on subjects no other split uses, measured on two releases (sessions 21
and 22) with only its totals seen, and read in session 23 once fold had been written. Byre
(session 22) was written the same way, on subjects no other split uses, measured on the releases of
sessions 21 to 30 with only its totals seen, and stays held out until it is read. Fold
(session 23) was written the same way, on subjects no other split uses, measured on the releases
of sessions 22 and 23 with only its totals seen, and read in session 24 once pen had been written.
Pen (session 24) was written the same way, on subjects no other split uses, measured on the
releases of sessions 23 and 24 with only its totals seen, and read in session 25 once stable had
been written. Stable (session 25) was written the same way, on subjects no other split uses,
measured on the releases of sessions 24 and 25 with only its totals seen, and read in session 26
once granary had been written. Granary (session 26) was written the same way, on subjects no other
split uses, measured on the releases of sessions 25 and 26 with only its totals seen, and read in
session 27 once dairy had been written. Dairy (session 27) was written the same way, on subjects no
other split uses, measured on the releases of sessions 26 and 27 with only its totals seen, and
read in session 28 once mill had been written. Mill (session 28) was written the same way, on
subjects no other split uses, measured on the releases of sessions 27 and 28 with only its totals
seen, and read in session 29 once forge had been written. Forge (session 29) was written the
same way, on subjects no other split uses, measured on the releases of sessions 28 and 29 with
only its totals seen, and read in session 30 once kiln had been written. Kiln (session 30) was
written the same way, on subjects no other split uses, measured on the releases of sessions 29 and
30 with only its totals seen, and read in session 31 once smithy had been written. Smithy (session
31) was written the same way, on subjects no other split uses, measured on the releases of
sessions 30 and 31 with only its totals seen, and stays held out until it is read.

A question's negatives are all the other passages of its cluster, in the cluster's order. Nothing
is dropped: a positive that does not hold its answer, a negative that does, or a counterfactual
rewrite that did not take, is an error in the data, reported with the question it concerns.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from benchmarks.rag.news_attic import ATTIC
from benchmarks.rag.news_barn import BARN
from benchmarks.rag.news_blind import BLIND
from benchmarks.rag.news_byre import BYRE
from benchmarks.rag.news_cellar import CELLAR
from benchmarks.rag.news_coop import COOP
from benchmarks.rag.news_dairy import DAIRY
from benchmarks.rag.news_dev import DEV, Cluster, Question
from benchmarks.rag.news_fold import FOLD
from benchmarks.rag.news_forge import FORGE
from benchmarks.rag.news_granary import GRANARY
from benchmarks.rag.news_held import HELD
from benchmarks.rag.news_hutch import HUTCH
from benchmarks.rag.news_kiln import KILN
from benchmarks.rag.news_larder import LARDER
from benchmarks.rag.news_loft import LOFT
from benchmarks.rag.news_mill import MILL
from benchmarks.rag.news_pantry import PANTRY
from benchmarks.rag.news_pen import PEN
from benchmarks.rag.news_sealed import SEALED
from benchmarks.rag.news_shed import SHED
from benchmarks.rag.news_silo import SILO
from benchmarks.rag.news_smithy import SMITHY
from benchmarks.rag.news_stable import STABLE
from benchmarks.rag.news_vault import VAULT
from benchmarks.rag.split_files import render, write_or_check
from signalbox.agents.evaluation.rgb import parse_record
from signalbox.agents.evaluation.rgb_scoring import holds_answer

HERE = Path(__file__).resolve().parent
SPLITS: dict[str, tuple[Cluster, ...]] = {
    "dev": DEV,
    "held": HELD,
    "blind": BLIND,
    "sealed": SEALED,
    "vault": VAULT,
    "attic": ATTIC,
    "cellar": CELLAR,
    "larder": LARDER,
    "pantry": PANTRY,
    "loft": LOFT,
    "shed": SHED,
    "barn": BARN,
    "silo": SILO,
    "hutch": HUTCH,
    "coop": COOP,
    "byre": BYRE,
    "fold": FOLD,
    "pen": PEN,
    "stable": STABLE,
    "granary": GRANARY,
    "dairy": DAIRY,
    "mill": MILL,
    "forge": FORGE,
    "kiln": KILN,
    "smithy": SMITHY,
}
MIN_NEGATIVES = 4
PASSAGE_CHARS = (200, 900)
"""Shortest and longest passage, as search snippets and scraped paragraphs run."""


class DataError(Exception):
    """A cluster whose passages do not support its questions as declared."""


def _parts(answer: tuple[tuple[str, ...], ...]) -> list[list[str]]:
    return [list(part) for part in answer]


def _record(qid: str, cluster: Cluster, question: Question) -> dict[str, Any]:
    """One RGB line, checked against every rule of the module docstring."""
    where = f"{qid} ({cluster.name}): {question.query!r}"
    unknown = {key for group in question.positive for key in group} - cluster.passages.keys()
    unknown |= set(question.skip) - cluster.passages.keys()
    if unknown:
        raise DataError(f"{where}: unknown passages {sorted(unknown)}")
    answer = _parts(question.answer)
    groups = [[cluster.passages[key] for key in group] for group in question.positive]
    integration = len(answer) > 1
    if integration != (len(groups) > 1) or (integration and len(groups) != len(answer)):
        raise DataError(f"{where}: one group of positives per answer part")
    for part, group, keys in zip(answer, groups, question.positive, strict=False):
        wanted = [part] if integration else answer
        for key, text in zip(keys, group, strict=True):
            if not holds_answer(text, wanted):
                raise DataError(f"{where}: positive {key!r} does not hold {wanted}")
    used = {key for group in question.positive for key in group} | set(question.skip)
    negatives = [(k, t) for k, t in cluster.passages.items() if k not in used]
    for key, text in negatives:
        if any(holds_answer(text, [part]) for part in answer):
            raise DataError(f"{where}: negative {key!r} holds the answer")
    if len(negatives) < MIN_NEGATIVES:
        raise DataError(f"{where}: {len(negatives)} negatives, fewer than {MIN_NEGATIVES}")
    record: dict[str, Any] = {
        "id": qid,
        "query": question.query,
        "answer": answer,
        "positive": groups if integration else groups[0],
        "negative": [text for _, text in negatives],
    }
    if question.fake:
        if integration:
            raise DataError(f"{where}: a counterfactual question has one part")
        fake = [list(question.fake)]
        swaps = question.swap or ((question.answer[0][0], question.fake[0]),)
        wrong = []
        for key, text in zip(question.positive[0], groups[0], strict=True):
            rewritten = text
            for old, new in swaps:
                rewritten = rewritten.replace(old, new)
            if holds_answer(rewritten, answer) or not holds_answer(rewritten, fake):
                raise DataError(f"{where}: rewriting {key!r} did not replace the answer")
            wrong.append(rewritten)
        for key, text in negatives:
            if holds_answer(text, fake):
                raise DataError(f"{where}: negative {key!r} holds the fake answer")
        record["fakeanswer"] = fake
        record["positive_wrong"] = wrong
    return record


def _check_passages(cluster: Cluster) -> None:
    low, high = PASSAGE_CHARS
    for key, text in cluster.passages.items():
        if not low <= len(text) <= high:
            raise DataError(f"{cluster.name}/{key}: {len(text)} characters, not {low}-{high}")


def build(split: str) -> list[dict[str, Any]]:
    """The split's RGB lines, numbered in cluster order; raises DataError on a bad question."""
    records: list[dict[str, Any]] = []
    for cluster in SPLITS[split]:
        _check_passages(cluster)
        for question in cluster.questions:
            records.append(_record(f"news-{split}-{len(records) + 1:02d}", cluster, question))
    return records


def summary(split: str, records: list[dict[str, Any]]) -> str:
    """What a split holds, for the person who regenerates it."""
    flavours = Counter(parse_record(r, line).flavour for line, r in enumerate(records, start=1))
    return f"{split}: {len(records)} questions {dict(sorted(flavours.items()))}, {len(SPLITS[split])} clusters"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out-dir", type=Path, default=HERE)
    parser.add_argument("--check", action="store_true", help="Fail if the files are stale.")
    args = parser.parse_args()
    files = {}
    for split in SPLITS:
        try:
            records = build(split)
        except DataError as exc:
            sys.exit(f"{split}: {exc}")
        print(summary(split, records), file=sys.stderr)
        files[args.out_dir / f"en_news_{split}.jsonl"] = render(records)
    write_or_check(files, check=args.check, command="python -m benchmarks.rag.make_news")


if __name__ == "__main__":
    main()
