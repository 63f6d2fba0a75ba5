"""The eval report as Markdown tables, alone or against an earlier report."""

from __future__ import annotations

from typing import Any

METRIC_NAMES = {
    "routing_accuracy": "Routing accuracy",
    "recall_at_k": "Retrieval recall@k",
    "mrr": "Retrieval MRR",
    "ndcg_at_10": "Retrieval nDCG@10",
    "token_f1": "Answer token-F1",
    "rouge_l": "Answer ROUGE-L",
    "citation_precision": "Citation precision",
    "citations_resolve": "Every citation resolves",
    "grounded": "Grounded answers",
}


def _value(value: float | None) -> str:
    return "–" if value is None else f"{value:.3f}"


def report_markdown(report: dict[str, Any]) -> str:
    """Metrics and latency of one run."""
    lines = [
        f"# Eval: {report['dataset']} ({report['cases']} questions, mode {report['mode']})",
        "",
        "| Metric | Value | Questions |",
        "|---|---:|---:|",
    ]
    for name, metric in report["metrics"].items():
        label = METRIC_NAMES.get(name, name).replace("@k", f"@{report['k']}")
        lines.append(f"| {label} | {_value(metric['value'])} | {metric['n']} |")
    lines += ["", "| Stage | p50 ms | p95 ms | Questions |", "|---|---:|---:|---:|"]
    for stage, timing in report["latency"].items():
        lines.append(f"| {stage} | {timing['p50_ms']} | {timing['p95_ms']} | {timing['n']} |")
    return "\n".join(lines) + "\n"


def _change(new: float | None, old: float | None) -> str:
    if new is None or old is None:
        return "–"
    return f"{new - old:+.3f}"


def compare_markdown(report: dict[str, Any], other: dict[str, Any]) -> str:
    """Each metric and stage beside the other run's, with the change."""
    lines = [
        f"# Eval: {report['dataset']} against {other.get('dataset', 'the other run')}",
        "",
        "| Metric | This run | Other run | Change |",
        "|---|---:|---:|---:|",
    ]
    for name, metric in report["metrics"].items():
        old = other.get("metrics", {}).get(name, {}).get("value")
        label = METRIC_NAMES.get(name, name)
        lines.append(
            f"| {label} | {_value(metric['value'])} | {_value(old)} | "
            f"{_change(metric['value'], old)} |"
        )
    lines += ["", "| Stage (p50 ms) | This run | Other run | Change |", "|---|---:|---:|---:|"]
    for stage, timing in report["latency"].items():
        old_timing = other.get("latency", {}).get(stage)
        old = old_timing["p50_ms"] if old_timing else None
        change = "–" if old is None else f"{timing['p50_ms'] - old:+.1f}"
        lines.append(
            f"| {stage} | {timing['p50_ms']} | {old if old is not None else '–'} | {change} |"
        )
    return "\n".join(lines) + "\n"
