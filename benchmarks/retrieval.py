"""Retrieval quality and latency on the shared public sets, for dense, sparse and hybrid search.

Run: ``.venv/bin/python -m benchmarks.retrieval [--out FILE]`` (JSON on stdout, and in FILE).

Every figure comes from this one run: the passages are embedded once, stored through the product's own
KnowledgeBase in Qdrant local mode, and queried through ``KnowledgeBase.search``. A fusion study scores
candidate fusions on the same dense and sparse result lists, with the fusion functions that Qdrant's
local mode itself runs (``qdrant_client.hybrid.fusion``), so the default can be chosen by the numbers.
"""

from __future__ import annotations

import argparse
import copy
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from qdrant_client import models
from qdrant_client.hybrid.fusion import distribution_based_score_fusion, reciprocal_rank_fusion

from benchmarks.datasets import DEFAULT_DATA, RetrievalSet, cmrc2018, msmarco
from benchmarks.output import publish
from signalbox.graphs.rerank import retrieve
from signalbox.tools.knowledge import Hit, IndexLocation, KnowledgeBase, LocalEmbeddings
from signalbox.tools.knowledge.evaluation import ndcg_at_k, recall_at_k, reciprocal_rank
from signalbox.tools.knowledge.splitting import Chunk

K = 10
STUDY_DEPTH = 100
BATCH = 256
LATENCY_QUERIES = 50

Fuse = Callable[[list[models.ScoredPoint], list[models.ScoredPoint]], list[models.ScoredPoint]]


def _rrf(k: int, dense_weight: float, sparse_weight: float, depth: int) -> Fuse:
    def fuse(
        dense: list[models.ScoredPoint], sparse: list[models.ScoredPoint]
    ) -> list[models.ScoredPoint]:
        return reciprocal_rank_fusion(
            [dense[:depth], sparse[:depth]],
            limit=K,
            ranking_constant_k=k,
            weights=[dense_weight, sparse_weight],
        )

    return fuse


def _dbsf(depth: int) -> Fuse:
    def fuse(
        dense: list[models.ScoredPoint], sparse: list[models.ScoredPoint]
    ) -> list[models.ScoredPoint]:
        return distribution_based_score_fusion([dense[:depth], sparse[:depth]], limit=K)

    return fuse


# Weights are (dense, sparse); Qdrant local mode's own RRF constant is 2, the literature's is 60.
# Qdrant divides a result's rank by its leg's weight, so a heavy weight flattens that leg's order;
# a near-zero weight leaves the other leg's order intact and only fills its gaps.
_WEIGHTS: list[tuple[float, float]] = [
    (1, 1),
    (2, 1),
    (3, 1),
    (5, 1),
    (1, 2),
    (1, 3),
    (1, 5),
    (1, 10),
]
_WEIGHTS += [(1, 0.5), (1, 0.25), (1, 0.1), (0.5, 1), (0.25, 1), (0.1, 1), (0, 1)]
FUSIONS: dict[str, Fuse] = {
    **{f"dbsf_p{p}": _dbsf(p) for p in (20, 50, 100)},
    **{
        f"rrf_k{k}_w{dw:g}-{sw:g}_p50": _rrf(k, dw, sw, 50)
        for k in (2, 5, 10, 20, 60)
        for dw, sw in _WEIGHTS
    },
}


def _points(hits: list[Hit]) -> list[models.ScoredPoint]:
    return [models.ScoredPoint(id=hit.id, version=0, score=hit.score) for hit in hits]


def _scores(rankings: dict[str, list[str]], data: RetrievalSet) -> dict[str, float]:
    ndcg, recall, mrr = [], [], []
    for query_id, ranked in rankings.items():
        gains = data.judgements[query_id]
        relevant = {doc for doc, gain in gains.items() if gain > 0}
        ndcg.append(ndcg_at_k(ranked, gains, K))
        recall.append(recall_at_k(ranked, relevant, K))
        mrr.append(reciprocal_rank(ranked, relevant, K))
    return {
        "ndcg@10": round(statistics.mean(ndcg), 4),
        "recall@10": round(statistics.mean(recall), 4),
        "mrr@10": round(statistics.mean(mrr), 4),
    }


def _percentiles(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    return {
        "p50_ms": round(1000 * statistics.median(ordered), 1),
        "p95_ms": round(1000 * ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))], 1),
    }


