"""A zero-latency chat model that answers from a script, so benchmarks time the framework alone.

It speaks LangChain's tool-calling protocol: bound tools are offered, and it calls the calculator with
the expression scripted for the question, answers structured-output requests (route, relevance,
support) with fixed verdicts, and writes the final answer from the tool's result.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from langchain_core.callbacks import CallbackManagerForLLMRun
from langchain_core.language_models import BaseChatModel, LanguageModelInput
from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, ToolMessage
from langchain_core.outputs import ChatGeneration, ChatResult
from langchain_core.runnables import Runnable
from langchain_core.utils.function_calling import convert_to_openai_tool

STRUCTURED_REPLIES: dict[str, dict[str, Any]] = {
    "RouteChoice": {"route": "functions", "reason": "arithmetic", "query": ""},
    "Relevance": {"relevant": [1]},
    "Support": {"unsupported": []},
}


class ScriptedChatModel(BaseChatModel):
    """Replies instantly; ``expressions`` maps each question to the calculator input it needs."""

    expressions: dict[str, str]
    calls: int = 0

    @property
    def _llm_type(self) -> str:
        return "scripted"

    def bind_tools(
        self, tools: Sequence[Any], *, tool_choice: Any = None, **kwargs: Any
    ) -> Runnable[LanguageModelInput, AIMessage]:
        """Offer the tools, as a real provider binding would."""
        return self.bind(tools=[convert_to_openai_tool(tool) for tool in tools], **kwargs)

    def _reply(self, messages: list[BaseMessage], tools: list[dict[str, Any]]) -> AIMessage:
        names = [tool["function"]["name"] for tool in tools]
        question = next(m.text for m in messages if isinstance(m, HumanMessage))
        for name in names:
            if name in STRUCTURED_REPLIES:
                return _tool_call(name, STRUCTURED_REPLIES[name])
        if isinstance(messages[-1], ToolMessage):
            return AIMessage(content=f"The result is {messages[-1].text}.")
        if "calculator" in names:
            expression = next(e for q, e in self.expressions.items() if q in question)
            return _tool_call("calculator", {"expression": expression})
        return AIMessage(content="The result is in the tool output above.")

    def _generate(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> ChatResult:
        self.calls += 1
        reply = self._reply(messages, kwargs.get("tools", []))
        return ChatResult(generations=[ChatGeneration(message=reply)])


def _tool_call(name: str, args: dict[str, Any]) -> AIMessage:
    call = {"name": name, "args": args, "id": f"call_{uuid.uuid4().hex[:12]}", "type": "tool_call"}
    return AIMessage(content="", tool_calls=[call])
