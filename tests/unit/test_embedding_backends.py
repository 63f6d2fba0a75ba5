"""The embedding backends: ONNX int8 agrees with torch, and a failed export falls back to torch."""

from __future__ import annotations

import logging
from pathlib import Path

import numpy as np
import pytest

from signalbox.tools.knowledge import LocalEmbeddings
from signalbox.tools.knowledge import embeddings as embeddings_module
from signalbox.tools.knowledge.onnx_encoder import OnnxExportError

TEXTS = [
    "The Eiffel Tower is 330 metres tall and stands in Paris.",
    "长城是中国古代的军事防御工程。",
    "How do I reset the router to its factory settings?",
]


def test_onnx_int8_vectors_point_where_the_torch_vectors_point() -> None:
    # Exported once per machine into the user cache; later runs load the file in about a second.
    int8 = LocalEmbeddings(backend="onnx-int8")
    torch = LocalEmbeddings(backend="torch")
    cosines = (np.array(int8.embed_documents(TEXTS)) * np.array(torch.embed_documents(TEXTS))).sum(
        1
    )
    assert int8.active_backend == "onnx-int8"
    assert cosines.min() > 0.97


def test_a_failed_export_falls_back_to_torch_and_says_so(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture, tmp_path: Path
) -> None:
    def refuse(*_: object) -> None:
        raise OnnxExportError("no exporter here")

    monkeypatch.setattr(embeddings_module, "load_onnx_encoder", refuse)
    with caplog.at_level(logging.WARNING):
        backend = LocalEmbeddings(backend="onnx", export_dir=tmp_path).active_backend
    assert backend == "torch"
    assert "embedding with torch instead" in caplog.text
