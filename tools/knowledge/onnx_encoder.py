"""The embedding model run by ONNX Runtime, exported on this machine from the installed weights.

sentence-transformers' own ONNX backend needs ``optimum``, whose releases pin transformers 4.x and
would downgrade the installed 5.x; and its export fetches nothing we lack, so it is done here in a
few lines instead: ``torch.onnx.export`` of the transformer (mean pooling and normalisation stay in
numpy, where they are exact), then ONNX Runtime's dynamic int8 quantisation for the ``onnx-int8``
variant. Nothing is downloaded. The export runs once per model folder and is reused; it is written
to a temporary name and renamed, so an interrupted export is never mistaken for a finished one.
"""

from __future__ import annotations

import hashlib
import logging
import os
import tempfile
import warnings
from pathlib import Path
from typing import TYPE_CHECKING, Literal

import numpy as np

if TYPE_CHECKING:
    import torch

logger = logging.getLogger(__name__)

OnnxVariant = Literal["onnx", "onnx-int8"]

OPSET = 18
_INPUTS = ("input_ids", "attention_mask", "token_type_ids")


class OnnxExportError(RuntimeError):
    """The model could not be exported to ONNX (a missing package, or an exporter failure)."""


def _export_folder(model_dir: Path, cache_dir: Path) -> Path:
    """One folder per model weights file: a changed model is exported afresh, never mixed up."""
    weights = model_dir / "model.safetensors"
    stamp = f"{weights.resolve()}:{weights.stat().st_size}:{weights.stat().st_mtime_ns}"
    return cache_dir / f"{model_dir.name}-{hashlib.sha256(stamp.encode()).hexdigest()[:12]}"


def _last_hidden_state(model: torch.nn.Module) -> torch.nn.Module:
    """The transformer with positional inputs and one output, which the TorchScript exporter traces."""
    import torch

    class LastHiddenState(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.model = model

        def forward(
            self,
            input_ids: torch.Tensor,
            attention_mask: torch.Tensor,
            token_type_ids: torch.Tensor,
        ) -> torch.Tensor:
            output = self.model(
                input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids
            )
            hidden: torch.Tensor = output.last_hidden_state
            return hidden

    return LastHiddenState()


def _export_fp32(model_dir: Path, target: Path) -> None:
    import torch
    from transformers import AutoModel

    model = AutoModel.from_pretrained(str(model_dir)).eval()
    ids = torch.ones((2, 8), dtype=torch.long)
    sample = (ids, torch.ones_like(ids), torch.zeros_like(ids))
    axes = {name: {0: "batch", 1: "sequence"} for name in (*_INPUTS, "last_hidden_state")}
    with torch.no_grad():
        torch.onnx.export(
            _last_hidden_state(model),
            sample,
            str(target),
            input_names=list(_INPUTS),
            output_names=["last_hidden_state"],
            dynamic_axes=axes,
            opset_version=OPSET,
            dynamo=False,
        )


def _quantize(source: Path, target: Path) -> None:
    from onnxruntime.quantization import QuantType, quantize_dynamic

    # Symmetric int8 weights per channel and full-range activations: the layout that AVX-512 VNNI
    # and AVX2 kernels run (optimum's avx512_vnni / avx2 dynamic configurations are the same).
    quantize_dynamic(
        str(source),
        str(target),
        weight_type=QuantType.QInt8,
        per_channel=True,
        reduce_range=False,
        op_types_to_quantize=["MatMul"],
    )


def export_onnx(model_dir: Path, cache_dir: Path, variant: OnnxVariant) -> Path:
    """The ONNX file of ``variant`` for the model in ``model_dir``, exported on first use."""
    folder = _export_folder(model_dir, cache_dir)
    name = "model.onnx" if variant == "onnx" else "model_qint8.onnx"
    target = folder / name
    if target.exists():
        return target
    folder.mkdir(parents=True, exist_ok=True)
    try:
        fp32 = export_onnx(model_dir, cache_dir, "onnx") if variant == "onnx-int8" else None
        logger.warning("Exporting the embedding model to %s (once, a few seconds)", target)
        # The tracer warns about Python branches on tensor shapes; the exported graph matches torch
        # (cosine 1.0000) over batches of every shape the benchmark feeds it, so they are silenced.
        with tempfile.TemporaryDirectory(dir=folder) as tmp, warnings.catch_warnings():
            warnings.simplefilter("ignore")
            partial = Path(tmp) / name
            if fp32 is None:
                _export_fp32(model_dir, partial)
            else:
                _quantize(fp32, partial)
            os.replace(partial, target)
    except OnnxExportError:
        raise
    except Exception as error:  # the exporters raise many kinds; all mean "no ONNX model"
        raise OnnxExportError(f"{variant} export of {model_dir} failed: {error}") from error
    return target


class OnnxEncoder:
    """Tokenise, run the transformer in ONNX Runtime, mean-pool and normalise, like the torch model.

    Texts are sorted by length before batching, as sentence-transformers does, so a batch pads to
    similar lengths; the vectors come back in the callers' order.
    """

    def __init__(self, model_file: Path, model_dir: Path, max_length: int) -> None:
        import onnxruntime
        from tokenizers import Tokenizer

        self.tokenizer = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
        self.tokenizer.enable_truncation(max_length)
        self.tokenizer.no_padding()
        options = onnxruntime.SessionOptions()
        options.graph_optimization_level = onnxruntime.GraphOptimizationLevel.ORT_ENABLE_ALL
        self.session = onnxruntime.InferenceSession(
            str(model_file), options, providers=["CPUExecutionProvider"]
        )
        self.dimension = int(self.session.get_outputs()[0].shape[-1])

    def encode(self, texts: list[str], batch_size: int) -> np.ndarray:
        """Unit-length vectors, one row per text."""
        encodings = self.tokenizer.encode_batch(texts)
        order = sorted(range(len(texts)), key=lambda i: -len(encodings[i].ids))
        out = np.empty((len(texts), self.dimension), dtype=np.float32)
        for start in range(0, len(order), batch_size):
            rows = order[start : start + batch_size]
            width = max(len(encodings[i].ids) for i in rows)
            ids = np.zeros((len(rows), width), dtype=np.int64)
            mask = np.zeros((len(rows), width), dtype=np.int64)
            types = np.zeros((len(rows), width), dtype=np.int64)
            for row, i in enumerate(rows):
                length = len(encodings[i].ids)
                ids[row, :length] = encodings[i].ids
                mask[row, :length] = 1
                types[row, :length] = encodings[i].type_ids
            (hidden,) = self.session.run(
                None, {"input_ids": ids, "attention_mask": mask, "token_type_ids": types}
            )
            weights = mask[:, :, None].astype(np.float32)
            pooled = (hidden * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
            norms = np.linalg.norm(pooled, axis=1, keepdims=True)
            out[rows] = pooled / np.clip(norms, 1e-12, None)
        return out
