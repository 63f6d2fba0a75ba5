"""``signalbox eval``: answer quality, retrieval and latency on a dataset of questions."""

from __future__ import annotations

from signalbox.agents.evaluation.dataset import DatasetError, EvalCase, load_dataset
from signalbox.agents.evaluation.report import compare_markdown, report_markdown
from signalbox.agents.evaluation.runner import evaluate

__all__ = [
    "DatasetError",
    "EvalCase",
    "compare_markdown",
    "evaluate",
    "load_dataset",
    "report_markdown",
]
