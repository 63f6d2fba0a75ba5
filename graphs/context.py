"""Per-run knobs, editable in LangGraph Studio (``context_schema``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal


@dataclass(kw_only=True)
class Context:
    """Settings that may change from one run to the next without rebuilding the graph."""

    top_k: int = field(
        default=5, metadata={"description": "How many chunks to retrieve per query."}
    )
    search_mode: Literal["dense", "sparse", "hybrid"] = field(
        default="hybrid",
        metadata={
            "description": "Retriever: dense vectors, sparse (BM25-style) terms, or both fused."
        },
    )
    neighbours: int = field(
        default=1,
        metadata={
            "description": "Chunks of the same section added on each side of a relevant hit."
        },
    )
    memory_tokens: int = field(
        default=3000,
        metadata={
            "description": "Token budget of the thread; older turns are summarised beyond it."
        },
    )
    model: str = field(
        default="",
        metadata={
            "description": "Model name for this run (empty: the configured SIGNALBOX_MODEL); "
            "needs a configured model server."
        },
    )
    web_search: bool = field(
        default=True,
        metadata={"description": "Allow web search (needs a configured Tavily key)."},
    )
