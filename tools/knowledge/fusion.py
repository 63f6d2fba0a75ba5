"""How the hybrid search fuses its dense and sparse legs, chosen per query.

The choice is measured, not assumed: ``python -m benchmarks.retrieval`` scores every candidate on
msmarco-5k (English) and cmrc2018 (Chinese) and the README records the figures.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from qdrant_client import models

from signalbox.tools.cjk import has_cjk


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


# English: dense (all-MiniLM-L6-v2) is the stronger leg on msmarco-5k (nDCG@10 0.798 against 0.730).
# Letting the sparse leg vote lightly (weight 0.1, k=20) gave 0.799 with recall@10 above both legs;
# equal weights (0.780) or DBSF (0.788) lose to dense alone.
ENGLISH = Fusion("rrf", prefetch=50, k=20, weights=(1.0, 0.1))
# Chinese: the dense model barely reads it (cmrc2018 nDCG@10 0.257 against 0.990 for sparse), and
# fusions that give it a real vote lose to sparse alone (equal-weight RRF 0.806, DBSF 0.952). With
# weight 0.1 it keeps sparse's order (0.990) and still fills the list when sparse finds few matches.
CHINESE = Fusion("rrf", prefetch=50, k=2, weights=(0.1, 1.0))


# English with an identifier (a token with a digit: "E21", "export 017", "ISO 9001"): the embedding
# model hardly tells such tokens apart, so the exact-term leg gets half a vote. On the injection corpus
# (88 look-alike documents told apart by "Mailbox export NNN") this found the right document in the top
# 10 for 81 questions instead of 66, and in the top 5 for 72 instead of 64. One msmarco query of 50
# has a digit, so the msmarco figures barely move.
ENGLISH_IDENTIFIERS = Fusion("rrf", prefetch=50, k=20, weights=(1.0, 0.5))
_IDENTIFIER = re.compile(r"\b(?=[^\W_]*\d)[^\W_]{2,}\b")


def hybrid_fusion(query: str) -> Fusion:
    """The measured best fusion for the query: Chinese leans on the sparse leg, identifiers half."""
    if has_cjk(query):
        return CHINESE
    return ENGLISH_IDENTIFIERS if _IDENTIFIER.search(query) else ENGLISH