def build_index(
    data: RetrievalSet,
    vectors: list[list[float]],
    folder: Path,
    embeddings: LocalEmbeddings,
    size: int,
) -> KnowledgeBase:
    """Store the first ``size`` passages through the product's own write path."""
    kb = KnowledgeBase(IndexLocation(path=folder), embeddings, collection="bench")
    for start in range(0, size, BATCH):
        batch = data.passages[start : min(start + BATCH, size)]
        chunks = [
            Chunk(
                text=p.text,
                source=p.id,
                path=f"{data.name}/{start}",
                title=p.title,
                page=None,
                heading="",
                index=i,
            )
            for i, p in enumerate(batch)
        ]
        kb.store_file(
            chunks, vectors[start : start + len(batch)], f"batch-{start}", ingested_at="bench"
        )
    return kb


def latency(kb: KnowledgeBase, queries: list[str]) -> dict[str, dict[str, float]]:
    """p50/p95 of ``search`` per mode over the same queries."""
    report = {}
    for mode in ("dense", "sparse", "hybrid"):
        samples = []
        for query in queries:
            started = time.perf_counter()
            kb.search(query, k=K, mode=mode)
            samples.append(time.perf_counter() - started)
        report[mode] = _percentiles(samples)
    return report


def evaluate(data: RetrievalSet, kb: KnowledgeBase) -> dict[str, Any]:
    """Quality of each product mode, and of each candidate fusion, on the same result lists."""
    dense_rank: dict[str, list[str]] = {}
    sparse_rank: dict[str, list[str]] = {}
    hybrid_rank: dict[str, list[str]] = {}
    anchored_rank: dict[str, list[str]] = {}
    study: dict[str, dict[str, list[str]]] = {name: {} for name in FUSIONS}
    for query_id, text in data.queries.items():
        dense = kb.search(text, k=STUDY_DEPTH, mode="dense")
        sparse = kb.search(text, k=STUDY_DEPTH, mode="sparse")
        dense_rank[query_id] = [hit.source for hit in dense[:K]]
        sparse_rank[query_id] = [hit.source for hit in sparse[:K]]
        hybrid_rank[query_id] = [hit.source for hit in kb.search(text, k=K, mode="hybrid")]
        found = retrieve(lambda query, k: kb.search(query, k=k, mode="hybrid"), text, K)
        anchored_rank[query_id] = [hit.source for hit in found]
        source_of = {hit.id: hit.source for hit in dense + sparse}
        for name, fuse in FUSIONS.items():
            fused = fuse(copy.deepcopy(_points(dense)), copy.deepcopy(_points(sparse)))
            study[name][query_id] = [source_of[str(point.id)] for point in fused]
    return {
        "queries": len(data.queries),
        "modes": {
            "dense": _scores(dense_rank, data),
            "sparse": _scores(sparse_rank, data),
            "hybrid": _scores(hybrid_rank, data),
            "hybrid+anchors": _scores(anchored_rank, data),
        },
        "fusion_study": {name: _scores(rankings, data) for name, rankings in study.items()},
    }


def run(data_root: Path) -> dict[str, Any]:
    """Embed, index, evaluate and time both sets."""
    embeddings = LocalEmbeddings()
    embeddings.embed_documents(["warm-up"])
    results: dict[str, Any] = {"k": K}
    for data in (msmarco(data_root), cmrc2018(data_root)):
        texts = [f"{p.title}\n\n{p.text}" if p.title else p.text for p in data.passages]
        started = time.perf_counter()
        vectors = embeddings.embed_documents(texts)
        embed_s = time.perf_counter() - started
        entry: dict[str, Any] = {
            "passages": len(data.passages),
            "embed_passages_per_s": round(len(texts) / embed_s, 1),
        }
        with tempfile.TemporaryDirectory() as folder:
            kb = build_index(data, vectors, Path(folder) / "full", embeddings, len(data.passages))
            entry.update(evaluate(data, kb))
            sample = list(data.queries.values())[:LATENCY_QUERIES]
            entry["latency"] = {f"{len(data.passages)}_chunks": latency(kb, sample)}
            if len(data.passages) > 1000:
                small = build_index(data, vectors, Path(folder) / "small", embeddings, 1000)
                entry["latency"]["1000_chunks"] = latency(small, sample)
        results[data.name] = entry
    return results


def main() -> None:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the shared data folder")
    parser.add_argument("--out", type=Path, help="also write the JSON here")
    args = parser.parse_args()
    publish(run(args.data), args.out)


if __name__ == "__main__":
    main()
