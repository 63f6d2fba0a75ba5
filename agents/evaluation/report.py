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
    "accuracy": "Accuracy (answer holds the gold)",
    "accuracy_plain": "Accuracy, single-answer questions",
    "accuracy_int": "Accuracy, integration questions",
    "accuracy_fact": "Accuracy, with wrong passages present",
    "rejection_rate": "Rejection, positives withheld",
    "false_rejection_rate": "Abstained, positives present",
    "error_detection": "Error detection (conflict flagged)",
    "fake_answer_rate": "Answer holds the fake answer",
    "first_citation_positive": "First citation is a positive passage",
    "first_citation_holds_answer": "First citation holds the answer (or a part)",
    "hit_at_1": "Positive passage retrieved first (hit@1)",
    "hit_at_5": "Positive passage in top 5 (hit@5)",
    "knowledge_route": "Routed to the knowledge base",
}


def _value(value: float | None) -> str:
    return "–" if value is None else f"{value:.3f}"


def _knowledge_lines(report: dict[str, Any]) -> list[str]:
    """What an RGB run built and asked, above its metrics."""
    built = report.get("passages")
    if not built:
        return []
    return [
        f"Knowledge base: {built['files']} passages ({built['positive']} positive, "
        f"{built['negative']} negative, {built['wrong']} wrong; {built['failed']} failed), "
        f"{built['chunks']} chunks, built in {built['seconds']} s. Withheld run: "
        f"{report['withheld_cases']} questions asked without their positive passages.",
        "",
    ]


def report_markdown(report: dict[str, Any]) -> str:
    """Metrics and latency of one run."""
    lines = [
        f"# Eval: {report['dataset']} ({report['cases']} questions, mode {report['mode']})",
        "",
        *_knowledge_lines(report),
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
