"""The embedded index at scale: Qdrant Edge against qdrant-client's local mode on the same points.

Run: ``.venv/bin/python -m benchmarks.scale [--sizes 20000 200000] [--local-max 20000] [--out FILE]``.

Points: real msmarco-5k passages (``--base`` of them) embedded by the product's model, with the
product's sparse vectors and payload. Beyond ``--base`` the points are **recycled**: each is a copy of
a real passage (same text, same sparse vector) whose dense vector is perturbed by Gaussian noise and
renormalised, so every scale point has a distinct vector with realistic neighbourhoods. Queries are
real msmarco questions, embedded once, fused as the product fuses them (``hybrid_fusion``).

Per size and engine, all in one run: storing precomputed vectors (points/s, through the engine that
``KnowledgeBase`` uses), hybrid query p50/p95 (exact, as stored; and, up to ``--hnsw-max`` points,
after Edge has built its HNSW index, with recall@10 against exact), hybrid queries per second from 1,
2 and 4 threads, reopen time and the growth of resident memory (VmRSS) of a
fresh process that opens the index and answers a query (the interpreter's imports, the same at every
size, timed apart as ``import_s``), and disk space allocated. Ratios (Edge over local mode) where both ran.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import numpy as np
from qdrant_client import QdrantClient

from benchmarks.datasets import DEFAULT_DATA, msmarco
from benchmarks.output import publish
from signalbox.tools.knowledge import LocalEmbeddings
from signalbox.tools.knowledge.edge import IndexFolder
from signalbox.tools.knowledge.engine import Engine, Query, SearchMode, StoredPoint, Where
from signalbox.tools.knowledge.fusion import hybrid_fusion
from signalbox.tools.knowledge.server import ServerEngine
from signalbox.tools.knowledge.sparse import SparseVector, encode_document, encode_query

BATCH = 256
QUERIES = 100
K = 10
NOISE = 0.02
"""Standard deviation of the noise per dimension of a recycled unit vector (384 dims: a recycled copy
keeps a cosine of about 0.93 with its original)."""
COLLECTION = "signalbox"


def _unit(matrix: np.ndarray) -> np.ndarray:
    unit: np.ndarray = matrix / np.linalg.norm(matrix, axis=1, keepdims=True)
    return unit


class Corpus:
    """Real passages and queries, embedded once; recycled points generated on demand."""

    def __init__(self, data: Path, base: int) -> None:
        dataset = msmarco(data)
        embeddings = LocalEmbeddings()
        self.passages = dataset.passages[:base]
        started = time.perf_counter()
        self.dense = np.asarray(
            embeddings.embed_documents([p.text for p in self.passages]), dtype=np.float32
        )
        self.embed_s = time.perf_counter() - started
        self.sparse = [encode_document(p.text) for p in self.passages]
        questions = list(dataset.queries.values())[:QUERIES]
        self.queries = [
            (text, dense, encode_query(text))
            for text, dense in zip(questions, embeddings.embed_documents(questions), strict=True)
        ]

    def points(self, start: int, count: int) -> list[StoredPoint]:
        """Points ``start`` … ``start + count``: real up to ``base``, recycled beyond."""
        base = len(self.passages)
        numbers = np.arange(start, start + count)
        dense = self.dense[numbers % base]
        recycled = numbers >= base
        if recycled.any():
            rng = np.random.default_rng(start)
            noisy = dense[recycled] + rng.normal(0, NOISE, dense[recycled].shape).astype(np.float32)
            dense = dense.copy()
            dense[recycled] = _unit(noisy)
        found: list[StoredPoint] = []
        for number, vector in zip(numbers.tolist(), dense.tolist(), strict=True):
            passage = self.passages[number % base]
            found.append(
                StoredPoint(
                    id=f"00000000-0000-4000-8000-{number:012d}",
                    dense=vector,
                    sparse=self.sparse[number % base],
                    payload={
                        "text": passage.text,
                        "source": f"file-{number // 20}.md",
                        "path": f"/corpus/file-{number // 20}.md",
                        "title": passage.title,
                        "page": None,
                        "heading": "",
                        "chunk_index": number % 20,
                        "chunk_count": 20,
                        "start": 0,
                        "end": len(passage.text),
                        "doc_type": "md",
                        "file_hash": "recycled" if number >= base else "real",
                        "ingested_at": "2026-11-23T00:00:00+00:00",
                        "complete": True,
                    },
                )
            )
        return found


def _query(
    dense: list[float],
    sparse: SparseVector,
    text: str,
    exact: bool = False,
    mode: SearchMode = "hybrid",
) -> Query:
    return Query(dense, sparse, mode, hybrid_fusion(text), K, Where(visible=True), exact)


def _latency(engine: Engine, corpus: Corpus, exact: bool = False) -> dict[str, float]:
    samples = []
    for text, dense, sparse in corpus.queries:
        started = time.perf_counter()
        engine.query(_query(dense, sparse, text, exact))
        samples.append((time.perf_counter() - started) * 1000)
    cuts = statistics.quantiles(samples, n=20)
    return {"p50_ms": round(statistics.median(samples), 2), "p95_ms": round(cuts[18], 2)}


def _throughput(engine: Engine, corpus: Corpus, threads: int) -> float:
    """Hybrid queries per second from ``threads`` threads at once (the chat's sessions are threads)."""
    work = corpus.queries * 3

    def one(item: tuple[str, list[float], SparseVector]) -> None:
        text, dense, sparse = item
        engine.query(_query(dense, sparse, text))

    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=threads) as pool:
        list(pool.map(one, work))
    return round(len(work) / (time.perf_counter() - started), 1)


