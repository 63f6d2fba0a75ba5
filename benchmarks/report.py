"""Markdown tables from the JSON that the benchmarks wrote (``python -m benchmarks.report``)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

RESULTS = Path(__file__).resolve().parent / "results"


def retrieval_tables(results: dict[str, Any]) -> list[str]:
    """Quality per set and mode, then latency per index size and mode."""
    lines = ["| set | mode | nDCG@10 | recall@10 | MRR@10 |", "|---|---|---|---|---|"]
    for name in ("msmarco-5k", "cmrc2018-dev"):
        for mode, scores in results[name]["modes"].items():
            lines.append(
                f"| {name} ({results[name]['queries']} queries) | {mode} | {scores['ndcg@10']:.3f} "
                f"| {scores['recall@10']:.3f} | {scores['mrr@10']:.3f} |"
            )
    lines += [
        "",
        "| index | dense p50 / p95 | sparse p50 / p95 | hybrid p50 / p95 |",
        "|---|---|---|---|",
    ]
    for name in ("msmarco-5k", "cmrc2018-dev"):
        for size, modes in sorted(
            results[name]["latency"].items(), key=lambda item: int(item[0].split("_")[0])
        ):
            cells = " | ".join(
                f"{modes[m]['p50_ms']:.0f} / {modes[m]['p95_ms']:.0f} ms"
                for m in ("dense", "sparse", "hybrid")
            )
            lines.append(f"| {name}, {size.replace('_', ' ')} | {cells} |")
    return lines


def ingestion_table(results: dict[str, Any]) -> list[str]:
    """Throughput of ingestion against raw embedding, and re-ingestion."""
    return [
        "| files | chunks | ingest chunks/s | raw embedding chunks/s | ratio | re-ingest unchanged |",
        "|---|---|---|---|---|---|",
        f"| {results['files']} | {results['chunks']} | {results['ingest_chunks_per_s']} "
        f"| {results['raw_embed_chunks_per_s']} | {results['ingest_vs_raw_embedding']:.2f} "
        f"| {results['unchanged_reingest_s']} s ({results['reingest_speedup']:.0f}× faster) |",
    ]


def framework_table(results: dict[str, Any]) -> list[str]:
    """Signalbox's graph against create_agent per turn."""
    lines = [
        "| per turn | median | p95 | model calls | peak Python memory |",
        "|---|---|---|---|---|",
    ]
    for name in ("signalbox", "create_agent"):
        row = results[name]
        lines.append(
            f"| {name} | {row['median_ms']} ms | {row['p95_ms']} ms | "
            f"{row['model_calls_per_turn']} | {row['peak_python_memory_mib']} MiB |"
        )
    lines.append(
        f"| **ratio** | **{results['ratio_median_turn']}×** | | | "
        f"**{results['ratio_peak_memory']}×** |"
    )
    return lines


def latency_table(results: dict[str, Any]) -> list[str]:
    """Offline time to the first token and to the answer, against raw hybrid search."""
    return [
        "| offline, per turn | p50 | p95 |",
        "|---|---|---|",
        *(
            f"| {label} | {results[key]['p50_ms']} ms | {results[key]['p95_ms']} ms |"
            for label, key in (
                ("first token", "first_token"),
                ("final answer", "final_answer"),
                ("hybrid search alone (baseline)", "baseline_hybrid_search"),
            )
        ),
    ]


def memory_table(results: dict[str, Any]) -> list[str]:
    """Resident memory of the chat against a bare Streamlit app."""
    return [
        "| server | resident memory |",
        "|---|---|",
        f"| the chat, model loaded, one answer given | {results['chat_rss_mib']} MiB |",
        f"| a bare Streamlit app (baseline) | {results['bare_streamlit_rss_mib']} MiB |",
    ]


def embedding_speed_table(results: dict[str, Any]) -> list[str]:
    """Throughput and dense nDCG@10 per embedding backend, against torch in the same run."""
    lines = [
        "| backend | passages/s | vs torch | cosine to torch (min) | msmarco nDCG@10 "
        "| cmrc nDCG@10 | within 0.005 |",
        "|---|---|---|---|---|---|---|",
    ]
    for name, row in results["backends"].items():
        cosine = row.get("cosine_to_torch", {"min": 1.0})["min"]
        lines.append(
            f"| {name} | {row['passages_per_s']} | {row['speed_vs_torch']}× | {cosine:.4f} "
            f"| {row['msmarco-5k']['ndcg@10']:.4f} | {row['cmrc2018-dev']['ndcg@10']:.4f} "
            f"| {'yes' if row['within_bar'] else 'no'} |"
        )
    return lines


def scale_table(results: dict[str, Any]) -> list[str]:
    """Qdrant Edge per size, and its ratios to local mode where both ran."""
    lines = [
        "| points | engine | store points/s | hybrid p50 / p95 (exact) | HNSW p95, recall@10 "
        "| reopen | index RSS | disk |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for size, entry in results["sizes"].items():
        for engine in ("edge", "local_mode"):
            if (row := entry.get(engine)) is None:
                continue
            indexed = (
                f"{row['hybrid_indexed']['p95_ms']} ms, {row['recall_at_10_vs_exact']}"
                if "hybrid_indexed" in row
                else "–"
            )
            lines.append(
                f"| {int(size):,} | {engine.replace('_', ' ')} | {row['upsert_points_per_s']:,} "
                f"| {row['hybrid_exact']['p50_ms']} / {row['hybrid_exact']['p95_ms']} ms "
                f"| {indexed} | {row['reopen_s']} s | {row['index_rss_mb']} MiB | {row['disk_mb']} MB |"
            )
    return lines


SECTIONS = {
    "retrieval.json": ("Retrieval", retrieval_tables),
    "ingestion.json": ("Ingestion", ingestion_table),
    "framework.json": ("Framework cost per turn", framework_table),
    "latency.json": ("Latency", latency_table),
    "app_memory.json": ("Memory of the running chat", memory_table),
    "embedding_speed.json": ("Embedding backends", embedding_speed_table),
    "scale.json": ("The index at scale", scale_table),
}


def main() -> None:
    """Print the tables for whichever results exist."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--results", type=Path, default=RESULTS)
    args = parser.parse_args()
    sections = []
    for file_name, (title, table) in SECTIONS.items():
        if (path := args.results / file_name).exists():
            sections += [f"## {title}", "", *table(json.loads(path.read_text())), ""]
    print("\n".join(sections))


if __name__ == "__main__":
    main()
