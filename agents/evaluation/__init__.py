"""``signalbox eval``: answers, retrieval and latency on a question dataset or an RGB set."""

from __future__ import annotations

from signalbox.agents.evaluation.dataset import DatasetError, EvalCase, load_dataset
from signalbox.agents.evaluation.report import compare_markdown, report_markdown
from signalbox.agents.evaluation.rgb import RgbCase, detect_format, load_rgb, select
from signalbox.agents.evaluation.rgb_runner import ForeignDocumentsError, evaluate_rgb
from signalbox.agents.evaluation.runner import evaluate

__all__ = [
    "DatasetError",
    "EvalCase",
    "ForeignDocumentsError",
    "RgbCase",
    "compare_markdown",
    "detect_format",
    "evaluate",
    "evaluate_rgb",
    "load_dataset",
    "load_rgb",
    "report_markdown",
    "select",
]