def _recall(engine: Engine, corpus: Corpus, mode: SearchMode) -> float:
    """Share of the exact top 10 that the indexed (HNSW) search also returns.

    The dense leg is the only approximate one (sparse search is exact either way). The fused
    hybrid top 10 also moves where recycled points tie exactly on the sparse leg, which exact and
    indexed sparse search break in different orders.
    """
    kept = []
    for text, dense, sparse in corpus.queries:
        exact = {hit.id for hit in engine.query(_query(dense, sparse, text, True, mode))}
        approximate = {hit.id for hit in engine.query(_query(dense, sparse, text, False, mode))}
        kept.append(len(exact & approximate) / max(len(exact), 1))
    return round(statistics.mean(kept), 4)


def _disk(folder: Path) -> int:
    """Bytes allocated on disk (preallocated, still sparse files count only what they use)."""
    return sum(item.stat().st_blocks * 512 for item in folder.rglob("*") if item.is_file())


def _fill(engine: Engine, corpus: Corpus, size: int) -> float:
    """Store ``size`` points; return points per second of the writes alone."""
    engine.create(corpus.dense.shape[1])
    spent = 0.0
    for start in range(0, size, BATCH):
        points = corpus.points(start, min(BATCH, size - start))
        started = time.perf_counter()
        engine.upsert(points)
        spent += time.perf_counter() - started
    return size / spent


REOPEN = """
import json, sys, time
from pathlib import Path
def rss_mb():
    status = Path("/proc/self/status").read_text()
    return int(next(l for l in status.splitlines() if l.startswith("VmRSS:")).split()[1]) / 1024
kind, folder, text, dense, indices, values = sys.argv[1:7]
started = time.perf_counter()
from qdrant_client import QdrantClient
from signalbox.tools.knowledge.edge import IndexFolder
from signalbox.tools.knowledge.engine import Query, Where
from signalbox.tools.knowledge.fusion import hybrid_fusion
from signalbox.tools.knowledge.server import ServerEngine
from signalbox.tools.knowledge.sparse import SparseVector
imported = time.perf_counter() - started
query = Query(json.loads(dense), SparseVector(json.loads(indices), json.loads(values)), "hybrid",
              hybrid_fusion(text), 10, Where(visible=True))
before = rss_mb()
started = time.perf_counter()
if kind == "edge":
    engine = IndexFolder(Path(folder)).engine("signalbox")
else:
    engine = ServerEngine(QdrantClient(path=folder), "signalbox")
engine.count()
opened = time.perf_counter() - started
engine.query(query)
first = time.perf_counter() - started
print(json.dumps({"import_s": round(imported, 3), "reopen_s": round(opened, 3),
                  "reopen_and_first_query_s": round(first, 3),
                  "index_rss_mb": round(rss_mb() - before)}))
"""


def _reopen(kind: str, folder: Path, corpus: Corpus) -> dict[str, Any]:
    """Open the index in a fresh process, as the app does on start, and answer one query."""
    text, dense, sparse = corpus.queries[0]
    arguments = [kind, str(folder), text, json.dumps(dense)]
    arguments += [json.dumps(sparse.indices), json.dumps(sparse.values)]
    result = subprocess.run(
        [sys.executable, "-c", REOPEN, *arguments], capture_output=True, text=True, check=True
    )
    reopened: dict[str, Any] = json.loads(result.stdout.strip().splitlines()[-1])
    return reopened


