"""The shared public retrieval sets in ../shared/data/retrieval (read-only, never copied)."""

from __future__ import annotations

import csv
import json
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


@dataclass(frozen=True)
class Passage:
    """One corpus document."""

    id: str
    title: str
    text: str


@dataclass(frozen=True)
class RetrievalSet:
    """A corpus, its queries, and graded judgements per query (doc id → gain)."""

    name: str
    passages: list[Passage]
    queries: dict[str, str]
    judgements: dict[str, dict[str, float]]


def msmarco(data: Path = DEFAULT_DATA) -> RetrievalSet:
    """msmarco-5k (BEIR format, TREC DL 2019 graded judgements); queries without a judged hit dropped."""
    root = data / "retrieval" / "msmarco-5k"
    with (root / "corpus.jsonl").open(encoding="utf-8") as handle:
        passages = [
            Passage(row["_id"], row.get("title", ""), row["text"])
            for row in map(json.loads, handle)
        ]
    ids = {p.id for p in passages}
    judgements: dict[str, dict[str, float]] = defaultdict(dict)
    with (root / "qrels" / "test.tsv").open(encoding="utf-8") as handle:
        for query_id, doc_id, gain in csv.reader(handle, delimiter="\t"):
            if doc_id in ids and gain.isdigit():
                judgements[query_id][doc_id] = float(gain)
    with (root / "queries.jsonl").open(encoding="utf-8") as handle:
        queries = {row["_id"]: row["text"] for row in map(json.loads, handle)}
    judged = {
        q: g for q, g in judgements.items() if q in queries and any(v > 0 for v in g.values())
    }
    return RetrievalSet("msmarco-5k", passages, {q: queries[q] for q in judged}, judged)


def cmrc2018(data: Path = DEFAULT_DATA, every: int = 5) -> RetrievalSet:
    """cmrc2018-dev: every paragraph is a passage; every ``every``-th question, gold = its paragraph."""
    raw = json.loads((data / "retrieval" / "cmrc2018-dev" / "cmrc2018_dev.json").read_text("utf-8"))
    passages: list[Passage] = []
    questions: list[tuple[str, str, str]] = []
    for article in raw["data"]:
        for paragraph in article["paragraphs"]:
            passages.append(
                Passage(paragraph["id"], article.get("title", ""), paragraph["context"])
            )
            questions += [(qa["id"], qa["question"], paragraph["id"]) for qa in paragraph["qas"]]
    chosen = questions[::every]
    return RetrievalSet(
        "cmrc2018-dev",
        passages,
        {qid: text for qid, text, _ in chosen},
        {qid: {gold: 1.0} for qid, _, gold in chosen},
    )
