"""What a graph is built with: the knowledge base, web search and function tools."""

from __future__ import annotations

from dataclasses import dataclass, field

from langchain_core.embeddings import Embeddings
from langchain_core.language_models import BaseChatModel
from langchain_core.tools import BaseTool
from langgraph.types import RetryPolicy

from signalbox.graphs.context import Context
from signalbox.graphs.resilience import retry_policy
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
    retry: RetryPolicy = field(default_factory=retry_policy)
    """How the nodes that call the model or the web retry transient failures. The default retries
    only web searches that say so; whoever builds the model passes its verdict on the model's
    errors (``retry_policy(model_transient=...)``, as ``agents.resources`` does for OpenAI)."""

    def model_for(self, context: Context | None) -> BaseChatModel | None:
        """The model for one run: the configured one, renamed when the run's context names another."""
        if self.model is None or context is None or not context.model:
            return self.model
        # LangChain chat models name the field model_name (OpenAI) or model (most others).
        for field_name in ("model_name", "model"):
            if field_name in type(self.model).model_fields:
                if getattr(self.model, field_name) == context.model:
                    return self.model  # the configured one: no copy per node and turn
                return self.model.model_copy(update={field_name: context.model})
        return self.model

    def web_for(self, context: Context | None) -> bool:
        """Whether a run may search the web: a client is configured and the run allows it."""
        return self.web is not None and (context is None or context.web_search)

    def function(self, name: str) -> BaseTool | None:
        """The function tool called ``name``, if the toolbox has one."""
        return next((tool for tool in self.functions if tool.name == name), None)
