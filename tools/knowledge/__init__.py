"""The knowledge base: load → split (keeping context) → embed → Qdrant (dense + sparse) → search."""

from __future__ import annotations

from signalbox.tools.knowledge.embeddings import EmbeddingModelMissing, LocalEmbeddings
from signalbox.tools.knowledge.ingest import FileReport, IngestProgress, IngestReport, ingest
from signalbox.tools.knowledge.loaders import LoadError
from signalbox.tools.knowledge.retriever import (
    KnowledgeRetriever,
    knowledge_search_tool,
    knowledge_sources_tool,
)
from signalbox.tools.knowledge.store import (
    Hit,
    IndexLocation,
    IndexLockedError,
    IndexUnavailableError,
    KnowledgeBase,
    SearchMode,
    SourceInfo,
    open_index,
    widen,
)

__all__ = [
    "EmbeddingModelMissing",
    "FileReport",
    "Hit",
    "IndexLocation",
    "IndexLockedError",
    "IndexUnavailableError",
    "IngestProgress",
    "IngestReport",
    "KnowledgeBase",
    "KnowledgeRetriever",
    "LoadError",
    "LocalEmbeddings",
    "SearchMode",
    "SourceInfo",
    "ingest",
    "knowledge_search_tool",
    "knowledge_sources_tool",
    "open_index",
    "widen",
]