def measure_edge(corpus: Corpus, size: int, root: Path, hnsw_max: int) -> dict[str, Any]:
    """Qdrant Edge: store, query exact, build HNSW (up to ``hnsw_max``), query indexed, reopen."""
    folder = root / f"edge-{size}"
    holder = IndexFolder(folder)
    engine = holder.engine(COLLECTION)
    figures: dict[str, Any] = {"upsert_points_per_s": round(_fill(engine, corpus, size))}
    figures["hybrid_exact"] = _latency(engine, corpus, exact=True)
    figures["queries_per_s_by_threads"] = {n: _throughput(engine, corpus, n) for n in (1, 2, 4)}
    if size <= hnsw_max:
        started = time.perf_counter()
        engine.optimize()
        figures["hnsw_build_s"] = round(time.perf_counter() - started, 1)
        figures["segments"] = engine.status().segments
        figures["hybrid_indexed"] = _latency(engine, corpus)
        figures["recall_at_10_vs_exact"] = {
            "dense_leg": _recall(engine, corpus, "dense"),
            "hybrid": _recall(engine, corpus, "hybrid"),
        }
    holder.close()
    figures["disk_mb"] = round(_disk(folder) / 2**20, 1)
    figures.update(_reopen("edge", folder, corpus))
    return figures


def measure_local(corpus: Corpus, size: int, root: Path) -> dict[str, Any]:
    """qdrant-client local mode, the embedded engine of the earlier version."""
    folder = root / f"local-{size}"
    client = QdrantClient(path=str(folder))
    engine = ServerEngine(client, COLLECTION)
    figures: dict[str, Any] = {"upsert_points_per_s": round(_fill(engine, corpus, size))}
    figures["hybrid_exact"] = _latency(engine, corpus)
    # The earlier version serialised every call into local mode (plain Python, not thread-safe).
    figures["queries_per_s_by_threads"] = {1: _throughput(engine, corpus, 1)}
    client.close()
    figures["disk_mb"] = round(_disk(folder) / 2**20, 1)
    figures.update(_reopen("local", folder, corpus))
    return figures


def _ratios(edge: dict[str, Any], local: dict[str, Any]) -> dict[str, float]:
    return {
        "upsert_speedup": round(edge["upsert_points_per_s"] / local["upsert_points_per_s"], 1),
        "hybrid_p50_speedup_exact": round(
            local["hybrid_exact"]["p50_ms"] / edge["hybrid_exact"]["p50_ms"], 1
        ),
        "hybrid_p95_speedup_exact": round(
            local["hybrid_exact"]["p95_ms"] / edge["hybrid_exact"]["p95_ms"], 1
        ),
        "reopen_speedup": round(local["reopen_s"] / max(edge["reopen_s"], 1e-3), 1),
        "index_rss_ratio": round(edge["index_rss_mb"] / max(local["index_rss_mb"], 1), 2),
        "disk_ratio": round(edge["disk_mb"] / max(local["disk_mb"], 0.1), 2),
    }


def run(sizes: list[int], local_max: int, hnsw_max: int, base: int, data: Path) -> dict[str, Any]:
    """Every size on Edge; local mode up to ``local_max``; ratios where both ran."""
    corpus = Corpus(data, base)
    results: dict[str, Any] = {
        "points": (
            f"{base} real msmarco passages (dense + sparse + payload as ingested); beyond that, "
            f"recycled copies with dense noise sd {NOISE} per dimension, renormalised"
        ),
        "queries": len(corpus.queries),
        "cpu_cores": len(os.sched_getaffinity(0)),
        "embed_real_passages_per_s": round(base / corpus.embed_s, 1),
        "sizes": {},
    }
    with tempfile.TemporaryDirectory() as tmp:
        for size in sizes:
            entry: dict[str, Any] = {"edge": measure_edge(corpus, size, Path(tmp), hnsw_max)}
            if size <= local_max:
                entry["local_mode"] = measure_local(corpus, size, Path(tmp))
                entry["edge_vs_local_mode"] = _ratios(entry["edge"], entry["local_mode"])
            results["sizes"][str(size)] = entry
            print(json.dumps({str(size): entry}), file=sys.stderr, flush=True)
    results["peak_rss_mb_of_this_run"] = round(
        resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    )
    return results


def main() -> None:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[20_000, 200_000, 1_000_000])
    parser.add_argument("--local-max", type=int, default=20_000, help="largest size for local mode")
    parser.add_argument(
        "--hnsw-max", type=int, default=20_000, help="largest size to build the HNSW index for"
    )
    parser.add_argument("--base", type=int, default=2_000, help="real passages to embed")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the shared data folder")
    parser.add_argument("--out", type=Path, help="also write the JSON here")
    args = parser.parse_args()
    publish(run(args.sizes, args.local_max, args.hnsw_max, args.base, args.data), args.out)


if __name__ == "__main__":
    main()
