"""Embedding throughput and retrieval quality of each embedding backend, torch as the yardstick.

Run: ``.venv/bin/python -m benchmarks.embedding_speed [--passages N] [--out FILE]``.

The same all-MiniLM-L6-v2 weights run on torch (sentence-transformers), ONNX Runtime float32, and
ONNX Runtime with dynamic int8 weights, all through ``LocalEmbeddings`` in this one run:

- throughput: passages/s on real chunk texts (msmarco-5k and cmrc2018 passages, half each; cmrc's
  are long Chinese paragraphs, truncated at 256 tokens like every chunk), after one warm-up batch,
  best of ``--rounds`` passes taken backend after backend (the machine is shared; a busy spell then
  slows every backend rather than one);
- agreement: the cosine between each backend's vectors and torch's for the same texts;
- quality: dense nDCG@10 on msmarco-5k and cmrc2018-dev by exact cosine search over the whole
  corpus (the vectors decide dense retrieval; the sparse leg is the same for every backend), and
  "mixed": passages embedded by torch, queries by the backend, which is what an index written
  before the switch sees. Passages are embedded without their title here (the retrieval benchmark
  adds it), so the absolute dense figures differ from that benchmark's; the comparison is the point.

A backend is adoptable when its nDCG@10 stays within 0.005 of torch's on both sets.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from pathlib import Path
from typing import Any

import numpy as np

from benchmarks.datasets import DEFAULT_DATA, RetrievalSet, cmrc2018, msmarco
from benchmarks.output import publish
from signalbox.tools.knowledge import LocalEmbeddings
from signalbox.tools.knowledge.embeddings import EmbeddingBackend
from signalbox.tools.knowledge.evaluation import ndcg_at_k

BACKENDS: tuple[EmbeddingBackend, ...] = ("torch", "onnx", "onnx-int8")
K = 10
QUALITY_BAR = 0.005


def _embed(embeddings: LocalEmbeddings, texts: list[str]) -> np.ndarray:
    return np.asarray(embeddings.embed_documents(texts), dtype=np.float32)


def _ndcg(data: RetrievalSet, passages: np.ndarray, queries: np.ndarray) -> float:
    ids = [p.id for p in data.passages]
    scores = queries @ passages.T
    top = np.argsort(-scores, axis=1)[:, :K]
    return round(
        statistics.mean(
            ndcg_at_k([ids[i] for i in row], data.judgements[query_id], K)
            for query_id, row in zip(data.queries, top, strict=True)
        ),
        4,
    )


def _speeds(models: dict[str, LocalEmbeddings], texts: list[str], rounds: int) -> dict[str, float]:
    """Passages/s per backend, best of ``rounds`` taken in turn so that a busy spell hits them all."""
    best = dict.fromkeys(models, 0.0)
    for _ in range(rounds):
        for backend, embeddings in models.items():
            started = time.perf_counter()
            _embed(embeddings, texts)
            best[backend] = max(best[backend], len(texts) / (time.perf_counter() - started))
    return {backend: round(speed, 1) for backend, speed in best.items()}


def run(passages: int, rounds: int, data: Path) -> dict[str, Any]:
    """Every backend on the same texts; ratios against torch."""
    sets = [msmarco(data), cmrc2018(data)]
    half = passages // 2
    speed_texts = [p.text for p in sets[0].passages[:half]] + [
        p.text for p in sets[1].passages[:half]
    ]
    models: dict[str, LocalEmbeddings] = {}
    entries: dict[str, dict[str, Any]] = {}
    for kind in BACKENDS:
        models[kind] = LocalEmbeddings(backend=kind)
        started = time.perf_counter()
        assert models[kind].active_backend == kind, f"{kind} did not load"
        _embed(models[kind], speed_texts[:64])
        entries[kind] = {"first_use_s": round(time.perf_counter() - started, 1)}

    speeds = _speeds(models, speed_texts, rounds)
    reference = _embed(models["torch"], speed_texts)
    torch_corpus: dict[str, np.ndarray] = {}
    for backend, embeddings in models.items():
        entry = entries[backend]
        entry["passages_per_s"] = speeds[backend]
        entry["speed_vs_torch"] = round(speeds[backend] / speeds["torch"], 2)
        cosines = (_embed(embeddings, speed_texts) * reference).sum(axis=1)
        entry["cosine_to_torch"] = {
            "min": round(float(cosines.min()), 4),
            "mean": round(float(cosines.mean()), 4),
        }
        for data_set in sets:
            corpus = _embed(embeddings, [p.text for p in data_set.passages])
            queries = _embed(embeddings, list(data_set.queries.values()))
            torch_corpus.setdefault(data_set.name, corpus)
            entry[data_set.name] = {
                "ndcg@10": _ndcg(data_set, corpus, queries),
                "mixed_ndcg@10": _ndcg(data_set, torch_corpus[data_set.name], queries),
            }
    for entry in entries.values():
        entry["within_bar"] = all(
            abs(entry[s.name]["ndcg@10"] - entries["torch"][s.name]["ndcg@10"]) <= QUALITY_BAR
            for s in sets
        )
    passing = [b for b, e in entries.items() if e["within_bar"]]
    return {
        "passages": len(speed_texts),
        "rounds": rounds,
        "cpu_cores": len(os.sched_getaffinity(0)),
        "load_average_at_end": round(os.getloadavg()[0], 1),
        "backends": entries,
        "fastest_within_bar": max(passing, key=lambda b: entries[b]["passages_per_s"]),
    }


def main() -> None:
    """Measure and print (and optionally write) the JSON report."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--passages", type=int, default=512, help="texts timed per backend")
    parser.add_argument("--rounds", type=int, default=2, help="timed passes, backends in turn")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the shared data folder")
    parser.add_argument("--out", type=Path, help="also write the JSON here")
    args = parser.parse_args()
    publish(run(args.passages, args.rounds, args.data), args.out)


if __name__ == "__main__":
    main()
