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


# English: all-MiniLM-L6-v2 is the stronger leg (msmarco-5k nDCG@10 0.798 against 0.730 for sparse);
# RRF leaning 5:1 on it stays within 0.004 of dense alone and has the best recall@10 of all.
ENGLISH = Fusion("rrf", prefetch=50, k=2, weights=(5.0, 1.0))
# Chinese: the dense model barely reads it (cmrc2018 nDCG@10 0.257 against 0.990 for sparse), and every
# fusion that lets it vote on the order loses to sparse alone (best 0.967). With weight 0 Qdrant keeps
# the sparse order untouched and uses dense hits only to fill the list when sparse finds too few.
CHINESE = Fusion("rrf", prefetch=50, k=2, weights=(0.0, 1.0))


def hybrid_fusion(query: str) -> Fusion:
    """The measured best fusion for the query's script: Chinese leans on the sparse leg."""
    return CHINESE if _CJK.search(query) else ENGLISH
