"""functions: call the function tools — parsed offline, or chosen by the model in a bounded loop.

Tools from external MCP servers join the loop as tools like any other, with two rules of their own,
read from the tool's metadata: a tool marked ``needs_approval`` pauses the graph (a LangGraph
interrupt) until a person approves or rejects that exact call, and the output of a tool marked
``untrusted_output`` ends the loop, so text a server returns can never make the model call another
tool. The model calls and tool runs are LangGraph tasks: when the graph resumes after an approval,
the node runs again but what already ran is replayed from the checkpoint, never run twice.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, AnyMessage, HumanMessage, SystemMessage, ToolMessage
from langchain_core.tools import BaseTool
from langgraph.errors import GraphBubbleUp
from langgraph.func import task
from langgraph.runtime import Runtime
from langgraph.types import interrupt

from signalbox.graphs.context import Context
from signalbox.graphs.emit import emit
from signalbox.graphs.events import (
    ApprovalEvent,
    ErrorEvent,
    ToolCallEvent,
    ToolResult,
    ToolResultEvent,
)
from signalbox.graphs.prompts import FUNCTIONS_SYSTEM
from signalbox.graphs.redaction import redact
from signalbox.graphs.resilience import describe, report_or_retry
from signalbox.graphs.state import State
from signalbox.graphs.toolbox import Toolbox

MAX_TOOL_CALLS = 4
FAILED = "The model failed while choosing tools."


REJECTED = "not run: the call was rejected by the person asked to approve it"


def approval_request(tool: BaseTool, name: str, args: dict[str, Any]) -> dict[str, Any]:
    """What the interrupt shows a person: the exact call and where it goes.

    Plain JSON, as the interrupt is stored in the checkpoint and shown as it is in Studio.
    """
    return ApprovalEvent(
        name=name,
        args=args,
        server=(tool.metadata or {}).get("mcp_server", ""),
        description=tool.description,
    ).model_dump(mode="json")


def is_approved(decision: Any) -> bool:
    """Only an explicit yes approves: ``True`` or ``{"approved": True}``; anything else rejects."""
    if isinstance(decision, dict):
        decision = decision.get("approved")
    return decision is True


@task
def _run_tool(tool: BaseTool, args: dict[str, Any]) -> dict[str, Any]:
    """Run one tool (a task: replayed, not repeated, when the graph resumes)."""
    try:
        return {"output": tool.invoke(args), "error": None}
    except Exception as exc:  # a tool failure is a visible step, never a crashed turn
        return {"output": None, "error": redact(str(exc))}


def _call(toolbox: Toolbox, name: str, args: dict[str, Any]) -> ToolResult:
    emit(ToolCallEvent(name=name, args=args))
    tool = toolbox.function(name)
    if tool is None:
        outcome: dict[str, Any] = {"output": None, "error": f"no tool named {name!r}"}
    elif (tool.metadata or {}).get("needs_approval") and not is_approved(
        interrupt(approval_request(tool, name, args))
    ):
        outcome = {"output": None, "error": REJECTED}
    else:
        outcome = _run_tool(tool, args).result()
    result = ToolResult(name=name, args=args, output=outcome["output"], error=outcome["error"])
    emit(ToolResultEvent(name=name, output=result.output, error=result.error))
    return result


def _untrusted(toolbox: Toolbox, name: str) -> bool:
    tool = toolbox.function(name)
    return tool is not None and bool((tool.metadata or {}).get("untrusted_output"))


def _model_loop(
    toolbox: Toolbox, model: BaseChatModel, question: str, results: list[ToolResult]
) -> list[str]:
    """Let the model call tools until it stops or the per-turn cap is reached.

    Results are appended to ``results`` as they come, so a failure later keeps what already ran.
    """
    bound = model.bind_tools(list(toolbox.functions))

    @task
    def choose_tools(messages: list[AnyMessage]) -> AIMessage:
        return bound.invoke(messages)

    messages: list[AnyMessage] = [SystemMessage(FUNCTIONS_SYSTEM), HumanMessage(question)]
    while len(results) < MAX_TOOL_CALLS:
        reply = choose_tools(list(messages)).result()
        if not reply.tool_calls:
            return []
        messages.append(reply)
        for call in reply.tool_calls:
            if len(results) == MAX_TOOL_CALLS:
                break
            result = _call(toolbox, call["name"], call["args"])
            results.append(result)
            content = str(result.output) if result.error is None else f"error: {result.error}"
            messages.append(ToolMessage(content, tool_call_id=call["id"]))
        if any(_untrusted(toolbox, call["name"]) for call in reply.tool_calls):
            return []  # what an external server returned must not choose the next tool
    return [f"Stopped after {MAX_TOOL_CALLS} tool calls, the limit for one turn."]


def _unmatched_note(toolbox: Toolbox) -> str:
    """Offline, tools of MCP servers are named (a model is needed to choose and fill them)."""
    remote = [t.name for t in toolbox.functions if (t.metadata or {}).get("mcp_server")]
    note = "No tool could be matched to this question."
    if remote:
        note += " Tools from MCP servers need a configured model: " + ", ".join(remote) + "."
    return note


def make_functions_node(
    toolbox: Toolbox, *, degraded: bool = False
) -> Callable[..., dict[str, Any]]:
    """Build the node around the toolbox's function tools; ``degraded`` without the model (it failed)."""

    def functions(state: State, runtime: Runtime[Context]) -> dict[str, Any]:
        request = state.get("tool_request")
        if request:
            return {"tool_results": [_call(toolbox, request["name"], request["args"])]}
        model = None if degraded else toolbox.model_for(runtime.context)
        if model is None:
            return {"notes": [FAILED if degraded else _unmatched_note(toolbox)]}
        results: list[ToolResult] = []
        try:
            notes = _model_loop(toolbox, model, state["question"], results)
        except GraphBubbleUp:  # a pause for approval, not a failure
            raise
        except Exception as exc:  # the model failed: say so, answer with what ran
            if results:  # tools already ran and were shown: running them again would repeat them
                emit(ErrorEvent(stage="functions", message=describe(exc)))
            else:
                report_or_retry("functions", exc, toolbox.retry)
            return {"tool_results": results, "notes": [FAILED]}
        return {"tool_results": results, "notes": notes}

    return functions
