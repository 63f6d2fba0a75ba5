"""What a graph is built with: the knowledge base, web search and function tools."""

from __future__ import annotations

from dataclasses import dataclass, field

from langchain_core.embeddings import Embeddings
from langchain_core.language_models import BaseChatModel
from langchain_core.tools import BaseTool

from signalbox.tools.functions import FUNCTION_TOOLS
from signalbox.tools.knowledge import KnowledgeBase
from signalbox.tools.web import WebSearch


@dataclass(frozen=True)
class Toolbox:
    """Everything the nodes may call; built once per process by the caller."""

    knowledge: KnowledgeBase
    embeddings: Embeddings
    web: WebSearch | None = None
    functions: tuple[BaseTool, ...] = field(default=FUNCTION_TOOLS)
    model: BaseChatModel | None = None
    """The chat model; None is the offline mode."""

    def function(self, name: str) -> BaseTool | None:
        """The function tool called ``name``, if the toolbox has one."""
        return next((tool for tool in self.functions if tool.name == name), None)
