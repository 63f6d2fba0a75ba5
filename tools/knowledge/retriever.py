"""The knowledge base as LangChain building blocks: a ``BaseRetriever`` and a search tool."""

from __future__ import annotations

from typing import Any

from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from langchain_core.tools import BaseTool, create_retriever_tool, tool
from pydantic import ConfigDict

from signalbox.tools.knowledge.store import Hit, KnowledgeBase, SearchMode


def hit_document(hit: Hit) -> Document:
    """A hit as a LangChain document, with everything needed to cite it."""
    return Document(
        page_content=hit.text,
        id=hit.id,
        metadata={
            "source": hit.source,
            "path": hit.path,
            "title": hit.title,
            "page": hit.page,
            "heading": hit.heading,
            "chunk_index": hit.index,
            "start": hit.start,
            "end": hit.end,
            "type": hit.doc_type,
            "score": hit.score,
        },
    )


class KnowledgeRetriever(BaseRetriever):
    """Hybrid (or dense, or sparse) search over a Signalbox knowledge base."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    knowledge: KnowledgeBase
    k: int = 5
    mode: SearchMode = "hybrid"
    sources: tuple[str, ...] = ()
    """Only these file names (empty: all)."""
    types: tuple[str, ...] = ()
    """Only these file types, such as "pdf" (empty: all)."""

    def _get_relevant_documents(
        self, query: str, *, run_manager: CallbackManagerForRetrieverRun
    ) -> list[Document]:
        hits = self.knowledge.search(
            query, k=self.k, mode=self.mode, sources=self.sources, types=self.types
        )
        return [hit_document(hit) for hit in hits]


def knowledge_search_tool(knowledge: KnowledgeBase, k: int = 5) -> BaseTool:
    """A tool that searches the user's documents; its output is untrusted document text."""
    return create_retriever_tool(
        KnowledgeRetriever(knowledge=knowledge, k=k),
        name="search_documents",
        description=(
            "Search the user's own documents (manuals, policies, notes; English or Chinese) and "
            "return the most relevant passages. Input: a standalone search query."
        ),
    )


def knowledge_sources_tool(knowledge: KnowledgeBase) -> BaseTool:
    """A tool that says which documents the knowledge base holds (facts about it, not its text)."""

    @tool("list_sources")
    def list_sources() -> list[dict[str, Any]]:
        """List the documents in the user's knowledge base: file name, type, chunk count, when added."""
        return [
            {
                "source": info.source,
                "chunks": info.chunks,
                "ingested_at": info.ingested_at,
            }
            for info in knowledge.sources()
        ]

    return list_sources
