"""functions: call the function tools — parsed offline, or chosen by the model in a bounded loop."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AnyMessage, HumanMessage, SystemMessage, ToolMessage
from langgraph.runtime import Runtime

from signalbox.graphs.context import Context
from signalbox.graphs.emit import emit
from signalbox.graphs.prompts import FUNCTIONS_SYSTEM
from signalbox.graphs.redaction import redact
from signalbox.graphs.resilience import describe, report_or_retry
from signalbox.graphs.state import State
from signalbox.graphs.toolbox import Toolbox

MAX_TOOL_CALLS = 4
FAILED = "The model failed while choosing tools."


def _call(toolbox: Toolbox, name: str, args: dict[str, Any]) -> dict[str, Any]:
    emit("tool_call", name=name, args=args)
    tool = toolbox.function(name)
    if tool is None:
        result = {"name": name, "args": args, "output": None, "error": f"no tool named {name!r}"}
    else:
        try:
            result = {"name": name, "args": args, "output": tool.invoke(args), "error": None}
        except Exception as exc:  # a tool failure is a visible step, never a crashed turn
            result = {"name": name, "args": args, "output": None, "error": redact(str(exc))}
    emit("tool_result", name=name, output=result["output"], error=result["error"])
    return result


def _model_loop(
    toolbox: Toolbox, model: BaseChatModel, question: str, results: list[dict[str, Any]]
) -> list[str]:
    """Let the model call tools until it stops or the per-turn cap is reached.

    Results are appended to ``results`` as they come, so a failure later keeps what already ran.
    """
    bound = model.bind_tools(list(toolbox.functions))
    messages: list[AnyMessage] = [SystemMessage(FUNCTIONS_SYSTEM), HumanMessage(question)]
    while len(results) < MAX_TOOL_CALLS:
        reply = bound.invoke(messages)
        if not reply.tool_calls:
            return []
        messages.append(reply)
        for call in reply.tool_calls:
            if len(results) == MAX_TOOL_CALLS:
                break
            result = _call(toolbox, call["name"], call["args"])
            results.append(result)
            content = (
                str(result["output"]) if result["error"] is None else f"error: {result['error']}"
            )
            messages.append(ToolMessage(content, tool_call_id=call["id"]))
    return [f"Stopped after {MAX_TOOL_CALLS} tool calls, the limit for one turn."]


def make_functions_node(
    toolbox: Toolbox, *, offline: bool = False
) -> Callable[..., dict[str, Any]]:
    """Build the node around the toolbox's function tools; ``offline`` without the model."""

    def functions(state: State, runtime: Runtime[Context]) -> dict[str, Any]:
        request = state.get("tool_request")
        if request:
            return {"tool_results": [_call(toolbox, request["name"], request["args"])]}
        model = None if offline else toolbox.model_for(runtime.context)
        if model is None:
            return {"notes": [FAILED if offline else "No tool could be matched to this question."]}
        results: list[dict[str, Any]] = []
        try:
            notes = _model_loop(toolbox, model, state["question"], results)
        except Exception as exc:  # the model failed: say so, answer with what ran
            if results:  # tools already ran and were shown: running them again would repeat them
                emit("error", stage="functions", message=describe(exc))
            else:
                report_or_retry("functions", exc)
            return {"tool_results": results, "notes": [FAILED]}
        return {"tool_results": results, "notes": notes}

    return functions
